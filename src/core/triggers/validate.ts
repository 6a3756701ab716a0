import { InputError } from '../errors.js';
import { ARNS } from '../spec/arns.js';

/**
 * Names and ARNs a trigger takes, checked against the limits and patterns of the EventBridge,
 * S3, CloudWatch and SageMaker APIs before anything is sent.
 */
function check(input: string, raw: string, re: RegExp, allowed: string, max = Infinity): string {
  const value = raw.trim();
  if (!value) throw new InputError(input, `is required: ${allowed}`);
  if (value.length > max || !re.test(value)) throw new InputError(input, `must be ${allowed}`, raw);
  return value;
}

/** EventBridge rule names are 1-64 of `[.\-_A-Za-z0-9]`; 55 leaves room for `-dispatch`. */
export const ruleName = (input: string, raw: string) =>
  check(input, raw, /^[.\-_A-Za-z0-9]{1,55}$/, 'an EventBridge rule name: 1-55 letters, digits, . - _');

export const bucketName = (input: string, raw: string) =>
  check(
    input,
    raw,
    /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    'an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens (a name, not s3:// or an ARN)',
  );

export const alarmName = (input: string, raw: string) =>
  check(
    input,
    raw,
    /^[^\p{Cc}]{1,255}$/u,
    'a CloudWatch alarm name (1-255 characters, no control characters)',
  );

export const modelPackageGroup = (input: string, raw: string) =>
  check(
    input,
    raw,
    /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
    'a model package group name: 1-63 letters, digits and hyphens (not an ARN)',
  );

export const roleArn = (input: string, raw: string) =>
  check(input, raw, ARNS['iam-role'].pattern, `${ARNS['iam-role'].shape} that EventBridge can assume`);

export const queueArn = (input: string, raw: string) =>
  check(input, raw, ARNS['sqs-queue'].pattern, ARNS['sqs-queue'].shape);

export const repository = (input: string, raw: string) =>
  check(input, raw, /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/, 'a GitHub repository as owner/name');

export const workflowId = (input: string, raw: string) =>
  check(
    input,
    raw,
    /^([\w.-]+\.ya?ml|\d+)$/,
    'a workflow file name in .github/workflows (deploy.yml) or a workflow id',
  );

export const gitRef = (input: string, raw: string) =>
  check(input, raw, /^(?!\/)(?!.*\.\.)[^\s~^:?*[\\]{1,255}$/, 'a branch or tag name');

/** S3 key prefix or suffix for the event pattern: up to 1024 characters, one line. */
export function keyPart(input: string, raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  if (value.length > 1024 || /[\n\r]/.test(value))
    throw new InputError(input, 'must be one line of at most 1024 characters', raw);
  return value;
}

/** SageMakerPipelineParameters.PipelineParameterList: up to 200 of Name `[A-Za-z0-9\-_]{1,256}`, Value ≤ 1024. */
export function pipelineParameters(input: string, map: Record<string, string>): Record<string, string> {
  const entries = Object.entries(map);
  if (entries.length > 200) throw new InputError(input, 'may have at most 200 parameters');
  for (const [name, value] of entries) {
    if (!/^[A-Za-z0-9\-_]{1,256}$/.test(name))
      throw new InputError(input, `has a bad parameter name '${name}': 1-256 letters, digits, - and _`);
    if (value.length > 1024)
      throw new InputError(input, `has a value for '${name}' longer than 1024 characters`);
  }
  return map;
}
