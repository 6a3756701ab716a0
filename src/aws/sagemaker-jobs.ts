import {
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { JobGateway } from '../core/pipelines/job-gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { abortable, jobLogReader } from './job-logs.js';
import { sendForWait as send } from './transient.js';

/** The jobs pipeline steps run, and their logs, over the SageMaker and CloudWatch Logs APIs. */
export function sagemakerJobs(ctx: AwsContext): JobGateway {
  const sagemaker = lazyClient(ctx, 'SAGEMAKER', (config) => new SageMakerClient(config));
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
    ...jobLogReader(ctx),
  };
}
