import type { FeatureDrift } from './psi.js';

/** One MetricDatum as PutMetricData takes it. */
export interface MetricDatum {
  MetricName: string;
  Dimensions: { Name: string; Value: string }[];
  Timestamp: Date;
  Value: number;
  Unit: 'None' | 'Count' | 'Percent';
}

/** CloudWatch's limits for one PutMetricData request (REFERENCE.md): 1000 metrics, 1 MB. */
export const MAX_DATUMS_PER_REQUEST = 1000;
export const MAX_REQUEST_BYTES = 1_000_000;

/** The metric the alarm watches: how many features the check found drifted (0 when none). */
export const DRIFTED_FEATURES_METRIC = 'DriftedFeatures';

/**
 * The metrics of one check: per feature (dimensions EndpointName, FeatureName) its PSI and
 * missing-rate change; per endpoint the largest PSI, the drifted features' count and the records read.
 */
export function driftDatums(
  endpoint: string,
  features: FeatureDrift[],
  totals: { maxPsi: number | null; drifted: number; records: number },
  at: Date,
): MetricDatum[] {
  const endpointDim = { Name: 'EndpointName', Value: endpoint };
  const datum = (
    MetricName: string,
    Value: number,
    Unit: MetricDatum['Unit'],
    feature?: string,
  ): MetricDatum => ({
    MetricName,
    Dimensions: feature ? [endpointDim, { Name: 'FeatureName', Value: feature }] : [endpointDim],
    Timestamp: at,
    Value,
    Unit,
  });
  const out: MetricDatum[] = [];
  for (const f of features) {
    if (f.psi !== null) out.push(datum('PSI', f.psi, 'None', f.name));
    out.push(datum('MissingRateChange', f.missingChange, 'None', f.name));
  }
  if (totals.maxPsi !== null) out.push(datum('MaxPSI', totals.maxPsi, 'None'));
  out.push(datum(DRIFTED_FEATURES_METRIC, totals.drifted, 'Count'));
  out.push(datum('RecordsRead', totals.records, 'Count'));
  return out;
}

/** Splits datums into requests within both limits (the size counted as the JSON the SDK sends, with room). */
export function batchDatums(namespace: string, datums: MetricDatum[]): MetricDatum[][] {
  const batches: MetricDatum[][] = [];
  const overhead = JSON.stringify({ Namespace: namespace, MetricData: [] }).length;
  let batch: MetricDatum[] = [];
  let bytes = overhead;
  for (const d of datums) {
    const size = Buffer.byteLength(JSON.stringify(d)) + 1;
    if (batch.length && (batch.length >= MAX_DATUMS_PER_REQUEST || bytes + size > MAX_REQUEST_BYTES * 0.9)) {
      batches.push(batch);
      batch = [];
      bytes = overhead;
    }
    batch.push(d);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** The PutMetricAlarm request for the drift alarm (the fields the toolkit sets, compared on re-runs). */
export interface DriftAlarm {
  AlarmName: string;
  AlarmDescription: string;
  ActionsEnabled: boolean;
  Namespace: string;
  MetricName: string;
  Dimensions: { Name: string; Value: string }[];
  Statistic: 'Maximum';
  Period: number;
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  Threshold: number;
  ComparisonOperator: 'GreaterThanThreshold';
  TreatMissingData: 'ignore';
}

/**
 * In ALARM when a check finds any drifted feature; back to OK when a check finds none. Checks run
 * hours apart, so a period without a datapoint keeps the state (`ignore`) rather than clearing it.
 */
export function driftAlarm(name: string, namespace: string, endpoint: string): DriftAlarm {
  return {
    AlarmName: name,
    AlarmDescription: `Data drift on SageMaker endpoint ${endpoint}: a drift check found drifted features (sagemaker-cicd)`,
    ActionsEnabled: true,
    Namespace: namespace,
    MetricName: DRIFTED_FEATURES_METRIC,
    Dimensions: [{ Name: 'EndpointName', Value: endpoint }],
    Statistic: 'Maximum',
    Period: 300,
    EvaluationPeriods: 1,
    DatapointsToAlarm: 1,
    Threshold: 0,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'ignore',
  };
}

/** Whether an existing alarm (as DescribeAlarms returns it) already is `wanted`. */
export function alarmMatches(existing: Record<string, unknown>, wanted: DriftAlarm): boolean {
  return (Object.keys(wanted) as (keyof DriftAlarm)[]).every(
    (k) => JSON.stringify(existing[k] ?? null) === JSON.stringify(wanted[k]),
  );
}
