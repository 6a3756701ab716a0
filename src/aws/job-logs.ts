import {
  CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  GetLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { ReadOptions } from '../core/pipelines/gateway.js';
import type { LogStreamInfo } from '../core/pipelines/job-gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { sendForWait as send } from './transient.js';

/** DescribeLogStreams' largest page. */
const STREAMS_PAGE = 50;

/**
 * The CloudWatch Logs reads behind a SageMaker job's log tail (training, processing and transform
 * jobs log to `/aws/sagemaker/<Kind>Jobs`, one stream per instance named `<job>/<instance>`).
 */
export interface JobLogReader {
  /** The streams whose names start with `prefix`, in name order; none when the group does not exist. */
  logStreams(group: string, prefix: string, options?: ReadOptions, limit?: number): Promise<LogStreamInfo[]>;
  /** The last `limit` messages of a stream, oldest first. */
  lastLogEvents(group: string, stream: string, limit: number, options?: ReadOptions): Promise<string[]>;
}

export function jobLogReader(ctx: AwsContext): JobLogReader {
  const logs = lazyClient(ctx, 'CLOUDWATCH_LOGS', (config) => new CloudWatchLogsClient(config));
  return {
    async logStreams(group, prefix, options, limit = STREAMS_PAGE) {
      try {
        const page = await send(() =>
          logs().send(
            new DescribeLogStreamsCommand({ logGroupName: group, logStreamNamePrefix: prefix, limit }),
            abortable(options),
          ),
        );
        return (page.logStreams ?? [])
          .filter((s) => s.logStreamName)
          .map((s) => ({ name: s.logStreamName!, lastEventTime: s.lastEventTimestamp }));
      } catch (err) {
        // The group exists only once the account's first job has logged.
        if ((err as Error).name === 'ResourceNotFoundException') return [];
        throw err;
      }
    },
    async lastLogEvents(group, stream, limit, options) {
      const page = await send(() =>
        logs().send(
          // Not from the head: the newest `limit` events, returned oldest first.
          new GetLogEventsCommand({
            logGroupName: group,
            logStreamName: stream,
            startFromHead: false,
            limit,
          }),
          abortable(options),
        ),
      );
      return (page.events ?? []).map((e) => e.message ?? '');
    },
  };
}

export function abortable(options: ReadOptions | undefined) {
  return options?.signal ? { abortSignal: options.signal } : {};
}
