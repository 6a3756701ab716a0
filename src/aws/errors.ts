import { UserError } from '../core/errors.js';

/**
 * The one error policy for AWS calls (applied by every client, see clients.ts). Transient errors
 * (throttling, 5xx, resets, timeouts; see transient.ts) pass through for the SDK's retries and the
 * waits; the errors a person must act on become one line that says what to do.
 */

/** An AWS call as IAM names it: `prefix:name` (e.g. `sagemaker` and `DescribePipeline`). */
export interface Operation {
  prefix: string;
  name: string;
}

/** API operations whose IAM action has another name; null: no permission needed. */
export const IAM_NAME: Readonly<Record<string, string | null>> = {
  's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
  's3:PutBucketNotificationConfiguration': 's3:PutBucketNotification',
  's3:HeadObject': 's3:GetObject',
  's3:ListObjectsV2': 's3:ListBucket',
  's3:HeadBucket': 's3:ListBucket',
  'sts:GetCallerIdentity': null,
  'sts:AssumeRoleWithWebIdentity': null,
};

/** The IAM action that authorises an API operation (null when none is needed). */
export function iamPermission(prefix: string, operation: string): string | null {
  const api = `${prefix}:${operation}`;
  return api in IAM_NAME ? IAM_NAME[api]! : api;
}

/** The step's role lacks a permission (or an explicit deny blocks it). */
export class AccessDeniedError extends UserError {
  override name = 'AccessDeniedError';
  constructor(
    message: string,
    readonly permission: string,
  ) {
    super(message, 1);
  }
}

/** No region or no credentials: AWS cannot be called at all (offline work can go on without it). */
export class AwsNotConfiguredError extends UserError {
  override name = 'AwsNotConfiguredError';
}

/** The credentials' session ran out (a wait outlived configure-aws-credentials' role session). */
export class ExpiredSessionError extends UserError {
  override name = 'ExpiredSessionError';
}

const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
]);

interface SdkError {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

export function isExpiredSession(err: unknown): boolean {
  const e = err as SdkError | null;
  return Boolean(e?.name && EXPIRED.has(e.name));
}

export function isAccessDenied(err: unknown): boolean {
  const e = err as SdkError | null;
  if (!e?.name) return false;
  // S3 answers a denied HEAD with a bare 403 (no body to name the error).
  return DENIED.has(e.name) || (e.name === 'Forbidden' && e.$metadata?.httpStatusCode === 403);
}

/** The error the user sees for `err` from `operation`, in a step of `action`. */
export function applyErrorPolicy(err: unknown, operation: Operation, action: string): unknown {
  if (err instanceof UserError || !err || typeof err !== 'object') return err;
  const e = err as SdkError;
  const text = e.message ?? '';
  if (isExpiredSession(err)) {
    return new ExpiredSessionError(
      `the AWS session expired (${e.name} on ${operation.name}): lengthen it with 'role-duration-seconds' ` +
        "(of aws-actions/configure-aws-credentials, or of this step with 'role-to-assume'), or set " +
        "'role-to-assume' so the step refreshes its own credentials",
    );
  }
  if (isAccessDenied(err)) {
    if (operation.prefix === 'sts' && operation.name === 'AssumeRoleWithWebIdentity') {
      return new AccessDeniedError(
        `'role-to-assume' cannot be assumed by this job (${e.name}: ${text}); its trust policy must trust ` +
          "GitHub's OIDC provider for this repository ('sagemaker-cicd init' writes one)",
        'sts:AssumeRoleWithWebIdentity',
      );
    }
    const named = /not authorized to perform:?\s*([a-z0-9-]+:[A-Za-z0-9*]+)/i.exec(text)?.[1];
    const permission = named ?? iamPermission(operation.prefix, operation.name) ?? operation.name;
    const who = /^User: (\S+)/.exec(text)?.[1];
    const deny = /explicit deny/i.test(text)
      ? ' (an explicit deny blocks it: a service control policy, permissions boundary or resource policy)'
      : '';
    return new AccessDeniedError(
      `access denied: ${who ?? "the step's AWS role"} may not call ${permission}${deny}; ` +
        `grant the policy that 'sagemaker-cicd iam-policy ${action}' prints`,
      permission,
    );
  }
  if (e.name === 'CredentialsProviderError') {
    return new AwsNotConfiguredError(
      'no AWS credentials: run aws-actions/configure-aws-credentials before this step, ' +
        "or set 'role-to-assume' (in CodeBuild, the project's service role provides them)",
    );
  }
  if (e.name === 'InvalidClientTokenId' || e.name === 'UnrecognizedClientException') {
    return new UserError(
      `AWS did not accept the credentials (${e.name} on ${operation.name}: ${text}); ` +
        "check the role set by aws-actions/configure-aws-credentials or 'role-to-assume'",
    );
  }
  return err;
}
