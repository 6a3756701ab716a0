import { LIMITS, STRATEGIES, STRATEGY_NAMES, strategyChoices } from '../../core/promotion/strategies.js';
import { AWS_INPUTS } from '../aws-inputs.js';
import { ROLE_TO_ASSUME } from '../github-permissions.js';
import type { CommandSpec } from '../spec.js';

const comparison = STRATEGY_NAMES.map(
  (n) => `${n} (risk ${STRATEGIES[n].risk.split(' (')[0]}, cost ${STRATEGIES[n].cost.split(' (')[0]})`,
).join('; ');

export const spec: CommandSpec = {
  action: 'deploy',
  cli: ['promote', 'deploy'],
  title: 'SageMaker CI/CD: deploy',
  description:
    'Deploy an approved model package to a SageMaker endpoint with a deployment strategy (all-at-once, blue/green, canary, linear, rolling), and tell a rollback from a success.',
  icon: 'upload-cloud',
  inputs: {
    'endpoint-name': {
      description: 'Name of the SageMaker endpoint; created on the first deploy, updated afterwards.',
      required: true,
    },
    'model-package-arn': {
      description:
        'ARN of the model package version to deploy; refused unless Approved in the Model Registry.',
      required: true,
    },
    'instance-type': { description: 'Hosting instance type, e.g. ml.m5.large.', required: true },
    'instance-count': { description: 'Number of instances.', default: '1' },
    'execution-role-arn': {
      description:
        'IAM role SageMaker assumes to host the model (with rollback alarms it also needs cloudwatch:DescribeAlarms).',
      required: true,
    },
    strategy: {
      description: `How traffic moves to the new model: ${strategyChoices()}. ${comparison}.`,
      default: 'blue-green',
    },
    'canary-size': {
      description: `canary: share of traffic in the first step, as a percentage (10%) or instances (1); ${LIMITS.canaryPercent.text}.`,
    },
    'linear-step-size': {
      description: `linear: traffic added per step, as a percentage or instances; ${LIMITS.linearPercent.text}.`,
    },
    'rolling-batch-size': {
      description: `rolling: instances replaced per batch, as a percentage or instances; ${LIMITS.rollingPercent.text}.`,
    },
    'wait-interval': {
      description: `Baking time between traffic steps, e.g. 300, 5m; ${LIMITS.waitIntervalSeconds.text}. Default 5m.`,
    },
    'termination-wait': {
      description: `blue/green, canary, linear: how long the old fleet is kept after the shift; ${LIMITS.terminationWaitSeconds.text}. Default 0.`,
    },
    'max-execution-timeout': {
      description: `Time limit SageMaker gives the whole deployment; ${LIMITS.maxExecutionTimeoutSeconds.text}.`,
    },
    'rollback-alarms': {
      description: `CloudWatch alarm names (comma or line separated) that roll the deployment back when they fire; ${LIMITS.alarms.text}.`,
    },
    'data-capture-percent': {
      description: `Turn on data capture (for Model Monitor drift detection) for this share of requests; ${LIMITS.dataCapturePercent.text}.`,
    },
    'data-capture-s3-uri': {
      description:
        'Where captured requests and responses go (s3://bucket/prefix); required with data-capture-percent.',
    },
    commit: {
      description: "The commit the endpoint config is named after; defaults to the workflow's commit.",
    },
    timeout: {
      description:
        'How long to wait for the endpoint to be InService, e.g. 90m, 3h. Default: 3h, or max-execution-timeout plus 1h when that is longer.',
    },
    ...AWS_INPUTS,
  },
  outputs: {
    'endpoint-arn': { description: 'ARN of the endpoint.' },
    'endpoint-config-name': {
      description: 'Name of the endpoint config (and model) made for this deployment.',
    },
    status: { description: "The endpoint's status at the end: InService, Failed, UpdateRollbackFailed..." },
    'rolled-back': {
      description:
        'true when SageMaker rolled the deployment back (the endpoint still serves the old config).',
    },
    'deployment-config': {
      description:
        'The DeploymentConfig sent to UpdateEndpoint, as JSON (empty for a first deploy or a plain all-at-once).',
    },
  },
  githubPermissions: { ...ROLE_TO_ASSUME },
  permissions: [
    'sagemaker:DescribeModelPackage',
    'sagemaker:DescribeModel',
    'sagemaker:CreateModel',
    'sagemaker:DescribeEndpointConfig',
    'sagemaker:CreateEndpointConfig',
    'sagemaker:DescribeEndpoint',
    'sagemaker:CreateEndpoint',
    'sagemaker:UpdateEndpoint',
    'iam:PassRole',
  ],
};
