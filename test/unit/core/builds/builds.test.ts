import { parseEnv } from '../../../../src/core/builds/env.js';
import { LogTail } from '../../../../src/core/builds/logs.js';
import { failedPhase } from '../../../../src/core/builds/summary.js';
import type { Build, BuildGateway, LogGateway } from '../../../../src/core/builds/types.js';
import { watchBuilds } from '../../../../src/core/builds/watch.js';
import { VirtualClock } from '../../../../src/core/clock.js';
import { InputError } from '../../../../src/core/errors.js';
import { MemoryLog } from '../../../../src/core/log.js';

describe('parseEnv', () => {
  it('reads plain values and typed references', () => {
    expect(
      parseEnv(
        'env',
        'A: 1\nB: {type: secrets-manager, value: "s:k"}\nC: {type: PARAMETER_STORE, value: /p}',
      ),
    ).toEqual([
      { name: 'A', value: '1', type: 'PLAINTEXT' },
      { name: 'B', value: 's:k', type: 'SECRETS_MANAGER' },
      { name: 'C', value: '/p', type: 'PARAMETER_STORE' },
    ]);
  });
  it.each([
    ['1A: x', /names must be/],
    ['CODEBUILD_X: x', /CODEBUILD_/],
    ['A: {type: VAULT, value: x}', /type of 'A'/],
    ['A: {type: SECRETS_MANAGER}', /no value for 'A'/],
    ['A: {value: x, other: y}', /neither/],
    ['[1]', /YAML map/],
  ])('refuses %s', (raw, message) => {
    expect(() => parseEnv('env', raw)).toThrow(InputError);
    expect(() => parseEnv('env', raw)).toThrow(message);
  });
});

/** A stream read by position tokens; `fail` makes the next calls throw (after or before reading). */
function stream(lines: string[]) {
  let visible = 0;
  const gateway: LogGateway & { show(n: number): void; failNext: number } = {
    failNext: 0,
    show(n) {
      visible = n;
    },
    async getEvents(_g, _s, token) {
      if (gateway.failNext > 0) {
        gateway.failNext--;
        throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
      }
      const from = token ? Number(token.slice(2)) : 0;
      const page = lines.slice(from, visible);
      return {
        events: page.map((message, i) => ({ timestamp: from + i, message: `${message}\n` })),
        nextForwardToken: page.length ? `f/${from + page.length}` : (token ?? 'f/0'),
      };
    },
  };
  return gateway;
}

describe('LogTail', () => {
  it('prints each line once, in order, across polls and failed calls; repeated text is kept', async () => {
    const lines = ['a', 'b', 'a', 'c', 'd'];
    const g = stream(lines);
    const out: string[] = [];
    const tail = new LogTail(g, 'g', 's', (l) => out.push(l));
    g.show(2);
    await tail.poll();
    g.failNext = 1;
    g.show(4);
    await expect(tail.poll()).rejects.toThrow('throttled');
    await tail.poll();
    await tail.poll();
    g.show(5);
    await tail.poll();
    expect(out).toEqual(lines);
  });
});

describe('LogTail on pages cut at 1 MB', () => {
  it('follows a page full by bytes at once, so a burst is read in one poll', async () => {
    // 12 events of 200 kB: CloudWatch pages them 5 at a time (1 MB), well under 10,000 events.
    const big = Array.from({ length: 12 }, (_, i) => `${i}`.padEnd(200_000, 'x'));
    let calls = 0;
    const gateway: LogGateway = {
      async getEvents(_g, _s, token) {
        calls++;
        const from = token ? Number(token.slice(2)) : 0;
        const page = big.slice(from, from + 5);
        return {
          events: page.map((message, i) => ({ timestamp: from + i, message })),
          nextForwardToken: page.length ? `f/${from + page.length}` : (token ?? 'f/0'),
        };
      },
    };
    const out: string[] = [];
    const tail = new LogTail(gateway, 'g', 's', (l) => out.push(l));
    expect(await tail.poll()).toBe(12);
    expect(out).toEqual(big);
    // Two full pages, then a short one that ends the poll without asking again.
    expect(calls).toBe(3);
  });
});

function build(id: string, complete: boolean): Build {
  return {
    id,
    arn: '',
    status: complete ? 'SUCCEEDED' : 'IN_PROGRESS',
    complete,
    phases: [],
    exportedVariables: [],
  };
}

describe('watchBuilds', () => {
  it('several builds cost one BatchGetBuilds per poll, and a throttled poll does not fail the wait', async () => {
    const clock = new VirtualClock();
    const t0 = clock.now();
    const calls: string[][] = [];
    let throttle = true;
    const gateway: BuildGateway = {
      start: async () => build('x', false),
      stop: async () => undefined,
      listBuildIds: async () => [],
      async batchGet(ids) {
        calls.push(ids);
        if (throttle) {
          throttle = false;
          throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
        }
        return ids.map((id, i) => build(id, clock.now() - t0 >= (i + 1) * 60_000));
      },
    };
    const r = await watchBuilds(['a', 'b', 'c'], {
      builds: gateway,
      clock,
      log: new MemoryLog(),
      signal: new AbortController().signal,
      isTransient: (e) => (e as Error).name === 'ThrottlingException',
    });
    expect(r.builds.map((b) => b.complete)).toEqual([true, true, true]);
    expect(calls.every((ids) => ids.length <= 3)).toBe(true);
    expect(calls[0]).toEqual(['a', 'b', 'c']);
    // 180 s of builds on the adaptive schedule (no previous build): one call a poll, not 3.
    expect(calls.length).toBeLessThanOrEqual(20);
  });

  it('returns at once, cancelled, when the signal aborts', async () => {
    const controller = new AbortController();
    const gateway: BuildGateway = {
      start: async () => build('x', false),
      stop: async () => undefined,
      listBuildIds: async () => [],
      async batchGet(ids) {
        controller.abort();
        return ids.map((id) => build(id, false));
      },
    };
    const r = await watchBuilds(['a'], {
      builds: gateway,
      clock: new VirtualClock(),
      log: new MemoryLog(),
      signal: controller.signal,
      isTransient: () => false,
    });
    expect(r.cancelled).toBe(true);
  });
});

describe('failedPhase', () => {
  it('names the first phase that did not succeed, with its contexts', () => {
    const b: Build = {
      ...build('x', true),
      status: 'FAILED',
      phases: [
        { type: 'INSTALL', status: 'SUCCEEDED', contexts: [{ statusCode: '', message: '' }] },
        {
          type: 'BUILD',
          status: 'FAILED',
          contexts: [{ statusCode: 'COMMAND_EXECUTION_ERROR', message: 'exit status 1' }],
        },
        { type: 'COMPLETED', contexts: [] },
      ],
    };
    expect(failedPhase(b)?.message).toBe('BUILD phase FAILED: COMMAND_EXECUTION_ERROR: exit status 1');
  });
});
