import { defineInputs, type InputValues } from './types.js';

/** The inputs every AWS-calling command takes: spread into a spec's `inputs`; `run` gets them as `ctx.aws`. */
export const AWS_INPUTS = defineInputs({
  'aws-region': {
    kind: 'string',
    description: 'AWS region; defaults to AWS_REGION, as aws-actions/configure-aws-credentials sets it.',
    pattern: /^[a-z]{2}(-[a-z]+)+-\d$/,
    allowed: 'an AWS region such as us-east-1',
  },
  'role-to-assume': {
    kind: 'arn',
    resource: 'iam-role',
    description:
      "IAM role to assume with the job's OIDC token (needs `id-token: write`), refreshed before it expires so long waits outlive one role session. Default: the credentials already in the environment.",
  },
  'role-duration-seconds': {
    kind: 'duration',
    bareUnit: 'seconds',
    minMs: 900_000,
    maxMs: 43_200_000,
    description: 'Length of each role session when role-to-assume is set.',
    default: '3600',
  },
});

export type AwsInputs = InputValues<typeof AWS_INPUTS>;

/** The AWS group out of a command's parsed inputs. */
export function awsInputsOf(inputs: Partial<AwsInputs>): AwsInputs {
  return {
    'aws-region': inputs['aws-region'],
    'role-to-assume': inputs['role-to-assume'],
    'role-duration-seconds': inputs['role-duration-seconds'] ?? 3_600_000,
  };
}
