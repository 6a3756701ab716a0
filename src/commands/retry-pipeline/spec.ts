import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';
import { WAIT_INPUTS, WAIT_OUTPUTS, WAIT_PERMISSIONS } from '../wait-pipeline/spec.js';

export const spec = defineSpec({
  action: 'retry-pipeline',
  cli: ['pipeline', 'retry'],
  title: 'SageMaker CI/CD: retry a failed pipeline execution',
  description:
    'Retry a Failed SageMaker pipeline execution from its failed steps (RetryPipelineExecution: the steps that succeeded are not run again), idempotently, and wait for it as wait-pipeline does.',
  icon: 'rotate-cw',
  inputs: {
    'execution-arn': {
      kind: 'arn',
      resource: 'pipeline-execution',
      description: 'ARN of the Failed pipeline execution to retry.',
      required: true,
    },
    'max-parallel-steps': {
      kind: 'integer',
      min: 1,
      max: 1000,
      description:
        "At most this many steps run at once (ParallelismConfiguration); default: the execution's.",
    },
    wait: {
      kind: 'boolean',
      description: 'Wait for the retried execution to end, as wait-pipeline does.',
      default: 'true',
    },
    ...WAIT_INPUTS,
  },
  outputs: {
    'execution-arn': {
      description: 'ARN of the retried execution (the same execution: it re-runs in place).',
    },
    'execution-url': { description: 'Link to the execution in the SageMaker console.' },
    ...WAIT_OUTPUTS,
  },
  githubPermissions: { ...ROLE_TO_ASSUME },
  permissions: WAIT_PERMISSIONS,
});
