import { createHash } from 'node:crypto';
import type { LogsWorld, SandboxLogEvent } from './cloudwatch-logs.js';
import type { PipelineRuns, StepScript } from './sagemaker-executions.js';
import { AwsError, epochSeconds } from './server.js';

/**
 * The training and processing jobs that pipeline steps run, derived from the run's timeline:
 * DescribeTrainingJob (secondary status Starting → Downloading → Training → Uploading → Completed,
 * or Failed / Stopped; FinalMetricDataList growing one epoch at a time while it trains),
 * DescribeProcessingJob, and, once `serveLogs` is given a LogsWorld, each job's log stream
 * `<job-name>/algo-1-<epoch seconds>` in /aws/sagemaker/TrainingJobs or /aws/sagemaker/ProcessingJobs.
 * Job names keep their case (`pipelines-<execution id>-<Step>-<suffix>`); ARNs are lower-cased,
 * and Describe* finds a job by either spelling, as SageMaker does.
 */
export const TRAINING_GROUP = '/aws/sagemaker/TrainingJobs';
export const PROCESSING_GROUP = '/aws/sagemaker/ProcessingJobs';

/** A training step's metrics, one value an epoch, unless its script gives its own. */
export const DEFAULT_METRICS: Record<string, number[]> = {
  'train:auc': [0.82, 0.88, 0.92, 0.95, 0.97],
  'validation:auc': [0.81, 0.86, 0.9, 0.93, 0.95],
};

/** Share of a step's time each secondary status takes before the next begins. */
const PHASES = [
  { status: 'Starting', at: 0, message: 'Preparing the instances for training' },
  { status: 'Downloading', at: 0.1, message: 'Downloading input data' },
  { status: 'Training', at: 0.15, message: 'Training image download completed. Training in progress.' },
  { status: 'Uploading', at: 0.9, message: 'Uploading generated training model' },
];

export interface SandboxJob {
  kind: 'training' | 'processing';
  name: string;
  step: StepScript;
  start: number;
  end?: number;
  /** The step's status: Executing | Succeeded | Failed | Stopping | Stopped. */
  stepStatus: string;
}

/** `pipelines-<execution id>-<Step>-<10 letters>`, at most 63 characters, as Pipelines names jobs. */
export function jobName(executionArn: string, stepName: string): string {
  const id = executionArn.split('/execution/')[1] ?? '';
  const suffix = createHash('sha256').update(`${executionArn}/${stepName}`).digest('base64url');
  return `pipelines-${id}-${stepName}`.slice(0, 52) + `-${suffix.replace(/[-_]/g, 'x').slice(0, 10)}`;
}

export class SageMakerJobs {
  constructor(readonly runs: PipelineRuns) {
    const sandbox = runs.world.sandbox;
    sandbox.on('SageMaker.DescribeTrainingJob', (input: { TrainingJobName: string }) =>
      this.describeTraining(this.find('training', input.TrainingJobName)),
    );
    sandbox.on('SageMaker.DescribeProcessingJob', (input: { ProcessingJobName: string }) =>
      this.describeProcessing(this.find('processing', input.ProcessingJobName)),
    );
  }

  /** Serves the jobs' log streams from `logs` (share the LogsWorld other modules use). */
  serveLogs(logs: LogsWorld): void {
    logs.sources.push((group, now) => {
      const streams = new Map<string, { createdAt: number; events: SandboxLogEvent[] }>();
      for (const job of this.jobs(now)) {
        if ((job.kind === 'training' ? TRAINING_GROUP : PROCESSING_GROUP) !== group) continue;
        const events = logLines(job).map(([t, message]) => ({ timestamp: t, message }));
        streams.set(`${job.name}/algo-1-${Math.floor(job.start / 1000)}`, {
          // The container's first output, once the instances are up.
          createdAt: job.start + job.step.durationMs * 0.1,
          events,
        });
      }
      return streams;
    });
  }

  /** Every job that has started by `now`. */
  jobs(now: number): SandboxJob[] {
    const out: SandboxJob[] = [];
    for (const e of this.runs.world.executions) {
      for (const row of this.runs.timeline(e, now)?.steps ?? []) {
        const kind =
          row.s.type === 'Training' ? 'training' : row.s.type === 'Processing' ? 'processing' : undefined;
        if (!kind) continue;
        out.push({
          kind,
          name: jobName(e.arn, row.s.name),
          step: row.s,
          start: row.start,
          ...(row.end !== undefined ? { end: row.end } : {}),
          stepStatus: row.status,
        });
      }
    }
    return out;
  }

  private find(kind: SandboxJob['kind'], name: string): SandboxJob {
    const job = this.jobs(this.runs.world.sandbox.now()).find(
      (j) => j.kind === kind && j.name.toLowerCase() === name.toLowerCase(),
    );
    if (!job) throw new AwsError('ValidationException', 'Requested resource not found.');
    return job;
  }

  private describeTraining(job: SandboxJob) {
    const now = this.runs.world.sandbox.now();
    const transitions = secondaryStatuses(job, now);
    const last = transitions.at(-1)!;
    const status = JOB_STATUS[last.status] ?? 'InProgress';
    const metrics = emittedMetrics(job, now);
    const sandbox = this.runs.world.sandbox;
    return {
      TrainingJobName: job.name,
      TrainingJobArn: sandbox.arn('sagemaker', `training-job/${job.name.toLowerCase()}`),
      TrainingJobStatus: status,
      SecondaryStatus: last.status,
      ...(job.stepStatus === 'Failed' ? { FailureReason: job.step.fail } : {}),
      CreationTime: epochSeconds(job.start),
      SecondaryStatusTransitions: transitions.map((t, i) => ({
        Status: t.status,
        StartTime: epochSeconds(t.start),
        ...(transitions[i + 1] ? { EndTime: epochSeconds(transitions[i + 1]!.start) } : {}),
        StatusMessage: t.message,
      })),
      ...(metrics.length
        ? {
            FinalMetricDataList: metrics.map((m) => ({
              MetricName: m.name,
              Value: m.value,
              Timestamp: epochSeconds(m.at),
            })),
          }
        : {}),
    };
  }

  private describeProcessing(job: SandboxJob) {
    const status =
      { Succeeded: 'Completed', Failed: 'Failed', Stopping: 'Stopping', Stopped: 'Stopped' }[
        job.stepStatus
      ] ?? 'InProgress';
    return {
      ProcessingJobName: job.name,
      ProcessingJobArn: this.runs.world.sandbox.arn('sagemaker', `processing-job/${job.name.toLowerCase()}`),
      ProcessingJobStatus: status,
      ...(job.stepStatus === 'Failed' ? { FailureReason: job.step.fail, ExitMessage: job.step.fail } : {}),
      CreationTime: epochSeconds(job.start),
    };
  }
}

const JOB_STATUS: Record<string, string> = {
  Completed: 'Completed',
  Failed: 'Failed',
  Stopping: 'Stopping',
  Stopped: 'Stopped',
};

/** The secondary statuses the job has been through by `now`. */
function secondaryStatuses(job: SandboxJob, now: number) {
  const d = job.step.durationMs;
  const out = PHASES.filter((p) => job.start + p.at * d <= now).map((p) => ({
    status: p.status,
    start: job.start + p.at * d,
    message: p.message,
  }));
  // A failing job fails while it trains: it never uploads.
  if (job.step.fail) while (out.length > 3) out.pop();
  if (job.end !== undefined) {
    const ended = {
      Succeeded: { status: 'Completed', message: 'Training job completed' },
      Failed: { status: 'Failed', message: job.step.fail ?? 'Training job failed' },
      Stopped: { status: 'Stopped', message: 'Training job stopped' },
    }[job.stepStatus];
    if (ended) out.push({ ...ended, start: job.end });
  } else if (job.stepStatus === 'Stopping')
    out.push({ status: 'Stopping', start: now, message: 'Stopping the training job' });
  return out;
}

/** The latest value of each metric emitted by `now` (one epoch at a time through Training). */
function emittedMetrics(job: SandboxJob, now: number) {
  const d = job.step.durationMs;
  const from = job.start + 0.15 * d;
  const to = job.start + (job.step.fail ? 1 : 0.9) * d;
  const out: { name: string; value: number; at: number }[] = [];
  for (const [name, values] of Object.entries(job.step.metrics ?? DEFAULT_METRICS)) {
    // A failing job dies before its last epoch.
    const epochs = values
      .slice(0, job.step.fail ? values.length - 1 : values.length)
      .map((value, i) => ({ value, at: from + ((i + 1) / values.length) * (to - from) }));
    const latest = epochs.filter((e) => e.at <= Math.min(now, job.end ?? now)).at(-1);
    if (latest) out.push({ name, value: latest.value, at: latest.at });
  }
  return out;
}

/** The job's log lines with their times: set-up, one line an epoch, and a traceback when it fails. */
function logLines(job: SandboxJob): [number, string][] {
  const d = job.step.durationMs;
  const at = (share: number) => Math.round(job.start + share * d);
  const lines: [number, string][] = [];
  for (let i = 0; i < 8; i++)
    lines.push([at(0.1 + i * 0.005), `[setup] ${job.step.name}: step ${i + 1} of 8 ready`]);
  const metrics = job.kind === 'training' ? (job.step.metrics ?? DEFAULT_METRICS) : {};
  const epochs = Math.max(0, ...Object.values(metrics).map((v) => v.length));
  for (let i = 0; i < epochs - (job.step.fail ? 1 : 0); i++) {
    const values = Object.entries(metrics).map(([n, v]) => `${n.replace(':', '-')}:${v[i]}`);
    lines.push([at(0.15 + ((i + 1) / epochs) * 0.75), `[${i}]#011${values.join('#011')}`]);
  }
  if (job.step.fail) {
    lines.push([at(0.99), 'Traceback (most recent call last):']);
    for (let i = 0; i < 12; i++)
      lines.push([
        at(0.99),
        `  File "/opt/ml/code/${job.step.name.toLowerCase()}.py", line ${40 + i * 7}, in fit_${i}`,
      ]);
    lines.push([
      at(0.995),
      `MemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000, 1000)`,
    ]);
    lines.push([at(0.999), `${job.step.fail}`]);
  } else lines.push([at(0.95), `${job.step.name} done`]);
  return lines.filter(([t]) => job.end === undefined || t <= job.end);
}
