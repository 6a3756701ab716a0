import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../../src/core/clock.js';
import { MemoryLog } from '../../../../src/core/log.js';
import { parseDefinition } from '../../../../src/core/pipelines/definition.js';
import {
  TransientError,
  type PipelineGateway,
  type StepState,
} from '../../../../src/core/pipelines/gateway.js';
import { nextInterval, predictedEvents, historyFrom } from '../../../../src/core/pipelines/schedule.js';
import { flowchart } from '../../../../src/core/pipelines/summary.js';
import { verdict } from '../../../../src/core/pipelines/verdict.js';
import { waitForExecutions } from '../../../../src/core/pipelines/wait.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/e1';

/** A gateway whose execution ends at `endAt`, failing every other call transiently when `flaky`. */
function fake(clock: VirtualClock, endAt: number, flaky = false) {
  const calls: string[] = [];
  let n = 0;
  const maybeFail = (op: string) => {
    calls.push(op);
    if (flaky && n++ % 2 === 0) throw new TransientError('ThrottlingException: Rate exceeded');
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
      return steps();
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
