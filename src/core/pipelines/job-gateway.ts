import type { ReadOptions } from './gateway.js';

/**
 * What the wait needs to know about the jobs a pipeline's steps run (training and processing jobs)
 * and their CloudWatch logs, as plain data. src/aws/sagemaker-jobs.ts implements it with the SDK.
 * Errors are classified as the pipeline gateway's: a transient one is a `TransientError`.
 */
export interface MetricValue {
  name: string;
  value: number;
  /** ms since the epoch. */
  timestamp?: number;
}

/** One entry of DescribeTrainingJob's SecondaryStatusTransitions. */
export interface SecondaryTransition {
  /** Starting | Downloading | Training | Uploading | Completed | Failed | Stopped | ... */
  status: string;
  startTime?: number;
  endTime?: number;
  message?: string;
}

export interface TrainingJobState {
  /** The job's name as SageMaker spells it (ARNs are lower-cased; log streams are not). */
  name: string;
  /** InProgress | Completed | Failed | Stopping | Stopped. */
  status: string;
  secondaryStatus?: string;
  failureReason?: string;
  transitions: SecondaryTransition[];
  /** FinalMetricDataList: the latest values the algorithm emitted; final once the job completes. */
  metrics: MetricValue[];
}

export interface ProcessingJobState {
  name: string;
  status: string;
  failureReason?: string;
}

export interface LogStreamInfo {
  name: string;
  /** Eventually consistent in CloudWatch Logs: a hint, not a fact. */
  lastEventTime?: number;
}

export interface JobGateway {
  /** By name (the last part of the job's ARN). */
  describeTrainingJob(name: string, options?: ReadOptions): Promise<TrainingJobState>;
  describeProcessingJob(name: string, options?: ReadOptions): Promise<ProcessingJobState>;
  /** Streams of a log group whose names start with `prefix` (one page, ordered by name); [] when the group does not exist. */
  logStreams(group: string, prefix: string, options?: ReadOptions): Promise<LogStreamInfo[]>;
  /** The last `limit` messages of a stream, oldest first. */
  lastLogEvents(group: string, stream: string, limit: number, options?: ReadOptions): Promise<string[]>;
}
