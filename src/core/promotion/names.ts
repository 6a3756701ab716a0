import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { ARNS, isArn } from '../spec/arns.js';

/** EndpointName, EndpointConfigName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;

export function endpointName(input: string, raw: string): string {
  const value = raw.trim();
  if (!value) throw new InputError(input, 'is required: the name of the SageMaker endpoint');
  if (!RESOURCE_NAME.test(value)) {
    throw new InputError(
      input,
      'must be an endpoint name: letters, digits and hyphens, up to 63, starting and ending with a letter or digit',
      raw,
    );
  }
  return value;
}

export function modelPackageArn(input: string, raw: string): string {
  const value = raw.trim();
  if (!value) throw new InputError(input, 'is required: the ARN of a versioned model package');
  if (!isArn('model-package', value))
    throw new InputError(input, `must be ${ARNS['model-package'].shape}`, raw);
  return value;
}

export function roleArn(input: string, raw: string): string {
  const value = raw.trim();
  if (!value) throw new InputError(input, 'is required: the IAM role SageMaker assumes to host the model');
  if (!isArn('iam-role', value)) throw new InputError(input, `must be ${ARNS['iam-role'].shape}`, raw);
  return value;
}

export function instanceType(input: string, raw: string): string {
  const value = raw.trim();
  if (!value)
    throw new InputError(input, 'is required: a SageMaker hosting instance type such as ml.m5.large');
  if (!INSTANCE_TYPE.test(value))
    throw new InputError(input, 'must be a SageMaker instance type such as ml.m5.large', raw);
  return value;
}

/**
 * The name of this deployment's model and endpoint config: the endpoint, the commit, and a short
 * hash of what is deployed. The same commit and settings give the same name, so a re-run finds
 * its own resources instead of making duplicates; other settings for the same commit get another.
 */
export function deploymentName(endpoint: string, commit: string, settings: unknown): string {
  const sha = (commit.replace(/[^a-zA-Z0-9]/g, '').slice(0, 7) || 'nocommit').toLowerCase();
  const hash = createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 6);
  const suffix = `-${sha}-${hash}`;
  const head = endpoint.slice(0, 63 - suffix.length).replace(/-+$/, '');
  const name = `${head}${suffix}`;
  if (!RESOURCE_NAME.test(name))
    throw new Error(`internal: generated name ${name} is not a valid resource name`);
  return name;
}
