import { AWS_INPUTS } from '../aws-inputs.js';
import type { CommandSpec } from '../spec.js';

export const spec: CommandSpec = {
  action: 'run-codepipeline',
  cli: ['codepipeline', 'run'],
  title: 'SageMaker CI/CD: run CodePipeline',
  description:
    'Start an AWS CodePipeline execution with variables, follow it stage by stage, say when a manual approval waits, and stop it when the workflow is cancelled.',
  icon: 'git-merge',
  inputs: {
    'pipeline-name': { description: 'Name of the CodePipeline pipeline.', required: true },
    variables: {
      description:
        'Pipeline variables as a YAML or JSON map, e.g. {ModelPackageArn: arn:...} (V2 pipelines).',
    },
    'client-request-token': {
      description:
        'Idempotency token; by default derived from the run, attempt, job and step, so a retried step does not start a second execution.',
    },
    wait: { description: 'Wait for the execution to end (true) or only start it (false).', default: 'true' },
    'wait-for-approval': {
      description:
        'At a manual approval, keep waiting (true) or return with the approval waiting (false), e.g. for approve-promotion to decide.',
      default: 'true',
    },
    timeout: {
      description: 'How long to wait (e.g. 90m, 6h); the execution keeps running after a timeout.',
      default: '6h',
    },
    'cancel-mode': {
      description:
        'When the workflow is cancelled: stop-and-wait (in-progress actions finish) or abandon (they are abandoned).',
      default: 'stop-and-wait',
    },
    ...AWS_INPUTS,
  },
  outputs: {
    'execution-id': { description: 'ID of the pipeline execution (set as soon as it starts).' },
    status: {
      description:
        'Execution status: Succeeded, Failed, Stopped, Cancelled, Superseded, or InProgress when not waiting.',
    },
    stages: { description: 'JSON list of stages: name, status, actions (name, status, summary, error).' },
    'approval-stage': { description: 'Stage of the manual approval that waits (empty when none).' },
    'approval-action': { description: 'Action of the manual approval that waits (empty when none).' },
  },
  permissions: [
    'codepipeline:StartPipelineExecution',
    'codepipeline:GetPipelineExecution',
    'codepipeline:GetPipelineState',
    'codepipeline:ListPipelineExecutions',
    'codepipeline:StopPipelineExecution',
  ],
};
