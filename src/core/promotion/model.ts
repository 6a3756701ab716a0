import { OutcomeError } from '../errors.js';
import type { Log } from '../log.js';
import type { ModelPackage, PromotionGateway } from './gateway.js';

/**
 * The SageMaker model a package runs as (CreateModel with the package as its primary container
 * and the execution role), the one way every command makes it: deploy, shadow-test and
 * batch-transform. A model an earlier run made under the same name is reused.
 */
export async function ensureModel(
  gateway: Pick<PromotionGateway, 'modelExists' | 'createModel'>,
  log: Log,
  model: { name: string; packageArn: string; roleArn: string },
): Promise<void> {
  if (await gateway.modelExists(model.name)) {
    log.info(`Model ${model.name} exists (an earlier run made it); reusing it.`);
    return;
  }
  await gateway.createModel(model.name, model.packageArn, model.roleArn);
  log.info(`Created model ${model.name} from ${model.packageArn}.`);
}

/**
 * A package that can run at all: registered (Completed) and not Rejected. Promotion to serve
 * production traffic asks more (Approved); a shadow test or a batch job is how a pending one is judged.
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
