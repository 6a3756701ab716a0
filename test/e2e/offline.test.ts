import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './harness.js';

/**
 * Offline work needs no AWS: each command runs with a cleared environment (runCli without `aws`
 * passes only PATH, a fresh HOME without ~/.aws and CodeBuild's variables: no AWS_* variable) and so without credentials or a region. Nothing listens for AWS: a
 * request would fail (or hang on the instance metadata service) instead of passing.
 */
const noAws = (r: { stdout: string; stderr: string }) => {
  expect(r.stderr).not.toMatch(/no AWS region|no AWS credentials|CredentialsProviderError|ECONNREFUSED/);
};

/** A schedule trigger, as `trigger create` takes it. */
const NIGHTLY_TRIGGER = [
  'trigger',
  'create',
  '--name',
  'retrain-nightly',
  '--kind',
  'schedule',
  '--schedule',
  'rate(1 day)',
  '--pipeline-name',
  'churn-train',
  '--role-arn',
  'arn:aws:iam::123456789012:role/eventbridge-start-pipeline',
];

describe('offline commands with no AWS_* variables', () => {
  it('buildspec writes a buildspec', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'offline-buildspec-'));
    const r = await runCli(
      ['buildspec', 'container', '--ecr-repository', 'churn-image', '--output', 'buildspec.yml'],
      {
        cwd,
      },
    );
    noAws(r);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(cwd, 'buildspec.yml'), 'utf8')).toMatch(/^version: 0\.2$/m);
  });

  it('iam-policy prints a policy', async () => {
    const r = await runCli(['iam-policy', 'deploy']);
    noAws(r);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).Version).toBe('2012-10-17');
  });

  it('init scaffolds a repository', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'offline-init-'));
    const r = await runCli(
      [
        'init',
        '--pipeline-name',
        'churn-train',
        '--model-package-group',
        'churn',
        '--endpoint-name',
        'churn-prod',
        '--aws-region',
        'eu-west-1',
        '--instance-type',
        'ml.m5.large',
      ],
      { cwd },
    );
    noAws(r);
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(cwd, '.github/workflows'))).toBe(true);
  });

  it('trigger create --dry-run plans without AWS, and says it compared with nothing', async () => {
    const r = await runCli([...NIGHTLY_TRIGGER, '--dry-run']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(
      /Dry run without AWS \(no AWS region: .*\): nothing was compared with what exists/,
    );
    expect(JSON.parse(r.outputs.changes!)).toEqual([
      'created rule retrain-nightly',
      'added target sagemaker-pipeline → arn:aws:sagemaker:<region>:<account-id>:pipeline/churn-train',
    ]);
    expect(JSON.parse(r.outputs.rule!)).toMatchObject({
      Name: 'retrain-nightly',
      ScheduleExpression: 'rate(1 day)',
    });
    expect(r.outputs.changed).toBe('false');
  });

  it('trigger create without --dry-run still needs AWS, and says how to give it', async () => {
    const r = await runCli(NIGHTLY_TRIGGER);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n').pop()).toBe(
      "error: no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)",
    );
  });

  it('metrics report on a local file with --baseline none', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'offline-metrics-'));
    writeFileSync(
      join(cwd, 'eval.json'),
      JSON.stringify({
        binary_classification_metrics: { accuracy: { value: 0.93, standard_deviation: 0.01 } },
      }),
    );
    const r = await runCli(
      [
        'metrics',
        'report',
        '--evaluation-report',
        'eval.json',
        '--baseline',
        'none',
        '--thresholds',
        'accuracy >= 0.9',
      ],
      { cwd },
    );
    noAws(r);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
  });
});
