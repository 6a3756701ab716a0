import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME, WORKSPACE } from '../../core/spec/github-permissions.js';
import { explicitExecutionName, traceHeader } from '../../core/stepfunctions/inputs.js';
import { checkStart } from './check.js';

export const spec = defineSpec({
  action: 'start-state-machine',
  cli: ['stepfunctions', 'start'],
  title: 'SageMaker CI/CD: start state machine',
  description:
    'Start an AWS Step Functions execution (a retried step attaches to the one it started), follow it state by state, draw the machine in the job summary, and stop it when the workflow is cancelled. Express machines run synchronously.',
  icon: 'share-2',
  inputs: {
    'state-machine-arn': {
      kind: 'arn',
      resource: 'state-machine',
      description: 'ARN of the state machine, or of one of its versions or aliases.',
      required: true,
    },
    input: {
      kind: 'string',
      multiline: true,
      description: 'The execution input as JSON (at most 256 KB), e.g. {"modelPackageArn": "arn:..."}.',
    },
    'input-file': {
      kind: 'string',
      description: 'A workspace file holding the JSON input, instead of `input` (at most 256 KB).',
    },
    name: {
      kind: 'string',
      parse: explicitExecutionName,
      description:
        'Execution name; by default derived from the run, attempt, job and step, so a retried step attaches to the execution it started and a new attempt starts a new one.',
    },
    'trace-header': {
      kind: 'string',
      parse: traceHeader,
      description: 'An AWS X-Ray trace header to pass to the execution.',
    },
    wait: {
      kind: 'boolean',
      description:
        'Wait for the execution to end (true) or only start it (false). Express machines always run to their end.',
      default: 'true',
    },
    timeout: {
      kind: 'duration',
      bareUnit: 'minutes',
      minMs: 60_000,
      maxMs: 72 * 3_600_000,
      description: 'How long to wait; then the execution is stopped (StopExecution).',
      default: '6h',
    },
    ...AWS_INPUTS,
  },
  check: checkStart,
  outputs: {
    'execution-arn': { description: 'ARN of the execution (set as soon as it starts).' },
    status: {
      description: 'SUCCEEDED, FAILED, TIMED_OUT or ABORTED; RUNNING when not waiting.',
    },
    output: { description: "The execution's JSON output (when it succeeded)." },
    error: { description: 'The error name of a failed, timed out or stopped execution.' },
    cause: { description: 'The cause that came with the error.' },
  },
  githubPermissions: { ...ROLE_TO_ASSUME, ...WORKSPACE },
  permissions: [
    'states:DescribeStateMachine',
    'states:StartExecution',
    'states:StartSyncExecution',
    'states:DescribeExecution',
    'states:GetExecutionHistory',
    'states:StopExecution',
    'states:DescribeStateMachineForExecution',
    'states:ListExecutions',
  ],
});
