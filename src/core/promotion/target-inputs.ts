import { InputError } from '../errors.js';
import { defineInputs, type InputValues } from '../spec/types.js';
import { LIMITS } from './strategies.js';
import { TARGET_NAMES, TARGETS } from './targets.js';

const S3_URI = /^(https|s3):\/\/[^/]+(\/.*)?$/;
/** InferenceComponentName: `^[a-zA-Z0-9]([\-a-zA-Z0-9]*[a-zA-Z0-9])?$`, at most 63. */
const COMPONENT_NAME = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;

function cpuCores(input: string, raw: string): number {
  const value = Number(raw.trim());
  const limit = LIMITS.componentCpuCores;
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || value < limit.min || value > limit.max)
    throw new InputError(input, `must be a number of CPU cores (${limit.text}), e.g. 0.5 or 2`, raw);
  return value;
}

/** deploy's hosting inputs: the target, and each target's own settings (check.ts pairs them). */
export const TARGET_INPUTS = defineInputs({
  target: {
    kind: 'enum',
    choices: TARGET_NAMES,
    default: 'endpoint',
    description: `Where the model is hosted: ${TARGET_NAMES.map((t) => `${t} (${TARGETS[t].title})`).join('; ')}.`,
  },
  'serverless-memory': {
    kind: 'integer',
    min: LIMITS.serverlessMemoryMb.min,
    max: LIMITS.serverlessMemoryMb.max,
    unit: 'MB',
    description: `serverless: memory of the endpoint (${LIMITS.serverlessMemoryMb.text}). Default 2048.`,
  },
  'serverless-max-concurrency': {
    kind: 'integer',
    min: LIMITS.serverlessConcurrency.min,
    max: LIMITS.serverlessConcurrency.max,
    unit: 'invocations',
    description: `serverless: concurrent invocations at most (${LIMITS.serverlessConcurrency.text}). Default 5.`,
  },
  'serverless-provisioned-concurrency': {
    kind: 'integer',
    min: LIMITS.provisionedConcurrency.min,
    max: LIMITS.provisionedConcurrency.max,
    unit: 'invocations',
    description: `serverless: invocations kept warm (${LIMITS.provisionedConcurrency.text}). Default none (on demand).`,
  },
  'async-output-s3-uri': {
    kind: 'string',
    pattern: S3_URI,
    allowed: 'an s3://bucket/prefix URI',
    maxLength: 512,
    description: 'async: where responses go (s3://bucket/prefix); required with target async.',
  },
  'async-failure-s3-uri': {
    kind: 'string',
    pattern: S3_URI,
    allowed: 'an s3://bucket/prefix URI',
    maxLength: 512,
    description: 'async: where failed requests are reported (s3://bucket/prefix).',
  },
  'async-success-topic': {
    kind: 'arn',
    resource: 'sns-topic',
    description: 'async: SNS topic told of each successful inference.',
  },
  'async-error-topic': {
    kind: 'arn',
    resource: 'sns-topic',
    description: 'async: SNS topic told of each failed inference.',
  },
  'async-max-concurrency': {
    kind: 'integer',
    min: LIMITS.asyncConcurrency.min,
    max: LIMITS.asyncConcurrency.max,
    unit: 'invocations',
    description: `async: concurrent requests per instance sent to the container (${LIMITS.asyncConcurrency.text}). Default: SageMaker chooses.`,
  },
  'inference-component-name': {
    kind: 'string',
    pattern: COMPONENT_NAME,
    allowed: 'letters, digits and hyphens, starting and ending with a letter or digit',
    maxLength: 63,
    description:
      'inference-component: the component to create or update on endpoint-name (which must exist and be InService).',
  },
  'copy-count': {
    kind: 'integer',
    min: LIMITS.copyCount.min,
    max: LIMITS.copyCount.max,
    unit: 'copies',
    default: '1',
    description: `inference-component: copies of the model (${LIMITS.copyCount.text}); rolling sizes count them.`,
  },
  'memory-required': {
    kind: 'integer',
    min: LIMITS.componentMemoryMb.min,
    max: LIMITS.componentMemoryMb.max,
    unit: 'MB',
    description: `inference-component: memory each copy needs (MinMemoryRequiredInMb; ${LIMITS.componentMemoryMb.text}); required with target inference-component.`,
  },
  'cpu-cores': {
    kind: 'string',
    parse: cpuCores,
    description: `inference-component: CPU cores each copy needs (${LIMITS.componentCpuCores.text}).`,
  },
  accelerators: {
    kind: 'integer',
    min: LIMITS.componentAccelerators.min,
    max: LIMITS.componentAccelerators.max,
    unit: 'devices',
    description: `inference-component: GPUs or Inferentia devices each copy needs (${LIMITS.componentAccelerators.text}).`,
  },
});

export type TargetInputs = InputValues<typeof TARGET_INPUTS>;
