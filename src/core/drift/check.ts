import type { Log } from '../log.js';
import type { Baseline } from './baseline.js';
import { alarmMatches, batchDatums, type DriftAlarm, type MetricDatum } from './cloudwatch.js';
import type { CaptureStore, MetricsGateway } from './gateways.js';
import { emptySummary, mergeSummaries, SummaryBuilder, type PartialSummary } from './summary.js';
import { hourPrefix, windowHours } from './window.js';

export interface CaptureWindow {
  bucket: string;
  prefix: string;
  endpoint: string;
  /** Empty: every variant under the endpoint's prefix. */
  variant?: string;
  endMs: number;
  windowMs: number;
}

/** The capture files of the window: each variant's hourly prefixes, listed. */
export type { CaptureStore, MetricsGateway };

export async function captureFiles(store: CaptureStore, w: CaptureWindow): Promise<string[]> {
  let variants = w.variant ? [w.variant] : [];
  if (!w.variant) {
    const base = `${w.prefix ? `${w.prefix}/` : ''}${w.endpoint}/`;
    const { prefixes } = await store.listObjects(w.bucket, base, '/');
    variants = prefixes.map((p) => p.slice(base.length).replace(/\/$/, ''));
  }
  const keys: string[] = [];
  for (const variant of variants) {
    for (const hour of windowHours(w.endMs, w.windowMs)) {
      const { keys: found } = await store.listObjects(
        w.bucket,
        hourPrefix(w.prefix, w.endpoint, variant, hour),
      );
      keys.push(...found.filter((k) => k.endsWith('.jsonl')));
    }
  }
  return keys;
}

const ATTEMPTS = 3;
const CONCURRENCY = 4;

/**
 * One partial summary per file, merged: files are read CONCURRENCY at a time, and a file whose
 * stream breaks is read again from the start (its partial summary thrown away), so no record is
 * lost or counted twice.
 */
export async function summarizeFiles(
  store: CaptureStore,
  bucket: string,
  keys: string[],
  baseline: Baseline,
  log: Log,
): Promise<PartialSummary> {
  let total = emptySummary(baseline);
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      const part = await summarizeFile(store, bucket, key, baseline, log);
      total = mergeSummaries(total, part);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, keys.length) }, worker));
  return total;
}

export async function summarizeFile(
  store: CaptureStore,
  bucket: string,
  key: string,
  baseline: Baseline,
  log: Log,
): Promise<PartialSummary> {
  for (let attempt = 1; ; attempt++) {
    const builder = new SummaryBuilder(baseline);
    try {
      let line = 0;
      for await (const batch of store.lines(bucket, key))
        for (const text of batch) builder.addLine(key, ++line, text);
      return builder.summary;
    } catch (err) {
      if (attempt >= ATTEMPTS || !store.isTransient(err)) throw err;
      log.info(`Reading s3://${bucket}/${key} again (attempt ${attempt + 1} of ${ATTEMPTS}): ${String(err)}`);
    }
  }
}

/** Publishes the datums in batches within CloudWatch's limits; returns the number of requests. */
export async function publishDatums(
  gw: MetricsGateway,
  namespace: string,
  datums: MetricDatum[],
): Promise<number> {
  const batches = batchDatums(namespace, datums);
  for (const b of batches) await gw.putMetricData(namespace, b);
  return batches.length;
}

/** Creates or updates the alarm only when it differs: a second run with the same inputs changes nothing. */
export async function ensureAlarm(
  gw: MetricsGateway,
  alarm: DriftAlarm,
): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await gw.describeAlarm(alarm.AlarmName);
  if (existing && alarmMatches(existing, alarm)) return 'unchanged';
  await gw.putMetricAlarm(alarm);
  return existing ? 'updated' : 'created';
}
