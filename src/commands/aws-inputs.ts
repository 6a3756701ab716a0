import type { InputSpec } from './spec.js';

/** The inputs every AWS-calling command takes: spread into a spec's `inputs`. */
export const AWS_INPUTS: Record<string, InputSpec> = {
  'aws-region': {
    description: 'AWS region; defaults to AWS_REGION, as aws-actions/configure-aws-credentials sets it.',
  },
  'role-to-assume': {
    description:
      "IAM role to assume with the job's OIDC token (needs `id-token: write`), refreshed before it expires so long waits outlive one role session. Default: the credentials already in the environment.",
  },
  'role-duration-seconds': {
    description: 'Length of each role session when role-to-assume is set (900-43200).',
    default: '3600',
  },
};
