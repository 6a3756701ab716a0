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
