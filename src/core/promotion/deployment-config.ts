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
      };
      break;
  }
  if (plan.alarms.length)
    config.AutoRollbackConfiguration = { Alarms: plan.alarms.map((AlarmName) => ({ AlarmName })) };
  return Object.keys(config).length ? config : undefined;
}
