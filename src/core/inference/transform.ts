import type { Clock } from '../clock.js';
import { CancelledError, OutcomeError, TimeoutError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import type { Log } from '../log.js';
import type { PromotionGateway } from '../promotion/gateway.js';
import { ensureModel, refuseUnusable } from '../promotion/model.js';
import { runWait } from '../wait/engine.js';
import { pollInterval } from '../wait/schedule.js';
import type { JobLogGateway, TransformGateway, TransformJob, TransformJobRequest } from './gateway.js';

export interface TransformContext {
  gateway: TransformGateway & Pick<PromotionGateway, 'describeModelPackage' | 'modelExists' | 'createModel'>;
  logs: JobLogGateway;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
  isTransient(err: unknown): boolean;
  /** Called the moment a value exists, so it survives a later failure or cancellation. */
  onOutput(name: 'transform-job-name' | 'transform-job-arn' | 'model-name', value: string): void;
  timeoutMs: number;
  stopOnCancel: boolean;
}

export interface TransformResult {
  job: TransformJob;
  /** The job was started by an earlier try of this step; this one attached to it. */
  attached: boolean;
  /** The last lines of the job's logs, for a failed job. */
  logTail: { stream: string; lines: string[] }[];
  polls: number;
}

export const TRANSFORM_LOG_GROUP = '/aws/sagemaker/TransformJobs';
const TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);
const TAIL_LINES = 30;

/**
 * Runs a batch transform job from a model package: the model (made as deploy makes it), then the
 * job under a name derived from the run, or the job an earlier try of this step started under
 * that name; waits for it; reads a failed job's log tail. Cancelling stops the job.
 */
export async function runTransform(
  req: TransformJobRequest & { packageArn: string; roleArn: string },
  ctx: TransformContext,
): Promise<TransformResult> {
  const { gateway, log } = ctx;
  let job = await gateway.describeTransformJob(req.name);
  let attached = Boolean(job);
  if (job) {
    refuseForeign(job, req);
    log.info(`Transform job ${req.name} exists (an earlier try of this step started it): attaching to it.`);
  } else {
    refuseUnusable(await gateway.describeModelPackage(req.packageArn), req.packageArn);
    await ensureModel(gateway, log, req.modelName, req.packageArn, req.roleArn);
    ctx.onOutput('model-name', req.modelName);
    if (ctx.signal.aborted)
      throw new CancelledError(`cancelled before transform job ${req.name} was started; nothing runs`);
    try {
      await gateway.createTransformJob(req);
      log.info(
        `Started transform job ${req.name}: ${req.input.s3Uri} → ${req.output.s3Uri} on ${req.resources.instanceCount} × ${req.resources.instanceType}.`,
      );
    } catch (err) {
      // A create whose response was lost, retried: the job exists, and it is this one.
      job = await gateway.describeTransformJob(req.name).catch(() => undefined);
      if (!job) throw err;
      attached = true;
    }
    job = (await gateway.describeTransformJob(req.name)) ?? job;
  }
  if (!job) throw new OutcomeError(`transform job ${req.name} was started but SageMaker does not find it`);
  ctx.onOutput('transform-job-name', job.name);
  ctx.onOutput('transform-job-arn', job.arn);

  const startedAt = job.creationTime ?? ctx.clock.now();
  let last: TransformJob = job;
  const waited = await runWait({
    what: `transform job ${req.name}`,
    clock: ctx.clock,
    log,
    signal: ctx.signal,
    timeoutMs: ctx.timeoutMs,
    isTransient: ctx.isTransient,
    poll: async () => {
      const seen = await gateway.describeTransformJob(req.name);
      if (!seen) throw new OutcomeError(`transform job ${req.name} disappeared while it ran`);
      const changed = seen.status !== last.status;
      if (changed) log.info(`Transform job ${req.name}: ${seen.status}`);
      last = seen;
      return { done: TERMINAL.has(seen.status), changed, job: seen };
    },
    nextPollMs: (now) =>
      pollInterval({ kind: 'adaptive' }, now, { startTime: startedAt, steps: [] }, undefined),
    progress: (o) => o?.job.status ?? last.status,
  });
  if (waited.ended === 'cancelled') throw new CancelledError(await cancelled(req.name, last, ctx));
  if (waited.ended === 'timeout') {
    throw new TimeoutError(
      `transform job ${req.name} was still ${last.status} after ${formatDuration(ctx.timeoutMs)}; it goes on. ` +
        `Run this step again with job-name: ${req.name} to wait for it, or stop it (aws sagemaker stop-transform-job --transform-job-name ${req.name})`,
    );
  }
  const final = waited.last!.job;
  const logTail = final.status === 'Failed' ? await tail(req.name, ctx) : [];
  return { job: final, attached, logTail, polls: waited.polls };
}

/** A job of that name that another model or output made: not this step's to attach to. */
function refuseForeign(job: TransformJob, req: TransformJobRequest): void {
  const sameOutput =
    !job.outputS3Uri || job.outputS3Uri.replace(/\/$/, '') === req.output.s3Uri.replace(/\/$/, '');
  if ((job.modelName && job.modelName !== req.modelName) || !sameOutput) {
    throw new OutcomeError(
      `a transform job named ${job.name} already exists for model ${job.modelName ?? '?'} writing to ${job.outputS3Uri ?? '?'}, ` +
        `not this step's (model ${req.modelName}, output ${req.output.s3Uri}): give another job-name`,
    );
  }
}

async function cancelled(name: string, last: TransformJob, ctx: TransformContext): Promise<string> {
  if (TERMINAL.has(last.status)) return `cancelled after transform job ${name} ended ${last.status}`;
  if (!ctx.stopOnCancel)
    return `cancelled; transform job ${name} goes on (${last.status}) because stop-on-cancel is false`;
  try {
    await ctx.gateway.stopTransformJob(name);
  } catch (err) {
    const now = await ctx.gateway.describeTransformJob(name).catch(() => undefined);
    if (!now || !['Stopping', 'Stopped', 'Completed', 'Failed'].includes(now.status)) {
      return `cancelled, but stopping transform job ${name} failed (${(err as Error).message}): stop it with 'aws sagemaker stop-transform-job --transform-job-name ${name}'`;
    }
  }
  return `cancelled: stopped transform job ${name} (StopTransformJob sent; a stopped job writes no output)`;
}

/** The log tail never fails the step: it explains a failure SageMaker already reported. */
async function tail(name: string, ctx: TransformContext) {
  try {
    return await ctx.logs.tail(TRANSFORM_LOG_GROUP, `${name}/`, TAIL_LINES);
  } catch (err) {
    ctx.log.warning(`could not read the logs of transform job ${name}: ${(err as Error).message}`);
    return [];
  }
}
