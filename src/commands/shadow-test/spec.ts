import { endpointName, instanceType, modelPackageArn } from '../../core/promotion/names.js';
import { parseShadowThresholds, parseTolerance } from '../../core/inference/shadow-thresholds.js';
import { DECIDE_ALLOWANCE_MS, MAX_SCHEDULE_MS, START_ALLOWANCE_MS } from '../../core/inference/shadow.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { REPORT_TARGET_INPUTS } from '../report-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';
import { checkShadow } from './check.js';

export const spec = defineSpec({
  action: 'shadow-test',
  cli: ['promote', 'shadow'],
  title: 'SageMaker CI/CD: shadow test',
  description:
    'Run a candidate model package as a shadow of the production endpoint (a SageMaker inference experiment), compare it with production from CloudWatch and captured outputs against thresholds, report on the pull request, then promote it or remove it.',
  icon: 'copy',
  inputs: {
    'endpoint-name': {
      kind: 'string',
      parse: endpointName,
      description: 'The production endpoint (InService, one instance-based production variant).',
      required: true,
    },
    'model-package-arn': {
      kind: 'string',
      parse: modelPackageArn,
      description:
        'The candidate model package (refused when Rejected or not Completed); promoted only when Approved.',
      required: true,
    },
    'execution-role-arn': {
      kind: 'arn',
      resource: 'iam-role',
      description:
        "IAM role SageMaker assumes to host the candidate and run the experiment (the inference experiment's RoleArn).",
      required: true,
    },
    'sampling-percentage': {
      kind: 'integer',
      min: 1,
      max: 100,
      unit: 'percent',
      description: "Share of production's requests copied to the shadow (1-100).",
      default: '100',
    },
    duration: {
      kind: 'duration',
      bareUnit: 'minutes',
      minMs: 5 * 60_000,
      maxMs: MAX_SCHEDULE_MS - START_ALLOWANCE_MS - DECIDE_ALLOWANCE_MS,
      description:
        'How long the shadow serves copied traffic before it is judged (the schedule adds 1h to start and 1h to decide; at most 30 days in all).',
      default: '1h',
    },
    'instance-type': {
      kind: 'string',
      parse: instanceType,
      description: "The shadow's instance type; default: production's.",
    },
    'instance-count': {
      kind: 'integer',
      min: 1,
      max: 100,
      unit: 'instances',
      description: "The shadow's instance count; default: production's.",
    },
    'data-capture-s3-uri': {
      kind: 'string',
      pattern: /^(https|s3):\/\/[^/]+(\/.*)?$/,
      allowed: 'an s3://bucket/prefix URI',
      maxLength: 512,
      description:
        "Where the experiment captures both variants' requests and responses (DataStorageConfig); needed for agreement.",
    },
    thresholds: {
      kind: 'string',
      multiline: true,
      parse: parseShadowThresholds,
      description:
        "One per line, in report-metrics' grammar: 'shadow.p99_latency <= production.p99_latency * 1.1', 'shadow.error_rate <= 0.001', 'agreement >= 0.98'. Metrics: invocations, p50_latency, p90_latency, p99_latency (ms), error_rate, error_4xx_rate, error_5xx_rate; agreement.",
    },
    'agreement-tolerance': {
      kind: 'string',
      parse: parseTolerance,
      description: 'How far two numeric outputs may differ and still agree.',
      default: '0',
    },
    promote: {
      kind: 'boolean',
      description:
        "Promote the shadow when every threshold passes and the package is Approved (the approval gate); 'false' only judges it (the shadow is removed either way).",
      default: 'true',
    },
    'check-name': {
      kind: 'string',
      description:
        'Name of the check run; also tells reports apart (each name keeps its own pull request comment).',
      default: 'Shadow test',
    },
    'github-token': {
      kind: 'string',
      secret: true,
      cliEnv: 'GITHUB_TOKEN',
      description:
        'Token that writes the check run and the comment. The CLI reads GITHUB_TOKEN when it is not given.',
      default: '${{ github.token }}',
    },
    ...REPORT_TARGET_INPUTS,
    ...AWS_INPUTS,
  },
  check: checkShadow,
  outputs: {
    'experiment-name': { description: 'Name of the inference experiment (set as soon as it exists).' },
    'experiment-arn': { description: 'ARN of the inference experiment.' },
    'model-name': { description: "The candidate's SageMaker model." },
    metrics: {
      description:
        'What was measured, as JSON: {"shadow": {...}, "production": {...}, "agreement": 0.99 | null}.',
    },
    passed: { description: "'true' when no threshold failed." },
    'failed-thresholds': { description: 'JSON list of the thresholds that failed, as written.' },
    promoted: { description: "'true' when the shadow was promoted to production." },
    'endpoint-status': { description: "The endpoint's status after the test ended." },
    'check-run-id': { description: 'ID of the check run written.' },
    'comment-id': { description: 'ID of the pull request comment written or updated.' },
  },
  githubPermissions: {
    ...ROLE_TO_ASSUME,
    checks: { access: 'write', why: 'the check run on the commit' },
    'pull-requests': { access: 'write', why: 'the pull request comment, kept up to date' },
  },
  permissions: [
    'sagemaker:DescribeModelPackage',
    'sagemaker:DescribeModel',
    'sagemaker:CreateModel',
    'sagemaker:DescribeEndpoint',
    'sagemaker:DescribeEndpointConfig',
    'sagemaker:CreateInferenceExperiment',
    'sagemaker:DescribeInferenceExperiment',
    'sagemaker:StopInferenceExperiment',
    'cloudwatch:GetMetricData',
    's3:ListBucket',
    's3:GetObject',
    'iam:PassRole',
  ],
});
