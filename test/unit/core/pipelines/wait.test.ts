import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../../src/core/clock.js';
import { MemoryLog } from '../../../../src/core/log.js';
import { parseDefinition } from '../../../../src/core/pipelines/definition.js';
import {
  TransientError,
  type PipelineGateway,
  type StepState,
} from '../../../../src/core/pipelines/gateway.js';
import { nextInterval, predictedEvents, historyFrom } from '../../../../src/core/wait/schedule.js';
import { flowchart } from '../../../../src/core/pipelines/summary.js';
import { verdict } from '../../../../src/core/pipelines/verdict.js';
import { waitForExecutions } from '../../../../src/core/pipelines/wait.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/e1';

/** A gateway whose execution ends at `endAt`, failing every third call transiently when `flaky`. */
function fake(clock: VirtualClock, endAt: number, flaky = false) {
  const calls: string[] = [];
  let n = 0;
  const maybeFail = (op: string) => {
    calls.push(op);
    if (flaky && n++ % 3 === 0) throw new TransientError('ThrottlingException: Rate exceeded');
  };
  const steps = (): StepState[] => [
    {
      name: 'Train',
      status: clock.now() >= endAt ? 'Succeeded' : 'Executing',
      startTime: 0,
      ...(clock.now() >= endAt ? { endTime: endAt } : {}),
    },
  ];
  const gateway = {
    describeExecution: async () => {
      maybeFail('describe');
      return { arn: ARN, status: clock.now() >= endAt ? 'Stopped' : 'Executing', startTime: 0 };
    },
    listExecutions: async () => ({ executions: [] }),
    listSteps: async () => {
      maybeFail('steps');
      return { steps: steps(), complete: true };
    },
    stopExecution: async (arn: string) => void calls.push(`stop ${arn}`),
  } as unknown as PipelineGateway;
  return { gateway, calls };
}

describe('waitForExecutions', () => {
  it('treats Stopped as terminal and never fails on transient errors', async () => {
    const clock = new VirtualClock(0);
    const { gateway, calls } = fake(clock, 600_000, true);
    const result = await waitForExecutions({
      executions: [ARN],
      gateway,
      clock,
      log: new MemoryLog(),
      timeoutMs: 3_600_000,
      policy: { kind: 'fixed', intervalMs: 30_000 },
      stopOnCancel: true,
    });
    expect(result.ended).toBe('done');
    expect(result.executions[0]!.status).toBe('Stopped');
    expect(result.executions[0]!.steps[0]!.status).toBe('Succeeded');
    expect(calls).not.toContain(`stop ${ARN}`);
  });

  it('times out and stops what is still running', async () => {
    const clock = new VirtualClock(0);
    const { gateway, calls } = fake(clock, 10 * 3_600_000);
    const result = await waitForExecutions({
      executions: [ARN],
      gateway,
      clock,
      log: new MemoryLog(),
      timeoutMs: 600_000,
      policy: { kind: 'adaptive' },
      stopOnCancel: true,
    });
    expect(result.ended).toBe('timeout');
    expect(result.stopped).toEqual([ARN]);
    expect(calls).toContain(`stop ${ARN}`);
    expect(verdict(result, ['failed'], 600_000)!.message).toBe(
      'timed out after 10m; still running: e1 (Executing); stopped e1',
    );
  });

  it('stops on cancellation', async () => {
    const clock = new VirtualClock(0);
    const { gateway } = fake(clock, 10 * 3_600_000);
    const controller = new AbortController();
    controller.abort();
    const result = await waitForExecutions({
      executions: [ARN],
      gateway,
      clock,
      log: new MemoryLog(),
      signal: controller.signal,
      timeoutMs: 600_000,
      policy: { kind: 'adaptive' },
      stopOnCancel: true,
    });
    expect(result.ended).toBe('cancelled');
    expect(result.stopped).toEqual([ARN]);
  });
});

/** One execution whose steps run one after another, the execution ending `tail` ms after the last. */
function scripted(clock: VirtualClock, plan: [string, number, number][], tail = 0) {
  const calls: { op: string; at: number; firstPageOnly?: boolean; signal?: AbortSignal }[] = [];
  const end = Math.max(...plan.map(([, , e]) => e)) + tail;
  const steps = (): StepState[] =>
    plan
      .filter(([, start]) => clock.now() >= start)
      .map(([name, start, stop]) => ({
        name,
        startTime: start,
        status: clock.now() >= stop ? 'Succeeded' : 'Executing',
        ...(clock.now() >= stop ? { endTime: stop } : {}),
      }))
      .reverse();
  const gateway = {
    describeExecution: async (_arn: string, o?: { signal?: AbortSignal }) => {
      calls.push({ op: 'describe', at: clock.now(), signal: o?.signal });
      return { arn: ARN, status: clock.now() >= end ? 'Succeeded' : 'Executing', startTime: 0 };
    },
    listExecutions: async () => ({ executions: [] }),
    listSteps: async (_arn: string, o?: { firstPageOnly?: boolean }) => {
      calls.push({ op: 'steps', at: clock.now(), firstPageOnly: o?.firstPageOnly });
      return { steps: steps(), complete: true };
    },
    stopExecution: async () => void calls.push({ op: 'stop', at: clock.now() }),
  } as unknown as PipelineGateway;
  return { gateway, calls };
}

/** A log that notes the clock time of each line. */
function timedLog(clock: VirtualClock) {
  const log = new MemoryLog();
  const at: number[] = [];
  const info = log.info.bind(log);
  log.info = (m: string) => {
    at.push(clock.now());
    info(m);
  };
  return { log, at };
}

describe('step transitions', () => {
  it('logs every transition within one poll of happening, and the final status after them', async () => {
    const clock = new VirtualClock(0);
    const { gateway, calls } = scripted(
      clock,
      [
        ['Prep', 0, 100_000],
        ['Train', 100_000, 400_000],
        ['Check', 400_000, 410_000],
      ],
      1_000,
    );
    const { log, at } = timedLog(clock);
    await waitForExecutions({
      executions: [ARN],
      gateway,
      clock,
      log,
      timeoutMs: 3_600_000,
      policy: { kind: 'fixed', intervalMs: 30_000 },
      stopOnCancel: true,
    });
    const lines = log.lines.map((l, i) => `${at[i]! / 1000}s ${l}`);
    expect(lines).toEqual([
      '0s e1: Prep: new → Executing',
      '120s e1: Prep: Executing → Succeeded (1m 40s)',
      '120s e1: Train: new → Executing',
      '420s e1: Train: Executing → Succeeded (5m 0s)',
      '420s e1: Check: new → Succeeded (10s)',
      '420s e1: Succeeded',
    ]);
    // The newest page while running; every page once it ended.
    const reads = calls.filter((c) => c.op === 'steps');
    expect(reads.slice(0, -1).every((c) => c.firstPageOnly === true)).toBe(true);
    expect(reads.at(-1)!.firstPageOnly).toBe(false);
    expect(reads).toHaveLength(calls.filter((c) => c.op === 'describe').length);
  });
});

describe('cancel', () => {
  it('abandons a status call that hangs, and stops the execution without a signal', async () => {
    const clock = new VirtualClock(0);
    const stops: (AbortSignal | undefined)[] = [];
    const gateway = {
      describeExecution: (_arn: string, o?: { signal?: AbortSignal }) =>
        new Promise((_resolve, reject) =>
          o?.signal?.addEventListener('abort', () =>
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
          ),
        ),
      listExecutions: async () => ({ executions: [] }),
      listSteps: async () => ({ steps: [], complete: true }),
      stopExecution: async (_arn: string, _token: string, o?: { signal?: AbortSignal }) =>
        void stops.push(o?.signal),
    } as unknown as PipelineGateway;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const result = await waitForExecutions({
      executions: [ARN],
      gateway,
      clock,
      log: new MemoryLog(),
      signal: controller.signal,
      timeoutMs: 600_000,
      policy: { kind: 'adaptive' },
      stopOnCancel: true,
    });
    expect(result.ended).toBe('cancelled');
    expect(result.stopped).toEqual([ARN]);
    expect(stops).toEqual([undefined]);
  });
});

describe('adaptive schedule', () => {
  it('polls densely near predicted step ends and sparsely between', () => {
    const history = historyFrom(0, 3_600_000, [
      { name: 'Prep', status: 'Succeeded', startTime: 0, endTime: 600_000 },
      { name: 'Train', status: 'Succeeded', startTime: 600_000, endTime: 3_600_000 },
    ])!;
    const running = [
      {
        startTime: 0,
        steps: [
          { name: 'Prep', status: 'Succeeded', startTime: 0, endTime: 660_000 },
          { name: 'Train', status: 'Executing', startTime: 660_000 },
        ],
      },
    ];
    const events = predictedEvents(running, history);
    expect(events).toContain(660_000 + 3_000_000); // Train started 1 min late
    expect(nextInterval(2_000_000, events, true)).toBe(60_000);
    expect(nextInterval(3_659_000, events, true)).toBe(2_000);
    expect(nextInterval(5_000, [0], false)).toBe(2_500);
    expect(nextInterval(600_000, [0], false)).toBe(30_000);
  });
});

describe('flowchart', () => {
  it('draws DependsOn, Get data dependencies and condition branches, skipping the branch not taken', () => {
    const graph = parseDefinition(
      JSON.stringify({
        Parameters: [{ Name: 'Epochs', Type: 'Integer', DefaultValue: '3' }],
        Steps: [
          { Name: 'Train', Type: 'Training', Arguments: {} },
          {
            Name: 'Eval',
            Type: 'Processing',
            Arguments: { In: { Get: 'Steps.Train.ModelArtifacts.S3ModelArtifacts' } },
          },
          {
            Name: 'Check',
            Type: 'Condition',
            DependsOn: ['Eval'],
            Arguments: {
              IfSteps: [{ Name: 'Register', Type: 'RegisterModel', Arguments: {} }],
              ElseSteps: [{ Name: 'Alert', Type: 'Fail', Arguments: {} }],
            },
          },
        ],
      }),
    );
    expect(graph.parameters).toEqual([{ name: 'Epochs', type: 'Integer', defaultValue: '3' }]);
    const chart = flowchart(graph, [
      { name: 'Train', status: 'Succeeded' },
      { name: 'Eval', status: 'Succeeded' },
      { name: 'Check', status: 'Succeeded', metadata: { Condition: { Outcome: 'True' } } },
      { name: 'Register', status: 'Failed' },
    ]);
    expect(chart).toContain('s0 --> s1');
    expect(chart).toContain('s1 --> s2');
    expect(chart).toContain('s2 -->|true| s3');
    expect(chart).toContain('s2 -->|false| s4');
    expect(chart).toContain('class s3 failed');
    expect(chart).toContain('class s4 skipped');
    expect(chart).toContain('s2{{"Check<br/><small>Condition · Succeeded</small>"}}');
  });
});
