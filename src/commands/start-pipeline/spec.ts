import { pipelineName } from '../../core/pipelines/names.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME, WORKSPACE } from '../../core/spec/github-permissions.js';
import { WAIT_INPUTS, WAIT_OUTPUTS, WAIT_PERMISSIONS } from '../wait-pipeline/spec.js';
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
    ...WAIT_OUTPUTS,
  },
  githubPermissions: { ...ROLE_TO_ASSUME, ...WORKSPACE },
  permissions: [
    'sagemaker:DescribePipeline',
    'sagemaker:StartPipelineExecution',
    'sagemaker:CreatePipeline',
    'sagemaker:UpdatePipeline',
    'iam:PassRole',
    ...WAIT_PERMISSIONS,
  ],
});
