import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider, Client, MetadataBearer } from '@smithy/types';
import { VERSION } from '../version.js';
import type { AwsContext } from './context.js';
import { AwsNotConfiguredError, applyErrorPolicy, type Operation } from './errors.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The SDK's service id suffix for AWS_ENDPOINT_URL_<SERVICE> (as in the AWS SDKs' shared config). */
export type ServiceId =
  | 'SAGEMAKER'
  | 'CODEBUILD'
  | 'CODEPIPELINE'
  | 'CLOUDWATCH'
  | 'CLOUDWATCH_LOGS'
  | 'EVENTBRIDGE'
  | 'S3'
  | 'SFN'
  | 'STS';

/** Each service's IAM prefix, for naming the permission an AccessDenied lacks. */
export const IAM_PREFIX: Record<ServiceId, string> = {
  SAGEMAKER: 'sagemaker',
  CODEBUILD: 'codebuild',
  CODEPIPELINE: 'codepipeline',
  CLOUDWATCH: 'cloudwatch',
  CLOUDWATCH_LOGS: 'logs',
  EVENTBRIDGE: 'events',
  S3: 's3',
  SFN: 'states',
  STS: 'sts',
};

export interface ClientConfig {
  /** Resolved when the first request is signed, so offline work never needs a region. */
  region: () => Promise<string>;
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
    throw new AwsNotConfiguredError(
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
 * names the toolkit, and the default credential chain unless the context brings its own.
 */
export function clientConfig(ctx: AwsContext, service: ServiceId): ClientConfig {
  const endpoint = resolveEndpoint(ctx.env, service);
  return {
    region: async () => resolveRegion(ctx.env, ctx.region),
    ...(endpoint ? { endpoint } : {}),
    // A custom endpoint (a local S3 stand-in) rarely resolves bucket subdomains.
    ...(endpoint && service === 'S3' ? { forcePathStyle: true } : {}),
    maxAttempts: 6,
    retryMode: 'adaptive',
    customUserAgent: [['sagemaker-cicd', VERSION]],
    requestHandler: new NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
    ...(ctx.credentials ? { credentials: ctx.credentials } : {}),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = Client<any, MetadataBearer, any>;

/**
 * A client made on its first use (a step that fails on its inputs, or a dry run that needs no
 * AWS, never builds one), with the toolkit's error policy around every call it sends.
 */
export function lazyClient<C extends AnyClient>(
  ctx: AwsContext,
  service: ServiceId,
  make: (config: ClientConfig) => C,
): () => C {
  let client: C | undefined;
  return () => {
    if (client) return client;
    client = make(clientConfig(ctx, service));
    withErrorPolicy(client, service, ctx.action);
    return client;
  };
}

/**
 * Wraps every call (after the SDK's own retries) so an expired session, a denied permission or
 * missing credentials become one line the user can act on; other errors pass through unchanged.
 */
export function withErrorPolicy(client: AnyClient, service: ServiceId, action: string): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation: Operation = {
        prefix: IAM_PREFIX[service],
        name: String(context.commandName ?? '').replace(/Command$/, ''),
      };
      try {
        return await next(args);
      } catch (err) {
        throw applyErrorPolicy(err, operation, action);
      }
    },
    { step: 'initialize', name: 'sagemakerCicdErrorPolicy', priority: 'high' },
  );
}
