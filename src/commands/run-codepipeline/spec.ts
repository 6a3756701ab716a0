import { clientRequestToken, codePipelineName, variables } from '../../core/codepipeline/inputs.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';

export const spec = defineSpec({
  action: 'run-codepipeline',
  cli: ['codepipeline', 'run'],
  title: 'SageMaker CI/CD: run CodePipeline',
  description:
    'Start an AWS CodePipeline execution with variables, follow it stage by stage, say when a manual approval waits, and stop it when the workflow is cancelled.',
  icon: 'git-merge',
  inputs: {
    'pipeline-name': {
      kind: 'string',
      parse: codePipelineName,
      description: 'Name of the CodePipeline pipeline.',
      required: true,
    },
    variables: {
      kind: 'map',
      description:
        'Pipeline variables as a YAML or JSON map, e.g. {ModelPackageArn: arn:...} (V2 pipelines).',
    },
    'client-request-token': {
      kind: 'string',
      pattern: /^[a-zA-Z0-9-]{1,128}$/,
      allowed: '1-128 letters, digits and hyphens',
      description:
        'Idempotency token; by default derived from the run, attempt, job and step, so a retried step does not start a second execution.',
    },
    wait: {
      kind: 'boolean',
      description: 'Wait for the execution to end (true) or only start it (false).',
      default: 'true',
    },
    'wait-for-approval': {
      kind: 'boolean',
      description:
        'At a manual approval, keep waiting (true) or return with the approval waiting (false), e.g. for approve-promotion to decide.',
      default: 'true',
    },
    timeout: {
      kind: 'duration',
      bareUnit: 'minutes',
      minMs: 60_000,
      maxMs: 72 * 3_600_000,
      description: 'How long to wait; the execution keeps running after a timeout.',
      default: '6h',
    },
    'cancel-mode': {
      kind: 'enum',
      choices: ['stop-and-wait', 'abandon'],
      description:
        'When the workflow is cancelled: stop-and-wait (in-progress actions finish) or abandon (they are abandoned).',
      default: 'stop-and-wait',
    },
    ...AWS_INPUTS,
  },
  check(
    i: { 'pipeline-name': string; variables: Record<string, string>; 'client-request-token'?: string },
    run,
  ) {
    const vars = variables('variables', i.variables);
    return {
      variables: vars,
      token: clientRequestToken(run, i['pipeline-name'], vars, i['client-request-token'] ?? ''),
    };
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
  githubPermissions: { ...ROLE_TO_ASSUME },
  permissions: [
    'codepipeline:StartPipelineExecution',
    'codepipeline:GetPipelineExecution',
    'codepipeline:GetPipelineState',
    'codepipeline:ListPipelineExecutions',
    'codepipeline:StopPipelineExecution',
  ],
});
