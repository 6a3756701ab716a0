import { OutcomeError } from '../errors.js';
import type { Log } from '../log.js';
import type { ModelPackage, PromotionGateway } from './gateway.js';

/**
 * The SageMaker model for a deployment, made from the model package unless an earlier run made
 * it (the name carries the commit and settings, so a re-run finds its own model).
 */
export async function ensureModel(
  gateway: Pick<PromotionGateway, 'modelExists' | 'createModel'>,
  log: Log,
  name: string,
  packageArn: string,
  roleArn: string,
): Promise<void> {
  if (await gateway.modelExists(name)) {
    log.info(`Model ${name} exists (an earlier run made it); reusing it.`);
    return;
  }
  await gateway.createModel(name, packageArn, roleArn);
  log.info(`Created model ${name} from ${packageArn}.`);
}

/** Refuses, before any change, a model package that is not Approved and Completed. */
export async function requireApproved(
  gateway: Pick<PromotionGateway, 'describeModelPackage'>,
  arn: string,
): Promise<void> {
  const pkg = await gateway.describeModelPackage(arn);
  if (pkg.approvalStatus !== 'Approved') {
    const why = pkg.approvalDescription ? ` (${pkg.approvalDescription})` : '';
    throw new OutcomeError(
      `model package ${arn} is ${pkg.approvalStatus}${why}, not Approved: approve it first (approve-promotion); nothing was deployed`,
    );
  }
  if (pkg.packageStatus && pkg.packageStatus !== 'Completed') {
    throw new OutcomeError(
      `model package ${arn} is ${pkg.packageStatus}, not Completed: it cannot be deployed`,
    );
  }
}

/**
 * A package that can run at all: registered (Completed) and not Rejected. Serving production
 * traffic asks more (requireApproved); a shadow test or a batch job is how a pending one is judged.
 */
export function refuseUnusable(pkg: ModelPackage, arn: string): void {
  if (pkg.approvalStatus === 'Rejected') {
    const why = pkg.approvalDescription ? ` (${pkg.approvalDescription})` : '';
    throw new OutcomeError(`model package ${arn} is Rejected${why}: nothing was started`);
  }
  if (pkg.packageStatus && pkg.packageStatus !== 'Completed') {
    throw new OutcomeError(
      `model package ${arn} is ${pkg.packageStatus}, not Completed: it cannot run yet; nothing was started`,
    );
  }
}
