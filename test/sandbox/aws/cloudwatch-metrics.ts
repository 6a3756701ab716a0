import { AwsError, type AwsSandbox } from './server.js';

/**
 * CloudWatch GetMetricData in the sandbox (JSON 1.0, target GraniteServiceVersion20100801), for
 * SageMaker endpoint variant metrics: `setVariant(endpoint, variant, stats)` gives a variant's
 * totals over any window (Invocations, Invocation4XXErrors and Invocation5XXErrors as Sum,
 * ModelLatency percentiles in microseconds), answered as one datapoint per query. Requests are
 * checked as the API reference states: 1-500 queries, Id `^[a-z][a-zA-Z0-9_]*$` and unique,
 * Period a multiple of 60 (or 1, 5, 10, 30), a known statistic, StartTime before EndTime.
 */
export interface VariantStats {
  invocations: number;
  errors4xx: number;
  errors5xx: number;
  /** ModelLatency in microseconds, per percentile. */
  latencyUs: { p50: number; p90: number; p99: number };
}

const STATS = /^(SampleCount|Average|Sum|Minimum|Maximum|p\d{1,2}(\.\d+)?)$/;

function bad(message: string): never {
  throw new AwsError('InvalidParameterValue', message);
}

export class MetricsWorld {
  readonly variants = new Map<string, VariantStats>();

  constructor(readonly sandbox: AwsSandbox) {
    sandbox.on('GraniteServiceVersion20100801.GetMetricData', (b: Record<string, any>) => this.get(b)); // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  setVariant(endpoint: string, variant: string, stats: VariantStats): void {
    this.variants.set(`${endpoint}/${variant}`, stats);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private get(b: Record<string, any>) {
    const queries = (b.MetricDataQueries ?? []) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (queries.length < 1 || queries.length > 500)
      bad('The collection MetricDataQueries must not have a size greater than 500.');
    if (!(b.StartTime < b.EndTime)) bad('The parameter StartTime must be less than the parameter EndTime.');
    const ids = new Set<string>();
    const results = queries.map((q) => {
      if (!/^[a-z][a-zA-Z0-9_]*$/.test(q.Id ?? '') || q.Id.length > 255)
        bad(`The value ${q.Id} for parameter MetricDataQueries.member.Id is invalid.`);
      if (ids.has(q.Id)) bad(`The values for parameter id in MetricDataQueries are not unique.`);
      ids.add(q.Id);
      const stat = q.MetricStat ?? bad('MetricStat is required');
      const period = stat.Period;
      if (
        !Number.isInteger(period) ||
        period < 1 ||
        (period >= 60 ? period % 60 !== 0 : ![1, 5, 10, 30].includes(period))
      )
        bad(
          'The parameter MetricDataQueries.member.MetricStat.Period must be a multiple of 60 (or 1, 5, 10, 30).',
        );
      if (!STATS.test(stat.Stat ?? ''))
        bad(`The parameter MetricDataQueries.member.MetricStat.Stat has an invalid value ${stat.Stat}.`);
      const m = stat.Metric ?? {};
      const dim = (n: string) => (m.Dimensions ?? []).find((d: { Name: string }) => d.Name === n)?.Value;
      const s =
        m.Namespace === 'AWS/SageMaker'
          ? this.variants.get(`${dim('EndpointName')}/${dim('VariantName')}`)
          : undefined;
      const value = s ? valueOf(s, m.MetricName, stat.Stat) : undefined;
      return {
        Id: q.Id,
        Label: m.MetricName,
        StatusCode: 'Complete',
        Timestamps: value === undefined ? [] : [b.StartTime],
        Values: value === undefined ? [] : [value],
      };
    });
    return { MetricDataResults: results, Messages: [] };
  }
}

function valueOf(s: VariantStats, metric: string, stat: string): number | undefined {
  if (metric === 'Invocations' && stat === 'Sum') return s.invocations || undefined;
  if (metric === 'Invocation4XXErrors' && stat === 'Sum') return s.invocations ? s.errors4xx : undefined;
  if (metric === 'Invocation5XXErrors' && stat === 'Sum') return s.invocations ? s.errors5xx : undefined;
  if (metric === 'ModelLatency' && stat in s.latencyUs && s.invocations) return s.latencyUs[stat as 'p50'];
  return undefined;
}
