import { sagemakerComponentsGateway } from '../../aws/sagemaker-components.js';
import { sagemakerPromotionGateway } from '../../aws/sagemaker-promotion.js';
import { isTransient } from '../../aws/transient.js';
import { OutcomeError } from '../../core/errors.js';
import { deploy, failureMessage } from '../../core/promotion/deploy.js';
import { componentFailure, deployComponent } from '../../core/promotion/inference-component.js';
import { componentSummary, deploySummary } from '../../core/promotion/summary.js';
import type { RunContext } from '../../hosts/host.js';
import { spec } from './spec.js';
import { awsFor } from '../aws-options.js';

export async function run({ host, inputs, checked, aws }: RunContext<typeof spec>): Promise<void> {
  const endpoint = inputs['endpoint-name'];
  const type = inputs['instance-type'];
  const { plan, hosting, commit, dataCapture, timeoutMs } = checked;
  if (type && /^ml\.inf1\./.test(type) && plan.strategy !== 'all-at-once') {
    host.warning(
      `deployment guardrails do not apply to ${type} (Inf1): SageMaker falls back to an all-at-once update without telling`,
    );
  }

  const sagemaker = awsFor(host, aws, spec.action);
  const waiting = {
    clock: host.clock,
    log: host,
    signal: host.signal,
    isTransient,
    policy: { kind: 'adaptive' } as const,
    timeoutMs,
  };
  if (hosting.target === 'inference-component') {
    const result = await deployComponent(
      {
        endpointName: endpoint,
        component: hosting.component,
        modelPackageArn: inputs['model-package-arn'],
        roleArn: inputs['execution-role-arn'],
        plan,
        commit,
      },
      {
        ...waiting,
        gateway: sagemakerPromotionGateway(sagemaker),
        components: sagemakerComponentsGateway(sagemaker),
        onOutput: (name, value) => host.setOutput(name, value),
      },
    );
    host.setOutput('status', result.status);
    host.setOutput('rolled-back', result.rolledBack);
    host.setOutput('deployment-config', result.deploymentConfig ? result.deploymentConfig : '');
    await host.appendSummary(componentSummary(endpoint, plan, result));
    const failure = componentFailure(result);
    if (failure) throw new OutcomeError(failure);
    host.info(`Inference component ${result.componentName} serves ${result.modelName} (${result.status}).`);
    return;
  }

  const result = await deploy(
    {
      endpointName: endpoint,
      modelPackageArn: inputs['model-package-arn'],
      roleArn: inputs['execution-role-arn'],
      ...(type ? { instanceType: type } : {}),
      hosting,
      plan,
      commit,
      ...(dataCapture ? { dataCapture } : {}),
    },
    {
      ...waiting,
      gateway: sagemakerPromotionGateway(sagemaker),
      onOutput: (name, value) => host.setOutput(name, value),
    },
  );
  host.setOutput('status', result.status);
  host.setOutput('rolled-back', result.rolledBack);
  host.setOutput(
    'deployment-config',
    result.firstDeploy || !result.deploymentConfig ? '' : result.deploymentConfig,
  );
  await host.appendSummary(
    deploySummary(endpoint, plan, result, { hosting, ...(type ? { instanceType: type } : {}) }),
  );
  const failure = failureMessage(result, endpoint);
  if (failure) throw new OutcomeError(failure);
  host.info(`Endpoint ${endpoint} serves ${result.endpointConfigName} (${result.status}).`);
}
