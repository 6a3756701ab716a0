import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as triggerRun } from '../../../src/commands/create-trigger/run.js';
import { spec as triggerSpec } from '../../../src/commands/create-trigger/spec.js';
import { run as metricsRun } from '../../../src/commands/report-metrics/run.js';
import { spec as metricsSpec } from '../../../src/commands/report-metrics/spec.js';
import { EventBridgeWorld } from '../../sandbox/aws/eventbridge.js';
import { PipelinesWorld } from '../../sandbox/aws/sagemaker-pipelines.js';
import { AwsSandbox } from '../../sandbox/aws/server.js';
import { runInProcess, runInfo } from './fake-host.js';

/** create-trigger and report-metrics, run in process against the AWS sandbox. */
jest.setTimeout(20_000);
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger';
let aws: AwsSandbox;

beforeEach(async () => {
  aws = new AwsSandbox();
  await aws.start();
});
afterEach(() => aws.stop());

describe('create-trigger run()', () => {
  it('applies a schedule rule with typed retry options, and outputs the requests as JSON values', async () => {
    new PipelinesWorld(aws).addPipeline('churn-train');
    new EventBridgeWorld(aws);
    const r = await runInProcess(
      triggerSpec,
      triggerRun,
      {
        name: 'churn-nightly',
        kind: 'schedule',
        schedule: 'rate(1 day)',
        'pipeline-name': 'churn-train',
        'role-arn': ROLE,
        'max-event-age': '1h',
        'max-retry-attempts': '5',
      },
      { env: aws.env() },
    );
    expect(r.errors).toEqual([]);
    expect(aws.operations()).toEqual(['DescribePipeline', 'DescribeRule', 'PutRule', 'PutTargets']);
    expect(aws.calls('PutRule')[0]!.body).toMatchObject({
      Name: 'churn-nightly',
      ScheduleExpression: 'rate(1 day)',
    });
    expect(r.outputs.changed).toBe(true);
    expect((r.outputs.targets as { RetryPolicy: unknown }[])[0]!.RetryPolicy).toEqual({
      MaximumRetryAttempts: 5,
      MaximumEventAgeInSeconds: 3600,
    });
  });

  it('refuses an alarm name with a control character before PutRule', async () => {
    const r = await runInProcess(
      triggerSpec,
      triggerRun,
      {
        name: 'drift',
        kind: 'drift',
        'alarm-name': 'drift\ralarm',
        'pipeline-name': 'churn-train',
        'role-arn': ROLE,
      },
      { env: aws.env() },
    );
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([
      expect.stringMatching(/^input 'alarm-name' must not contain newlines or other control characters/),
    ]);
    expect(aws.operations()).toEqual([]);
  });
});

describe('report-metrics run()', () => {
  it('compares a report file with a baseline file, offline, and prints the markdown through the host', async () => {
    const run = runInfo();
    writeFileSync(join(run.workspace, 'candidate.json'), JSON.stringify({ accuracy: 0.93 }));
    writeFileSync(join(run.workspace, 'baseline.json'), JSON.stringify({ accuracy: 0.9 }));
    const r = await runInProcess(
      metricsSpec,
      metricsRun,
      {
        'evaluation-report': 'candidate.json',
        baseline: 'baseline.json',
        thresholds: 'accuracy >= 0.92',
        format: 'markdown',
      },
      { env: aws.env(), run },
    );
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ metrics: { accuracy: 0.93 }, passed: true, 'failed-thresholds': [] });
    expect(r.printed).toHaveLength(1);
    expect(r.printed[0]).toContain('accuracy');
    expect(aws.operations()).toEqual([]);
  });

  it('fails on a threshold, exit 1, naming it', async () => {
    const run = runInfo();
    writeFileSync(join(run.workspace, 'candidate.json'), JSON.stringify({ accuracy: 0.8 }));
    const r = await runInProcess(
      metricsSpec,
      metricsRun,
      { 'evaluation-report': 'candidate.json', baseline: 'none', thresholds: 'accuracy >= 0.9' },
      { env: aws.env(), run },
    );
    expect(r.code).toBe(1);
    expect(r.outputs['failed-thresholds']).toEqual(['accuracy >= 0.9']);
    expect(r.errors).toEqual([expect.stringContaining('1 threshold failed: accuracy >= 0.9')]);
  });
});
