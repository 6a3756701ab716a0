import { AWS_INPUTS } from '../aws-inputs.js';
import { ROLE_TO_ASSUME } from '../github-permissions.js';
import type { CommandSpec, InputSpec, OutputSpec } from '../spec.js';

/** Inputs that decide how a wait behaves: shared with start-pipeline's `wait: true`. */
export const WAIT_INPUTS: Record<string, InputSpec> = {
  'timeout-minutes': {
    description:
      'Give up after this many minutes (1-4320): exit code 3, and stop the executions when stop-on-cancel is true.',
    default: '360',
  },
  'poll-interval': {
    description:
      "'adaptive' (dense near the start and near the times the previous successful execution's steps ended, sparse between), or a fixed interval such as 30s (5s-10m).",
    default: 'adaptive',
  },
  'fail-on': {
    description: 'What fails the step, comma-separated: failed, stopped, condition-false.',
    default: 'failed, stopped',
  },
  'stop-on-cancel': {
    description:
      'When the workflow is cancelled or the wait times out, stop the executions waited on (StopPipelineExecution).',
    default: 'true',
  },
  ...AWS_INPUTS,
};

export const WAIT_OUTPUTS: Record<string, OutputSpec> = {
  status: {
    description:
      'Final status: Succeeded, Failed or Stopped (with several executions, the worst); Executing after a timeout.',
  },
  conditions: { description: 'JSON map of condition step name to outcome, e.g. {"CheckAccuracy": "True"}.' },
  'condition-outcome': {
    description: "'true' or 'false' when the pipeline has exactly one condition step; empty otherwise.",
  },
  'model-package-arn': {
    description: 'ARN of the model package a RegisterModel step registered (empty when none).',
  },
  steps: { description: 'JSON list of steps: name, type, status, start, end, failureReason.' },
  executions: {
    description:
      'JSON list, one entry per execution waited on: arn, status, conditions, modelPackageArn. The outputs above describe the first one.',
  },
};

export const WAIT_PERMISSIONS = [
  'sagemaker:DescribePipelineExecution',
  'sagemaker:ListPipelineExecutions',
  'sagemaker:ListPipelineExecutionSteps',
  'sagemaker:DescribePipelineDefinitionForExecution',
  'sagemaker:StopPipelineExecution',
];

export const spec: CommandSpec = {
  action: 'wait-pipeline',
  cli: ['pipeline', 'wait'],
  title: 'SageMaker CI/CD: wait for pipeline executions',
  description:
    'Wait for SageMaker pipeline executions to end, log their steps, and output their status, condition outcomes and registered model.',
  icon: 'clock',
  inputs: {
    'execution-arn': {
      description: 'ARN of the pipeline execution to wait on; several, one per line.',
      required: true,
    },
    ...WAIT_INPUTS,
  },
  outputs: WAIT_OUTPUTS,
  githubPermissions: { ...ROLE_TO_ASSUME },
  permissions: WAIT_PERMISSIONS,
};
