import { endpointName, instanceType, modelPackageArn } from '../../core/promotion/names.js';
import { STRATEGY_INPUTS } from '../../core/promotion/strategy-inputs.js';
import { TARGET_INPUTS } from '../../core/promotion/target-inputs.js';
import { LIMITS } from '../../core/promotion/strategies.js';
import { strategiesText } from '../../core/promotion/strategies-doc.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { checkDeploy } from './check.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';

export const spec = defineSpec({
  action: 'deploy',
  cli: ['promote', 'deploy'],
  title: 'SageMaker CI/CD: deploy',
  description:
    'Deploy an approved model package to a SageMaker endpoint (real-time, serverless, asynchronous) or inference component with a deployment strategy (all-at-once, blue/green, canary, linear, rolling), and tell a rollback from a success.',
  icon: 'upload-cloud',
  inputs: {
    'endpoint-name': {
      kind: 'string',
      parse: endpointName,
      description: 'Name of the SageMaker endpoint; created on the first deploy, updated afterwards.',
      required: true,
    },
    'model-package-arn': {
      kind: 'string',
      parse: modelPackageArn,
      description:
        'ARN of the model package version to deploy; refused unless Approved in the Model Registry.',
      required: true,
    },
    'instance-type': {
      kind: 'string',
      parse: instanceType,
      description: 'Hosting instance type, e.g. ml.m5.large; required with target endpoint or async.',
    },
    'execution-role-arn': {
      kind: 'arn',
      resource: 'iam-role',
      description:
        'IAM role SageMaker assumes to host the model (with rollback alarms it also needs cloudwatch:DescribeAlarms).',
      required: true,
    },
    ...TARGET_INPUTS,
    ...STRATEGY_INPUTS,
    'data-capture-percent': {
      kind: 'integer',
      min: LIMITS.dataCapturePercent.min,
      max: LIMITS.dataCapturePercent.max,
      unit: 'percent',
      description: `Turn on data capture (for Model Monitor drift detection) for this share of requests; ${LIMITS.dataCapturePercent.text}.`,
    },
    'data-capture-s3-uri': {
      kind: 'string',
      pattern: /^(https|s3):\/\/[^/]+(\/.*)?$/,
      allowed: 'an s3://bucket/prefix URI',
      maxLength: 512,
      description:
        'Where captured requests and responses go (s3://bucket/prefix); required with data-capture-percent.',
    },
    commit: {
      kind: 'string',
      maxLength: 255,
      description: "The commit the endpoint config is named after; defaults to the workflow's commit.",
    },
    timeout: {
      kind: 'duration',
      bareUnit: 'minutes',
      minMs: 60_000,
      maxMs: 24 * 3_600_000,
      description:
        'How long to wait for the endpoint to be InService. Default: 3h, or max-execution-timeout plus 1h when that is longer.',
    },
    ...AWS_INPUTS,
  },
  check: checkDeploy,
  cliHelp: strategiesText(),
  outputs: {
    'endpoint-arn': { description: 'ARN of the endpoint.' },
    'endpoint-config-name': {
      description:
        'Name of the endpoint config (and model) made for this deployment (not for an inference component).',
    },
    'model-name': { description: 'Name of the SageMaker model made for this deployment.' },
    'inference-component-arn': { description: 'target inference-component: ARN of the component.' },
    status: { description: "The endpoint's status at the end: InService, Failed, UpdateRollbackFailed..." },
    'rolled-back': {
      description:
        'true when SageMaker rolled the deployment back (the endpoint or component still serves the old one).',
    },
    'deployment-config': {
      description:
        'The DeploymentConfig sent to UpdateEndpoint or UpdateInferenceComponent, as JSON (empty for a first deploy or a plain all-at-once).',
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
    'sagemaker:DescribeInferenceComponent',
    'sagemaker:CreateInferenceComponent',
    'sagemaker:UpdateInferenceComponent',
    'iam:PassRole',
  ],
});
