import type { Clock } from '../clock.js';
import { CancelledError, OutcomeError, TimeoutError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import type { Log } from '../log.js';
import { runWait } from '../wait/engine.js';
import type { ModelPackage, PromotionGateway } from './gateway.js';

export interface RegistryWait {
  gateway: Pick<PromotionGateway, 'describeModelPackage'>;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
  isTransient(err: unknown): boolean;
  /** A person decides: nothing to predict from, so a fixed interval. */
  pollIntervalMs: number;
  timeoutMs: number;
}

/** Waits for a person to approve or reject the package in SageMaker; Rejected fails with its reason. */
export async function waitForRegistryDecision(arn: string, ctx: RegistryWait): Promise<ModelPackage> {
  let first = true;
  const waited = await runWait({
    what: `a decision on ${arn} in the SageMaker Model Registry`,
    clock: ctx.clock,
    log: ctx.log,
    signal: ctx.signal,
    timeoutMs: ctx.timeoutMs,
    isTransient: ctx.isTransient,
    poll: async () => {
      const pkg = await ctx.gateway.describeModelPackage(arn);
      if (pkg.approvalStatus === 'Rejected') throw rejected(pkg);
      const done = pkg.approvalStatus === 'Approved';
      if (first && !done)
        ctx.log.info(
          `Waiting for someone to approve ${arn} in the SageMaker Model Registry (now ${pkg.approvalStatus}).`,
        );
      first = false;
      return { done, pkg };
    },
    nextPollMs: () => ctx.pollIntervalMs,
    progress: (last) => `still ${last?.pkg.approvalStatus ?? 'unknown'}`,
  });
  if (waited.ended === 'done') return waited.last!.pkg;
  if (waited.ended === 'cancelled')
    throw new CancelledError(`cancelled while waiting for a decision on ${arn}; nothing was changed`);
  throw new TimeoutError(
    `no decision on ${arn} in the Model Registry after ${formatDuration(ctx.timeoutMs)}`,
  );
}

export function rejected(pkg: ModelPackage): OutcomeError {
  return new OutcomeError(
    `model package ${pkg.arn} was Rejected in the Model Registry${pkg.approvalDescription ? `: ${pkg.approvalDescription}` : ' (no reason given)'}`,
  );
}
