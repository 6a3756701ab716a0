/** What the inference core needs of SageMaker and CloudWatch. src/aws/sagemaker-inference.ts implements it. */

export interface TransformJobRequest {
  name: string;
  modelName: string;
  input: { s3Uri: string; contentType?: string; splitType?: string; compressionType?: string };
  output: { s3Uri: string; accept?: string; assembleWith?: string };
  resources: { instanceType: string; instanceCount: number };
  batchStrategy?: string;
  maxPayloadInMB?: number;
  maxConcurrentTransforms?: number;
  dataProcessing?: { joinSource?: string; inputFilter?: string; outputFilter?: string };
}

export interface TransformJob {
  name: string;
  arn: string;
  /** InProgress | Completed | Failed | Stopping | Stopped */
  status: string;
  failureReason?: string;
  modelName?: string;
  outputS3Uri?: string;
  /** Epoch ms. */
  creationTime?: number;
  endTime?: number;
}

export interface TransformGateway {
  /** undefined when there is no such job. */
  describeTransformJob(name: string): Promise<TransformJob | undefined>;
  /** The job's ARN. */
  createTransformJob(request: TransformJobRequest): Promise<string>;
  stopTransformJob(name: string): Promise<void>;
}

/** The last lines of a job's CloudWatch log streams (one per instance). */
export interface JobLogGateway {
  tail(group: string, streamPrefix: string, lines: number): Promise<{ stream: string; lines: string[] }[]>;
}

/** One variant of an inference experiment (ModelVariantConfig). */
export interface ExperimentVariant {
  modelName: string;
  variantName: string;
  instanceType: string;
  instanceCount: number;
}

export interface ShadowExperimentRequest {
  name: string;
  endpointName: string;
  roleArn: string;
  production: ExperimentVariant;
  shadow: ExperimentVariant;
  samplingPercentage: number;
  /** Epoch ms. */
  startTime: number;
  endTime: number;
  /** DataStorageConfig.Destination: where the experiment's requests and responses are captured. */
  captureS3Uri?: string;
  description?: string;
}

export interface InferenceExperiment {
  name: string;
  arn: string;
  endpointName: string;
  /** Creating | Created | Updating | Starting | Running | Stopping | Completed | Cancelled */
  status: string;
  statusReason?: string;
  /** Epoch ms. */
  scheduleStart?: number;
  scheduleEnd?: number;
  lastModifiedTime?: number;
  variants: ExperimentVariant[];
  shadowVariantName?: string;
  productionVariantName?: string;
  captureS3Uri?: string;
}

export type VariantAction = 'Promote' | 'Remove' | 'Retain';

export interface StopExperimentRequest {
  name: string;
  actions: Record<string, VariantAction>;
  desiredVariants?: ExperimentVariant[];
  desiredState: 'Completed' | 'Cancelled';
  reason: string;
}

export interface ExperimentGateway {
  describeExperiment(name: string): Promise<InferenceExperiment | undefined>;
  createExperiment(request: ShadowExperimentRequest): Promise<string>;
  stopExperiment(request: StopExperimentRequest): Promise<void>;
  /** The production variants of an endpoint config (name, model, instances; serverless ones have no instance type). */
  configVariants(
    configName: string,
  ): Promise<{ variantName: string; modelName: string; instanceType?: string; instanceCount?: number }[]>;
}

/** One GetMetricData query: a metric of an endpoint variant, one statistic, one period. */
export interface VariantMetricQuery {
  id: string;
  metricName: string;
  endpointName: string;
  variantName: string;
  /** Sum, Average, p99... */
  stat: string;
}

export interface MetricsGateway {
  /** Values per query id over [start, end) in periods of `periodSeconds`. */
  getMetricData(
    queries: VariantMetricQuery[],
    start: number,
    end: number,
    periodSeconds: number,
  ): Promise<Record<string, number[]>>;
}
