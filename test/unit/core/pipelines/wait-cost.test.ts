import { describe, expect, it, jest } from '@jest/globals';
import { scenario } from '../../../../scripts/bench/support/pipeline-wait-scenario.js';

jest.setTimeout(60_000);

/**
 * The cost target, on the benchmark's scenario (virtual time, loopback sandbox, real SDK):
 * K = 50 executions of one pipeline waited together cost at most 1.2× the status calls of K = 1.
 * Their ends spread over minutes, which the schedule (following one execution) polls more sparsely
 * than a single end: the median lag may exceed one execution's 5 s, but not 10 s.
 */
describe('cost of waiting on K executions', () => {
  it('K = 50 costs at most 1.2× the status calls of K = 1', async () => {
    const one = await scenario({ kind: 'adaptive' }, 1, 0.05, 1);
    const fifty = await scenario({ kind: 'adaptive' }, 50, 0.05, 1);
    expect(fifty.statusCalls / one.statusCalls).toBeLessThanOrEqual(1.2);
    const lags = [...fifty.lags].sort((a, b) => a - b);
    expect(lags[Math.floor(lags.length / 2)]!).toBeLessThanOrEqual(10_000);
    // Each ended execution's steps are read whole once; no more than a few step reads per poll.
    expect(fifty.stepCalls).toBeGreaterThanOrEqual(50);
  });
});
