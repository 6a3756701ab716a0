import { awsContext, type AwsContext, type AwsInputs } from '../aws/context.js';
import { InputError } from '../core/errors.js';
import { integer } from '../core/inputs.js';
import type { Host } from '../hosts/host.js';

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** The AWS inputs (aws-region, role-to-assume, role-duration-seconds), checked. */
export function awsInputs(host: Host): AwsInputs {
  const region = host.input('aws-region') || undefined;
  const roleToAssume = host.input('role-to-assume');
  if (!roleToAssume) return { region };
  if (!ROLE_ARN.test(roleToAssume)) {
    throw new InputError(
      'role-to-assume',
      'must be an IAM role ARN (arn:aws:iam::123456789012:role/name)',
      roleToAssume,
    );
  }
  const roleDurationSeconds = integer('role-duration-seconds', host.input('role-duration-seconds'), 3600, {
    min: 900,
    max: 43200,
    unit: 'seconds',
  });
  return { region, roleToAssume, roleDurationSeconds };
}

/** What the gateways build their clients from: the host's environment and the AWS inputs. */
export function awsFor(host: Host): AwsContext {
  return awsContext(host, host.spec.action, awsInputs(host));
}
