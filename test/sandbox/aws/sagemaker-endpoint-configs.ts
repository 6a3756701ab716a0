import { AwsError } from './server.js';

/**
 * CreateEndpointConfig's body as SageMaker validates it (API reference: CreateEndpointConfig,
 * ProductionVariant, ProductionVariantServerlessConfig, DataCaptureConfig, AsyncInferenceConfig):
 * an instance variant needs InstanceType and InitialInstanceCount, a serverless one its
 * ServerlessConfig and neither of those; serverless endpoints take no data capture.
 */

function bad(message: string): never {
  throw new AwsError('ValidationException', message);
}

const S3 = /^(https|s3):\/\/([^/])\/?(.*)$/;
const SNS = /^arn:aws[a-z-]*:sns:[a-z0-9-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;

export interface Variant {
  VariantName?: string;
  ModelName?: string;
  InstanceType?: string;
  InitialInstanceCount?: number;
  ServerlessConfig?: { MemorySizeInMB?: number; MaxConcurrency?: number; ProvisionedConcurrency?: number };
}

/** An integer member within [min, max], as SageMaker words the refusal; optional unless `required`. */
export function range(path: string, v: unknown, min: number, max: number, required = true): void {
  if (v === undefined && !required) return;
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max)
    bad(
      `1 validation error detected: Value '${String(v)}' at '${path}' failed to satisfy constraint: Member must have value between ${min} and ${max}`,
    );
}

/** AutoRollbackConfiguration (endpoints and inference components): 1-10 alarms, names 1-255. */
export function checkAlarms(config: { Alarms?: { AlarmName?: unknown }[] } | undefined): void {
  if (!config) return;
  const alarms = config.Alarms;
  if (!Array.isArray(alarms) || alarms.length < 1 || alarms.length > 10)
    bad(
      "Value at 'deploymentConfig.autoRollbackConfiguration.alarms' failed to satisfy constraint: Member must have length between 1 and 10",
    );
  for (const a of alarms)
    if (typeof a?.AlarmName !== 'string' || !a.AlarmName || a.AlarmName.length > 255)
      bad('AlarmName must be 1-255 characters');
}

/** Checks one production variant; `modelExists` says whether its ModelName names a model. */
export function checkVariant(v: Variant, i: number, modelExists: (name: string) => boolean): void {
  const at = `productionVariants.${i + 1}.member`;
  if (!v.ModelName || !modelExists(v.ModelName)) bad(`Could not find model "${String(v.ModelName)}".`);
  const s = v.ServerlessConfig;
  if (s) {
    if (v.InstanceType !== undefined || v.InitialInstanceCount !== undefined)
      bad(
        `Specify either ServerlessConfig or InstanceType and InitialInstanceCount for variant ${v.VariantName}, not both.`,
      );
    range(`${at}.serverlessConfig.memorySizeInMB`, s.MemorySizeInMB, 1024, 6144);
    if (s.MemorySizeInMB! % 1024)
      bad(`MemorySizeInMB must be one of 1024, 2048, 3072, 4096, 5120, 6144, got ${s.MemorySizeInMB}.`);
    range(`${at}.serverlessConfig.maxConcurrency`, s.MaxConcurrency, 1, 200);
    if (s.ProvisionedConcurrency !== undefined) {
      range(`${at}.serverlessConfig.provisionedConcurrency`, s.ProvisionedConcurrency, 1, 200);
      if (s.ProvisionedConcurrency > s.MaxConcurrency!)
        bad('ProvisionedConcurrency must be less than or equal to MaxConcurrency.');
    }
    return;
  }
  if (!INSTANCE_TYPE.test(v.InstanceType ?? ''))
    bad(
      `1 validation error detected: Value '${v.InstanceType}' at '${at}.instanceType' failed to satisfy enum value set`,
    );
  if (!Number.isInteger(v.InitialInstanceCount) || v.InitialInstanceCount! < 1)
    bad(
      `Value at '${at}.initialInstanceCount' failed to satisfy constraint: Member must have value greater than or equal to 1`,
    );
}

interface Capture {
  InitialSamplingPercentage?: number;
  DestinationS3Uri?: string;
  CaptureOptions?: { CaptureMode?: string }[];
}

export function checkDataCapture(capture: Capture, variants: Variant[]): void {
  if (variants.some((v) => v.ServerlessConfig))
    bad('DataCaptureConfig is not supported for endpoints with serverless variants.');
  range('dataCaptureConfig.initialSamplingPercentage', capture.InitialSamplingPercentage, 0, 100);
  if (!S3.test(capture.DestinationS3Uri ?? '') || capture.DestinationS3Uri!.length > 512)
    bad("Value at 'dataCaptureConfig.destinationS3Uri' failed to satisfy constraint");
  const modes = capture.CaptureOptions ?? [];
  if (
    !modes.length ||
    modes.length > 32 ||
    modes.some((m) => !['Input', 'Output'].includes(m.CaptureMode ?? ''))
  )
    bad("Value at 'dataCaptureConfig.captureOptions' failed to satisfy constraint");
}

interface AsyncConfig {
  OutputConfig?: {
    S3OutputPath?: string;
    S3FailurePath?: string;
    KmsKeyId?: string;
    NotificationConfig?: {
      SuccessTopic?: string;
      ErrorTopic?: string;
      IncludeInferenceResponseIn?: string[];
    };
  };
  ClientConfig?: { MaxConcurrentInvocationsPerInstance?: number };
}

export function checkAsync(config: AsyncConfig, variants: Variant[]): void {
  const out = config.OutputConfig ?? bad('AsyncInferenceConfig.OutputConfig is required');
  if (variants.some((v) => v.ServerlessConfig))
    bad('AsyncInferenceConfig is not supported for endpoints with serverless variants.');
  for (const [path, uri] of [
    ['s3OutputPath', out.S3OutputPath],
    ['s3FailurePath', out.S3FailurePath],
  ] as const) {
    if (uri !== undefined && (!S3.test(uri) || uri.length > 512))
      bad(`Value '${uri}' at 'asyncInferenceConfig.outputConfig.${path}' failed to satisfy constraint`);
  }
  if (!out.S3OutputPath && !out.S3FailurePath)
    bad('AsyncInferenceConfig.OutputConfig must specify S3OutputPath or S3FailurePath.');
  const n = out.NotificationConfig;
  for (const [path, topic] of [
    ['successTopic', n?.SuccessTopic],
    ['errorTopic', n?.ErrorTopic],
  ] as const) {
    if (topic !== undefined && (!SNS.test(topic) || topic.length > 2048))
      bad(
        `Value '${topic}' at 'asyncInferenceConfig.outputConfig.notificationConfig.${path}' failed to satisfy constraint`,
      );
  }
  const within = n?.IncludeInferenceResponseIn ?? [];
  if (
    within.length > 2 ||
    within.some((t) => !['SUCCESS_NOTIFICATION_TOPIC', 'ERROR_NOTIFICATION_TOPIC'].includes(t))
  )
    bad(
      "Value at 'asyncInferenceConfig.outputConfig.notificationConfig.includeInferenceResponseIn' failed to satisfy constraint",
    );
  const c = config.ClientConfig?.MaxConcurrentInvocationsPerInstance;
  if (c !== undefined)
    range('asyncInferenceConfig.clientConfig.maxConcurrentInvocationsPerInstance', c, 1, 1000);
}
