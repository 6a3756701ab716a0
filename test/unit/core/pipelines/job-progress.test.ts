import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../support/virtual-clock.js';
import { MemoryLog } from '../../../support/memory-log.js';
import { TransientError, type StepState } from '../../../../src/core/pipelines/gateway.js';
import type { JobGateway, TrainingJobState } from '../../../../src/core/pipelines/job-gateway.js';
import { JobProgress, logTailLines, stepJob } from '../../../../src/core/pipelines/job-progress.js';

const JOB = (name: string) => `arn:aws:sagemaker:us-east-1:123456789012:training-job/${name}`;
const train = (name: string, status: string, endTime?: number): StepState => ({
  name,
  status,
  startTime: 0,
  ...(endTime ? { endTime } : {}),
  metadata: { TrainingJob: { Arn: JOB(`pipelines-e1-${name.toLowerCase()}`) } },
});

/** A job gateway answering from `jobs` (by lower-cased name), recording every call. */
function fakeJobs(jobs: Record<string, Partial<TrainingJobState>>, fail?: (op: string) => Error | undefined) {
  const calls: string[] = [];
  const gateway: JobGateway = {
    async describeTrainingJob(name) {
      calls.push(`training ${name}`);
      const error = fail?.('training');
      if (error) throw error;
      return { name, status: 'InProgress', transitions: [], metrics: [], ...jobs[name] };
    },
    async describeProcessingJob(name) {
      calls.push(`processing ${name}`);
      return { name: name.toUpperCase(), status: 'Failed' };
    },
    async logStreams(group, prefix) {
      calls.push(`streams ${group} ${prefix}`);
      return [
        { name: `${prefix}algo-1-1`, lastEventTime: 5 },
        { name: `${prefix}algo-2-1`, lastEventTime: 9 },
      ];
    },
    async lastLogEvents(group, stream, limit) {
      calls.push(`events ${stream} ${limit}`);
      return ['a', 'b  '];
    },
  };
  return { gateway, calls };
}

describe('JobProgress', () => {
  it('reads one training job a poll: an ended one first, then the running one read longest ago', async () => {
    const clock = new VirtualClock(0);
    const log = new MemoryLog();
    const { gateway, calls } = fakeJobs({
      'pipelines-e1-a': { status: 'Completed', metrics: [{ name: 'validation:auc', value: 0.95 }] },
      'pipelines-e1-b': {
        transitions: [{ status: 'Training', startTime: 1, message: 'Training in progress.' }],
        metrics: [{ name: 'validation:auc', value: 0.8123456789 }],
      },
    });
    const progress = new JobProgress(gateway, log, clock);
    const steps = [train('A', 'Succeeded', 10), train('B', 'Executing'), train('C', 'Executing')];
    const executions = [{ label: 'run1', steps }];
    for (let i = 0; i < 4; i++) {
      await progress.poll(executions);
      clock.advance(1_000);
    }
    expect(calls).toEqual([
      'training pipelines-e1-a',
      'training pipelines-e1-b',
      'training pipelines-e1-c',
      'training pipelines-e1-b',
    ]);
    expect(log.lines).toEqual([
      'run1: A: final metrics validation:auc=0.95',
      'run1: B: training job Training - Training in progress.',
      'run1: B: metrics validation:auc=0.812346',
    ]);
  });

  it('says once when the role may not read jobs, and reads nothing more; transient errors only skip a poll', async () => {
    const clock = new VirtualClock(0);
    const log = new MemoryLog();
    let error: Error | undefined = new TransientError('Rate exceeded');
    const { gateway, calls } = fakeJobs({}, () => error);
    const progress = new JobProgress(gateway, log, clock);
    const executions = [{ label: 'run1', steps: [train('A', 'Executing')] }];
    await progress.poll(executions);
    error = new Error('not authorized to perform sagemaker:DescribeTrainingJob');
    await progress.poll(executions);
    await progress.poll(executions);
    await progress.complete([{ arn: 'arn:x', steps: [train('A', 'Failed', 5)] }]);
    expect(calls).toHaveLength(2);
    expect(log.lines).toEqual([
      'debug: step details: Rate exceeded (transient, read again later)',
      'warning: step details unavailable (not authorized to perform sagemaker:DescribeTrainingJob); waiting without them',
    ]);
  });

  it("after the wait: a failed processing job's tail from the stream that wrote last, by the job's own name", async () => {
    const clock = new VirtualClock(0);
    const { gateway, calls } = fakeJobs({});
    const progress = new JobProgress(gateway, new MemoryLog(), clock);
    const failed: StepState = {
      name: 'Prep',
      status: 'Failed',
      metadata: { ProcessingJob: { Arn: 'arn:aws:sagemaker:us-east-1:1:processing-job/pipelines-e1-prep' } },
    };
    const e: Parameters<JobProgress['complete']>[0][number] = { arn: 'arn:x', steps: [failed] };
    await progress.complete([e]);
    expect(calls).toEqual([
      'processing pipelines-e1-prep',
      'streams /aws/sagemaker/ProcessingJobs PIPELINES-E1-PREP/',
      'events PIPELINES-E1-PREP/algo-2-1 20',
    ]);
    expect(logTailLines(e.jobs!.Prep)).toEqual([
      '  last 2 log lines of /aws/sagemaker/ProcessingJobs PIPELINES-E1-PREP/algo-2-1:',
      '    a',
      '    b',
    ]);
  });

  it('finds the job of a step from its metadata, and nothing for other steps', () => {
    expect(stepJob(train('A', 'Executing'))).toEqual({
      kind: 'training',
      arn: JOB('pipelines-e1-a'),
      name: 'pipelines-e1-a',
    });
    expect(
      stepJob({ name: 'C', status: 'Succeeded', metadata: { Condition: { Outcome: 'True' } } }),
    ).toBeUndefined();
  });
});
