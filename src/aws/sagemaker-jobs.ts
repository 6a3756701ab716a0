import {
  CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  GetLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { ReadOptions } from '../core/pipelines/gateway.js';
import type { JobGateway } from '../core/pipelines/job-gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { sendForWait as send } from './transient.js';

/** DescribeLogStreams' largest page. */
const STREAMS_PAGE = 50;

/** The jobs pipeline steps run, and their logs, over the SageMaker and CloudWatch Logs APIs. */
export function sagemakerJobs(ctx: AwsContext): JobGateway {
  const sagemaker = lazyClient(ctx, 'SAGEMAKER', (config) => new SageMakerClient(config));
  const logs = lazyClient(ctx, 'CLOUDWATCH_LOGS', (config) => new CloudWatchLogsClient(config));
  const ms = (d: Date | undefined) => (d ? d.getTime() : undefined);

  return {
    async describeTrainingJob(name, options) {
      const j = await send(() =>
        sagemaker().send(new DescribeTrainingJobCommand({ TrainingJobName: name }), abortable(options)),
      );
      return {
        name: j.TrainingJobName ?? name,
        status: j.TrainingJobStatus ?? 'InProgress',
        ...(j.SecondaryStatus ? { secondaryStatus: j.SecondaryStatus } : {}),
        ...(j.FailureReason ? { failureReason: j.FailureReason } : {}),
        transitions: (j.SecondaryStatusTransitions ?? []).map((t) => ({
          status: t.Status ?? '',
          startTime: ms(t.StartTime),
          endTime: ms(t.EndTime),
          ...(t.StatusMessage ? { message: t.StatusMessage } : {}),
        })),
        metrics: (j.FinalMetricDataList ?? [])
          .filter((m) => m.MetricName && typeof m.Value === 'number')
          .map((m) => ({ name: m.MetricName!, value: m.Value!, timestamp: ms(m.Timestamp) })),
      };
    },
    async describeProcessingJob(name, options) {
      const j = await send(() =>
        sagemaker().send(new DescribeProcessingJobCommand({ ProcessingJobName: name }), abortable(options)),
      );
      return {
        name: j.ProcessingJobName ?? name,
        status: j.ProcessingJobStatus ?? 'InProgress',
        ...(j.FailureReason ? { failureReason: j.FailureReason } : {}),
      };
    },
    async logStreams(group, prefix, options) {
      try {
        const page = await send(() =>
          logs().send(
            new DescribeLogStreamsCommand({
              logGroupName: group,
              logStreamNamePrefix: prefix,
              limit: STREAMS_PAGE,
            }),
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

function abortable(options: ReadOptions | undefined) {
  return options?.signal ? { abortSignal: options.signal } : {};
}
