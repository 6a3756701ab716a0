import type { Clock } from '../clock.js';
import { CancelledError, OutcomeError, TimeoutError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import type { Log } from '../log.js';
import type { ModelPackage, PromotionGateway } from './gateway.js';

export interface RegistryWait {
  gateway: Pick<PromotionGateway, 'describeModelPackage'>;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
  isTransient(err: unknown): boolean;
  pollIntervalMs: number;
  timeoutMs: number;
}

/** Waits for a person to approve or reject the package in SageMaker; Rejected fails with its reason. */
export async function waitForRegistryDecision(arn: string, ctx: RegistryWait): Promise<ModelPackage> {
  const start = ctx.clock.now();
  for (let first = true; ; first = false) {
    if (!first) await ctx.clock.sleep(ctx.pollIntervalMs, ctx.signal);
    if (ctx.signal.aborted)
      throw new CancelledError(`cancelled while waiting for a decision on ${arn}; nothing was changed`);
    try {
      const pkg = await ctx.gateway.describeModelPackage(arn);
      if (pkg.approvalStatus === 'Approved') return pkg;
      if (pkg.approvalStatus === 'Rejected') throw rejected(pkg);
      if (first)
        ctx.log.info(
          `Waiting for someone to approve ${arn} in the SageMaker Model Registry (now ${pkg.approvalStatus}).`,
        );
    } catch (err) {
      if (!ctx.isTransient(err)) throw err;
      ctx.log.debug(`transient error while waiting (polling on): ${(err as Error).message}`);
    }
    if (ctx.clock.now() - start >= ctx.timeoutMs) {
      throw new TimeoutError(
        `no decision on ${arn} in the Model Registry after ${formatDuration(ctx.timeoutMs)}`,
      );
    }
  }
}

export function rejected(pkg: ModelPackage): OutcomeError {
  return new OutcomeError(
    `model package ${pkg.arn} was Rejected in the Model Registry${pkg.approvalDescription ? `: ${pkg.approvalDescription}` : ' (no reason given)'}`,
  );
}
