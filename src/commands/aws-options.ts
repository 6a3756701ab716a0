import { awsContext, type AwsContext } from '../aws/context.js';
import type { AwsInputs } from '../core/spec/aws-inputs.js';
import type { Host } from '../hosts/host.js';

/**
 * What the gateways build their clients from: the host's environment and the (parsed) AWS inputs;
 * `action` names the policy an AccessDenied points to (`sagemaker-cicd iam-policy <action>`).
 */
export function awsFor(host: Host, aws: AwsInputs, action: string): AwsContext {
  return awsContext(host, action, {
    region: aws['aws-region'],
    roleToAssume: aws['role-to-assume'],
    roleDurationSeconds: Math.round(aws['role-duration-seconds'] / 1000),
  });
}
