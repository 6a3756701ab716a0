import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { UserError } from '../core/errors.js';
import { VERSION } from '../version.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The SDK's service id suffix for AWS_ENDPOINT_URL_<SERVICE> (as in the AWS SDKs' shared config). */
export type ServiceId =
  'SAGEMAKER' | 'CODEBUILD' | 'CODEPIPELINE' | 'CLOUDWATCH_LOGS' | 'EVENTBRIDGE' | 'S3' | 'STS';

export interface AwsOptions {
  /** An explicit region (an `aws-region` input); otherwise AWS_REGION, then AWS_DEFAULT_REGION. */
  region?: string;
  /** Credentials other than the default chain (e.g. a role assumed from the job's OIDC token). */
  credentials?: AwsCredentialIdentityProvider;
}

export interface ClientConfig {
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  maxAttempts: number;
  retryMode: 'adaptive';
  customUserAgent: [string, string][];
  requestHandler: NodeHttpHandler;
  credentials?: AwsCredentialIdentityProvider;
}

export function resolveRegion(env: Env, explicit?: string): string {
  const region = explicit || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new UserError(
      "no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)",
      2,
    );
  }
  return region;
}

/** AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS. */
export function resolveEndpoint(env: Env, service: ServiceId): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL || undefined;
}

/**
 * The configuration every client shares: adaptive retries (client-side rate limiting when
 * throttled), timeouts so a dropped connection is retried instead of hanging, a user agent that
 * names the toolkit, and the default credential chain unless told otherwise.
 */
export function clientConfig(env: Env, service: ServiceId, options: AwsOptions = {}): ClientConfig {
  const endpoint = resolveEndpoint(env, service);
  return {
    region: resolveRegion(env, options.region),
    ...(endpoint ? { endpoint } : {}),
    // A custom endpoint (a local S3 stand-in) rarely resolves bucket subdomains.
    ...(endpoint && service === 'S3' ? { forcePathStyle: true } : {}),
    maxAttempts: 6,
    retryMode: 'adaptive',
    customUserAgent: [['sagemaker-cicd', VERSION]],
    requestHandler: new NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
}
