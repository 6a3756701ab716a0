import { ARNS } from '../../core/spec/arns.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineInputs, defineSpec, type OutputSpec } from '../../core/spec/types.js';
import { FAIL_ON } from '../../core/pipelines/verdict.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';

/** Inputs that decide how a wait behaves: shared with start-pipeline's `wait: true`. */
export const WAIT_INPUTS = defineInputs({
  'timeout-minutes': {
    kind: 'duration',
    bareUnit: 'minutes',
    minMs: 60_000,
    maxMs: 72 * 3_600_000,
    description: 'Give up after this long: exit code 3, and stop the executions when stop-on-cancel is true.',
    default: '360',
  },
  'poll-interval': {
    kind: 'duration',
    bareUnit: 'seconds',
    minMs: 5_000,
    maxMs: 600_000,
    words: ['adaptive'],
    description:
      "'adaptive' (dense near the start and near the times the previous successful execution's steps ended, sparse between), or a fixed interval.",
    default: 'adaptive',
  },
  'fail-on': {
    kind: 'list',
    choices: FAIL_ON,
    description: 'What fails the step, comma-separated: failed, stopped, condition-false.',
    default: 'failed, stopped',
  },
  'stop-on-cancel': {
    kind: 'boolean',
    description:
      'When the workflow is cancelled or the wait times out, stop the executions waited on (StopPipelineExecution).',
    default: 'true',
  },
  'retry-on-failure': {
    kind: 'integer',
    min: 0,
    max: 10,
    description:
      'Retry a failed execution up to this many times (RetryPipelineExecution, in place), only when every failed step failed for a reason AWS documents as transient: insufficient capacity, resource limits, internal errors, throttling. A failure in your code is never retried.',
    default: '0',
  },
  ...AWS_INPUTS,
});

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
  retries: {
    description:
      'With retry-on-failure: JSON map of execution ARN to how many times it was retried (unset when none was).',
  },
};

export const WAIT_PERMISSIONS = [
  'sagemaker:DescribePipelineExecution',
  'sagemaker:ListPipelineExecutions',
  'sagemaker:ListPipelineExecutionSteps',
  'sagemaker:DescribePipelineDefinitionForExecution',
  'sagemaker:StopPipelineExecution',
  'sagemaker:RetryPipelineExecution',
  // What each step is doing: training progress and metrics, failed jobs' log tails.
  'sagemaker:DescribeTrainingJob',
  'sagemaker:DescribeProcessingJob',
  'logs:DescribeLogStreams',
  'logs:GetLogEvents',
];

export const spec = defineSpec({
  action: 'wait-pipeline',
  cli: ['pipeline', 'wait'],
  title: 'SageMaker CI/CD: wait for pipeline executions',
  description:
    'Wait for SageMaker pipeline executions to end, log their steps, and output their status, condition outcomes and registered model.',
  icon: 'clock',
  inputs: {
    'execution-arn': {
      kind: 'list',
      pattern: ARNS['pipeline-execution'].pattern,
      allowed: ARNS['pipeline-execution'].shape,
      description: 'ARN of the pipeline execution to wait on; several, one per line.',
      required: true,
    },
    ...WAIT_INPUTS,
  },
  outputs: WAIT_OUTPUTS,
  githubPermissions: { ...ROLE_TO_ASSUME },
  permissions: WAIT_PERMISSIONS,
});
