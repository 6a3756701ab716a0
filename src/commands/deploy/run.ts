import { sagemakerPromotionGateway } from '../../aws/sagemaker-promotion.js';
import { isTransient } from '../../aws/transient.js';
import { OutcomeError } from '../../core/errors.js';
import { deploy, failureMessage } from '../../core/promotion/deploy.js';
import { deploySummary } from '../../core/promotion/summary.js';
import type { RunContext } from '../../hosts/host.js';
import { spec } from './spec.js';
import { awsFor } from '../aws-options.js';

export async function run({ host, inputs, checked, aws }: RunContext<typeof spec>): Promise<void> {
  const endpoint = inputs['endpoint-name'];
  const type = inputs['instance-type'];
  const { plan, commit, dataCapture, timeoutMs } = checked;
  if (/^ml\.inf1\./.test(type) && plan.strategy !== 'all-at-once') {
    host.warning(
      `deployment guardrails do not apply to ${type} (Inf1): SageMaker falls back to an all-at-once update without telling`,
    );
  }

  const sagemaker = awsFor(host, aws, spec.action);
  const result = await deploy(
    {
      endpointName: endpoint,
      modelPackageArn: inputs['model-package-arn'],
      roleArn: inputs['execution-role-arn'],
      instanceType: type,
      plan,
      commit,
      ...(dataCapture ? { dataCapture } : {}),
    },
    {
      gateway: sagemakerPromotionGateway(sagemaker),
      clock: host.clock,
      log: host,
      signal: host.signal,
      isTransient,
      onOutput: (name, value) => {
        if (name !== 'model-name') host.setOutput(name, value);
      },
      policy: { kind: 'adaptive' },
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
