import type { Metrics } from '../metrics/report.js';
import type { MetricsGateway, VariantMetricQuery } from './gateway.js';

/** What a shadow test measures of each variant; latencies in milliseconds, rates in [0, 1]. */
export const VARIANT_METRICS = [
  'invocations',
  'p50_latency',
  'p90_latency',
  'p99_latency',
  'error_rate',
  'error_4xx_rate',
  'error_5xx_rate',
] as const;
/** Measured across the two variants: the share of captured requests both answered alike. */
export const AGREEMENT = 'agreement';

export const SHADOW_DIRECTIONS = {
  invocations: 'higher',
  p50_latency: 'lower',
  p90_latency: 'lower',
  p99_latency: 'lower',
  error_rate: 'lower',
  error_4xx_rate: 'lower',
  error_5xx_rate: 'lower',
  agreement: 'higher',
} as const;

const STATS: [key: string, metric: string, stat: string][] = [
  ['inv', 'Invocations', 'Sum'],
  ['e4', 'Invocation4XXErrors', 'Sum'],
  ['e5', 'Invocation5XXErrors', 'Sum'],
  ['p50', 'ModelLatency', 'p50'],
  ['p90', 'ModelLatency', 'p90'],
  ['p99', 'ModelLatency', 'p99'],
];

/**
 * The window as one period: a multiple of 60 s (of an hour past 14 days, which satisfies
 * GetMetricData's coarser rules for older data), so each query returns one value for the test.
 */
export function periodFor(start: number, end: number): number {
  const span = Math.max(60, Math.ceil((end - start) / 1000));
  const unit = span > 14 * 86_400 ? 3600 : 60;
  return Math.ceil(span / unit) * unit;
}

/**
 * Reads both variants' metrics from CloudWatch (namespace AWS/SageMaker, dimensions EndpointName
 * and VariantName) over the test's window, in one GetMetricData request: invocations, 4xx and 5xx
 * errors (sums, so rates are weighted by traffic) and ModelLatency percentiles (µs → ms).
 */
export async function variantMetrics(
  gateway: MetricsGateway,
  endpointName: string,
  variants: { production: string; shadow: string },
  window: { start: number; end: number },
): Promise<{ production: Metrics; shadow: Metrics }> {
  const queries: VariantMetricQuery[] = [];
  for (const [side, variantName] of Object.entries(variants))
    for (const [key, metricName, stat] of STATS)
      queries.push({ id: `${side}_${key}`, metricName, endpointName, variantName, stat });
  const start = Math.floor(window.start / 60_000) * 60_000;
  const values = await gateway.getMetricData(queries, start, window.end, periodFor(start, window.end));
  const sum = (id: string) => (values[id]?.length ? values[id].reduce((a, b) => a + b, 0) : undefined);
  // A percentile over several periods is not their mean: keep the worst, which never flatters.
  const worst = (id: string) => (values[id]?.length ? Math.max(...values[id]) : undefined);
  const of = (side: string): Metrics => {
    const inv = sum(`${side}_inv`) ?? 0;
    const e4 = sum(`${side}_e4`) ?? 0;
    const e5 = sum(`${side}_e5`) ?? 0;
    const ms = (id: string) => {
      const v = worst(id);
      return v === undefined ? null : round(v / 1000);
    };
    return {
      invocations: inv,
      p50_latency: ms(`${side}_p50`),
      p90_latency: ms(`${side}_p90`),
      p99_latency: ms(`${side}_p99`),
      error_rate: inv ? round((e4 + e5) / inv) : null,
      error_4xx_rate: inv ? round(e4 / inv) : null,
      error_5xx_rate: inv ? round(e5 / inv) : null,
    };
  };
  return { production: of('production'), shadow: of('shadow') };
}

function round(n: number): number {
  return Number(n.toPrecision(6));
}
