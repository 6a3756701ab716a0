import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../../src/core/clock.js';
import { MemoryLog } from '../../../../src/core/log.js';
import {
  followExecution,
  outcomeError,
  type CodePipelineGateway,
  type StageView,
} from '../../../../src/core/codepipeline/follow.js';
import { CancelledError, TimeoutError } from '../../../../src/core/errors.js';

/** A scripted execution: each poll (GetPipelineState) moves to the next state (the last one repeats). */
function scripted(states: { status: string; stages: StageView[] }[], faults: number[] = []) {
  let poll = 0;
  const stops: unknown[] = [];
  const gw: CodePipelineGateway = {
    start: async () => 'exec-1',
    previousExecution: async () => undefined,
    async stages() {
      poll++;
      if (faults.includes(poll)) throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
      return states[Math.min(poll - 1, states.length - 1)]!.stages;
    },
    execution: async () => ({ status: states[Math.min(poll - 1, states.length - 1)]!.status }),
    async stop(...args) {
      stops.push(args);
    },
  };
  return { gw, stops, polls: () => poll };
}

const stage = (
  name: string,
  status: string,
  actions: Partial<StageView['actions'][number]>[],
): StageView => ({
  name,
  status,
  actions: actions.map((a) => ({ name: 'act', status, ...a })),
});

const opts = (clock = new VirtualClock(), signal = new AbortController().signal) => ({
  clock,
  log: new MemoryLog(),
  signal,
  timeoutMs: 3_600_000,
  waitForApproval: true,
  abandonOnCancel: false,
  isTransient: (e: unknown) => (e as Error).name === 'ThrottlingException',
});

describe('followExecution', () => {
  it('logs each stage and action as it changes and ends on Succeeded, through throttling', async () => {
    const { gw, polls } = scripted(
      [
        {
          status: 'InProgress',
          stages: [
            stage('Source', 'InProgress', [{ name: 'Checkout' }]),
            stage('Deploy', 'NotReached', [{ name: 'Endpoint' }]),
          ],
        },
        {
          status: 'InProgress',
          stages: [
            stage('Source', 'Succeeded', [{ name: 'Checkout' }]),
            stage('Deploy', 'InProgress', [{ name: 'Endpoint' }]),
          ],
        },
        {
          status: 'InProgress',
          stages: [
            stage('Source', 'Succeeded', [{ name: 'Checkout' }]),
            stage('Deploy', 'InProgress', [{ name: 'Endpoint' }]),
          ],
        },
        {
          status: 'Succeeded',
          stages: [
            stage('Source', 'Succeeded', [{ name: 'Checkout' }]),
            stage('Deploy', 'Succeeded', [{ name: 'Endpoint', summary: 'deployed' }]),
          ],
        },
      ],
      [2],
    );
    const o = { ...opts(), policy: { kind: 'fixed', intervalMs: 5_000 } as const };
    const start = o.clock.now();
    const r = await followExecution(gw, 'churn-deploy', 'exec-1', o);
    expect(r.status).toBe('Succeeded');
    expect(o.log.lines.filter((l) => !l.startsWith('debug'))).toEqual([
      'stage Source: InProgress',
      '  Source / Checkout: InProgress',
      'stage Source: Succeeded',
      '  Source / Checkout: Succeeded',
      'stage Deploy: InProgress',
      '  Deploy / Endpoint: InProgress',
      'stage Deploy: Succeeded',
      '  Deploy / Endpoint: Succeeded: deployed',
    ]);
    // Poll 2 is throttled (its state is never seen); polls 1 and 3 bring changes, poll 4 the end,
    // and the stages are read once more after the status that says it ended.
    expect(polls()).toBe(5);
    // 5 s after a change; a throttled poll is retried at the same interval.
    expect(o.clock.now() - start).toBe(5_000 + 5_000 + 5_000);
  });

  it('says which approval waits, and returns at it when not waiting for approvals', async () => {
    const { gw } = scripted([
      {
        status: 'InProgress',
        stages: [stage('Approve', 'InProgress', [{ name: 'ProductionGate', token: 't-1' }])],
      },
    ]);
    const o = { ...opts(), waitForApproval: false };
    const seen: unknown[] = [];
    const r = await followExecution(gw, 'churn-deploy', 'exec-1', { ...o, onApproval: (a) => seen.push(a) });
    expect(r).toMatchObject({
      status: 'InProgress',
      approval: { stage: 'Approve', action: 'ProductionGate' },
    });
    expect(seen).toEqual([{ stage: 'Approve', action: 'ProductionGate' }]);
    expect(o.log.lines).toContain(
      "warning: Waiting for a manual approval: stage 'Approve', action 'ProductionGate' of pipeline churn-deploy",
    );
  });

  it('stops the execution when cancelled', async () => {
    const { gw, stops } = scripted([{ status: 'InProgress', stages: [] }]);
    const ac = new AbortController();
    const clock = new VirtualClock();
    const o = opts(clock, ac.signal);
    const sleep = clock.sleep.bind(clock);
    clock.sleep = async (ms, s) => {
      ac.abort();
      return sleep(ms, s);
    };
    await expect(followExecution(gw, 'p', 'exec-1', o)).rejects.toBeInstanceOf(CancelledError);
    expect(stops).toEqual([['p', 'exec-1', false, 'Cancelled by the workflow run (sagemaker-cicd)']]);
  });

  it('times out with the status it last saw, polling at most every 30 s', async () => {
    const { gw, polls } = scripted([{ status: 'InProgress', stages: [] }]);
    await expect(followExecution(gw, 'p', 'exec-1', { ...opts(), timeoutMs: 600_000 })).rejects.toThrow(
      new TimeoutError(
        'execution exec-1 of CodePipeline p did not finish within the timeout (still InProgress); it keeps running',
      ),
    );
    expect(polls()).toBeLessThan(30);
  });

  it('reads only GetPipelineState while a stage runs, and the execution every 5 minutes', async () => {
    const running = { status: 'InProgress', stages: [stage('Deploy', 'InProgress', [{ name: 'Endpoint' }])] };
    const done = { status: 'Succeeded', stages: [stage('Deploy', 'Succeeded', [{ name: 'Endpoint' }])] };
    const { gw } = scripted([...Array.from({ length: 40 }, () => running), done]);
    let executionCalls = 0;
    const counted = { ...gw, execution: (p: string, i: string) => (executionCalls++, gw.execution(p, i)) };
    const o = opts();
    const start = o.clock.now();
    const r = await followExecution(counted, 'p', 'exec-1', o);
    expect(r).toMatchObject({ status: 'Succeeded', polls: 41 });
    const minutes = (o.clock.now() - start) / 60_000;
    expect(executionCalls).toBe(1 + Math.floor(minutes / 5) + 1);
  });

  it('reads the stages again after a terminal status, so a failure names the action that failed', async () => {
    // The second GetPipelineState (read first) predates the action's failure; GetPipelineExecution
    // (read after it) says Failed; only the stages read after that show which action failed.
    let stageReads = 0;
    const gw: CodePipelineGateway = {
      start: async () => 'exec-1',
      previousExecution: async () => undefined,
      stages: async () =>
        ++stageReads === 1
          ? [stage('Build', 'InProgress', [{ name: 'Test' }])]
          : stageReads === 2
            ? [stage('Build', 'Failed', [{ name: 'Test', status: 'InProgress' }])]
            : [stage('Build', 'Failed', [{ name: 'Test', error: 'exit status 2' }])],
      execution: async () => ({ status: stageReads === 1 ? 'InProgress' : 'Failed' }),
      stop: async () => {},
    };
    const r = await followExecution(gw, 'p', 'exec-1', opts());
    expect(r.status).toBe('Failed');
    expect(outcomeError('p', 'exec-1', r.status, r.stages).message).toBe(
      'execution exec-1 of CodePipeline p Failed at Build / Test: exit status 2',
    );
  });

  it('says what still runs about every 5 minutes while nothing changes', async () => {
    const running = { status: 'InProgress', stages: [stage('Deploy', 'InProgress', [{ name: 'Endpoint' }])] };
    const { gw } = scripted([running]);
    const o = { ...opts(), timeoutMs: 16 * 60_000 };
    await expect(followExecution(gw, 'p', 'exec-1', o)).rejects.toBeInstanceOf(TimeoutError);
    const beats = o.log.lines.filter((l) => l.startsWith('Still waiting'));
    expect(beats.length).toBe(3);
    expect(beats[0]).toMatch(
      /^Still waiting for execution exec-1 of CodePipeline p: stage Deploy in progress \(5m\d*s? so far\)$/,
    );
  });

  it('names the failed action in the outcome', () => {
    const e = outcomeError('p', 'exec-1', 'Failed', [
      stage('Build', 'Failed', [{ name: 'Test', status: 'Failed', error: 'exit status 2' }]),
    ]);
    expect(e.message).toBe('execution exec-1 of CodePipeline p Failed at Build / Test: exit status 2');
  });
});
