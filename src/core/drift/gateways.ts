import type { DriftAlarm, MetricDatum } from './cloudwatch.js';

/** The S3 calls behind reading capture files (src/aws/drift-data.ts), for drift and shadow tests. */
export interface CaptureStore {
  /** Every key and common prefix under `prefix` (all pages; with `max`, about that many keys at most). */
  listObjects(
    bucket: string,
    prefix: string,
    delimiter?: string,
    max?: number,
  ): Promise<{ keys: string[]; prefixes: string[] }>;
  /** The object's lines, streamed in batches (see lineBatches). */
  lines(bucket: string, key: string): AsyncIterable<string[]>;
  /** A failure worth reading the file again for (a connection dropped mid-stream). */
  isTransient(err: unknown): boolean;
}

/** The CloudWatch calls behind publishing (src/aws/cloudwatch.ts). */
export interface MetricsGateway {
  putMetricData(namespace: string, datums: MetricDatum[]): Promise<void>;
  describeAlarm(name: string): Promise<Record<string, unknown> | undefined>;
  putMetricAlarm(alarm: DriftAlarm): Promise<void>;
}
