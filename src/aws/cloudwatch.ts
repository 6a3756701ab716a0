import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import type { MetricsGateway } from '../core/drift/gateways.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

/** CloudWatch metrics and alarms, as the drift check publishes them. */
export function cloudWatchMetrics(ctx: AwsContext): MetricsGateway {
  const client = lazyClient(ctx, 'CLOUDWATCH', (config) => new CloudWatchClient(config));
  return {
    async putMetricData(namespace, datums) {
      await client().send(new PutMetricDataCommand({ Namespace: namespace, MetricData: datums }));
    },
    async describeAlarm(name) {
      const r = await client().send(
        new DescribeAlarmsCommand({ AlarmNames: [name], AlarmTypes: ['MetricAlarm'] }),
      );
      return r.MetricAlarms?.[0] as Record<string, unknown> | undefined;
    },
    async putMetricAlarm(alarm) {
      await client().send(new PutMetricAlarmCommand(alarm));
    },
  };
}
