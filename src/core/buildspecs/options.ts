import { InputError } from '../errors.js';
import { stringMap } from '../inputs.js';

/**
 * What a generated buildspec can be told. Every value becomes an `env.variables` default in the
 * buildspec (so a build can still override it with StartBuild's environmentVariablesOverride);
 * commands only ever read them as quoted variables. Only names (build-arg names, the report
 * group) are written into the structure, and those are checked against strict patterns first.
 */
export const BUILDSPEC_KINDS = ['container', 'pipeline', 'metrics', 'drift'] as const;
export type BuildspecKind = (typeof BUILDSPEC_KINDS)[number];

export interface ContainerOptions {
  ecrRepository: string;
  dockerfile: string;
  buildContext: string;
  testCommand: string;
  /** Build-arg name → default value (passed as `--build-arg NAME`, docker reads the variable). */
  buildArgs: Record<string, string>;
  reportGroup: string;
}

export interface ToolkitOptions {
  toolkitVersion: string;
  nodeVersion: string;
}

export interface PipelineOptions extends ToolkitOptions {
  pipelineName: string;
  /** JSON text of the pipeline parameters map. */
  parameters: string;
}

export interface MetricsOptions extends ToolkitOptions {
  modelPackageGroup: string;
  thresholds: string;
  checkName: string;
  /** Secrets Manager reference (`secret-id` or `secret-id:json-key`) holding the GitHub token. */
  githubTokenSecret: string;
}

export interface DriftOptions extends ToolkitOptions {
  endpointName: string;
  captureS3Uri: string;
  baseline: string;
  window: string;
  thresholds: string;
  alarmName: string;
}

/**
 * The Node.js runtime the pipeline and metrics buildspecs ask CodeBuild for. The AWS SDK for
 * JavaScript v3 supports Node 22 and later. Every current CodeBuild standard image offers 22 and 24
 * (Ubuntu standard:7.0 and 8.0, Amazon Linux 2023 standard:5.0 and 6.0, x86_64 and aarch64); 24 is
 * what the bundles are tested under (the actions' `node24`) and is supported the longest.
 */
export const NODE_RUNTIME = '24';
export const MIN_NODE_MAJOR = 22;
const NODE_VERSION_HELP = `Node.js runtime version (runtime-versions.nodejs), ${MIN_NODE_MAJOR} or later.`;

/** Each kind's options: name (as a flag and a config key), description, default. */
export const OPTION_SPECS: Record<BuildspecKind, Record<string, { description: string; default: string }>> = {
  container: {
    'ecr-repository': { description: 'ECR repository the image is pushed to (ECR_REPOSITORY).', default: 'model' },
    dockerfile: { description: 'Dockerfile path, relative to the source root (DOCKERFILE).', default: 'Dockerfile' },
    'build-context': { description: 'Docker build context directory (BUILD_CONTEXT).', default: '.' },
    'test-command': {
      description:
        'Command run inside the built image (sh -c) to test it; JUnit XML written to /reports is published (TEST_COMMAND).',
      default: 'python -m pytest --junitxml=/reports/junit.xml',
    },
    'build-arg': {
      description: 'A docker build argument NAME=value (repeatable; the value is a default the build can override).',
      default: '',
    },
    'report-group': { description: 'CodeBuild report group name for the test results.', default: 'container-tests' },
  },
  pipeline: {
    'pipeline-name': { description: 'SageMaker pipeline to start (PIPELINE_NAME).', default: 'model-pipeline' },
    parameters: { description: 'Pipeline parameters as a YAML or JSON map (PIPELINE_PARAMETERS).', default: '' },
    'toolkit-version': { description: 'sagemaker-cicd version installed in the build.', default: '' },
    'node-version': { description: NODE_VERSION_HELP, default: NODE_RUNTIME },
  },
  metrics: {
    'model-package-group': { description: 'Model package group of the candidate and baseline (MODEL_PACKAGE_GROUP).', default: 'model' },
    thresholds: { description: 'Thresholds, one per line, e.g. "accuracy >= 0.9" (THRESHOLDS).', default: '' },
    // The report-metrics action's default: the same name finds the same comment (one, not two).
    'check-name': { description: 'Name of the check run on the commit (CHECK_NAME).', default: 'Model metrics' },
    'github-token-secret': {
      description: 'Secrets Manager secret (id or id:json-key) holding the GitHub token (GITHUB_TOKEN).',
      default: 'sagemaker-cicd/github-token',
    },
    'toolkit-version': { description: 'sagemaker-cicd version installed in the build.', default: '' },
    'node-version': { description: NODE_VERSION_HELP, default: NODE_RUNTIME },
  },
  drift: {
    'endpoint-name': { description: 'SageMaker endpoint whose captured traffic is checked (ENDPOINT_NAME).', default: 'model-endpoint' },
    'capture-s3-uri': { description: "The endpoint's data capture destination, s3://bucket/prefix (CAPTURE_S3_URI).", default: 's3://model-data/capture' },
    baseline: { description: 'The drift baseline, an S3 URI (DRIFT_BASELINE).', default: 's3://model-data/drift/baseline.json' },
    window: { description: 'How far back to read captured traffic (DRIFT_WINDOW).', default: '24h' },
    thresholds: { description: 'Thresholds, one per line, e.g. "psi(age) <= 0.2" (DRIFT_THRESHOLDS).', default: '' },
    'alarm-name': { description: 'The drift alarm the drift trigger listens to (DRIFT_ALARM_NAME).', default: '' },
    'toolkit-version': { description: 'sagemaker-cicd version installed in the build.', default: '' },
    'node-version': { description: NODE_VERSION_HELP, default: NODE_RUNTIME },
  },
};

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** CodeBuild reserves its own prefix; docker reads build args by name, so names must be identifiers. */
export function envName(input: string, name: string): string {
  if (!ENV_NAME.test(name) || name.length > 255) {
    throw new InputError(input, 'names must be letters, digits and underscores, not starting with a digit', name);
  }
  if (name.toUpperCase().startsWith('CODEBUILD_')) {
    throw new InputError(input, 'names must not start with CODEBUILD_ (reserved by CodeBuild)', name);
  }
  return name;
}

const REPORT_GROUP = /^[A-Za-z0-9][A-Za-z0-9_-]{1,127}$/;
const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const NODE_VERSION = /^(\d{2})(?:\.x)?$/;

function text(input: string, raw: string, fallback: string): string {
  const value = raw.trim();
  if (!value) {
    if (!fallback) throw new InputError(input, 'is required');
    return fallback;
  }
  if (/[\0]/.test(value)) throw new InputError(input, 'must not contain NUL characters');
  return value;
}

function matching(input: string, raw: string, fallback: string, pattern: RegExp, allowed: string): string {
  const value = text(input, raw, fallback);
  if (!pattern.test(value)) throw new InputError(input, allowed, value);
  return value;
}

/** `NAME=value` lines (repeated flags arrive as lines). */
function buildArgs(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of raw.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new InputError('build-arg', 'must be NAME=value', line);
    out[envName('build-arg', line.slice(0, eq))] = line.slice(eq + 1);
  }
  return out;
}

type Get = (name: string) => string;

export function containerOptions(get: Get): ContainerOptions {
  const d = (n: string) => OPTION_SPECS.container[n]!.default;
  return {
    ecrRepository: matching(
      'ecr-repository',
      get('ecr-repository'),
      d('ecr-repository'),
      ECR_REPOSITORY,
      'must be an ECR repository name (lower-case letters, digits, . _ - and / separators)',
    ),
    dockerfile: text('dockerfile', get('dockerfile'), d('dockerfile')),
    buildContext: text('build-context', get('build-context'), d('build-context')),
    testCommand: text('test-command', get('test-command'), d('test-command')),
    buildArgs: buildArgs(get('build-arg')),
    reportGroup: matching(
      'report-group',
      get('report-group'),
      d('report-group'),
      REPORT_GROUP,
      'must be 2-128 letters, digits, hyphens or underscores, starting with a letter or digit',
    ),
  };
}

function toolkit(kind: BuildspecKind, get: Get, version: string): ToolkitOptions {
  const allowed = `must be a Node.js major version, ${MIN_NODE_MAJOR} or later (the AWS SDK's support), such as 22 or 24.x`;
  const nodeVersion = matching('node-version', get('node-version'), OPTION_SPECS[kind]['node-version']!.default, NODE_VERSION, allowed);
  if (Number(NODE_VERSION.exec(nodeVersion)![1]) < MIN_NODE_MAJOR) throw new InputError('node-version', allowed, nodeVersion);
  return {
    toolkitVersion: matching('toolkit-version', get('toolkit-version'), version, VERSION, 'must be a version such as 1.2.3'),
    nodeVersion,
  };
}

export function pipelineOptions(get: Get, version: string): PipelineOptions {
  const params = stringMap('parameters', get('parameters'));
  return {
    ...toolkit('pipeline', get, version),
    pipelineName: matching(
      'pipeline-name',
      get('pipeline-name'),
      OPTION_SPECS.pipeline['pipeline-name']!.default,
      /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/,
      'must be a SageMaker pipeline name (letters, digits and hyphens)',
    ),
    parameters: JSON.stringify(params),
  };
}

export function metricsOptions(get: Get, version: string): MetricsOptions {
  const d = (n: string) => OPTION_SPECS.metrics[n]!.default;
  return {
    ...toolkit('metrics', get, version),
    modelPackageGroup: text('model-package-group', get('model-package-group'), d('model-package-group')),
    thresholds: get('thresholds').trim(),
    checkName: text('check-name', get('check-name'), d('check-name')),
    githubTokenSecret: text('github-token-secret', get('github-token-secret'), d('github-token-secret')),
  };
}

const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/;

export function driftOptions(get: Get, version: string): DriftOptions {
  const d = (n: string) => OPTION_SPECS.drift[n]!.default;
  const uri = (input: string) => matching(input, get(input), d(input), S3_URI, 'must be an s3://bucket/prefix URI');
  const endpointName = matching(
    'endpoint-name',
    get('endpoint-name'),
    d('endpoint-name'),
    /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
    'must be a SageMaker endpoint name (1-63 letters, digits and hyphens)',
  );
  return {
    ...toolkit('drift', get, version),
    endpointName,
    captureS3Uri: uri('capture-s3-uri'),
    baseline: uri('baseline'),
    window: text('window', get('window'), d('window')),
    thresholds: get('thresholds').trim(),
    alarmName: text('alarm-name', get('alarm-name'), `${endpointName}-drift`),
  };
}
