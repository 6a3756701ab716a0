import { sagemakerPromotionGateway } from '../../aws/sagemaker-promotion.js';
import { isTransient } from '../../aws/transient.js';
import { InputError, OutcomeError } from '../../core/errors.js';
import { duration, integer } from '../../core/inputs.js';
import { deploy, failureMessage } from '../../core/promotion/deploy.js';
import { endpointName, instanceType, modelPackageArn, roleArn } from '../../core/promotion/names.js';
import { parsePlan, type StrategyInputs } from '../../core/promotion/plan.js';
import { LIMITS } from '../../core/promotion/strategies.js';
import { deploySummary } from '../../core/promotion/summary.js';
import type { Host } from '../../hosts/host.js';
import { awsFor } from '../aws-options.js';

/** Polls DescribeEndpoint this often: updates take minutes, so a few calls a minute notice the end quickly enough. */
export const POLL_INTERVAL_MS = 15_000;

export async function run(host: Host): Promise<void> {
  // Every input is checked before the first AWS call.
  const endpoint = endpointName('endpoint-name', host.input('endpoint-name'));
  const packageArn = modelPackageArn('model-package-arn', host.input('model-package-arn'));
  const type = instanceType('instance-type', host.input('instance-type'));
  const role = roleArn('execution-role-arn', host.input('execution-role-arn'));
  const raw = Object.fromEntries(
    (
      [
        'strategy',
        'instance-count',
        'canary-size',
        'linear-step-size',
        'rolling-batch-size',
        'wait-interval',
        'termination-wait',
        'max-execution-timeout',
        'rollback-alarms',
      ] as const
    ).map((k) => [k, host.input(k)]),
  ) as unknown as StrategyInputs;
  const plan = parsePlan(raw);
  const capturePercent = integer('data-capture-percent', host.input('data-capture-percent'), undefined, {
    min: LIMITS.dataCapturePercent.min,
    max: LIMITS.dataCapturePercent.max,
    unit: 'percent',
  });
  const captureUri = host.input('data-capture-s3-uri');
  if (capturePercent !== undefined && !/^(https|s3):\/\/[^/]+(\/.*)?$/.test(captureUri)) {
    throw new InputError(
      'data-capture-s3-uri',
      'is required with data-capture-percent: an s3://bucket/prefix URI (up to 512 characters)',
      captureUri,
    );
  }
  if (captureUri.length > 512) throw new InputError('data-capture-s3-uri', 'must be at most 512 characters');
  if (captureUri && capturePercent === undefined)
    throw new InputError('data-capture-percent', 'is required with data-capture-s3-uri (0-100)');
  const commit = host.input('commit') || host.run.sha || '';
  if (!commit)
    throw new InputError(
      'commit',
      'is required outside a workflow: the commit the endpoint config is named after',
    );
  // Unset, the wait outlasts SageMaker's own limit for the deployment, plus an hour to provision.
  const fallbackMs = Math.max(3 * 3_600_000, ((plan.maxExecutionTimeoutSeconds ?? 0) + 3600) * 1000);
  const timeoutMs = duration('timeout', host.input('timeout'), fallbackMs, {
    minMs: 60_000,
    maxMs: 24 * 3_600_000,
    defaultUnit: 'm',
  })!;
  if (/^ml\.inf1\./.test(type) && plan.strategy !== 'all-at-once') {
    host.warning(
      `deployment guardrails do not apply to ${type} (Inf1): SageMaker falls back to an all-at-once update without telling`,
    );
  }

  const aws = awsFor(host);
  const result = await deploy(
    {
      endpointName: endpoint,
      modelPackageArn: packageArn,
      roleArn: role,
      instanceType: type,
      plan,
      commit,
      ...(capturePercent !== undefined
        ? { dataCapture: { percent: capturePercent, destinationS3Uri: captureUri } }
        : {}),
    },
    {
      gateway: sagemakerPromotionGateway(aws),
      clock: host.clock,
      log: host,
      signal: host.signal,
      isTransient,
      onOutput: (name, value) => {
        if (name !== 'model-name') host.setOutput(name, value);
      },
      pollIntervalMs: POLL_INTERVAL_MS,
      timeoutMs,
    },
  );
  host.setOutput('status', result.status);
  host.setOutput('rolled-back', result.rolledBack);
  host.setOutput(
    'deployment-config',
    result.firstDeploy || !result.deploymentConfig ? '' : result.deploymentConfig,
  );
  await host.appendSummary(deploySummary(endpoint, plan, result));
  const failure = failureMessage(result, endpoint);
  if (failure) throw new OutcomeError(failure);
  host.info(`Endpoint ${endpoint} serves ${result.endpointConfigName} (${result.status}).`);
}
