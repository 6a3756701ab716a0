import type { Capacity } from './strategies.js';
import type { DeployPlan } from './plan.js';

/** DeploymentConfig exactly as UpdateEndpoint takes it (API reference: DeploymentConfig). */
export interface CapacitySize {
  Type: 'CAPACITY_PERCENT' | 'INSTANCE_COUNT';
  Value: number;
}
export interface DeploymentConfig {
  BlueGreenUpdatePolicy?: {
    TrafficRoutingConfiguration: {
      Type: 'ALL_AT_ONCE' | 'CANARY' | 'LINEAR';
      WaitIntervalInSeconds: number;
      CanarySize?: CapacitySize;
      LinearStepSize?: CapacitySize;
    };
    TerminationWaitInSeconds?: number;
    MaximumExecutionTimeoutInSeconds?: number;
  };
  RollingUpdatePolicy?: {
    MaximumBatchSize: CapacitySize;
    WaitIntervalInSeconds: number;
    MaximumExecutionTimeoutInSeconds?: number;
    RollbackMaximumBatchSize?: CapacitySize;
  };
  AutoRollbackConfiguration?: { Alarms: { AlarmName: string }[] };
}

const size = (c: Capacity): CapacitySize => ({ Type: c.type, Value: c.value });

/**
 * The DeploymentConfig for a plan; undefined for all-at-once without alarms (a plain update).
 * Only one update policy is ever set: SageMaker takes BlueGreen or Rolling, not both.
 */
export function deploymentConfig(plan: DeployPlan): DeploymentConfig | undefined {
  const config: DeploymentConfig = {};
  const timeout = plan.maxExecutionTimeoutSeconds;
  switch (plan.strategy) {
    case 'all-at-once':
      break;
    case 'blue-green':
    case 'canary':
    case 'linear': {
      const type =
        plan.strategy === 'canary' ? 'CANARY' : plan.strategy === 'linear' ? 'LINEAR' : 'ALL_AT_ONCE';
      config.BlueGreenUpdatePolicy = {
        TrafficRoutingConfiguration: {
          Type: type,
          WaitIntervalInSeconds: plan.waitIntervalSeconds,
          ...(plan.canarySize ? { CanarySize: size(plan.canarySize) } : {}),
          ...(plan.linearStepSize ? { LinearStepSize: size(plan.linearStepSize) } : {}),
        },
        TerminationWaitInSeconds: plan.terminationWaitSeconds,
        ...(timeout !== undefined ? { MaximumExecutionTimeoutInSeconds: timeout } : {}),
      };
      break;
    }
    case 'rolling':
      config.RollingUpdatePolicy = {
        MaximumBatchSize: size(plan.rollingBatchSize!),
        WaitIntervalInSeconds: plan.waitIntervalSeconds,
        ...(timeout !== undefined ? { MaximumExecutionTimeoutInSeconds: timeout } : {}),
        ...(plan.rollbackBatchSize ? { RollbackMaximumBatchSize: size(plan.rollbackBatchSize) } : {}),
      };
      break;
  }
  if (plan.alarms.length)
    config.AutoRollbackConfiguration = { Alarms: plan.alarms.map((AlarmName) => ({ AlarmName })) };
  return Object.keys(config).length ? config : undefined;
}

/** InferenceComponentDeploymentConfig, as UpdateInferenceComponent takes it (sizes count copies). */
export interface ComponentDeploymentConfig {
  RollingUpdatePolicy: {
    MaximumBatchSize: ComponentCapacitySize;
    WaitIntervalInSeconds: number;
    MaximumExecutionTimeoutInSeconds?: number;
    RollbackMaximumBatchSize?: ComponentCapacitySize;
  };
  AutoRollbackConfiguration?: { Alarms: { AlarmName: string }[] };
}
export interface ComponentCapacitySize {
  Type: 'COPY_COUNT' | 'CAPACITY_PERCENT';
  Value: number;
}

const copies = (c: Capacity): ComponentCapacitySize => ({
  Type: c.type === 'INSTANCE_COUNT' ? 'COPY_COUNT' : 'CAPACITY_PERCENT',
  Value: c.value,
});

/**
 * The DeploymentConfig of an inference component's update: a RollingUpdatePolicy (the only
 * policy the API takes) for rolling; undefined for all-at-once (SageMaker's default update).
 */
export function componentDeploymentConfig(plan: DeployPlan): ComponentDeploymentConfig | undefined {
  if (plan.strategy !== 'rolling') return undefined;
  const timeout = plan.maxExecutionTimeoutSeconds;
  return {
    RollingUpdatePolicy: {
      MaximumBatchSize: copies(plan.rollingBatchSize!),
      WaitIntervalInSeconds: plan.waitIntervalSeconds,
      ...(timeout !== undefined ? { MaximumExecutionTimeoutInSeconds: timeout } : {}),
      ...(plan.rollbackBatchSize ? { RollbackMaximumBatchSize: copies(plan.rollbackBatchSize) } : {}),
    },
    ...(plan.alarms.length
      ? { AutoRollbackConfiguration: { Alarms: plan.alarms.map((AlarmName) => ({ AlarmName })) } }
      : {}),
  };
}
