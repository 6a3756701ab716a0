import { oidcRoleCredentials } from '../aws/credentials.js';
import type { AwsOptions } from '../aws/clients.js';
import { describeArn, isArn } from '../core/arns.js';
import { InputError } from '../core/errors.js';
import { integer } from '../core/inputs.js';
import type { Host } from '../hosts/host.js';

/** Region and credentials from the AWS inputs. */
export function awsOptions(host: Host): AwsOptions {
  const region = host.input('aws-region') || undefined;
  const roleArn = host.input('role-to-assume');
  if (!roleArn) return { region };
  if (!isArn('iamRole', roleArn)) {
    throw new InputError('role-to-assume', `must be ${describeArn('iamRole')}`, roleArn);
  }
  const durationSeconds = integer('role-duration-seconds', host.input('role-duration-seconds'), 3600, {
    min: 900,
    max: 43200,
    unit: 'seconds',
  });
  // RoleSessionName: 2-64 characters of [\w+=,.@-]; the run id ties CloudTrail entries to the run.
  const sessionName = `sagemaker-cicd-${host.run.runId ?? 'local'}-${host.run.runAttempt ?? '1'}`
    .replace(/[^\w+=,.@-]/g, '-')
    .slice(0, 64);
  return {
    region,
    credentials: oidcRoleCredentials({
      roleArn,
      durationSeconds,
      sessionName,
      region,
      env: host.env,
      log: host,
      mask: (v) => host.mask(v),
    }),
  };
}
