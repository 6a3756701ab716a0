import { pipelineName } from '../../core/pipelines/names.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME, WORKSPACE } from '../../core/spec/github-permissions.js';
import { WAIT_INPUTS, WAIT_OUTPUTS, WAIT_PERMISSIONS } from '../wait-pipeline/spec.js';
import { parseSource } from '../../core/pipelines/selective.js';
import { checkStart } from './check.js';

export const spec = defineSpec({
  action: 'start-pipeline',
  cli: ['pipeline', 'start'],
  title: 'SageMaker CI/CD: start pipeline',
  description:
    "Start a SageMaker pipeline execution (idempotently: a retried step never starts a second one), after checking the parameters against the pipeline's definition; optionally create or update the pipeline first, and wait.",
  icon: 'play',
  inputs: {
    'pipeline-name': {
      kind: 'string',
      parse: pipelineName,
      description: 'Name or ARN of the SageMaker pipeline.',
      required: true,
    },
    parameters: {
      kind: 'map',
      description:
        'Pipeline parameters as a YAML or JSON map, e.g. {TrainingImage: ..., InputData: s3://...}. Checked against the definition.',
    },
    'display-name': {
      kind: 'string',
      description:
        'Execution display name (1-82 letters, digits, hyphens). Default: <repo>-<sha7>-run-<run id>-<attempt>.',
    },
    description: {
      kind: 'string',
      multiline: true,
      maxLength: 3072,
      description:
        'Execution description (up to 3072 characters). Default: repository, commit, actor and run URL.',
    },
    'max-parallel-steps': {
      kind: 'integer',
      min: 1,
      max: 1000,
      description: "At most this many steps run at once (ParallelismConfiguration); default: the pipeline's.",
    },
    'selected-steps': {
      kind: 'list',
      pattern: /^[^\s,][^\n]{0,255}$/,
      allowed: 'step names of at most 256 characters',
      maxItems: 50,
      tooMany: 'names at most 50 steps (SelectiveExecutionConfig.SelectedSteps)',
      description:
        "Run only these steps (1-50 names), reusing the other steps' outputs from source-execution; or 'auto': the steps the change touches (by steps-map-file) and everything downstream of them. Default: every step.",
    },
    'source-execution': {
      kind: 'string',
      parse: parseSource,
      description:
        "With selected-steps: the execution whose outputs are reused: 'latest-succeeded', 'latest', or an execution ARN of this pipeline (Succeeded or Failed). Default: 'latest-succeeded'; with 'auto', the latest Succeeded execution started for the change's base branch.",
    },
    'steps-map-file': {
      kind: 'string',
      description:
        "With selected-steps: auto, the repository's map of step name to the paths its code and configuration live in (YAML).",
      default: '.github/sagemaker-steps.yml',
    },
    'changed-files': {
      kind: 'list',
      description:
        "With selected-steps: auto, the change's files (one per line); default: git diff of the pull request's base...head or the push's before...after.",
    },
    'pipeline-version-id': {
      kind: 'integer',
      min: 1,
      max: Number.MAX_SAFE_INTEGER,
      description: 'Start this version of the pipeline (PipelineVersionId); default: the latest.',
    },
    'definition-file': {
      kind: 'string',
      description:
        'A pipeline definition JSON file: the pipeline is created, or updated when the definition differs, before starting.',
    },
    'role-arn': {
      kind: 'arn',
      resource: 'iam-role',
      description: 'The IAM role the pipeline runs as; required with definition-file.',
    },
    wait: {
      kind: 'boolean',
      description: 'Wait for the execution to end, as wait-pipeline does.',
      default: 'false',
    },
    ...WAIT_INPUTS,
  },
  // Every input is checked, the wait options too, even when it does not wait.
  check: checkStart,
  outputs: {
    'execution-arn': { description: 'ARN of the execution, set as soon as it exists.' },
    'execution-url': { description: 'Link to the execution in the SageMaker console.' },
    'pipeline-changed': {
      description: "With definition-file: 'created', 'updated' or 'unchanged'; empty otherwise.",
    },
    'pipeline-version-id': {
      description: 'With definition-file: the pipeline version created or updated; empty when unchanged.',
    },
    'selected-steps': {
      description: 'JSON list of the steps the execution runs; empty when it runs every step.',
    },
    'source-execution-arn': {
      description: 'With selected-steps: the execution whose outputs were reused; empty otherwise.',
    },
    ...WAIT_OUTPUTS,
  },
  githubPermissions: { ...ROLE_TO_ASSUME, ...WORKSPACE },
  permissions: [
    'sagemaker:DescribePipeline',
    'sagemaker:StartPipelineExecution',
    'sagemaker:CreatePipeline',
    'sagemaker:UpdatePipeline',
    'sagemaker:ListPipelineVersions',
    'sagemaker:ListPipelineParametersForExecution',
    'iam:PassRole',
    ...WAIT_PERMISSIONS,
  ],
});
