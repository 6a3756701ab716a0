import type { Clock } from '../clock.js';
import { runWait, timingHint } from '../wait/engine.js';
import { historyFrom, pollInterval, type History, type PollPolicy } from '../wait/schedule.js';
import { CancelledError, OutcomeError, TimeoutError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import type { Log } from '../log.js';
import { deploymentConfig, type DeploymentConfig } from './deployment-config.js';
import type { DataCapture, Endpoint, PromotionGateway } from './gateway.js';
import { hostingText, type Hosting } from './hosting.js';
import { ensureModel, requireApproved } from './model.js';
import { deploymentName } from './names.js';
import type { DeployPlan } from './plan.js';

export interface DeployRequest {
  endpointName: string;
  modelPackageArn: string;
  roleArn: string;
  /** Instances, for a real-time or async endpoint (a serverless one has none). */
  instanceType?: string;
  /** The endpoint's kind and its settings; a real-time endpoint when absent. */
  hosting?: Exclude<Hosting, { target: 'inference-component' }>;
  plan: DeployPlan;
  dataCapture?: DataCapture;
  commit: string;
}

export interface DeployContext {
  gateway: PromotionGateway;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
  /** Errors to poll through rather than fail on (throttling, 5xx, dropped connections). */
  isTransient(err: unknown): boolean;
  /** Called the moment a value exists, so it survives a later failure or cancellation. */
  onOutput(name: 'endpoint-config-name' | 'endpoint-arn' | 'model-name', value: string): void;
  /** Adaptive: polls densely around when the endpoint's previous deployment would end. */
  policy: PollPolicy;
  timeoutMs: number;
}

export interface DeployResult {
  endpointArn: string;
  endpointConfigName: string;
  modelName: string;
  /** The endpoint's status at the end. */
  status: string;
  firstDeploy: boolean;
  previousConfigName?: string;
  rolledBack: boolean;
  failureReason?: string;
  /** The rollback alarm that fired, when the failure reason names one. */
  alarm?: string;
  deploymentConfig?: DeploymentConfig;
  alreadyDeployed: boolean;
  /** Describe calls made while waiting. */
  polls: number;
}

const BUSY = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);
const TERMINAL = new Set(['InService', 'Failed', 'UpdateRollbackFailed', 'OutOfService']);

/**
 * Deploys an approved model package to an endpoint: model, endpoint config named after the commit,
 * CreateEndpoint or UpdateEndpoint with the plan's DeploymentConfig, then waits and tells a
 * success from a rollback. Re-runs find their own model and config and never update twice.
 */
export async function deploy(req: DeployRequest, ctx: DeployContext): Promise<DeployResult> {
  const { gateway, log } = ctx;
  await requireApproved(gateway, req.modelPackageArn);
  const serverless = req.hosting?.target === 'serverless' ? req.hosting.serverless : undefined;
  const async = req.hosting?.target === 'async' ? req.hosting.async : undefined;
  // Serverless and async settings join the hash only when set: real-time names stay as they were.
  const name = deploymentName(req.endpointName, req.commit, {
    package: req.modelPackageArn,
    role: req.roleArn,
    type: req.instanceType,
    count: serverless ? undefined : req.plan.instanceCount,
    capture: req.dataCapture ?? null,
    ...(serverless ? { serverless } : {}),
    ...(async ? { async } : {}),
  });
  const config = deploymentConfig(req.plan);
  const before = await gateway.describeEndpoint(req.endpointName);
  const base = {
    endpointConfigName: name,
    modelName: name,
    deploymentConfig: config,
    previousConfigName: before?.configName,
  };

  if (before && before.configName === name && before.status === 'InService') {
    log.info(`Endpoint ${req.endpointName} already serves ${name}: nothing to do.`);
    ctx.onOutput('model-name', name);
    ctx.onOutput('endpoint-config-name', name);
    ctx.onOutput('endpoint-arn', before.arn);
    return {
      ...base,
      endpointArn: before.arn,
      status: before.status,
      firstDeploy: false,
      rolledBack: false,
      alreadyDeployed: true,
      polls: 0,
    };
  }
  const resuming =
    before && BUSY.has(before.status) && (before.pendingConfigName === name || before.configName === name);
  if (before && !resuming) refuseBusy(before);

  if (!resuming) {
    await ensureModel(gateway, log, name, req.modelPackageArn, req.roleArn);
    ctx.onOutput('model-name', name);
    if (await gateway.endpointConfigExists(name))
      log.info(`Endpoint config ${name} exists (an earlier run made it); reusing it.`);
    else {
      await gateway.createEndpointConfig({
        name,
        modelName: name,
        ...(serverless
          ? { serverless }
          : { instanceType: req.instanceType, instanceCount: req.plan.instanceCount }),
        ...(async ? { async } : {}),
        ...(req.dataCapture ? { dataCapture: req.dataCapture } : {}),
      });
      const capture = req.dataCapture
        ? `, data capture ${req.dataCapture.percent}% to ${req.dataCapture.destinationS3Uri}`
        : '';
      const hosting = hostingText(req.hosting, req.instanceType, req.plan.instanceCount);
      log.info(`Created endpoint config ${name} (${hosting}${capture}).`);
    }
    ctx.onOutput('endpoint-config-name', name);
    if (ctx.signal.aborted) {
      throw new CancelledError(
        `cancelled before endpoint ${req.endpointName} was changed; model ${name} and endpoint config ${name} were created and are unused: ` +
          `a re-run reuses them, or delete them (aws sagemaker delete-endpoint-config --endpoint-config-name ${name}; aws sagemaker delete-model --model-name ${name})`,
      );
    }
  }

  const history = before && !resuming ? await previousDeployment(before, ctx) : undefined;
  const startedAt = ctx.clock.now();
  let arn: string;
  if (resuming) {
    arn = before!.arn;
    // The same outputs as the run that started it: the names are this run's own.
    ctx.onOutput('model-name', name);
    ctx.onOutput('endpoint-config-name', name);
    log.info(
      `Endpoint ${req.endpointName} is already ${before!.status} to ${name} (an earlier run started it); waiting for it.`,
    );
  } else if (!before) {
    arn = await gateway.createEndpoint(req.endpointName, name);
    log.info(`Creating endpoint ${req.endpointName} on ${name}.`);
  } else {
    arn = await gateway.updateEndpoint(req.endpointName, name, config);
    log.info(
      `Updating endpoint ${req.endpointName} from ${before.configName} to ${name} (${req.plan.preset ?? req.plan.strategy}).`,
    );
  }
  ctx.onOutput('endpoint-arn', arn);

  const firstDeploy = !before || (before.status === 'Creating' && !before.pendingConfigName);
  const { endpoint, polls } = await waitForEndpoint(req.endpointName, name, ctx, startedAt, history);
  const outcome = classify(endpoint, name, req.plan.alarms);
  return { ...base, endpointArn: arn, firstDeploy, alreadyDeployed: false, polls, ...outcome };
}

function refuseBusy(endpoint: Endpoint): void {
  if (BUSY.has(endpoint.status)) {
    throw new OutcomeError(
      `endpoint ${endpoint.name} is ${endpoint.status}${endpoint.pendingConfigName ? ` to ${endpoint.pendingConfigName}` : ''}: ` +
        'another deployment is running; wait for it to end and run again',
    );
  }
  if (endpoint.status === 'Failed') {
    throw new OutcomeError(
      `endpoint ${endpoint.name} is Failed${endpoint.failureReason ? ` (${endpoint.failureReason})` : ''}: SageMaker only allows deleting it; ` +
        `delete it (aws sagemaker delete-endpoint --endpoint-name ${endpoint.name}) and run again to create it afresh`,
    );
  }
}

/**
 * The endpoint's previous deployment as a timing template: from its endpoint config's creation
 * (this toolkit creates the config just before it updates) to the endpoint's last modification.
 * Unknown (no prediction, the schedule polls without history) when that span is implausible.
 */
async function previousDeployment(before: Endpoint, ctx: DeployContext): Promise<History | undefined> {
  const modified = before.lastModifiedTime;
  if (ctx.policy.kind !== 'adaptive' || before.status !== 'InService' || !modified) return undefined;
  const created = await timingHint(ctx.log, 'previous deployment', () =>
    ctx.gateway.endpointConfigCreationTime(before.configName),
  );
  if (!created || modified - created > 24 * 3_600_000) return undefined;
  return historyFrom(created, modified, []);
}

async function waitForEndpoint(
  name: string,
  configName: string,
  ctx: DeployContext,
  startedAt: number,
  history: History | undefined,
): Promise<{ endpoint: Endpoint; polls: number }> {
  let last: Endpoint | undefined;
  const waited = await runWait({
    what: `endpoint ${name} (deploying ${configName})`,
    clock: ctx.clock,
    log: ctx.log,
    signal: ctx.signal,
    timeoutMs: ctx.timeoutMs,
    isTransient: ctx.isTransient,
    poll: async () => {
      const endpoint = await ctx.gateway.describeEndpoint(name);
      if (!endpoint)
        throw new OutcomeError(
          `endpoint ${name} disappeared during the deployment (deleted by someone else?)`,
        );
      const changed = endpoint.status !== last?.status;
      if (changed) ctx.log.info(`Endpoint ${name}: ${endpoint.status}`);
      last = endpoint;
      if (endpoint.status === 'Deleting')
        throw new OutcomeError(`endpoint ${name} is being deleted (by someone else?)`);
      return { done: TERMINAL.has(endpoint.status), changed, endpoint };
    },
    nextPollMs: (now) => pollInterval(ctx.policy, now, { startTime: startedAt, steps: [] }, history),
    progress: (o) => `${o?.endpoint.status ?? 'unknown'}`,
  });
  if (waited.ended === 'done') return { endpoint: waited.last!.endpoint, polls: waited.polls };
  if (waited.ended === 'cancelled')
    throw new CancelledError(await cancelledMessage(name, configName, last, ctx));
  throw new TimeoutError(
    `endpoint ${name} was still ${last?.status ?? 'unknown'} after ${formatDuration(ctx.timeoutMs)}; SageMaker goes on with the deployment ` +
      `to ${configName}; re-run this step to resume waiting`,
  );
}

async function cancelledMessage(
  name: string,
  configName: string,
  last: Endpoint | undefined,
  ctx: DeployContext,
) {
  let now = last;
  try {
    now = (await ctx.gateway.describeEndpoint(name)) ?? last;
  } catch {
    // Keep what the last poll saw: the message still explains the state.
  }
  const state = now ? `${now.status} (serving ${now.configName})` : 'in an unknown state';
  return (
    `cancelled while endpoint ${name} was ${state}, deploying endpoint config ${configName} made by this run. ` +
    'SageMaker cannot stop a deployment in progress: it finishes, or rolls back on its alarms. ' +
    `Check it with 'aws sagemaker describe-endpoint --endpoint-name ${name}'; re-running this step with the same inputs resumes the wait.`
  );
}

/** Success, rollback or failure, from the endpoint after the wait (InService alone proves nothing). */
export function classify(
  endpoint: Endpoint,
  deployed: string,
  alarms: string[],
): Pick<DeployResult, 'status' | 'rolledBack' | 'failureReason' | 'alarm'> {
  const reason = endpoint.failureReason;
  const alarm = reason ? alarms.find((a) => reason.includes(a)) : undefined;
  const extra = { ...(reason ? { failureReason: reason } : {}), ...(alarm ? { alarm } : {}) };
  if (endpoint.status === 'InService' && endpoint.configName === deployed)
    return { status: 'InService', rolledBack: false, ...extra };
  if (endpoint.status === 'InService') return { status: 'InService', rolledBack: true, ...extra };
  if (endpoint.status === 'UpdateRollbackFailed')
    return { status: endpoint.status, rolledBack: true, ...extra };
  return { status: endpoint.status, rolledBack: false, ...extra };
}

/** The one-line failure for a result that is not a success, or undefined for a success. */
export function failureMessage(result: DeployResult, endpointName: string): string | undefined {
  const reason = result.failureReason ? `: ${result.failureReason}` : '';
  const alarm = result.alarm ? ` (alarm ${result.alarm} fired)` : '';
  if (result.status === 'UpdateRollbackFailed') {
    return `deployment of ${result.endpointConfigName} to ${endpointName} failed and so did its rollback (UpdateRollbackFailed)${alarm}${reason}; the endpoint serves a mix of old and new instances: update it again or fix it by hand`;
  }
  if (result.rolledBack) {
    return `deployment of ${result.endpointConfigName} to ${endpointName} was rolled back${alarm}; the endpoint still serves ${result.previousConfigName ?? 'the old config'}${reason}`;
  }
  if (result.status !== 'InService') return `endpoint ${endpointName} is ${result.status}${reason}`;
  return undefined;
}
