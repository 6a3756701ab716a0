import type { AwsSandbox } from '../sandbox/aws/server.js';

/**
 * Third-party actions the generated workflows use, played with declared behaviour (what the real
 * action does that later steps depend on). An input a stand-in does not know is refused, so a
 * workflow never silently depends on something the stand-in does not do.
 */
export interface StandInContext {
  inputs: Record<string, string>;
  aws: AwsSandbox | undefined;
  /** The job's OIDC environment (ACTIONS_ID_TOKEN_REQUEST_*), present only with `id-token: write`. */
  oidc: Record<string, string> | undefined;
}

export interface StandInResult {
  /** Variables exported to the job's later steps (as the action writes to GITHUB_ENV). */
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  /** A failure message: the step fails with it. */
  error?: string;
}

interface StandIn {
  inputs: string[];
  run(ctx: StandInContext): Promise<StandInResult> | StandInResult;
}

export const STAND_INS: Record<string, StandIn> = {
  // The workspace already holds the repository at github.sha (the test wrote it there).
  'actions/checkout': { inputs: ['fetch-depth', 'ref'], run: () => ({}) },
  // Actions of this toolkit run under Node 24 whatever is set up; `run:` steps use the machine's node.
  'actions/setup-node': { inputs: ['node-version', 'cache'], run: () => ({}) },
  // OIDC token → STS AssumeRoleWithWebIdentity (the sandbox STS) → session credentials in the
  // job's environment, so later steps act as that role, as the real action does.
  'aws-actions/configure-aws-credentials': {
    inputs: ['role-to-assume', 'aws-region', 'role-duration-seconds', 'role-session-name'],
    run: assumeRole,
  },
};

async function assumeRole({ inputs, aws, oidc }: StandInContext): Promise<StandInResult> {
  const region = inputs['aws-region'] ?? '';
  if (!region) return { error: 'Input required and not supplied: aws-region' };
  const role = inputs['role-to-assume'] ?? '';
  if (!role)
    return {
      error: 'Credentials could not be loaded, please check your action inputs: role-to-assume is empty',
    };
  if (!aws) return { error: 'configure-aws-credentials needs the AWS sandbox' };
  if (!oidc) return { error: "Could not get ID token: the job lacks the 'id-token: write' permission" };
  const tokenResponse = await fetch(`${oidc.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`, {
    headers: { authorization: `bearer ${oidc.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
  });
  if (!tokenResponse.ok) return { error: `Could not get ID token: HTTP ${tokenResponse.status}` };
  const { value: token } = (await tokenResponse.json()) as { value: string };
  const form = new URLSearchParams({
    Action: 'AssumeRoleWithWebIdentity',
    Version: '2011-06-15',
    RoleArn: role,
    RoleSessionName: inputs['role-session-name'] || 'GitHubActions',
    WebIdentityToken: token,
    DurationSeconds: inputs['role-duration-seconds'] || '3600',
  });
  const response = await fetch(`${aws.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const xml = await response.text();
  const field = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
  if (!response.ok) return { error: `Could not assume role with OIDC: ${field('Message') ?? xml}` };
  return {
    env: {
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: field('AccessKeyId') ?? '',
      AWS_SECRET_ACCESS_KEY: field('SecretAccessKey') ?? '',
      AWS_SESSION_TOKEN: field('SessionToken') ?? '',
    },
    outputs: { 'aws-account-id': aws.accountId },
  };
}
