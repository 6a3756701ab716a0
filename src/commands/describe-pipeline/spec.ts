import { pipelineName } from '../../core/pipelines/names.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';

export const spec = defineSpec({
  action: 'describe-pipeline',
  cli: ['pipeline', 'describe'],
  title: 'SageMaker CI/CD: describe pipeline',
  description: "Show a SageMaker pipeline's recent executions and output the latest one.",
  icon: 'list',
  inputs: {
    'pipeline-name': {
      kind: 'string',
      parse: pipelineName,
      description: 'Name or ARN of the SageMaker pipeline.',
      required: true,
    },
    'max-results': {
      kind: 'integer',
      min: 1,
      max: 100,
      description: 'How many recent executions to list (1-100).',
      default: '10',
    },
    ...AWS_INPUTS,
  },
  outputs: {
    'pipeline-arn': { description: 'ARN of the pipeline.' },
    'latest-execution-arn': { description: 'ARN of the most recent execution (empty when none).' },
    'latest-status': {
      description: 'Status of the most recent execution: Executing, Stopping, Stopped, Failed or Succeeded.',
    },
    executions: { description: 'JSON list of recent executions: arn, displayName, status, startTime.' },
  },
  githubPermissions: { ...ROLE_TO_ASSUME },
  permissions: ['sagemaker:DescribePipeline', 'sagemaker:ListPipelineExecutions'],
});
