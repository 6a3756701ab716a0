import { CancelledError, OutcomeError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import type { Endpoint } from '../promotion/gateway.js';
import { runWait } from '../wait/engine.js';
import type { InferenceExperiment, VariantAction } from './gateway.js';
import { stopExperiment, type ShadowContext, type ShadowRun } from './shadow.js';

export interface ShadowOutcome {
  action: 'Promote' | 'Remove';
  experiment?: InferenceExperiment;
  endpoint?: Endpoint;
  /** The wait for the endpoint to settle ran out; SageMaker goes on. */
  unsettled?: boolean;
}

const SETTLE_TIMEOUT_MS = 3_600_000;

/**
 * Ends the shadow test with the outcome: Promote (the shadow replaces production; its model and
 * instances as tested) or Remove (the shadow goes, production stays as it was); then waits for
 * the experiment to end and the endpoint to be InService, so the step reports where it stands.
 */
export async function finishShadow(
  run: ShadowRun,
  promote: boolean,
  reason: string,
  ctx: ShadowContext,
): Promise<ShadowOutcome> {
  const { production, shadow, experiment } = run;
  const action = promote ? 'Promote' : 'Remove';
  const actions: Record<string, VariantAction> = promote
    ? { [production.variantName]: 'Remove', [shadow.variantName]: 'Promote' }
    : { [production.variantName]: 'Retain', [shadow.variantName]: 'Remove' };
  const stopped = await stopExperiment(ctx, {
    name: experiment.name,
    actions,
    ...(promote ? { desiredVariants: [shadow] } : {}),
    desiredState: 'Completed',
    reason: reason.slice(0, 1024),
  });
  if (!stopped)
    throw new OutcomeError(
      `could not stop shadow test ${experiment.name} to ${action.toLowerCase()} its shadow variant; SageMaker ends it at its scheduled end and the endpoint goes back to its production variant`,
    );
  ctx.log.info(
    promote
      ? `Promoting ${shadow.variantName} (model ${shadow.modelName}) to production on ${experiment.endpointName}.`
      : `Removing ${shadow.variantName}; ${production.variantName} (model ${production.modelName}) keeps serving ${experiment.endpointName}.`,
  );
  let last: { experiment?: InferenceExperiment; endpoint?: Endpoint } = {};
  const waited = await runWait({
    what: `endpoint ${experiment.endpointName} after the shadow test`,
    clock: ctx.clock,
    log: ctx.log,
    signal: ctx.signal,
    timeoutMs: SETTLE_TIMEOUT_MS,
    isTransient: ctx.isTransient,
    poll: async () => {
      const e = await ctx.gateway.describeExperiment(experiment.name);
      const endpoint = await ctx.gateway.describeEndpoint(experiment.endpointName);
      const changed = e?.status !== last.experiment?.status || endpoint?.status !== last.endpoint?.status;
      if (changed)
        ctx.log.info(
          `Shadow test ${experiment.name}: ${e?.status ?? 'gone'}; endpoint ${endpoint?.status ?? 'gone'}`,
        );
      last = { ...(e ? { experiment: e } : {}), ...(endpoint ? { endpoint } : {}) };
      const ended = !e || e.status === 'Completed' || e.status === 'Cancelled';
      const settled = !endpoint || ['InService', 'Failed', 'OutOfService'].includes(endpoint.status);
      return { done: ended && settled, changed };
    },
    nextPollMs: () => 15_000,
  });
  if (waited.ended === 'cancelled')
    throw new CancelledError(
      `cancelled after shadow test ${experiment.name} was stopped to ${action.toLowerCase()} its shadow: SageMaker goes on with that; ` +
        `endpoint ${experiment.endpointName} was ${last.endpoint?.status ?? 'in an unknown state'}`,
    );
  if (waited.ended !== 'done')
    ctx.log.warning(
      `the endpoint had not settled ${formatDuration(SETTLE_TIMEOUT_MS)} after the shadow test was stopped (${last.endpoint?.status ?? 'unknown'}); SageMaker goes on`,
    );
  return { action, ...last, ...(waited.ended !== 'done' ? { unsettled: true } : {}) };
}
