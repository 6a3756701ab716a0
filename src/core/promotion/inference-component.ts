import { CancelledError, OutcomeError, TimeoutError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import { runWait } from '../wait/engine.js';
import { pollInterval } from '../wait/schedule.js';
import type { ComponentRequest, InferenceComponent, InferenceComponentGateway } from './component-gateway.js';
import type { DeployContext } from './deploy.js';
import { componentDeploymentConfig, type ComponentDeploymentConfig } from './deployment-config.js';
import type { PromotionGateway } from './gateway.js';
import type { ComponentConfig } from './hosting.js';
import { ensureModel, requireApproved } from './model.js';
import { deploymentName } from './names.js';
import type { DeployPlan } from './plan.js';

export interface ComponentDeployRequest {
  endpointName: string;
  component: ComponentConfig;
  modelPackageArn: string;
  roleArn: string;
  plan: DeployPlan;
  commit: string;
}

export interface ComponentContext extends Omit<DeployContext, 'gateway' | 'onOutput'> {
  gateway: PromotionGateway;
  components: InferenceComponentGateway;
  onOutput(name: 'inference-component-arn' | 'model-name' | 'endpoint-arn', value: string): void;
}

export interface ComponentResult {
  componentArn: string;
  componentName: string;
  modelName: string;
  previousModelName?: string;
  status: string;
  firstDeploy: boolean;
  rolledBack: boolean;
  failureReason?: string;
  alarm?: string;
  deploymentConfig?: ComponentDeploymentConfig;
  alreadyDeployed: boolean;
  polls: number;
}

const BUSY = new Set(['Creating', 'Updating']);
const TERMINAL = new Set(['InService', 'Failed']);

/**
 * Deploys an approved model package as an inference component on an existing endpoint: a model
 * named after the component and the commit, then CreateInferenceComponent (first deploy) or
 * UpdateInferenceComponent with the plan's RollingUpdatePolicy; waits on the component's status
 * and tells a success from a rollback by the model the component serves at the end.
 */
export async function deployComponent(
  req: ComponentDeployRequest,
  ctx: ComponentContext,
): Promise<ComponentResult> {
  const { gateway, components, log } = ctx;
  const c = req.component;
  await requireApproved(gateway, req.modelPackageArn);
  const endpoint = await gateway.describeEndpoint(req.endpointName);
  if (!endpoint)
    throw new OutcomeError(
      `endpoint ${req.endpointName} does not exist: create the endpoint that hosts inference components first; nothing was deployed`,
    );
  if (endpoint.status !== 'InService')
    throw new OutcomeError(
      `endpoint ${req.endpointName} is ${endpoint.status}, not InService: inference components can only be deployed on an InService endpoint; nothing was deployed`,
    );
  ctx.onOutput('endpoint-arn', endpoint.arn);
  const name = deploymentName(c.name, req.commit, {
    package: req.modelPackageArn,
    role: req.roleArn,
    component: c,
  });
  const config = componentDeploymentConfig(req.plan);
  const request: ComponentRequest = {
    ...c,
    name: c.name,
    endpointName: req.endpointName,
    variantName: endpoint.variantNames?.[0] ?? 'AllTraffic',
    modelName: name,
  };
  const before = await components.describeInferenceComponent(c.name);
  const base = { componentName: c.name, modelName: name, previousModelName: before?.modelName };
  if (before?.status === 'InService' && before.modelName === name) {
    log.info(`Inference component ${c.name} already serves ${name}: nothing to do.`);
    ctx.onOutput('model-name', name);
    ctx.onOutput('inference-component-arn', before.arn);
    return {
      ...base,
      componentArn: before.arn,
      status: 'InService',
      firstDeploy: false,
      rolledBack: false,
      alreadyDeployed: true,
      polls: 0,
    };
  }
  // A component busy with this run's model (a cancelled or timed-out earlier run): wait for it.
  const resuming = Boolean(before && BUSY.has(before.status) && (await gateway.modelExists(name)));
  if (before && !resuming) refuseBusy(before);

  let arn: string;
  if (resuming) {
    arn = before!.arn;
    ctx.onOutput('model-name', name);
    log.info(
      `Inference component ${c.name} is already ${before!.status} (an earlier run started it); waiting for it.`,
    );
  } else {
    await ensureModel(gateway, log, name, req.modelPackageArn, req.roleArn);
    ctx.onOutput('model-name', name);
    if (ctx.signal.aborted)
      throw new CancelledError(
        `cancelled before inference component ${c.name} was changed; model ${name} was created and is unused: ` +
          `a re-run reuses it, or delete it (aws sagemaker delete-model --model-name ${name})`,
      );
    if (!before) {
      arn = await components.createInferenceComponent(request);
      log.info(
        `Creating inference component ${c.name} on ${req.endpointName} (${c.copies} copies of ${name}).`,
      );
    } else {
      arn = await components.updateInferenceComponent(request, config);
      log.info(
        `Updating inference component ${c.name} from ${before.modelName ?? '?'} to ${name} (${req.plan.strategy}, ${c.copies} copies).`,
      );
    }
  }
  ctx.onOutput('inference-component-arn', arn);
  const { component, polls } = await waitForComponent(c.name, name, ctx);
  const reason = component.failureReason;
  const alarm = reason ? req.plan.alarms.find((a) => reason.includes(a)) : undefined;
  return {
    ...base,
    componentArn: arn,
    status: component.status,
    firstDeploy: !before,
    rolledBack: component.status === 'InService' && component.modelName !== name,
    ...(reason ? { failureReason: reason } : {}),
    ...(alarm ? { alarm } : {}),
    ...(config && before ? { deploymentConfig: config } : {}),
    alreadyDeployed: false,
    polls,
  };
}

function refuseBusy(c: InferenceComponent): void {
  if (BUSY.has(c.status))
    throw new OutcomeError(
      `inference component ${c.name} is ${c.status}: another deployment is running; wait for it to end and run again`,
    );
  if (c.status === 'Failed' || c.status === 'Deleting')
    throw new OutcomeError(
      `inference component ${c.name} is ${c.status}${c.failureReason ? ` (${c.failureReason})` : ''}: ` +
        `delete it (aws sagemaker delete-inference-component --inference-component-name ${c.name}) and run again to create it afresh`,
    );
}

async function waitForComponent(
  name: string,
  modelName: string,
  ctx: ComponentContext,
): Promise<{ component: InferenceComponent; polls: number }> {
  let last: InferenceComponent | undefined;
  const startTime = ctx.clock.now();
  const waited = await runWait({
    what: `inference component ${name} (deploying ${modelName})`,
    clock: ctx.clock,
    log: ctx.log,
    signal: ctx.signal,
    timeoutMs: ctx.timeoutMs,
    isTransient: ctx.isTransient,
    poll: async () => {
      const component = await ctx.components.describeInferenceComponent(name);
      if (!component)
        throw new OutcomeError(
          `inference component ${name} disappeared during the deployment (deleted by someone else?)`,
        );
      const changed = component.status !== last?.status;
      if (changed) ctx.log.info(`Inference component ${name}: ${component.status}`);
      last = component;
      if (component.status === 'Deleting')
        throw new OutcomeError(`inference component ${name} is being deleted (by someone else?)`);
      return { done: TERMINAL.has(component.status), changed, component };
    },
    nextPollMs: (now) => pollInterval(ctx.policy, now, { startTime, steps: [] }, undefined),
    progress: (o) => o?.component.status ?? 'unknown',
  });
  if (waited.ended === 'done') return { component: waited.last!.component, polls: waited.polls };
  const state = last ? `${last.status} (serving ${last.modelName ?? '?'})` : 'in an unknown state';
  if (waited.ended === 'cancelled')
    throw new CancelledError(
      `cancelled while inference component ${name} was ${state}, deploying model ${modelName} made by this run. ` +
        'SageMaker cannot stop an update in progress: it finishes, or rolls back on its alarms. ' +
        `Check it with 'aws sagemaker describe-inference-component --inference-component-name ${name}'; re-running this step with the same inputs resumes the wait.`,
    );
  throw new TimeoutError(
    `inference component ${name} was still ${state} after ${formatDuration(ctx.timeoutMs)}; SageMaker goes on with the deployment ` +
      `of ${modelName}; re-run this step to resume waiting`,
  );
}

/** The one-line failure for a result that is not a success, or undefined for a success. */
export function componentFailure(r: ComponentResult): string | undefined {
  const reason = r.failureReason ? `: ${r.failureReason}` : '';
  if (r.rolledBack)
    return `deployment of ${r.modelName} to inference component ${r.componentName} was rolled back${r.alarm ? ` (alarm ${r.alarm} fired)` : ''}; it still serves ${r.previousModelName ?? 'the old model'}${reason}`;
  if (r.status !== 'InService') return `inference component ${r.componentName} is ${r.status}${reason}`;
  return undefined;
}
