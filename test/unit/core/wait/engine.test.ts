import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../../src/core/clock.js';
import { MemoryLog } from '../../../../src/core/log.js';
import { runWait, timingHint, type Observation, type WaitSpec } from '../../../../src/core/wait/engine.js';
import { historyFrom, pollInterval } from '../../../../src/core/wait/schedule.js';

const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

/** A wait on a scripted remote: `poll` gets the poll number (1-based). */
function spec<O extends Observation>(
  poll: (n: number) => O | Promise<O>,
  over: Partial<WaitSpec<O>> = {},
): WaitSpec<O> & { clock: VirtualClock; log: MemoryLog; polls: () => number } {
  let n = 0;
  return {
    what: 'build b:1',
    clock: new VirtualClock(),
    log: new MemoryLog(),
    timeoutMs: 3_600_000,
    isTransient: (err) => (err as Error).name === 'ThrottlingException',
    poll: async () => poll(++n),
    nextPollMs: () => 60_000,
    polls: () => n,
    ...over,
  } as WaitSpec<O> & { clock: VirtualClock; log: MemoryLog; polls: () => number };
}

describe('runWait', () => {
  it('says what still runs about every 5 minutes while nothing changes, and not while things do', async () => {
    // 20 polls a minute apart; a change at poll 8 (7 minutes in) restarts the quiet period.
    const s = spec((n) => ({ done: n === 21, changed: n === 8 }), {
      progress: () => 'phase BUILD',
    });
    const out = await runWait(s);
    expect(out.ended).toBe('done');
    expect(s.log.lines).toEqual([
      'Still waiting for build b:1: phase BUILD (5m so far)',
      'Still waiting for build b:1: phase BUILD (12m so far)',
      'Still waiting for build b:1: phase BUILD (17m so far)',
    ]);
  });

  it('reads once more when the status turns terminal, and returns that read', async () => {
    const settled: number[] = [];
    const s = spec((n) => ({ done: n === 3, n }), {
      settle: async (o) => (settled.push(o.n), { ...o, n: 100 }),
    });
    const out = await runWait(s);
    expect(settled).toEqual([3]);
    expect(out.last).toEqual({ done: true, n: 100 });
    expect(out.polls).toBe(3);
  });

  it('polls through transient errors (a failed final read is retried 2 s later) and never fails on them', async () => {
    let settles = 0;
    const s = spec(
      (n) => {
        if (n === 2 || n === 3) throw throttled();
        return { done: n >= 4 };
      },
      {
        settle: async (o) => {
          if (++settles === 1) throw throttled();
          return o;
        },
      },
    );
    const start = s.clock.now();
    const out = await runWait(s);
    expect(out).toMatchObject({ ended: 'done', transientErrors: 3, polls: 5 });
    // Polls 1-4 a minute apart; poll 4's settle fails; poll 5 comes 2 s later.
    expect(s.clock.now() - start).toBe(3 * 60_000 + 2_000);
    expect(s.log.lines).toContain('debug: build b:1: Rate exceeded (transient, polling again)');
  });

  it('lets any other error through unchanged (an expired session, AccessDenied, a bug)', async () => {
    const denied = Object.assign(new Error('not authorized to perform: codebuild:BatchGetBuilds'), {
      name: 'AccessDeniedException',
    });
    const s = spec<Observation>(() => {
      throw denied;
    });
    await expect(runWait(s)).rejects.toBe(denied);
    expect(s.polls()).toBe(1);
  });

  it('times out at the deadline, never sleeping past it', async () => {
    const s = spec(() => ({ done: false }), { timeoutMs: 150_000 });
    const start = s.clock.now();
    const out = await runWait(s);
    expect(out.ended).toBe('timeout');
    expect(s.clock.now() - start).toBe(150_000);
    // At 0, 60 and 120 s, and at the deadline.
    expect(out.polls).toBe(4);
  });

  it('returns cancelled at once when the signal aborts during a sleep or a read', async () => {
    const during = new AbortController();
    const s = spec(() => ({ done: false }), { signal: during.signal });
    const sleep = s.clock.sleep.bind(s.clock);
    s.clock.sleep = async (ms, signal) => (during.abort(), sleep(ms, signal));
    expect((await runWait(s)).ended).toBe('cancelled');
    expect(s.polls()).toBe(1);

    // A read abandoned by the cancel rejects (AbortError): that is a cancel, not a failure.
    const reading = new AbortController();
    const r = spec<Observation>(
      () => {
        reading.abort();
        throw Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
      },
      { signal: reading.signal, isTransient: () => false },
    );
    expect((await runWait(r)).ended).toBe('cancelled');
  });
});

describe('timingHint', () => {
  it('never fails a wait: any error means no hint', async () => {
    const log = new MemoryLog();
    const hint = await timingHint(log, 'previous build', async () => {
      throw Object.assign(new Error('no ListBuildsForProject'), { name: 'AccessDeniedException' });
    });
    expect(hint).toBeUndefined();
    expect(log.lines).toEqual([
      'debug: no previous build to predict from (no ListBuildsForProject); polling without it',
    ]);
  });
});

describe('pollInterval (adaptive)', () => {
  const history = historyFrom(0, 3_600_000, [])!;
  const run = { startTime: 1_000_000, steps: [] };
  it('polls sparsely mid-run and at least every 6 s within 5% of the predicted end', () => {
    const at = (minutes: number) =>
      pollInterval({ kind: 'adaptive' }, run.startTime + minutes * 60_000, run, history);
    expect(at(30)).toBe(60_000);
    // The band is 57-63 minutes: just before it, wake at its start.
    expect(at(56.5)).toBe(30_000);
    expect(at(57.5)).toBe(6_000);
    expect(at(62.5)).toBe(6_000);
    expect(at(64)).toBe(60_000);
    expect(pollInterval({ kind: 'fixed', intervalMs: 5_000 }, 0, run, history)).toBe(5_000);
  });
});
