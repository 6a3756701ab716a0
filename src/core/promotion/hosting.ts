import { InputError } from '../errors.js';
import { LIMITS } from './strategies.js';
import type { TargetInputs } from './target-inputs.js';
import type { TargetName } from './targets.js';

/** ProductionVariantServerlessConfig, as CreateEndpointConfig takes it. */
export interface ServerlessConfig {
  memoryMb: number;
  maxConcurrency: number;
  provisionedConcurrency?: number;
}

/** AsyncInferenceConfig, as CreateEndpointConfig takes it. */
export interface AsyncConfig {
  outputS3Uri: string;
  failureS3Uri?: string;
  successTopic?: string;
  errorTopic?: string;
  maxConcurrentInvocationsPerInstance?: number;
}

/** An inference component's Specification and RuntimeConfig. */
export interface ComponentConfig {
  name: string;
  copies: number;
  memoryMb: number;
  cpuCores?: number;
  accelerators?: number;
}

export type Hosting =
  | { target: 'endpoint' }
  | { target: 'serverless'; serverless: ServerlessConfig }
  | { target: 'async'; async: AsyncConfig }
  | { target: 'inference-component'; component: ComponentConfig };

/** The inputs only one target reads: given with another target, they are refused, not ignored. */
const OWN: Record<string, TargetName> = {
  'serverless-memory': 'serverless',
  'serverless-max-concurrency': 'serverless',
  'serverless-provisioned-concurrency': 'serverless',
  'async-output-s3-uri': 'async',
  'async-failure-s3-uri': 'async',
  'async-success-topic': 'async',
  'async-error-topic': 'async',
  'async-max-concurrency': 'async',
  'inference-component-name': 'inference-component',
  'memory-required': 'inference-component',
  'cpu-cores': 'inference-component',
  accelerators: 'inference-component',
};

/** Defaults of the SageMaker Python SDK's ServerlessInferenceConfig, which users know. */
const SERVERLESS_DEFAULTS = { memoryMb: 2048, maxConcurrency: 5 };

/**
 * The target and its settings, checked across inputs before any AWS call: each target's own
 * inputs, the instance type where instances are hosted, and what a target cannot take.
 */
export function parseHosting(
  i: TargetInputs & { 'instance-type'?: string; 'data-capture-percent'?: number },
): Hosting {
  const target = i.target;
  for (const [input, owner] of Object.entries(OWN)) {
    if (i[input as keyof TargetInputs] !== undefined && owner !== target)
      throw new InputError(input, `applies only to target ${owner} (target is ${target})`);
  }
  const instances = target === 'endpoint' || target === 'async';
  if (instances && !i['instance-type'])
    throw new InputError('instance-type', `is required with target ${target}: e.g. ml.m5.large`);
  if (!instances && i['instance-type'])
    throw new InputError(
      'instance-type',
      target === 'serverless'
        ? 'does not apply to target serverless: SageMaker chooses the compute (set serverless-memory)'
        : 'does not apply to target inference-component: the endpoint it goes on already has its instances',
    );
  if (i['data-capture-percent'] !== undefined && !instances)
    throw new InputError(
      'data-capture-percent',
      target === 'serverless'
        ? 'is not supported on target serverless: serverless endpoints exclude data capture (https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html)'
        : "does not apply to target inference-component: data capture belongs to the endpoint's config, which this target does not change",
    );

  switch (target) {
    case 'endpoint':
      return { target };
    case 'serverless':
      return { target, serverless: serverless(i) };
    case 'async': {
      const output = i['async-output-s3-uri'];
      if (!output)
        throw new InputError(
          'async-output-s3-uri',
          'is required with target async: an s3://bucket/prefix URI',
        );
      const async: AsyncConfig = { outputS3Uri: output };
      if (i['async-failure-s3-uri']) async.failureS3Uri = i['async-failure-s3-uri'];
      if (i['async-success-topic']) async.successTopic = i['async-success-topic'];
      if (i['async-error-topic']) async.errorTopic = i['async-error-topic'];
      if (i['async-max-concurrency'] !== undefined)
        async.maxConcurrentInvocationsPerInstance = i['async-max-concurrency'];
      return { target, async };
    }
    case 'inference-component': {
      const name = i['inference-component-name'];
      if (!name)
        throw new InputError(
          'inference-component-name',
          'is required with target inference-component: the component to create or update',
        );
      const memoryMb = i['memory-required'];
      if (memoryMb === undefined)
        throw new InputError(
          'memory-required',
          `is required with target inference-component (MinMemoryRequiredInMb; ${LIMITS.componentMemoryMb.text})`,
        );
      const component: ComponentConfig = { name, copies: i['copy-count'], memoryMb };
      if (i['cpu-cores'] !== undefined) component.cpuCores = i['cpu-cores'];
      if (i.accelerators !== undefined) component.accelerators = i.accelerators;
      return { target, component };
    }
  }
}

function serverless(i: TargetInputs): ServerlessConfig {
  const memoryMb = i['serverless-memory'] ?? SERVERLESS_DEFAULTS.memoryMb;
  if (memoryMb % 1024)
    throw new InputError(
      'serverless-memory',
      `must be 1024, 2048, 3072, 4096, 5120 or 6144 (${LIMITS.serverlessMemoryMb.text})`,
      String(memoryMb),
    );
  const maxConcurrency = i['serverless-max-concurrency'] ?? SERVERLESS_DEFAULTS.maxConcurrency;
  const provisioned = i['serverless-provisioned-concurrency'];
  if (provisioned !== undefined && provisioned > maxConcurrency)
    throw new InputError(
      'serverless-provisioned-concurrency',
      `must be at most serverless-max-concurrency, ${maxConcurrency} (${LIMITS.provisionedConcurrency.text})`,
      String(provisioned),
    );
  return {
    memoryMb,
    maxConcurrency,
    ...(provisioned !== undefined ? { provisionedConcurrency: provisioned } : {}),
  };
}

/** The endpoint config's hosting in a few words, for the log and the summary. */
export function hostingText(hosting: Hosting | undefined, instanceType?: string, count?: number): string {
  if (hosting?.target === 'serverless') {
    const s = hosting.serverless;
    const warm = s.provisionedConcurrency ? `, ${s.provisionedConcurrency} provisioned` : '';
    return `serverless, ${s.memoryMb} MB, max concurrency ${s.maxConcurrency}${warm}`;
  }
  const instances = `${count} × ${instanceType}`;
  if (hosting?.target === 'async') return `${instances}, async output to ${hosting.async.outputS3Uri}`;
  return instances;
}
