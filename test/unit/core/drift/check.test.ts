import type { Baseline } from '../../../../src/core/drift/baseline.js';
import {
  ensureAlarm,
  publishDatums,
  summarizeFiles,
  type CaptureStore,
  type MetricsGateway,
} from '../../../../src/core/drift/check.js';
import {
  batchDatums,
  driftAlarm,
  type DriftAlarm,
  type MetricDatum,
} from '../../../../src/core/drift/cloudwatch.js';
import { driftMetrics, featureDrift } from '../../../../src/core/drift/psi.js';
import { mergeSummaries, SummaryBuilder, type PartialSummary } from '../../../../src/core/drift/summary.js';
import {
  checkThresholdFeatures,
  driftVerdict,
  parseDriftThresholds,
} from '../../../../src/core/drift/verdict.js';
import { windowHours } from '../../../../src/core/drift/window.js';
import { MemoryLog } from '../../../support/memory-log.js';

const baseline: Baseline = {
  format: 'sagemaker-cicd/drift-baseline',
  version: 1,
  source: 'train.csv',
  rows: 100,
  maxCategories: 2,
  features: [
    {
      name: 'age',
      type: 'numeric',
      missingRate: 0,
      edges: [30, 50],
      proportions: [0.25, 0.5, 0.25],
      min: 18,
      max: 90,
    },
    { name: 'plan', type: 'categorical', missingRate: 0.1, categories: { basic: 0.6, pro: 0.4 }, other: 0 },
  ],
};

const csvLine = (data: string) =>
  JSON.stringify({
    captureData: {
      endpointInput: { observedContentType: 'text/csv', mode: 'INPUT', data, encoding: 'CSV' },
      endpointOutput: { observedContentType: 'text/csv', mode: 'OUTPUT', data: '0.5', encoding: 'CSV' },
    },
    eventMetadata: { eventId: 'e', inferenceTime: '2026-12-01T10:00:00Z' },
    eventVersion: '0',
  });
const input = (endpointInput: Record<string, unknown>) => JSON.stringify({ captureData: { endpointInput } });

function summarize(lines: string[], key = 'f.jsonl'): PartialSummary {
  const b = new SummaryBuilder(baseline);
  lines.forEach((l, i) => b.addLine(key, i + 1, l));
  return b.summary;
}

describe('capture lines into counts', () => {
  it('reads CSV, JSON (object, instances, features) and BASE64 inputs, by position or by name', () => {
    const s = summarize([
      csvLine('25,basic'),
      csvLine('40,pro\n60,"gold"'),
      input({
        observedContentType: 'application/json',
        encoding: 'JSON',
        data: '{"age": 45, "plan": "pro"}',
      }),
      input({
        observedContentType: 'application/json',
        encoding: 'JSON',
        data: '{"instances": [[20, "basic"], {"features": [35, "pro"]}]}',
      }),
      input({
        observedContentType: 'text/csv',
        encoding: 'BASE64',
        data: Buffer.from('55,\n').toString('base64'),
      }),
    ]);
    expect(s.records).toBe(7);
    expect(s.malformed).toBe(0);
    // age: 25, 20 → bin 0; 40, 45, 35 → bin 1; 60, 55 → bin 2.
    expect(s.features[0]).toMatchObject({ present: 7, missing: 0, bins: [2, 3, 2] });
    // plan: basic 2, pro 3, gold unseen (other), one missing.
    expect(s.features[1]).toEqual({
      present: 6,
      missing: 1,
      bins: [2, 3, 1],
      unseen: 1,
      unseenExamples: ['gold'],
    });
  });

  it('counts a malformed line with its file and line number, and goes on', () => {
    const s = summarize([
      csvLine('25,basic'),
      '{not json',
      csvLine('1,2,3'),
      input({ encoding: 'XML', data: 'x' }),
      csvLine('30,pro'),
    ]);
    expect(s.records).toBe(2);
    expect(s.malformed).toBe(3);
    expect(s.malformedExamples).toEqual([
      { key: 'f.jsonl', line: 2, reason: 'not JSON' },
      { key: 'f.jsonl', line: 3, reason: '3 values, the baseline has 2 features' },
      { key: 'f.jsonl', line: 4, reason: "encoding 'XML' is not CSV, JSON or BASE64" },
    ]);
  });
});

/** A seeded stream of capture lines, some malformed, many unseen categories. */
function lines(n: number, seed: number): string[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648), x / 2147483648);
  return Array.from({ length: n }, (_, i) => {
    if (i % 97 === 13) return '{"broken":';
    const age = rnd() < 0.05 ? '' : String(Math.round(18 + rnd() * 70));
    const plan = rnd() < 0.8 ? (rnd() < 0.5 ? 'basic' : 'pro') : `p${Math.floor(rnd() * 40)}`;
    return csvLine(`${age},${plan}`);
  });
}

describe('mergeable partial summaries', () => {
  it('split into files in any grouping and merged in any order equals one pass over everything', () => {
    const all = lines(3000, 7);
    // One pass: as one file would be read.
    const single = summarize(all, 'a.jsonl');
    // Split at uneven points into three "files", keyed so line numbers stay those of one file.
    const parts = [all.slice(0, 700), all.slice(700, 2222), all.slice(2222)];
    const offsets = [0, 700, 2222];
    const partial = parts.map((p, i) => {
      const b = new SummaryBuilder(baseline);
      p.forEach((l, j) => b.addLine('a.jsonl', offsets[i]! + j + 1, l));
      return b.summary;
    });
    const [p0, p1, p2] = partial as [PartialSummary, PartialSummary, PartialSummary];
    expect(mergeSummaries(mergeSummaries(p0, p1), p2)).toEqual(single);
    expect(mergeSummaries(p2, mergeSummaries(p1, p0))).toEqual(single);
    expect(mergeSummaries(mergeSummaries(p1, p2), p0)).toEqual(single);
    expect(single.malformed).toBe(31);
    expect(single.features[1]!.unseenExamples).toHaveLength(10);
  });

  it('summarizeFiles (four files read concurrently) equals the single pass, and a dropped stream is read again', async () => {
    const all = lines(2000, 3);
    const files = new Map([0, 1, 2, 3].map((i) => [`k${i}.jsonl`, all.slice(i * 500, (i + 1) * 500)]));
    let dropped = false;
    const store: CaptureStore = {
      listObjects: async () => ({ keys: [...files.keys()], prefixes: [] }),
      async *lines(_bucket, key) {
        let n = 0;
        for (const l of files.get(key)!) {
          if (key === 'k2.jsonl' && ++n === 250 && !dropped) {
            dropped = true;
            throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
          }
          yield [l];
        }
      },
      isTransient: (err) => (err as { code?: string }).code === 'ECONNRESET',
    };
    const log = new MemoryLog();
    const merged = await summarizeFiles(store, 'b', [...files.keys()], baseline, log);
    const expected = [...files].map(([k, ls]) => summarize(ls, k)).reduce(mergeSummaries);
    expect(merged).toEqual(expected);
    expect(merged.records + merged.malformed).toBe(2000);
    expect(log.lines.join('\n')).toContain('Reading s3://b/k2.jsonl again (attempt 2 of 3)');
  });
});

describe('drift verdict', () => {
  // 100 records: age all in bin 2 (a shift), plan as in the baseline.
  const shifted = summarize(Array.from({ length: 100 }, (_, i) => csvLine(`70,${i < 60 ? 'basic' : 'pro'}`)));

  it('computes PSI, missing-rate change and unseen share per feature', () => {
    const features = featureDrift(baseline, shifted);
    // age: actual [0, 0, 1] → floored 0.0001: (0.0001−0.25)·ln(0.0004) + (0.0001−0.5)·ln(0.0002) + 0.75·ln 4
    const agePsi = -0.2499 * Math.log(0.0004) + -0.4999 * Math.log(0.0002) + 0.75 * Math.log(4);
    expect(features[0]!.psi).toBeCloseTo(agePsi, 9);
    expect(features[1]).toMatchObject({ psi: 0, missingRate: 0, missingChange: 0.1, unseenRate: 0 });
  });

  it('names the features a failed threshold names; max_psi names those above its limit', () => {
    const features = featureDrift(baseline, shifted);
    const metrics = driftMetrics(features, shifted);
    const t = parseDriftThresholds('thresholds', 'max_psi <= 0.25\nmissing(plan) <= 0.05\npsi(plan) <= 0.1');
    const v = driftVerdict(t, metrics, features);
    expect(v.outcomes.map((o) => o.result)).toEqual(['fail', 'fail', 'pass']);
    expect(v.drifted).toEqual(['age', 'plan']);
    expect(v.outcomes[1]!.reason).toBe('missing(plan) 0.1 is not <= 0.05');
  });

  it('defaults to max_psi <= 0.2 and refuses other names, baseline bounds and unknown features', () => {
    expect(parseDriftThresholds('thresholds', '').map((t) => t.text)).toEqual(['max_psi <= 0.2']);
    expect(() => parseDriftThresholds('thresholds', 'kl(age) <= 1')).toThrow(
      'input \'thresholds\' line 1 ("kl(age) <= 1"): names psi(feature), missing(feature), unseen(feature), max_psi, records, malformed, got "kl(age)"',
    );
    expect(() => parseDriftThresholds('thresholds', 'psi(age) <= baseline')).toThrow(
      /compares with a number, not 'baseline'/,
    );
    expect(() => checkThresholdFeatures(parseDriftThresholds('t', 'psi(agee) <= 0.2'), baseline)).toThrow(
      "threshold 'psi(agee) <= 0.2' names feature 'agee', which the baseline does not have (it has: age, plan)",
    );
  });
});

describe('CloudWatch', () => {
  const datum = (i: number, value = 'e'): MetricDatum => ({
    MetricName: 'PSI',
    Dimensions: [
      { Name: 'EndpointName', Value: value },
      { Name: 'FeatureName', Value: `f${i}` },
    ],
    Timestamp: new Date(0),
    Value: i,
    Unit: 'None',
  });

  it('batches at most 1000 datums per request', () => {
    const batches = batchDatums(
      'NS',
      Array.from({ length: 2500 }, (_, i) => datum(i)),
    );
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 500]);
  });

  it('batches under 1 MB when datums are large', () => {
    const big = 'x'.repeat(1000);
    const batches = batchDatums(
      'NS',
      Array.from({ length: 1000 }, (_, i) => datum(i, big)),
    );
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches)
      expect(Buffer.byteLength(JSON.stringify({ Namespace: 'NS', MetricData: b }))).toBeLessThan(1_000_000);
  });

  it('creates the alarm once; a second run with the same alarm changes nothing; a changed one is updated', async () => {
    const alarms = new Map<string, DriftAlarm>();
    const puts: DriftAlarm[] = [];
    const gw: MetricsGateway = {
      putMetricData: async () => {},
      describeAlarm: async (name) =>
        alarms.has(name) ? { ...alarms.get(name), StateValue: 'OK', AlarmArn: 'arn' } : undefined,
      putMetricAlarm: async (a) => void (puts.push(a), alarms.set(a.AlarmName, a)),
    };
    expect(await ensureAlarm(gw, driftAlarm('churn-drift', 'NS', 'churn'))).toBe('created');
    expect(await ensureAlarm(gw, driftAlarm('churn-drift', 'NS', 'churn'))).toBe('unchanged');
    expect(await ensureAlarm(gw, driftAlarm('churn-drift', 'Other', 'churn'))).toBe('updated');
    expect(puts).toHaveLength(2);
    expect(
      await publishDatums(
        gw,
        'NS',
        Array.from({ length: 1001 }, (_, i) => datum(i)),
      ),
    ).toBe(2);
  });
});

describe('window', () => {
  it('lists every UTC hour overlapping [end − window, end)', () => {
    const end = Date.UTC(2026, 11, 1, 2, 30);
    expect(windowHours(end, 3 * 3_600_000)).toEqual([
      '2026/11/30/23/',
      '2026/12/01/00/',
      '2026/12/01/01/',
      '2026/12/01/02/',
    ]);
  });
});
