import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { UserError } from '../core/errors.js';
import type { Log } from '../core/log.js';
import { clientConfig, withErrorPolicy } from './clients.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface OidcRoleOptions {
  roleArn: string;
  durationSeconds: number;
  sessionName: string;
  region?: string;
  /** The action the step runs, for the error policy's hints. */
  action: string;
  env: Env;
  log: Log;
  /** Called with each token and secret so the host can mask them. */
  mask(value: string): void;
}

/**
 * Credentials for `role-to-assume`: the job's OIDC token exchanged for a role session with
 * AssumeRoleWithWebIdentity. The SDK asks again when a session is within five minutes of
 * expiring, and GitHub gives a fresh OIDC token at any time in the job, so a six-hour wait
 * outlives any one role session.
 */
export function oidcRoleCredentials(options: OidcRoleOptions): AwsCredentialIdentityProvider {
  const { env, log } = options;
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new UserError(
      "input 'role-to-assume' needs the job's OIDC token: add `permissions: id-token: write` to the job",
      2,
    );
  }
  let sessions = 0;
  return async (): Promise<AwsCredentialIdentity> => {
    // Loaded on first use: steps without role-to-assume never pay for the STS client.
    const { AssumeRoleWithWebIdentityCommand, STSClient } = await import('@aws-sdk/client-sts');
    // AssumeRoleWithWebIdentity is unsigned: the STS client needs no credentials of its own.
    const sts = new STSClient({
      ...clientConfig({ env, action: options.action, region: options.region }, 'STS'),
      credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
    });
    withErrorPolicy(sts, 'STS', options.action);
    const token = await fetchIdToken(url, bearer, 'sts.amazonaws.com');
    options.mask(token);
    const result = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: options.roleArn,
        RoleSessionName: options.sessionName,
        WebIdentityToken: token,
        DurationSeconds: options.durationSeconds,
      }),
    );
    const c = result.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
      throw new UserError(`AssumeRoleWithWebIdentity for ${options.roleArn} returned no credentials`);
    }
    options.mask(c.SecretAccessKey);
    options.mask(c.SessionToken);
    sessions += 1;
    log.info(
      `${sessions === 1 ? 'Assumed' : 'Refreshed'} role ${options.roleArn}` +
        (c.Expiration ? ` (session until ${c.Expiration.toISOString()})` : ''),
    );
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  };
}

async function fetchIdToken(requestUrl: string, bearer: string, audience: string): Promise<string> {
  const url = new URL(requestUrl);
  url.searchParams.set('audience', audience);
  const response = await fetch(url, {
    headers: { authorization: `bearer ${bearer}`, accept: 'application/json' },
  });
  if (!response.ok) {
    throw new UserError(
      `could not get the job's OIDC token (HTTP ${response.status}); is 'id-token: write' granted?`,
    );
  }
  const body = (await response.json()) as { value?: string };
  if (!body.value) throw new UserError("could not get the job's OIDC token: the response had no value");
  return body.value;
}
