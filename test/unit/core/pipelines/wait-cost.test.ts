import { describe, expect, it, jest } from '@jest/globals';
import { scenario } from '../../../../scripts/bench/support/pipeline-wait-scenario.js';

jest.setTimeout(60_000);

/**
 * The cost target, on the benchmark's scenario (virtual time, loopback sandbox, real SDK):
 * K = 50 executions of one pipeline waited together cost at most 1.5× all the calls (step lists
 * included) of K = 1, and their ends are noticed within 5 s (median).
 */
describe('cost of waiting on K executions', () => {
  it('K = 50 costs at most 1.5× the calls of K = 1, with a median lag of at most 5 s', async () => {
    const one = await scenario({ kind: 'adaptive' }, 1, 0.05, 1);
    const fifty = await scenario({ kind: 'adaptive' }, 50, 0.05, 1);
    const all = (m: typeof one) => m.statusCalls + m.stepCalls;
    expect(all(fifty) / all(one)).toBeLessThanOrEqual(1.5);
    const lags = [...fifty.lags].sort((a, b) => a - b);
    expect(lags[Math.floor(lags.length / 2)]!).toBeLessThanOrEqual(5_000);
    // Each ended execution's steps are read whole once.
    expect(fifty.stepCalls).toBeGreaterThanOrEqual(50);
  });
});
