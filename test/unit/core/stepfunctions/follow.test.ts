import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../support/virtual-clock.js';
import { MemoryLog } from '../../../support/memory-log.js';
import { CancelledError, TimeoutError } from '../../../../src/core/errors.js';
import type { HistoryEvent } from '../../../../src/core/stepfunctions/history.js';
import {
  followExecution,
  startOrAttach,
  type StepFunctionsGateway,
} from '../../../../src/core/stepfunctions/follow.js';
import { simulatedExecution } from '../../../support/stepfunctions-execution.js';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:churn-release:e1';

const opts = (clock: VirtualClock, log: MemoryLog, signal = new AbortController().signal) => ({
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:churn-release:PROD',
  clock,
  log,
  signal,
  timeoutMs: 3_600_000,
  isTransient: () => false,
});

describe('followExecution', () => {
  it('reads the history forward page by page, each event once, and logs each state', async () => {
    const clock = new VirtualClock();
    const log = new MemoryLog();
    const x = simulatedExecution(clock, {
      Train: { durationMs: 600_000, output: { accuracy: 0.95, shards: [1, 2] } },
    });
    const r = await followExecution(x.gw, ARN, opts(clock, log));
    expect(r.execution.status).toBe('SUCCEEDED');
    expect(r.track.lastEventId).toBe(x.sim.events.length);
    // Later reads start from the page reached, never from the first page again.
    const tokens = x.reads.filter(Boolean).map(Number);
    expect(tokens).toEqual([...tokens].sort((a, b) => a - b));
    expect(x.reads.filter((t) => t === undefined).length).toBeLessThanOrEqual(
      x.reads.findIndex((t) => t !== undefined) + 1,
    );
    expect(log.lines.filter((l) => l.includes('→ Train (Task)'))).toHaveLength(1);
    expect(log.lines).toContain('✓ ScoreShard done in 1m (×2)');
    expect(r.track.states.get('Reject')).toBeUndefined();
  });

  it('says when a task fails and is retried, and when a failure is caught', async () => {
    const clock = new VirtualClock();
    const log = new MemoryLog();
    const task = { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f' };
    const machine = {
      StartAt: 'Train',
      States: {
        Train: {
          ...task,
          Retry: [{ ErrorEquals: ['ThrottlingException'], MaxAttempts: 2 }],
          Next: 'Register',
        },
        Register: { ...task, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Notify' }], Next: 'Done' },
        Notify: { Type: 'Pass', End: true },
        Done: { Type: 'Succeed' },
      },
    };
    const x = simulatedExecution(
      clock,
      {
        Train: { fail: { error: 'ThrottlingException', cause: 'Rate exceeded' }, failAttempts: 1 },
        Register: { fail: { error: 'ValidationException', cause: 'bad package' } },
      },
      5,
      machine,
    );
    const r = await followExecution(x.gw, ARN, opts(clock, log));
    expect(r.execution.status).toBe('SUCCEEDED');
    expect(log.lines.filter((l) => /^[✗↻↪✓] (Train|Register)/.test(l))).toEqual([
      '✗ Train: TaskFailed: ThrottlingException — Rate exceeded',
      '↻ Train: retrying after ThrottlingException',
      '✓ Train done in 2m1s',
      '✗ Register: TaskFailed: ValidationException — bad package',
      '↪ Register: ValidationException caught',
    ]);
    expect(r.track.states.get('Train')!.outcome).toBe('succeeded');
    expect(r.track.states.get('Register')!.outcome).toBe('caught');
    expect(r.track.failedState()).toBeUndefined();
  });

  it('restarts from the first page when its token has expired, without repeating a line', async () => {
    const clock = new VirtualClock();
    const log = new MemoryLog();
    const x = simulatedExecution(
      clock,
      { Train: { durationMs: 7_200_000, output: { accuracy: 0.95, shards: [1] } } },
      3,
    );
    x.expire();
    const r = await followExecution(x.gw, ARN, { ...opts(clock, log), timeoutMs: 6 * 3_600_000 });
    expect(r.execution.status).toBe('SUCCEEDED');
    // The first token-bearing read failed: the next read starts over from the first page.
    const expiredAt = x.reads.indexOf('3');
    expect(expiredAt).toBeGreaterThan(0);
    expect(x.reads[expiredAt + 1]).toBeUndefined();
    expect(log.lines.filter((l) => l.startsWith('→ ')).length).toBe(
      new Set(log.lines.filter((l) => l.startsWith('→ '))).size,
    );
  });

  it('cancel stops the execution at once; a timeout too', async () => {
    const clock = new VirtualClock();
    const x = simulatedExecution(clock, { Train: { durationMs: 7_200_000 } });
    const ac = new AbortController();
    const wait = followExecution(x.gw, ARN, opts(clock, new MemoryLog(), ac.signal));
    await clock.advance(60_000);
    ac.abort();
    await expect(wait).rejects.toBeInstanceOf(CancelledError);
    expect(x.stops).toEqual([
      [ARN, 'sagemaker-cicd.Cancelled', 'Cancelled by the workflow run (sagemaker-cicd)'],
    ]);

    const y = simulatedExecution(clock, { Train: { durationMs: 7_200_000 } });
    const timedOut = followExecution(y.gw, ARN, { ...opts(clock, new MemoryLog()), timeoutMs: 600_000 });
    await clock.advance(700_000);
    await expect(timedOut).rejects.toBeInstanceOf(TimeoutError);
    expect(y.stops).toHaveLength(1);
  });
});

describe('a pending redrive', () => {
  it('is not an end: the wait goes on through the redriven run', async () => {
    const clock = new VirtualClock();
    const log = new MemoryLog();
    const t = clock.now();
    const ev = (id: number, type: string, more: Partial<HistoryEvent> = {}): HistoryEvent => ({
      id,
      type,
      timestamp: t + id * 60_000,
      ...(id > 1 ? { previousEventId: id - 1 } : {}),
      ...more,
    });
    const events = [
      ev(1, 'ExecutionStarted'),
      ev(2, 'TaskStateEntered', { stateName: 'Train' }),
      ev(3, 'TaskFailed', { error: 'SageMaker.CapacityError', cause: 'no ml.p3' }),
      ev(4, 'ExecutionFailed', { error: 'SageMaker.CapacityError', cause: 'no ml.p3' }),
      ev(5, 'ExecutionRedriven'),
      ev(6, 'TaskScheduled'),
      ev(7, 'TaskStateExited', { stateName: 'Train' }),
      ev(8, 'ExecutionSucceeded'),
    ];
    const describes: string[] = [];
    const gw = {
      previousExecution: async () => undefined,
      history: async () => ({ events: events.filter((e) => e.timestamp <= clock.now() - 30_000) }),
      describe: async () => {
        const status = clock.now() - t < 5 * 60_000 ? 'PENDING_REDRIVE' : 'SUCCEEDED';
        describes.push(status);
        return { executionArn: ARN, status, ...(status === 'SUCCEEDED' ? { output: '{}' } : {}) };
      },
    } as unknown as StepFunctionsGateway;
    const r = await followExecution(gw, ARN, opts(clock, log));
    expect(r.execution.status).toBe('SUCCEEDED');
    expect(describes[0]).toBe('PENDING_REDRIVE');
    expect(log.lines).toContain('Execution PENDING_REDRIVE: waiting for it to run again');
    expect(log.lines).toContain('Execution redriven: running again from its failed states');
    expect(r.track.states.get('Train')!.outcome).toBe('succeeded');
  });
});

describe('startOrAttach', () => {
  const request = {
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:churn-release',
    name: 'e1',
    input: '{"a":1}',
  };
  const exists = Object.assign(new Error('Execution Already Exists'), { name: 'ExecutionAlreadyExists' });
  const gw = (input: string) =>
    ({
      start: async () => {
        throw exists;
      },
      describe: async (arn: string) => ({ executionArn: arn, status: 'SUCCEEDED', input }),
    }) as unknown as StepFunctionsGateway;

  it('attaches to the ended execution this step started, when its input is the same', async () => {
    const log = new MemoryLog();
    expect(await startOrAttach(gw('{ "a": 1 }'), request, log)).toEqual({
      executionArn: ARN,
      attached: true,
    });
  });
  it('refuses one with another input, saying how to start a new one', async () => {
    await expect(startOrAttach(gw('{"a":2}'), request, new MemoryLog())).rejects.toThrow(
      "already exists with another input (a name is taken for 90 days): give another 'name', or the input it ran with",
    );
  });
});
