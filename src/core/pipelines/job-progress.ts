import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Log } from '../log.js';
import { executionId } from './executions.js';
import { TransientError, type StepState } from './gateway.js';
import type { JobGateway, MetricValue, TrainingJobState } from './job-gateway.js';

/** How many of a failed job's last log lines the failure annotation shows. */
export const LOG_TAIL_LINES = 20;
/** Failed jobs whose logs are read after the wait (one annotation should stay readable). */
const MAX_TAILS = 3;
/** Tries of a read after the wait when AWS answers "later" (the SDK has retried each already). */
const TRIES = 3;
const LOG_GROUPS = { training: '/aws/sagemaker/TrainingJobs', processing: '/aws/sagemaker/ProcessingJobs' };
const STEP_ENDED = ['Succeeded', 'Failed', 'Stopped'];
const JOB_ENDED = ['Completed', 'Failed', 'Stopped'];

export interface StepJob {
  kind: 'training' | 'processing';
  arn: string;
  /** From the ARN: lower-cased by SageMaker. */
  name: string;
}

/** What the wait learnt about the job a step ran, for the summary and the failure annotation. */
export interface JobReport {
  kind: StepJob['kind'];
  arn: string;
  /** The job's name as SageMaker spells it, once read. */
  name?: string;
  /** A training step's job, read after it ended: final metrics. */
  training?: TrainingJobState;
  /** A failed job's last log lines; `stream` empty when it wrote none. */
  logTail?: { group: string; stream: string; lines: string[] };
}

/** The training or processing job a step ran (ListPipelineExecutionSteps' Metadata). */
export function stepJob(s: StepState): StepJob | undefined {
  for (const [key, kind] of [
    ['TrainingJob', 'training'],
    ['ProcessingJob', 'processing'],
  ] as const) {
    const arn = (s.metadata?.[key] as { Arn?: unknown } | undefined)?.Arn;
    if (typeof arn === 'string' && arn.includes('-job/'))
      return { kind, arn, name: arn.slice(arn.indexOf('-job/') + 5) };
  }
  return undefined;
}

interface Seen {
  state?: TrainingJobState;
  /** Transitions already logged (status, start and message). */
  logged: Set<string>;
  metrics: string;
  readAt: number;
}

/**
 * What each step is doing. During the wait, at most one DescribeTrainingJob per poll: a training
 * step that just ended (its final metrics) first, else the running training job read longest ago;
 * new secondary status transitions and changed metrics are logged. After the wait, the ended
 * training steps not yet read, and the last log lines of failed jobs. Step details never fail or
 * slow the wait: a transient error skips a poll; any other (a role without the new permissions)
 * is said once, and the wait goes on without details.
 */
export class JobProgress {
  private readonly seen = new Map<string, Seen>();
  /** Processing jobs' names as SageMaker spells them, by ARN. */
  private readonly names = new Map<string, string>();
  private off = false;

  constructor(
    private readonly gateway: JobGateway,
    private readonly log: Log,
    private readonly clock: Clock,
  ) {}

  /** One poll's look; returns how many lines it logged. */
  async poll(executions: { label: string; steps: StepState[] }[], signal?: AbortSignal): Promise<number> {
    const next = this.off ? undefined : this.nextTrainingJob(executions);
    if (!next) return 0;
    try {
      return await this.readTraining(next.label, next.step, next.job, signal);
    } catch (err) {
      this.failed(err);
      return 0;
    }
  }

  /** After the wait: final metrics and failed jobs' log tails, set on each execution as `jobs`. */
  async complete(
    executions: { arn: string; displayName?: string; steps: StepState[]; jobs?: Record<string, JobReport> }[],
    signal?: AbortSignal,
  ): Promise<void> {
    let tails = 0;
    for (const e of executions) {
      const label = e.displayName ?? executionId(e.arn);
      const reports: Record<string, JobReport> = {};
      for (const step of [...e.steps].sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))) {
        const job = stepJob(step);
        if (!job || this.off) continue;
        const report: JobReport = { kind: job.kind, arn: job.arn };
        if (job.kind === 'training' && STEP_ENDED.includes(step.status)) {
          if (!this.isFinal(job.arn))
            await this.patiently(() => this.readTraining(label, step, job, signal), signal);
          report.training = this.seen.get(job.arn)?.state;
        }
        if (step.status === 'Failed' && tails < MAX_TAILS) {
          tails++;
          report.logTail = await this.patiently(() => this.logTail(job, signal), signal);
        }
        const name = report.training?.name ?? this.names.get(job.arn);
        reports[step.name] = { ...report, ...(name ? { name } : {}) };
      }
      if (Object.keys(reports).length) e.jobs = reports;
    }
  }

  private nextTrainingJob(executions: { label: string; steps: StepState[] }[]) {
    let best: { label: string; step: StepState; job: StepJob; rank: number } | undefined;
    for (const { label, steps } of executions) {
      for (const step of steps) {
        const job = stepJob(step);
        if (job?.kind !== 'training' || this.isFinal(job.arn)) continue;
        // Ended steps first (oldest end first), then the running job read longest ago.
        const rank = STEP_ENDED.includes(step.status)
          ? -1e15 + (step.endTime ?? 0)
          : (this.seen.get(job.arn)?.readAt ?? -1);
        if (!best || rank < best.rank) best = { label, step, job, rank };
      }
    }
    return best;
  }

  private isFinal(arn: string): boolean {
    return JOB_ENDED.includes(this.seen.get(arn)?.state?.status ?? '');
  }

  private async readTraining(label: string, step: StepState, job: StepJob, signal?: AbortSignal) {
    const state = await this.gateway.describeTrainingJob(job.name, { signal });
    const seen = this.seen.get(job.arn) ?? { logged: new Set<string>(), metrics: '', readAt: 0 };
    this.seen.set(job.arn, seen);
    let lines = 0;
    const say = (text: string) => {
      this.log.info(`${label}: ${step.name}: ${text}`);
      lines++;
    };
    for (const t of state.transitions) {
      const key = `${t.status}\n${t.startTime}\n${t.message ?? ''}`;
      if (seen.logged.has(key)) continue;
      seen.logged.add(key);
      say(`training job ${t.status}${t.message ? ` - ${t.message}` : ''}`);
    }
    const metrics = formatMetrics(state.metrics);
    const ended = JOB_ENDED.includes(state.status);
    // Changed values, and the final ones once the job has ended (even when already seen).
    if (metrics && (metrics !== seen.metrics || (ended && !JOB_ENDED.includes(seen.state?.status ?? ''))))
      say(`${ended ? 'final metrics' : 'metrics'} ${metrics}`);
    seen.metrics = metrics;
    seen.state = state;
    seen.readAt = this.clock.now();
    return lines;
  }

  private async logTail(job: StepJob, signal?: AbortSignal): Promise<JobReport['logTail']> {
    // Log streams carry the job's name as SageMaker spells it, which the lower-cased ARN does not.
    const name =
      job.kind === 'training'
        ? (this.seen.get(job.arn)?.state?.name ??
          (await this.gateway.describeTrainingJob(job.name, { signal })).name)
        : (await this.gateway.describeProcessingJob(job.name, { signal })).name;
    this.names.set(job.arn, name);
    const group = LOG_GROUPS[job.kind];
    const streams = await this.gateway.logStreams(group, `${name}/`, { signal });
    // One stream per instance: the one that wrote last (ties: the first by name, algo-1).
    const stream = [...streams].sort((a, b) => (b.lastEventTime ?? 0) - (a.lastEventTime ?? 0))[0];
    if (!stream) return { group, stream: '', lines: [] };
    const lines = await this.gateway.lastLogEvents(group, stream.name, LOG_TAIL_LINES, { signal });
    return { group, stream: stream.name, lines };
  }

  /** A read after the wait, tried again when AWS answers "later"; undefined when it gave up. */
  private async patiently<T>(read: () => Promise<T>, signal?: AbortSignal): Promise<T | undefined> {
    for (let attempt = 1; !this.off && !signal?.aborted; attempt++) {
      try {
        return await read();
      } catch (err) {
        if (!(err instanceof TransientError) || attempt >= TRIES) {
          this.failed(err);
          return undefined;
        }
        await this.clock.sleep(2_000, signal);
      }
    }
    return undefined;
  }

  private failed(err: unknown): void {
    if (err instanceof TransientError) {
      this.log.debug(`step details: ${errorMessage(err)} (transient, read again later)`);
      return;
    }
    if (this.off) return;
    this.off = true;
    this.log.warning(`step details unavailable (${errorMessage(err)}); waiting without them`);
  }
}

/** `validation:auc=0.95, train:auc=0.97`, in the order the job reports them. */
export function formatMetrics(metrics: MetricValue[]): string {
  return metrics.map((m) => `${m.name}=${formatValue(m.value)}`).join(', ');
}

export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/** Lines for a failed step's annotation: its job's last log lines (after its logs link). */
export function logTailLines(report: JobReport | undefined): string[] {
  const tail = report?.logTail;
  if (!tail) return [];
  if (!tail.stream || !tail.lines.length)
    return [`  no log lines in ${tail.group}${tail.stream ? ` ${tail.stream}` : ''}`];
  return [
    `  last ${tail.lines.length} log lines of ${tail.group} ${tail.stream}:`,
    ...tail.lines.map((l) => `    ${l.replace(/\s+$/, '').slice(0, 500)}`),
  ];
}
