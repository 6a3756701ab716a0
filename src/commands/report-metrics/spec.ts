import { groupName, reportLocation } from '../../core/metrics/sources.js';
import { parseThresholds } from '../../core/metrics/thresholds.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { REPORT_TARGET_INPUTS } from '../report-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { checkMetrics } from './check.js';
import { ROLE_TO_ASSUME, WORKSPACE } from '../../core/spec/github-permissions.js';

export const spec = defineSpec({
  action: 'report-metrics',
  cli: ['metrics', 'report'],
  title: 'SageMaker CI/CD: report model metrics',
  description:
    "Compare a model's metrics with the approved model's, check thresholds, and report them on the pull request (check run, comment, job summary).",
  icon: 'bar-chart-2',
  inputs: {
    'model-package-arn': {
      kind: 'arn',
      resource: 'model-package',
      description:
        'The candidate: a model package whose ModelMetrics.ModelQuality.Statistics report is read from S3. Give exactly one of model-package-arn, evaluation-report, execution-arn.',
    },
    'evaluation-report': {
      kind: 'string',
      parse: reportLocation,
      description:
        'The candidate\'s report: an S3 URI or a workspace file with SageMaker\'s model-quality JSON or a flat {"metric": number} map.',
    },
    'execution-arn': {
      kind: 'arn',
      resource: 'pipeline-execution',
      description:
        'The candidate: the model package registered by this pipeline execution (its RegisterModel step).',
    },
    'model-package-group': {
      kind: 'string',
      parse: groupName,
      description:
        "The group whose latest Approved package is the baseline; defaults to the candidate package's group.",
    },
    baseline: {
      kind: 'string',
      description:
        "The baseline: empty for the latest Approved package in the group, a model package ARN, an S3 URI or workspace file of a report, or 'none'.",
    },
    thresholds: {
      kind: 'string',
      multiline: true,
      parse: parseThresholds,
      description:
        "One per line: 'accuracy >= 0.9', 'rmse <= 3.1', 'auc >= baseline - 0.01', 'f1 >= baseline * 1.02'. Comparisons: >=, <=, >, <; '#' starts a comment.",
    },
    directions: {
      kind: 'map',
      description:
        "Whether higher or lower is better for metrics the toolkit does not know, as a YAML map: '{latency_ms: lower}'.",
    },
    'check-name': {
      kind: 'string',
      description:
        'Name of the check run; also tells reports apart (each name keeps its own pull request comment).',
      default: 'Model metrics',
    },
    'github-token': {
      kind: 'string',
      secret: true,
      cliEnv: 'GITHUB_TOKEN',
      description:
        'Token that writes the check run (checks: write) and the comment (pull-requests: write). The CLI reads GITHUB_TOKEN when it is not given.',
      default: '${{ github.token }}',
    },
    'require-report': {
      kind: 'boolean',
      description:
        'Fail when the check run or comment cannot be written (a read-only token, as on pull requests from forks).',
      default: 'false',
    },
    'fail-on-threshold': {
      kind: 'boolean',
      description: 'Fail the step when a threshold fails (the check run concludes failure either way).',
      default: 'true',
    },
    ...REPORT_TARGET_INPUTS,
    format: {
      kind: 'enum',
      cliOnly: true,
      choices: ['text', 'markdown'],
      description:
        "'markdown' prints the report on stdout (outputs are then not printed); 'text' prints outputs.",
      default: 'text',
    },
    ...AWS_INPUTS,
  },
  check: checkMetrics,
  cliQuiet: { input: 'format', value: 'markdown' },
  outputs: {
    metrics: {
      description:
        'The candidate\'s metrics as JSON: {"accuracy": 0.93, ...}; null for a missing or NaN value.',
    },
    'baseline-metrics': {
      description: "The baseline's metrics as JSON, or empty when there is no baseline.",
    },
    passed: { description: "'true' when no threshold failed (also when there are none), else 'false'." },
    'failed-thresholds': { description: 'JSON list of the thresholds that failed, as written.' },
    'model-package-arn': { description: 'The candidate model package (empty for a report file).' },
    'baseline-model-package-arn': { description: 'The baseline model package (empty when none).' },
    'check-run-id': { description: 'ID of the check run written.' },
    'comment-id': { description: 'ID of the pull request comment written or updated.' },
  },
  githubPermissions: {
    ...ROLE_TO_ASSUME,
    ...WORKSPACE,
    checks: { access: 'write', why: 'the check run on the commit' },
    'pull-requests': { access: 'write', why: 'the pull request comment, kept up to date' },
  },
  permissions: [
    'sagemaker:DescribeModelPackage',
    'sagemaker:ListModelPackages',
    'sagemaker:ListPipelineExecutionSteps',
    's3:GetObject',
  ],
});
