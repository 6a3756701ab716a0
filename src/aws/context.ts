import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { Log } from '../core/log.js';
import { oidcRoleCredentials } from './credentials.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The AWS inputs every AWS-calling command takes, already validated by the host. */
export interface AwsSettings {
  /** `aws-region`; otherwise AWS_REGION, then AWS_DEFAULT_REGION. */
  region?: string;
  /** `role-to-assume`: a role taken with the job's OIDC token, refreshed before it expires. */
  roleToAssume?: string;
  /** `role-duration-seconds` (900-43200). */
  roleDurationSeconds?: number;
}

/** What every gateway builds its clients from: the environment and the AWS inputs. */
export interface AwsContext {
  readonly env: Env;
  /** The action whose IAM policy an AccessDenied points to (`sagemaker-cicd iam-policy <action>`). */
  readonly action: string;
  readonly region?: string;
  /** Credentials other than the default chain (the role assumed from `role-to-assume`). */
  readonly credentials?: AwsCredentialIdentityProvider;
}

/** What a host offers to build the context: its environment, log, masking and run identity. */
export interface AwsHost extends Log {
  readonly env: Env;
  mask(value: string): void;
  readonly run: { runId?: string; runAttempt?: string };
}

export function awsContext(host: AwsHost, action: string, inputs: AwsSettings): AwsContext {
  const { region, roleToAssume } = inputs;
  if (!roleToAssume) return { env: host.env, action, ...(region ? { region } : {}) };
  // RoleSessionName: 2-64 characters of [\w+=,.@-]; the run id ties CloudTrail entries to the run.
  const sessionName = `sagemaker-cicd-${host.run.runId ?? 'local'}-${host.run.runAttempt ?? '1'}`
    .replace(/[^\w+=,.@-]/g, '-')
    .slice(0, 64);
  return {
    env: host.env,
    action,
    ...(region ? { region } : {}),
    credentials: oidcRoleCredentials({
      roleArn: roleToAssume,
      durationSeconds: inputs.roleDurationSeconds ?? 3600,
      sessionName,
      region,
      action,
      env: host.env,
      log: host,
      mask: (v) => host.mask(v),
    }),
  };
}
