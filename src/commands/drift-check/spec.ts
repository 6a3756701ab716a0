import { reportLocation } from '../../core/metrics/sources.js';
import { parseDriftThresholds } from '../../core/drift/verdict.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME, WORKSPACE } from '../../core/spec/github-permissions.js';

export const spec = defineSpec({
  action: 'drift-check',
  cli: ['drift', 'check'],
  title: 'SageMaker CI/CD: check data drift',
  description:
    "Compare an endpoint's captured traffic over a time window with the training baseline (PSI per feature, missing values, unseen categories), publish the figures to CloudWatch and keep the drift alarm that starts retraining.",
  icon: 'activity',
  inputs: {
    baseline: {
      kind: 'string',
      required: true,
      parse: reportLocation,
      description:
        'The baseline: an S3 URI or workspace file written by drift-baseline, or a Model Monitor statistics.json.',
    },
    'endpoint-name': {
      kind: 'string',
      required: true,
      pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
      allowed: 'a SageMaker endpoint name (1-63 letters, digits and hyphens)',
      description: 'The endpoint whose captured requests are checked.',
    },
    'capture-s3-uri': {
      kind: 'string',
      required: true,
      pattern: /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/,
      allowed: 'an s3://bucket/prefix URI',
      maxLength: 512,
      description:
        "Where the endpoint's data capture goes (deploy's data-capture-s3-uri); files are read from <uri>/<endpoint>/<variant>/yyyy/mm/dd/hh/.",
    },
    variant: {
      kind: 'string',
      pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
      allowed: 'a production variant name (1-63 letters, digits and hyphens)',
      description: 'Only this production variant; by default every variant that captured.',
    },
    window: {
      kind: 'duration',
      bareUnit: 'minutes',
      minMs: 3_600_000,
      maxMs: 31 * 24 * 3_600_000,
      description:
        'How far back from now to read captured traffic (whole hours: capture is filed by the hour); a bare number is minutes; 1h to 31 days.',
      default: '24h',
    },
    thresholds: {
      kind: 'string',
      multiline: true,
      parse: parseDriftThresholds,
      description:
        "One per line, as report-metrics writes them: 'psi(age) <= 0.2', 'max_psi <= 0.25', 'missing(income) <= 0.05', 'unseen(city) <= 0.01'. Default: 'max_psi <= 0.2'.",
    },
    'min-records': {
      kind: 'integer',
      min: 1,
      max: 1_000_000_000,
      unit: 'records',
      description:
        'Fewer records than this in the window is its own outcome (insufficient-data), not a pass.',
      default: '100',
    },
    'on-insufficient-data': {
      kind: 'enum',
      choices: ['fail', 'warn'],
      description: "Too few records: 'fail' the step or only 'warn' (outcome insufficient-data either way).",
      default: 'fail',
    },
    'fail-on-drift': {
      kind: 'boolean',
      description: 'Fail the step when a threshold fails (metrics and alarm are published first).',
      default: 'true',
    },
    'publish-metrics': {
      kind: 'boolean',
      description:
        'Publish PSI, missing-rate change, max PSI, drifted features and records read to CloudWatch.',
      default: 'true',
    },
    namespace: {
      kind: 'string',
      pattern: /^(?!AWS\/)[A-Za-z0-9._\-/# ][A-Za-z0-9._\-/#: ]{0,254}$/,
      allowed:
        "a CloudWatch namespace (1-255 letters, digits, . _ - / # : and spaces, not starting with ':' or 'AWS/')",
      description: 'CloudWatch namespace of the metrics.',
      default: 'SageMakerCICD/Drift',
    },
    alarm: {
      kind: 'boolean',
      description:
        "Create or update the CloudWatch alarm on the drifted-features metric (a second run changes nothing); create-trigger's drift kind starts retraining when it fires.",
      default: 'false',
    },
    'alarm-name': {
      kind: 'string',
      pattern: /^[^\p{Cc}]{1,255}$/u,
      allowed: 'a CloudWatch alarm name (1-255 characters, no control characters)',
      description: "The alarm's name (the drift trigger's alarm-name); default <endpoint-name>-drift.",
    },
    ...AWS_INPUTS,
  },
  outputs: {
    outcome: { description: "'pass', 'drift' or 'insufficient-data'." },
    'drifted-features': { description: 'JSON list of the features a failed threshold names.' },
    'max-psi': { description: 'The largest PSI of any feature (empty when no feature had values).' },
    'records-read': { description: "Records read from the window's capture files." },
    'malformed-lines': { description: 'Capture lines that could not be read (skipped and counted).' },
    'files-read': { description: 'Capture files read.' },
    metrics: {
      description: 'Every figure as JSON: {"psi(age)": 0.03, "missing(age)": 0, "max_psi": 0.03, ...}.',
    },
    'alarm-name': { description: 'The drift alarm (when alarm is true).' },
  },
  githubPermissions: { ...ROLE_TO_ASSUME, ...WORKSPACE },
  permissions: [
    's3:GetObject',
    's3:ListBucket',
    'cloudwatch:PutMetricData',
    'cloudwatch:DescribeAlarms',
    'cloudwatch:PutMetricAlarm',
  ],
});
