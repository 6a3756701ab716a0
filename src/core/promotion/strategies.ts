/**
 * THE table of deployment strategies. The code (DeploymentConfig, checks, timeline), the `deploy`
 * inputs' descriptions, `--help` and docs/strategies.md are all derived from it, so they cannot drift.
 */
export const STRATEGY_NAMES = ['all-at-once', 'blue-green', 'canary', 'linear', 'rolling'] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export interface Strategy {
  name: StrategyName;
  /** How SageMaker moves traffic (the DeploymentConfig this strategy sends). */
  how: string;
  risk: string;
  cost: string;
  complexity: string;
  /** The `deploy` inputs this strategy reads, besides rollback-alarms. */
  options: string[];
}

export const STRATEGIES: Record<StrategyName, Strategy> = {
  'all-at-once': {
    name: 'all-at-once',
    how: 'UpdateEndpoint with no update policy: SageMaker swaps the fleet in one step (its default).',
    risk: 'high (downtime likely, no baking period)',
    cost: 'low',
    complexity: 'low',
    options: [],
  },
  'blue-green': {
    name: 'blue-green',
    how: 'BlueGreenUpdatePolicy, traffic ALL_AT_ONCE: a new (green) fleet takes all traffic, the old (blue) fleet is kept for termination-wait.',
    risk: 'low (instant rollback to the old fleet)',
    cost: 'high (duplicate capacity during the update)',
    complexity: 'medium',
    options: ['wait-interval', 'termination-wait', 'max-execution-timeout'],
  },
  canary: {
    name: 'canary',
    how: 'BlueGreenUpdatePolicy, traffic CANARY: canary-size of the traffic first, the rest after wait-interval.',
    risk: 'lowest (incremental, alarms watched on a small share)',
    cost: 'medium',
    complexity: 'high',
    options: ['canary-size', 'wait-interval', 'termination-wait', 'max-execution-timeout'],
  },
  linear: {
    name: 'linear',
    how: 'BlueGreenUpdatePolicy, traffic LINEAR: linear-step-size more of the traffic every wait-interval.',
    risk: 'low (steady growth)',
    cost: 'medium',
    complexity: 'medium',
    options: ['linear-step-size', 'wait-interval', 'termination-wait', 'max-execution-timeout'],
  },
  rolling: {
    name: 'rolling',
    how: 'RollingUpdatePolicy: rolling-batch-size instances replaced per step, each baked for wait-interval.',
    risk: 'medium (old and new serve side by side)',
    cost: 'low (one batch of extra capacity)',
    complexity: 'medium',
    options: ['rolling-batch-size', 'rollback-batch-size', 'wait-interval', 'max-execution-timeout'],
  },
};

/** A capacity as SageMaker's CapacitySize takes it. */
export interface Capacity {
  type: 'CAPACITY_PERCENT' | 'INSTANCE_COUNT';
  value: number;
}

export interface Preset {
  strategy: StrategyName;
  canarySize?: Capacity;
  linearStepSize?: Capacity;
  waitIntervalSeconds?: number;
}

/**
 * CodeDeploy's preset names, as people know them (with or without `CodeDeployDefault.` and the
 * Lambda/ECS infix): CanaryNPercentMMinutes, LinearNPercentEveryMMinute(s), AllAtOnce.
 */
export const CODEDEPLOY_PRESET_EXAMPLES = [
  'AllAtOnce',
  'Canary10Percent5Minutes',
  'Canary10Percent10Minutes',
  'Canary10Percent15Minutes',
  'Canary10Percent30Minutes',
  'Linear10PercentEvery1Minute',
  'Linear10PercentEvery2Minutes',
  'Linear10PercentEvery3Minutes',
  'Linear10PercentEvery10Minutes',
] as const;

export function parsePreset(raw: string): Preset | undefined {
  const name = raw
    .trim()
    .replace(/^CodeDeployDefault\./i, '')
    .replace(/^(Lambda|ECS)/, '');
  if (/^AllAtOnce$/i.test(name)) return { strategy: 'all-at-once' };
  const canary = /^Canary(\d+)Percent(\d+)Minutes?$/i.exec(name);
  if (canary) {
    return {
      strategy: 'canary',
      canarySize: { type: 'CAPACITY_PERCENT', value: Number(canary[1]) },
      waitIntervalSeconds: Number(canary[2]) * 60,
    };
  }
  const linear = /^Linear(\d+)PercentEvery(\d+)Minutes?$/i.exec(name);
  if (linear) {
    return {
      strategy: 'linear',
      linearStepSize: { type: 'CAPACITY_PERCENT', value: Number(linear[1]) },
      waitIntervalSeconds: Number(linear[2]) * 60,
    };
  }
  return undefined;
}

/** The limits SageMaker enforces (API reference: TrafficRoutingConfig, BlueGreenUpdatePolicy, RollingUpdatePolicy, AutoRollbackConfig). */
export const LIMITS = {
  canaryPercent: { min: 1, max: 50, text: 'canary at most 50% of capacity' },
  linearPercent: { min: 10, max: 50, text: 'linear step 10-50% of capacity' },
  rollingPercent: { min: 5, max: 50, text: 'rolling batch 5-50% of capacity' },
  rollbackPercent: { min: 1, max: 100, text: 'rollback batch at most 100% of capacity' },
  waitIntervalSeconds: { min: 0, max: 3600, text: 'wait interval 0-3600 s' },
  terminationWaitSeconds: { min: 0, max: 3600, text: 'termination wait 0-3600 s' },
  maxExecutionTimeoutSeconds: { min: 600, max: 28800, text: 'maximum execution timeout 600-28800 s' },
  alarms: { min: 1, max: 10, text: '1-10 CloudWatch alarms' },
  dataCapturePercent: { min: 0, max: 100, text: 'data capture sampling 0-100%' },
  // Hosting (API reference: ProductionVariantServerlessConfig, AsyncInferenceClientConfig,
  // InferenceComponentComputeResourceRequirements, InferenceComponentRuntimeConfig).
  serverlessMemoryMb: { min: 1024, max: 6144, text: 'serverless memory 1024-6144 MB in 1024 MB steps' },
  serverlessConcurrency: { min: 1, max: 200, text: 'serverless max concurrency 1-200' },
  provisionedConcurrency: {
    min: 1,
    max: 200,
    text: 'provisioned concurrency 1-200, at most the max concurrency',
  },
  asyncConcurrency: { min: 1, max: 1000, text: 'async concurrent invocations per instance 1-1000' },
  componentMemoryMb: { min: 128, max: 10_000_000, text: 'inference component memory at least 128 MB' },
  componentCpuCores: { min: 0.25, max: 10_000, text: 'inference component CPU cores at least 0.25' },
  componentAccelerators: { min: 1, max: 10_000, text: 'inference component accelerators at least 1' },
  copyCount: { min: 1, max: 1000, text: 'inference component copies 1-1000' },
} as const;

/** The strategy names and preset examples as one line, for input descriptions and errors. */
export function strategyChoices(): string {
  return `${STRATEGY_NAMES.join(' | ')}, or a CodeDeploy preset (${CODEDEPLOY_PRESET_EXAMPLES.slice(0, 3).join(', ')}, ...)`;
}
