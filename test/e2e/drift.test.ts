import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsSandbox, runAction, runCli } from './harness.js';
import { CloudWatchWorld } from '../sandbox/aws/cloudwatch.js';
import { EventBridgeWorld } from '../sandbox/aws/eventbridge.js';
import { EventDelivery } from '../sandbox/aws/eventbridge-delivery.js';
import { PipelinesWorld } from '../sandbox/aws/sagemaker-pipelines.js';
import { PipelineRuns, churnScript } from '../sandbox/aws/sagemaker-executions.js';
import { captureKey, captureLine, driftRows, trainingCsv } from '../sandbox/drift-data.js';
import { specs } from '../../src/commands/specs.js';
import { commandPolicy } from '../../src/core/iam/policy.js';

const BUCKET = 'churn-ml';
const BASELINE = `s3://${BUCKET}/drift/churn-baseline.json`;
const CAPTURE = `s3://${BUCKET}/capture`;
const ENDPOINT = 'churn-prod';

let aws: AwsSandbox;
let cloudwatch: CloudWatchWorld;
let events: EventBridgeWorld;
let delivery: EventDelivery;
let workspace: string;

beforeEach(async () => {
  aws = new AwsSandbox();
  cloudwatch = new CloudWatchWorld(aws);
  events = new EventBridgeWorld(aws);
  new PipelineRuns(new PipelinesWorld(aws)).addPipeline('churn-train', churnScript({ scale: 1 }));
  delivery = new EventDelivery(events);
  cloudwatch.stateChangeListeners.push((event) => delivery.deliver(event).then(() => undefined));
  workspace = mkdtempSync(join(tmpdir(), 'drift-ws-'));
  writeFileSync(join(workspace, 'train.csv'), trainingCsv(driftRows(3000, 1)));
  await aws.start();
});
afterEach(() => aws.stop());

/** Captured traffic of this hour in three files (CSV, JSON and base64 requests), 1 in `badEvery` lines broken. */
function capture(rows: ReturnType<typeof driftRows>, badEvery = 0) {
  const encodings = ['CSV', 'JSON', 'BASE64'] as const;
  for (let f = 0; f < 3; f++) {
    const lines = rows
      .filter((_, i) => i % 3 === f)
      .map((r, i) =>
        badEvery && i % badEvery === badEvery - 1
          ? '{"captureData": {"endpointInput"'
          : captureLine(r, encodings[f]),
      );
    aws.putObject(
      BUCKET,
      captureKey('capture', ENDPOINT, 'AllTraffic', aws.now(), `part-${f}`),
      lines.join('\n') + '\n',
    );
  }
}

const baseline = (data = 'train.csv') =>
  runAction('drift-baseline', {
    aws,
    cwd: workspace,
    inputs: { data, output: BASELINE, exclude: 'churned', bins: '10', 'max-categories': '50' },
  });

const check = (inputs: Record<string, string> = {}) =>
  runAction('drift-check', {
    aws,
    cwd: workspace,
    inputs: {
      baseline: BASELINE,
      'endpoint-name': ENDPOINT,
      'capture-s3-uri': CAPTURE,
      window: '2h',
      thresholds: 'psi(age) <= 0.2\nmax_psi <= 0.25\nmissing(income) <= 0.05',
      alarm: 'true',
      'alarm-name': 'churn-prod-drift',
      ...inputs,
    },
  });

function expectWithinPolicy(action: string) {
  const granted = commandPolicy(action, specs[action]!.permissions).Statement.flatMap((s) => s.Action);
  const iam = (op: string, service: string) =>
    op === 'ListObjectsV2' ? 's3:ListBucket' : `${service}:${op}`;
  for (const r of aws.requests) expect(granted).toContain(iam(r.operation, r.service));
}

describe('drift (bundled actions under Node 24)', () => {
  it('baseline from a CSV in the workspace, streamed; no drift → pass, metrics published, alarm created OK', async () => {
    const b = await baseline();
    expect(b.stderr).toBe('');
    expect(b.exitCode).toBe(0);
    expect(b.outputs.rows).toBe('3000');
    expect(JSON.parse(b.outputs.features!)).toEqual([
      { name: 'age', type: 'numeric' },
      { name: 'income', type: 'numeric' },
      { name: 'plan', type: 'categorical' },
    ]);
    const doc = JSON.parse(aws.objects.get(`${BUCKET}/drift/churn-baseline.json`)!.toString());
    expect(doc).toMatchObject({
      format: 'sagemaker-cicd/drift-baseline',
      version: 1,
      rows: 3000,
      maxCategories: 50,
    });
    expect(doc.features[1].missingRate).toBeCloseTo(0.05, 1);
    expect(doc.features[0].proportions).toHaveLength(10);

    capture(driftRows(900, 2));
    aws.requests.splice(0); // the baseline's PutObject
    const r = await check();
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      outcome: 'pass',
      'drifted-features': '[]',
      'records-read': '900',
      'malformed-lines': '0',
      'files-read': '3',
      'alarm-name': 'churn-prod-drift',
    });
    expect(Number(r.outputs['max-psi'])).toBeLessThan(0.1);
    expect(r.stdout).toMatch(/Read 900 records \(0 malformed lines\) in [\d.]+ s: \d+ records\/s\./);
    expect(r.summary).toContain(`### ✅ No drift on ${ENDPOINT} (900 records)`);
    expect(r.summary).toContain('| age | numeric |');
    expect(r.summary).toContain('xychart-beta');

    expect(aws.operations()).toEqual([
      'GetObject',
      'ListObjectsV2',
      'ListObjectsV2',
      'ListObjectsV2',
      'ListObjectsV2',
      'GetObject',
      'GetObject',
      'GetObject',
      'DescribeAlarms',
      'PutMetricAlarm',
      'PutMetricData',
    ]);
    const put = aws.calls('PutMetricData')[0]!.body as {
      Namespace: string;
      MetricData: { MetricName: string; Dimensions: unknown[]; Value: number }[];
    };
    expect(put.Namespace).toBe('SageMakerCICD/Drift');
    expect(put.MetricData.map((d) => d.MetricName)).toEqual([
      'PSI',
      'MissingRateChange',
      'PSI',
      'MissingRateChange',
      'PSI',
      'MissingRateChange',
      'MaxPSI',
      'DriftedFeatures',
      'RecordsRead',
    ]);
    expect(put.MetricData[0]!.Dimensions).toEqual([
      { Name: 'EndpointName', Value: ENDPOINT },
      { Name: 'FeatureName', Value: 'age' },
    ]);
    expect(aws.calls('PutMetricAlarm')[0]!.body).toEqual({
      AlarmName: 'churn-prod-drift',
      AlarmDescription: `Data drift on SageMaker endpoint ${ENDPOINT}: a drift check found drifted features (sagemaker-cicd)`,
      ActionsEnabled: true,
      Namespace: 'SageMakerCICD/Drift',
      MetricName: 'DriftedFeatures',
      Dimensions: [{ Name: 'EndpointName', Value: ENDPOINT }],
      Statistic: 'Maximum',
      Period: 300,
      EvaluationPeriods: 1,
      DatapointsToAlarm: 1,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'ignore',
    });
    expect(cloudwatch.alarms.get('churn-prod-drift')!.StateValue).toBe('OK');
    expectWithinPolicy('drift-check');

    // A second run changes nothing: the alarm is read, not written.
    const again = await check();
    expect(again.exitCode).toBe(0);
    expect(aws.calls('PutMetricAlarm')).toHaveLength(1);
    expect(again.stdout).toContain('Alarm churn-prod-drift: unchanged.');
  });

  it('a shifted feature is named, the alarm goes to ALARM and the drift rule starts the retraining pipeline', async () => {
    // The training data streamed from S3 this time; a missing object is one line.
    const missing = await baseline(`s3://${BUCKET}/train/missing.csv`);
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain(`::error::s3://${BUCKET}/train/missing.csv does not exist (NoSuchKey)`);
    aws.putObject(BUCKET, 'train/train.csv', trainingCsv(driftRows(3000, 1)));
    const b = await baseline(`s3://${BUCKET}/train/train.csv`);
    expect(b.exitCode).toBe(0);
    expect(b.outputs.rows).toBe('3000');
    const trigger = await runAction('create-trigger', {
      aws,
      inputs: {
        name: 'churn-on-drift',
        kind: 'drift',
        'alarm-name': 'churn-prod-drift',
        'pipeline-name': 'churn-train',
        'role-arn': 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger',
      },
    });
    expect(trigger.exitCode).toBe(0);
    capture(driftRows(900, 3, 25));
    const r = await check();
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      outcome: 'drift',
      'drifted-features': '["age"]',
      'records-read': '900',
    });
    expect(Number(r.outputs['max-psi'])).toBeGreaterThan(1);
    expect(r.stdout).toContain(`::error::Drift on ${ENDPOINT}: 1 feature drifted (age)`);
    expect(r.summary).toContain('| age | numeric |');
    expect(r.summary).toMatch(/psi\(age\) [\d.]+ is not <= 0.2/);
    expect(cloudwatch.alarms.get('churn-prod-drift')!.StateValue).toBe('ALARM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(delivery.invocations).toEqual([
      expect.objectContaining({
        rule: 'churn-on-drift',
        result: expect.stringMatching(/:pipeline\/churn-train\/execution\//),
      }),
    ]);
    expect(aws.calls('StartPipelineExecution')).toHaveLength(1);
  });

  it('a malformed capture line is counted and reported, not fatal', async () => {
    expect((await baseline()).exitCode).toBe(0);
    capture(driftRows(600, 4), 50);
    const r = await check();
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'pass', 'malformed-lines': '12', 'records-read': '588' });
    expect(r.stdout).toContain(
      '::warning::12 capture lines could not be read and were skipped (see the job summary).',
    );
    expect(r.summary).toMatch(
      /- `capture\/churn-prod\/AllTraffic\/\d{4}\/\d\d\/\d\d\/\d\d\/part-0.jsonl` line 50: not JSON/,
    );
  });

  it('too few records is its own outcome: step fails (or warns), no drift figures published', async () => {
    expect((await baseline()).exitCode).toBe(0);
    capture(driftRows(30, 5));
    const r = await check();
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ outcome: 'insufficient-data', 'records-read': '30' });
    expect(r.outputs['drifted-features']).toBeUndefined();
    expect(r.stdout).toContain(
      `::error::Drift check of ${ENDPOINT}: too few records (30 read, at least 100 needed)`,
    );
    const put = aws.calls('PutMetricData')[0]!.body as { MetricData: { MetricName: string }[] };
    expect(put.MetricData.map((d) => d.MetricName)).toEqual(['RecordsRead']);
    expect(cloudwatch.alarms.get('churn-prod-drift')!.StateValue).toBe('INSUFFICIENT_DATA');

    const warned = await check({ 'on-insufficient-data': 'warn' });
    expect(warned.exitCode).toBe(0);
    expect(warned.outputs.outcome).toBe('insufficient-data');
  });

  it('a missing baseline is one clear line, before any CloudWatch call', async () => {
    capture(driftRows(300, 6));
    const r = await check();
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`::error::${BASELINE} does not exist (NoSuchKey)`);
    expect(aws.operations()).toEqual(['GetObject']);
  });

  it('30% faults change nothing: same outputs, same metrics, one alarm', async () => {
    expect((await baseline()).exitCode).toBe(0);
    capture(driftRows(900, 7, 25));
    const clean = await check();
    const cleanData = cloudwatch.datapoints.splice(0);
    cloudwatch.alarms.clear();
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 5 });
    const faulted = await check();
    aws.faults(undefined);
    const faults = aws.requests.filter((q) => q.fault).map((q) => q.operation);
    expect(faults.length).toBeGreaterThanOrEqual(3);
    expect(new Set(faults).size).toBeGreaterThanOrEqual(2);
    expect(faulted.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual(
      clean.stdout.split('\n').filter((l) => l.startsWith('::error')),
    );
    expect(faulted.exitCode).toBe(clean.exitCode);
    expect(faulted.outputs).toEqual(clean.outputs);
    const strip = (d: typeof cleanData) =>
      d.map(({ metric, dimensions, value }) => ({ metric, dimensions, value }));
    expect(strip(cloudwatch.datapoints)).toEqual(strip(cleanData));
    expect(cloudwatch.alarms.get('churn-prod-drift')!.StateValue).toBe('ALARM');
  });

  it('CLI: drift baseline converts a Model Monitor statistics.json; drift check reads it', async () => {
    // Model Monitor's shapes (REFERENCE.md): KLL buckets for numbers, categorical buckets for strings.
    const numeric = (name: string, type: string, missing: number, buckets: [number, number, number][]) => ({
      name,
      inferred_type: type,
      numerical_statistics: {
        common: { num_present: buckets.reduce((n, b) => n + b[2], 0), num_missing: missing },
        min: buckets[0]![0],
        max: buckets.at(-1)![1],
        distribution: {
          kll: {
            buckets: buckets.map(([lower_bound, upper_bound, count]) => ({
              lower_bound,
              upper_bound,
              count,
            })),
          },
        },
      },
    });
    const statistics = {
      version: 0,
      features: [
        numeric('age', 'Integral', 0, [
          [18, 43, 50],
          [43, 68, 50],
        ]),
        numeric('income', 'Fractional', 5, [
          [20000, 60000, 50],
          [60000, 100000, 45],
        ]),
        {
          name: 'plan',
          inferred_type: 'String',
          string_statistics: {
            common: { num_present: 100, num_missing: 0 },
            distinct_count: 3,
            distribution: {
              categorical: {
                buckets: [
                  { value: 'basic', count: 50 },
                  { value: 'pro', count: 33 },
                  { value: 'enterprise', count: 17 },
                ],
              },
            },
          },
        },
      ],
    };
    writeFileSync(join(workspace, 'statistics.json'), JSON.stringify(statistics));
    const b = await runCli(['drift', 'baseline', '--data', 'statistics.json', '--output', 'baseline.json'], {
      aws,
      cwd: workspace,
    });
    expect(b.stderr).toBe(
      'Baseline of 100 rows, 3 features (2 numeric, 1 categorical) written to baseline.json.\n',
    );
    expect(b.exitCode).toBe(0);
    expect(b.outputs.rows).toBe('100');
    const converted = JSON.parse(readFileSync(join(workspace, 'baseline.json'), 'utf8'));
    expect(converted.features[2]).toEqual({
      name: 'plan',
      type: 'categorical',
      missingRate: 0,
      categories: { basic: 0.5, pro: 0.33, enterprise: 0.17 },
      other: 0,
    });
    capture(driftRows(300, 8));
    const r = await runCli(
      [
        'drift',
        'check',
        '--baseline',
        'statistics.json',
        '--endpoint-name',
        ENDPOINT,
        '--capture-s3-uri',
        CAPTURE,
        '--window',
        '1h',
      ],
      { aws, cwd: workspace },
    );
    expect(r.stderr).toContain('Read 300 records (0 malformed lines)');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'pass', 'records-read': '300' });
  });
});
