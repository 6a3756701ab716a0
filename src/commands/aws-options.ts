import { oidcRoleCredentials } from '../aws/credentials.js';
import type { AwsOptions } from '../aws/clients.js';
import type { AwsInputs } from '../core/spec/aws-inputs.js';
import type { Host } from '../hosts/host.js';

/** Region and credentials from the (already parsed) AWS inputs. */
export function awsOptions(host: Host, aws: AwsInputs): AwsOptions {
  const region = aws['aws-region'];
  const roleArn = aws['role-to-assume'];
  if (!roleArn) return { region };
  // RoleSessionName: 2-64 characters of [\w+=,.@-]; the run id ties CloudTrail entries to the run.
  const sessionName = `sagemaker-cicd-${host.run.runId ?? 'local'}-${host.run.runAttempt ?? '1'}`
    .replace(/[^\w+=,.@-]/g, '-')
    .slice(0, 64);
  return {
    region,
    credentials: oidcRoleCredentials({
      roleArn,
      durationSeconds: Math.round(aws['role-duration-seconds'] / 1000),
      sessionName,
      region,
      env: host.env,
      log: host,
      mask: (v) => host.mask(v),
    }),
  };
}
