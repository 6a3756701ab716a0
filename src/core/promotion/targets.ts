import type { StrategyName } from './strategies.js';

/**
 * THE table of where `deploy` puts a model and which strategies each place takes. parsePlan
 * refuses what AWS refuses before any call; docs/promotion.md's "Which target and which strategy"
 * table and the inputs' descriptions are generated from it.
 */
export const TARGET_NAMES = ['endpoint', 'serverless', 'async', 'inference-component'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** A strategy on a target: supported (with a note when it differs), or refused with the reason. */
export type Support = { ok: true; note?: string } | { ok: false; why: string };

export interface Target {
  name: TargetName;
  title: string;
  /** What deploy calls on this target. */
  how: string;
  /** What a canary, linear or rolling size counts on this target. */
  capacity: 'instances' | 'copies' | 'percent only';
  defaultStrategy: StrategyName;
  strategies: Record<StrategyName, Support>;
}

export const DOCS = {
  exclusions: 'https://docs.aws.amazon.com/sagemaker/latest/dg/deployment-guardrails-exclusions.html',
  componentConfig:
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InferenceComponentDeploymentConfig.html',
  serverless: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html',
} as const;

const ALL_OK: Record<StrategyName, Support> = {
  'all-at-once': { ok: true },
  'blue-green': { ok: true },
  canary: { ok: true },
  linear: { ok: true },
  rolling: { ok: true },
};

/** Inference components take only a RollingUpdatePolicy (InferenceComponentDeploymentConfig). */
const COMPONENT_ONLY_ROLLING = `inference components take only a RollingUpdatePolicy (${DOCS.componentConfig}); use rolling, or all-at-once`;

export const TARGETS: Record<TargetName, Target> = {
  endpoint: {
    name: 'endpoint',
    title: 'Real-time endpoint (instances)',
    how: 'CreateEndpointConfig (instance type and count), then CreateEndpoint or UpdateEndpoint with the DeploymentConfig.',
    capacity: 'instances',
    defaultStrategy: 'blue-green',
    strategies: {
      ...ALL_OK,
      'blue-green': {
        ok: true,
        note: `Marketplace containers and Inf1 instances fall back to all-at-once blue/green without a final baking period (${DOCS.exclusions}); deploy warns on ml.inf1.*`,
      },
    },
  },
  serverless: {
    name: 'serverless',
    title: 'Serverless endpoint',
    how: 'CreateEndpointConfig with ServerlessConfig (memory, max and provisioned concurrency), then CreateEndpoint or UpdateEndpoint.',
    capacity: 'percent only',
    defaultStrategy: 'blue-green',
    strategies: {
      ...ALL_OK,
      canary: { ok: true, note: 'canary-size as a percentage: a serverless endpoint has no instances' },
      linear: { ok: true, note: 'linear-step-size as a percentage: a serverless endpoint has no instances' },
      rolling: {
        ok: false,
        why: `rolling deployments exclude serverless endpoints (${DOCS.exclusions}); use blue-green, canary or linear`,
      },
    },
  },
  async: {
    name: 'async',
    title: 'Asynchronous endpoint (instances)',
    how: 'CreateEndpointConfig with AsyncInferenceConfig (output and failure S3 paths, SNS topics), then CreateEndpoint or UpdateEndpoint.',
    capacity: 'instances',
    defaultStrategy: 'blue-green',
    // The guardrails exclusions do not list asynchronous endpoints: every strategy is sent as asked.
    strategies: ALL_OK,
  },
  'inference-component': {
    name: 'inference-component',
    title: 'Inference component on an existing endpoint',
    how: 'CreateInferenceComponent (copies, compute resources) or UpdateInferenceComponent with DeploymentConfig.RollingUpdatePolicy.',
    capacity: 'copies',
    defaultStrategy: 'rolling',
    strategies: {
      'all-at-once': {
        ok: true,
        note: "UpdateInferenceComponent without DeploymentConfig (SageMaker's default); no rollback alarms: they need the RollingUpdatePolicy",
      },
      'blue-green': { ok: false, why: COMPONENT_ONLY_ROLLING },
      canary: { ok: false, why: COMPONENT_ONLY_ROLLING },
      linear: { ok: false, why: COMPONENT_ONLY_ROLLING },
      rolling: { ok: true, note: 'batch sizes count copies (COPY_COUNT) or a percentage of them' },
    },
  },
};
