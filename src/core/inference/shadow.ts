import type { Clock } from '../clock.js';
import { CancelledError, OutcomeError, TimeoutError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import type { Log } from '../log.js';
import type { Endpoint, PromotionGateway } from '../promotion/gateway.js';
import { ensureModel, refuseUnusable } from '../promotion/model.js';
import { runWait } from '../wait/engine.js';
import { pollInterval } from '../wait/schedule.js';
import type { ExperimentGateway, ExperimentVariant, InferenceExperiment } from './gateway.js';
import { shadowVariantName } from './shadow-names.js';

export interface ShadowRequest {
  experimentName: string;
  endpointName: string;
  packageArn: string;
  roleArn: string;
  modelName: string;
  samplingPercentage: number;
  durationMs: number;
  instanceType?: string;
  instanceCount?: number;
  captureS3Uri?: string;
}

export interface ShadowContext {
  gateway: ExperimentGateway &
    Pick<PromotionGateway, 'describeModelPackage' | 'modelExists' | 'createModel' | 'describeEndpoint'>;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
  isTransient(err: unknown): boolean;
  onOutput(name: 'experiment-name' | 'experiment-arn' | 'model-name', value: string): void;
}

export interface ShadowRun {
  experiment: InferenceExperiment;
  production: ExperimentVariant;
  shadow: ExperimentVariant;
  /** The window the shadow served traffic in, to judge it over (epoch ms). */
  window: { start: number; end: number };
  attached: boolean;
}

/** SageMaker starts the test within this, then the step has as long again to decide before the schedule ends it. */
export const START_ALLOWANCE_MS = 3_600_000;
export const DECIDE_ALLOWANCE_MS = 3_600_000;
/** InferenceExperimentSchedule: at most 30 days. */
export const MAX_SCHEDULE_MS = 30 * 86_400_000;
const ENDED = new Set(['Completed', 'Cancelled']);

/**
 * Starts (or finds, for a retried step) the shadow test on the endpoint: the candidate's model
 * made as deploy makes it, CreateInferenceExperiment with the production variant as it serves
 * and the candidate as shadow; waits until it has run `durationMs`. The schedule ends later
 * (start and decision allowances), so if this step dies SageMaker still ends the test and the
 * endpoint goes back to its production variant.
 */
export async function runShadow(req: ShadowRequest, ctx: ShadowContext): Promise<ShadowRun> {
  const { gateway, log } = ctx;
  let experiment = await gateway.describeExperiment(req.experimentName);
  const attached = Boolean(experiment);
  let production: ExperimentVariant;
  let shadow: ExperimentVariant;
  if (experiment) {
    if (experiment.endpointName !== req.endpointName)
      throw new OutcomeError(
        `inference experiment ${req.experimentName} exists on endpoint ${experiment.endpointName}, not ${req.endpointName}`,
      );
    ({ production, shadow } = sides(experiment));
    log.info(
      `Shadow test ${req.experimentName} exists (an earlier try of this step started it): attaching to it (${experiment.status}).`,
    );
  } else {
    refuseUnusable(await gateway.describeModelPackage(req.packageArn), req.packageArn);
    production = await productionVariant(req.endpointName, ctx);
    shadow = {
      modelName: req.modelName,
      variantName: shadowVariantName(production.variantName),
      instanceType: req.instanceType ?? production.instanceType,
      instanceCount: req.instanceCount ?? production.instanceCount,
    };
    await ensureModel(gateway, log, req.modelName, req.packageArn, req.roleArn);
    ctx.onOutput('model-name', req.modelName);
    if (ctx.signal.aborted)
      throw new CancelledError(
        `cancelled before the shadow test started; endpoint ${req.endpointName} is untouched`,
      );
    const start = ctx.clock.now();
    const end = Math.min(
      start + MAX_SCHEDULE_MS,
      start + req.durationMs + START_ALLOWANCE_MS + DECIDE_ALLOWANCE_MS,
    );
    try {
      await gateway.createExperiment({
        name: req.experimentName,
        endpointName: req.endpointName,
        roleArn: req.roleArn,
        production,
        shadow,
        samplingPercentage: req.samplingPercentage,
        startTime: start,
        endTime: end,
        ...(req.captureS3Uri ? { captureS3Uri: req.captureS3Uri } : {}),
        description: `Shadow test of ${req.packageArn} by sagemaker-cicd`,
      });
    } catch (err) {
      // A create whose response was lost, retried: the experiment exists, and it is this one.
      if (!(await gateway.describeExperiment(req.experimentName).catch(() => undefined))) throw err;
    }
    log.info(
      `Started shadow test ${req.experimentName} on ${req.endpointName}: ${req.samplingPercentage}% of ${production.variantName}'s requests copied to ${shadow.variantName} ` +
        `(${shadow.instanceCount} × ${shadow.instanceType}) for ${formatDuration(req.durationMs)}.`,
    );
    experiment = await gateway.describeExperiment(req.experimentName);
    if (!experiment)
      throw new OutcomeError(
        `inference experiment ${req.experimentName} was created but SageMaker does not find it`,
      );
  }
  ctx.onOutput('experiment-name', experiment.name);
  ctx.onOutput('experiment-arn', experiment.arn);
  const window = await waitForRun(req, experiment, ctx, { production, shadow });
  return { experiment: window.experiment, production, shadow, window: window.window, attached };
}

/** The production variant, as the endpoint serves it: one instance-based variant, nothing else. */
async function productionVariant(endpointName: string, ctx: ShadowContext): Promise<ExperimentVariant> {
  const endpoint = await ctx.gateway.describeEndpoint(endpointName);
  if (!endpoint)
    throw new OutcomeError(
      `endpoint ${endpointName} does not exist: a shadow test needs the production endpoint`,
    );
  if (endpoint.status !== 'InService')
    throw new OutcomeError(
      `endpoint ${endpointName} is ${endpoint.status}: a shadow test starts on an InService endpoint`,
    );
  const variants = await ctx.gateway.configVariants(endpoint.configName);
  if (variants.length !== 1)
    throw new OutcomeError(
      `endpoint ${endpointName} has ${variants.length} production variants: a shadow test needs exactly one (SageMaker allows one production and one shadow variant)`,
    );
  const v = variants[0]!;
  if (!v.instanceType || !v.instanceCount)
    throw new OutcomeError(
      `endpoint ${endpointName} is serverless: SageMaker runs shadow tests on instance-based endpoints only`,
    );
  return {
    modelName: v.modelName,
    variantName: v.variantName,
    instanceType: v.instanceType,
    instanceCount: v.instanceCount,
  };
}

function sides(e: InferenceExperiment): { production: ExperimentVariant; shadow: ExperimentVariant } {
  const production = e.variants.find((v) => v.variantName === e.productionVariantName);
  const shadow = e.variants.find((v) => v.variantName === e.shadowVariantName);
  if (!production || !shadow)
    throw new OutcomeError(`inference experiment ${e.name} is not a shadow test of two variants`);
  return { production, shadow };
}

async function waitForRun(
  req: ShadowRequest,
  initial: InferenceExperiment,
  ctx: ShadowContext,
  variants: { production: ExperimentVariant; shadow: ExperimentVariant },
): Promise<{ experiment: InferenceExperiment; window: { start: number; end: number } }> {
  let last = initial;
  // When it started to run: first seen Running here, or, attached to a running one, its last change.
  let runningSince: number | undefined =
    initial.status === 'Running'
      ? (initial.lastModifiedTime ?? initial.scheduleStart ?? ctx.clock.now())
      : undefined;
  const startedAt = ctx.clock.now();
  const waited = await runWait({
    what: `shadow test ${req.experimentName}`,
    clock: ctx.clock,
    log: ctx.log,
    signal: ctx.signal,
    // A backstop: the start has its own allowance (below), then the test runs its duration.
    timeoutMs: START_ALLOWANCE_MS + req.durationMs + 10 * 60_000,
    isTransient: ctx.isTransient,
    poll: async () => {
      const e = await ctx.gateway.describeExperiment(req.experimentName);
      if (!e)
        throw new OutcomeError(
          `inference experiment ${req.experimentName} disappeared (deleted by someone else?)`,
        );
      const changed = e.status !== last.status;
      if (changed)
        ctx.log.info(`Shadow test ${e.name}: ${e.status}${e.statusReason ? ` (${e.statusReason})` : ''}`);
      last = e;
      if (e.status === 'Running' && runningSince === undefined) runningSince = ctx.clock.now();
      const due = runningSince !== undefined && ctx.clock.now() >= runningSince + req.durationMs;
      const late = runningSince === undefined && ctx.clock.now() - startedAt >= START_ALLOWANCE_MS;
      return {
        done: ENDED.has(e.status) || (e.status === 'Running' && due) || late,
        changed,
        experiment: e,
        late,
      };
    },
    nextPollMs: (now) =>
      runningSince === undefined
        ? pollInterval({ kind: 'adaptive' }, now, { startTime: startedAt, steps: [] }, undefined)
        : Math.max(1000, Math.min(120_000, runningSince + req.durationMs - now)),
    progress: (o) =>
      runningSince === undefined
        ? (o?.experiment.status ?? last.status)
        : `Running, ${formatDuration(Math.max(0, runningSince + req.durationMs - ctx.clock.now()))} to go`,
  });
  if (waited.ended === 'cancelled') {
    const state = await stopAndRemove(req, variants, ctx, 'Cancelled', 'cancelled with the workflow');
    throw new CancelledError(`cancelled: stopped shadow test ${req.experimentName}; ${state}`);
  }
  if (waited.ended === 'timeout' || waited.last?.late) {
    const state = await stopAndRemove(req, variants, ctx, 'Cancelled', 'did not run in time');
    const why = waited.last?.late
      ? `did not start running within ${formatDuration(START_ALLOWANCE_MS)} (still ${last.status})`
      : `was still ${last.status} when it should have been judged`;
    throw new TimeoutError(`shadow test ${req.experimentName} ${why}: stopped it; ${state}`);
  }
  const experiment = waited.last!.experiment;
  if (ENDED.has(experiment.status)) {
    throw new OutcomeError(
      `shadow test ${req.experimentName} ended ${experiment.status} before it was judged${experiment.statusReason ? ` (${experiment.statusReason})` : ''}; ` +
        `endpoint ${req.endpointName} is back on its production variant and nothing was promoted`,
    );
  }
  return { experiment, window: { start: runningSince!, end: ctx.clock.now() } };
}

/** Stops the test keeping production as it is and removing the shadow; says where the endpoint is. */
export async function stopAndRemove(
  req: { experimentName: string; endpointName: string },
  variants: { production: ExperimentVariant; shadow: ExperimentVariant },
  ctx: ShadowContext,
  desiredState: 'Completed' | 'Cancelled',
  reason: string,
): Promise<string> {
  const stopped = await stopExperiment(ctx, {
    name: req.experimentName,
    actions: { [variants.production.variantName]: 'Retain', [variants.shadow.variantName]: 'Remove' },
    desiredState,
    reason,
  });
  const endpoint = await ctx.gateway.describeEndpoint(req.endpointName).catch(() => undefined);
  return `${stopped ? 'the shadow variant is being removed' : 'stopping it failed: stop it in the SageMaker console'}; ${endpointState(req.endpointName, endpoint, variants.production)}`;
}

export function endpointState(
  name: string,
  endpoint: Endpoint | undefined,
  production: ExperimentVariant,
): string {
  const status = endpoint ? endpoint.status : 'in an unknown state';
  return `endpoint ${name} is ${status} and keeps serving production variant ${production.variantName} (model ${production.modelName})`;
}

/**
 * StopInferenceExperiment, idempotent: a stop whose response was lost (or an experiment already
 * stopping or ended) counts as done. False when it could not be stopped.
 */
export async function stopExperiment(
  ctx: ShadowContext,
  request: Parameters<ExperimentGateway['stopExperiment']>[0],
): Promise<boolean> {
  try {
    await ctx.gateway.stopExperiment(request);
    return true;
  } catch (err) {
    const now = await ctx.gateway.describeExperiment(request.name).catch(() => undefined);
    if (now && (now.status === 'Stopping' || ENDED.has(now.status))) return true;
    ctx.log.warning(`could not stop shadow test ${request.name}: ${(err as Error).message}`);
    return false;
  }
}
