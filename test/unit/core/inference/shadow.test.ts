import { describe, expect, it } from '@jest/globals';
import { compareMetrics } from '../../../../src/core/metrics/compare.js';
import { parseThresholds } from '../../../../src/core/metrics/thresholds.js';
import { parseShadowThresholds, parseTolerance } from '../../../../src/core/inference/shadow-thresholds.js';
import { captureAgreement, sameOutput } from '../../../../src/core/inference/shadow-agreement.js';
import { periodFor } from '../../../../src/core/inference/shadow-metrics.js';
import { decisionText } from '../../../../src/core/inference/shadow-report.js';
import { experimentName } from '../../../../src/core/inference/shadow-names.js';
import {
  JOB_NAME,
  packageModelName,
  transformJobName,
} from '../../../../src/core/inference/transform-names.js';
import type { RunInfo } from '../../../../src/core/run-info.js';

const run: RunInfo = {
  runId: '9876543210',
  runAttempt: '1',
  job: 'score',
  step: '__run',
  workspace: '/w',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
};

describe("shadow thresholds: report-metrics' grammar with production.<metric>", () => {
  it('judges the shadow against the production variant, naming the limit it computed', () => {
    const thresholds = parseShadowThresholds(
      'thresholds',
      'shadow.p99_latency <= production.p99_latency * 1.1\nshadow.error_rate <= 0.001 # absolute\nagreement >= 0.98',
    );
    expect(thresholds.map((t) => [t.metric, t.bound])).toEqual([
      [
        'p99_latency',
        { kind: 'baseline', op: '*', operand: 1.1, metric: 'p99_latency', word: 'production.p99_latency' },
      ],
      ['error_rate', { kind: 'absolute', value: 0.001 }],
      ['agreement', { kind: 'absolute', value: 0.98 }],
    ]);
    const c = compareMetrics({
      candidate: { p99_latency: 60, error_rate: 0.0004, agreement: 0.99 },
      baseline: { p99_latency: 52, error_rate: 0.0003 },
      thresholds,
    });
    expect(c.failed.map((o) => [o.threshold.text, o.limit, o.reason])).toEqual([
      ['shadow.p99_latency <= production.p99_latency * 1.1', 57.2, 'p99_latency 60 is not <= 57.2'],
    ]);
  });

  it('a bound may name another production metric', () => {
    const [t] = parseShadowThresholds('thresholds', 'shadow.p99_latency <= production.p50_latency * 3');
    const c = compareMetrics({
      candidate: { p99_latency: 50 },
      baseline: { p50_latency: 18 },
      thresholds: [t!],
    });
    expect(c.outcomes[0]).toMatchObject({ result: 'pass', limit: 54 });
  });

  it.each([
    [
      'production.error_rate <= 0.01',
      'line 1 ("production.error_rate <= 0.01"): expected a metric name (e.g. accuracy), got \'production.error_rate\' at column 1',
    ],
    [
      'shadow.p99_latency <= baseline * 1.1',
      "expected a number or production.<metric> (e.g. 0.001, production.p99_latency * 1.1), got 'baseline' at column 23",
    ],
    ['shadow.accuracy >= 0.9', 'the left side must be one of shadow.invocations'],
    [
      'error_rate <= 0.1',
      "the left side must be one of shadow.invocations, shadow.p50_latency, shadow.p90_latency, shadow.p99_latency, shadow.error_rate, shadow.error_4xx_rate, shadow.error_5xx_rate or agreement, got 'error_rate'",
    ],
    ['shadow.p99_latency <= production.accuracy', 'the right side must be a number or production.<metric>'],
    [
      'agreement >= production.agreement',
      'agreement is measured across both variants; compare it with a number',
    ],
    [
      'shadow.p99_latency <= production.p99_latency ^ 2',
      "expected +, - or * after 'production.p99_latency', got '^' at column 46",
    ],
  ])('refuses %s', (line, message) => {
    expect(() => parseShadowThresholds('thresholds', line)).toThrow(message);
  });

  it("leaves report-metrics' grammar as it was: production.<metric> is no bound there", () => {
    expect(() => parseThresholds('thresholds', 'auc >= production.auc')).toThrow(
      "expected a number or 'baseline' (e.g. 0.9, baseline - 0.01, baseline * 1.02), got 'production.auc' at column 8",
    );
    expect(parseThresholds('thresholds', 'auc >= baseline - 0.01')[0]!.bound).toEqual({
      kind: 'baseline',
      op: '-',
      operand: 0.01,
    });
  });

  it('agreement-tolerance is a number ≥ 0', () => {
    expect(parseTolerance('agreement-tolerance', '0.05')).toBe(0.05);
    expect(() => parseTolerance('agreement-tolerance', 'close')).toThrow(
      "input 'agreement-tolerance' must be a number ≥ 0",
    );
  });
});

describe('agreement from captured outputs', () => {
  const line = (id: string, data: string, encoding = 'CSV') =>
    JSON.stringify({
      captureData: {
        endpointOutput: {
          data: encoding === 'BASE64' ? Buffer.from(data).toString('base64') : data,
          encoding,
        },
      },
      eventMetadata: { eventId: `ev-${id}-${data}`, inferenceId: id },
    });
  const files: Record<string, string> = {
    'cap/churn-prod/AllTraffic/2026/12/01/09/a.jsonl': [
      line('1', '0.80'),
      line('2', '1'),
      line('3', '[0.1, 0.9]'),
      line('4', 'yes'),
    ].join('\n'),
    'cap/churn-prod/AllTraffic/2026/12/01/09/notes.txt': 'not capture data',
    'cap/churn-prod/shadow/2026/12/01/09/b.jsonl': [
      line('1', '0.8'),
      line('2', '1.05'),
      line('3', '0.1,0.9', 'BASE64'),
      line('4', 'no'),
      line('5', '0.3'),
      'garbage',
    ].join('\n'),
  };
  const reader = {
    async listObjects(bucket: string, prefix: string) {
      expect(bucket).toBe('bucket');
      return { keys: Object.keys(files).filter((k) => k.startsWith(prefix)), prefixes: [] };
    },
    async *lines(_bucket: string, key: string) {
      yield files[key]!.split('\n');
    },
  };

  it('pairs requests by inference id and compares their outputs (numbers within the tolerance)', async () => {
    const exact = await captureAgreement(
      reader,
      's3://bucket/cap',
      'churn-prod',
      { production: 'AllTraffic', shadow: 'shadow' },
      0,
    );
    expect(exact).toEqual({ pairs: 4, agreeing: 2, rate: 0.5, files: { production: 1, shadow: 1 } });
    const loose = await captureAgreement(
      reader,
      's3://bucket/cap/',
      'churn-prod',
      { production: 'AllTraffic', shadow: 'shadow' },
      0.1,
    );
    expect(loose.agreeing).toBe(3);
  });

  it('no pairs: no rate', async () => {
    const none = await captureAgreement(
      reader,
      's3://bucket/elsewhere',
      'churn-prod',
      { production: 'AllTraffic', shadow: 'shadow' },
      0,
    );
    expect(none).toMatchObject({ pairs: 0, rate: null });
  });

  it.each([
    ['0.8', '0.80', 0, true],
    ['a', 'a', 0, true],
    ['1,2', '[1, 2]', 0, true],
    ['1,2', '1,2,3', 1, false],
    ['0.5', '0.6', 0.05, false],
    ['cat', 'dog', 1, false],
  ])('%s and %s (tolerance %d): %s', (a, b, tolerance, same) => {
    expect(sameOutput(a, b, tolerance)).toBe(same);
  });
});

describe('the shadow test window and decision', () => {
  it('one GetMetricData period for the whole window: a multiple of 60 s, of an hour past 14 days', () => {
    expect(periodFor(0, 30 * 60_000)).toBe(1800);
    expect(periodFor(0, 30 * 60_000 + 1)).toBe(1860);
    expect(periodFor(0, 10_000)).toBe(60);
    expect(periodFor(0, 20 * 86_400_000 + 5)).toBe(20 * 86_400 + 3600);
  });

  const comparison = (failed: boolean, thresholds = 1) =>
    compareMetrics({
      candidate: { error_rate: failed ? 0.1 : 0 },
      baseline: {},
      thresholds: parseShadowThresholds('t', 'shadow.error_rate <= 0.01\n'.repeat(thresholds)),
    });
  it.each([
    [comparison(false), 'Approved', true, true, 'thresholds passed and the package is Approved'],
    [comparison(true), 'Approved', true, false, '1 threshold(s) failed: shadow.error_rate <= 0.01'],
    [
      comparison(false),
      'PendingManualApproval',
      true,
      false,
      'thresholds passed, but the package is PendingManualApproval, not Approved: the approval gate holds promotion',
    ],
    [
      comparison(false),
      'Approved',
      false,
      false,
      'thresholds passed; promote is false: the shadow test only judges',
    ],
    [
      comparison(false, 0),
      'Approved',
      true,
      false,
      'no thresholds set: the shadow test only reports, and promotes nothing',
    ],
  ])('decision %#', (c, approval, promoteInput, promote, why) => {
    expect(decisionText(c, approval, promoteInput)).toEqual({ promote, why });
  });
});

describe('names derived from the run', () => {
  it('a transform job: same step of the same attempt, same name; a new attempt, a new one; always valid', () => {
    const pkg = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/12';
    const a = transformJobName(run, pkg, { x: 1 });
    expect(a).toMatch(/^churn-9876543210-1-[0-9a-f]{8}$/);
    expect(transformJobName(run, pkg, { x: 1 })).toBe(a);
    expect(transformJobName({ ...run, runAttempt: '2' }, pkg, { x: 1 })).not.toBe(a);
    expect(transformJobName({ ...run, step: 'other' }, pkg, { x: 1 })).not.toBe(a);
    const long = `arn:aws:sagemaker:us-east-1:123456789012:model-package/${'g'.repeat(60)}-/3`;
    expect(transformJobName(run, long, {})).toMatch(JOB_NAME);
    expect(transformJobName({ ...run, runId: undefined }, pkg, {})).not.toBe(
      transformJobName({ ...run, runId: undefined }, pkg, {}),
    );
    expect(packageModelName(long, 'arn:aws:iam::1:role/r')).toMatch(JOB_NAME);
    expect(packageModelName(pkg, 'arn:aws:iam::1:role/r')).toMatch(/^churn-v12-[0-9a-f]{6}$/);
  });

  it('an experiment: ≤ 120 characters of its pattern', () => {
    const name = experimentName(run, 'e'.repeat(63), {});
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name).toMatch(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$/);
    expect(experimentName(run, 'churn-prod', {})).toMatch(/^churn-prod-shadow-9876543210-1-[0-9a-f]{8}$/);
  });
});
