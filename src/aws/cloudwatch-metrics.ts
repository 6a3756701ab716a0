import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { MetricsGateway } from '../core/inference/gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

/** GetMetricData's most queries per request. */
const MAX_QUERIES = 500;

/** Endpoint variant metrics (namespace AWS/SageMaker) from CloudWatch, following NextToken. */
export function cloudWatchMetricsGateway(ctx: AwsContext): MetricsGateway {
  const client = lazyClient(ctx, 'CLOUDWATCH', (config) => new CloudWatchClient(config));
  return {
    async getMetricData(queries, start, end, periodSeconds) {
      const values: Record<string, number[]> = {};
      for (let i = 0; i < queries.length; i += MAX_QUERIES) {
        let token: string | undefined;
        do {
          const out = await client().send(
            new GetMetricDataCommand({
              StartTime: new Date(start),
              EndTime: new Date(end),
              ScanBy: 'TimestampAscending',
              MetricDataQueries: queries.slice(i, i + MAX_QUERIES).map((q) => ({
                Id: q.id,
                ReturnData: true,
                MetricStat: {
                  Metric: {
                    Namespace: 'AWS/SageMaker',
                    MetricName: q.metricName,
                    Dimensions: [
                      { Name: 'EndpointName', Value: q.endpointName },
                      { Name: 'VariantName', Value: q.variantName },
                    ],
                  },
                  Period: periodSeconds,
                  Stat: q.stat,
                },
              })),
              ...(token ? { NextToken: token } : {}),
            }),
          );
          for (const r of out.MetricDataResults ?? [])
            if (r.Id) values[r.Id] = [...(values[r.Id] ?? []), ...(r.Values ?? [])];
          token = out.NextToken;
        } while (token);
      }
      return values;
    },
  };
}
