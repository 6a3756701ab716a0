import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsSandbox, GitHubSandbox, HEAD_SHA, pullRequestEvent, runAction, runCli } from './harness.js';
import { ModelRegistryWorld } from '../sandbox/aws/sagemaker-model-registry.js';
import { ReportsWorld } from '../sandbox/github-reports.js';

const TOKEN = 'ghs_write0123456789abcdefghijklmnopqrstuv';
const MARKER = '<!-- sagemaker-cicd:report-metrics:model-metrics -->';
const quality = (m: Record<string, number | null>) => ({
  binary_classification_metrics: Object.fromEntries(
    Object.entries(m).map(([k, v]) => [k, { value: v, standard_deviation: 0.01 }]),
  ),
});

let aws: AwsSandbox;
let github: GitHubSandbox;
let registry: ModelRegistryWorld;
let reports: ReportsWorld;

beforeEach(async () => {
  aws = new AwsSandbox();
  github = new GitHubSandbox();
  registry = new ModelRegistryWorld(aws);
  reports = new ReportsWorld(github);
  await Promise.all([aws.start(), github.start()]);
});
afterEach(() => Promise.all([aws.stop(), github.stop()]));

/** Version 1 approved (the model in production), version 2 the candidate. */
function twoVersions(candidate: Record<string, number | null>) {
  const base = registry.addPackage('churn', {
    status: 'Approved',
    metrics: quality({ accuracy: 0.9, auc: 0.93, f1: 0.8 }),
  });
  const cand = registry.addPackage('churn', { metrics: quality(candidate) });
  return { base, cand };
}

const writes = () => github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('report-metrics (bundled action under Node 24)', () => {
  it('reports an improvement: check run, comment and summary, thresholds passed', async () => {
    const { base, cand } = twoVersions({ accuracy: 0.93, auc: 0.95, f1: 0.82 });
    const r = await runAction('report-metrics', {
      aws,
      github,
      inputs: {
        'model-package-arn': cand.arn,
        thresholds: 'accuracy >= 0.9\nauc >= baseline - 0.01',
        'github-token': TOKEN,
      },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      'model-package-arn': cand.arn,
      'baseline-model-package-arn': base.arn,
      metrics: '{"accuracy":0.93,"auc":0.95,"f1":0.82}',
      'baseline-metrics': '{"accuracy":0.9,"auc":0.93,"f1":0.8}',
      passed: 'true',
      'failed-thresholds': '[]',
    });
    expect(aws.operations()).toEqual([
      'DescribeModelPackage',
      'GetObject',
      'ListModelPackages',
      'DescribeModelPackage',
      'GetObject',
    ]);
    expect(aws.calls('ListModelPackages')[0]!.body).toEqual({
      ModelPackageGroupName: 'churn',
      ModelApprovalStatus: 'Approved',
      ModelPackageType: 'Versioned',
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 2,
    });
    expect(writes()).toEqual([
      'POST /repos/acme/churn-model/check-runs',
      'POST /repos/acme/churn-model/issues/42/comments',
    ]);
    const check = github.find('POST', '/repos/acme/churn-model/check-runs')[0]!.body;
    expect(check).toMatchObject({
      name: 'Model metrics',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'success',
      details_url: 'https://github.com/acme/churn-model/actions/runs/9876543210/attempts/1',
      // This step of this run attempt: finds the check run again if the response to its creation is lost.
      external_id: expect.stringMatching(/^sagemaker-cicd:report-metrics:model-metrics:[0-9a-f]{16}$/),
      output: { title: 'Model metrics: all thresholds passed', annotations: [] },
    });
    expect(check.output.summary).toContain('| Metric | Candidate | Baseline | Change | Threshold | Result |');
    expect(check.output.summary).toContain(
      '| accuracy | 0.93 | 0.9 | 🟢 +0.03 (+3.333%) | >= 0.9 | ✅ pass |',
    );
    expect(check.output.summary).toContain(
      '| auc | 0.95 | 0.93 | 🟢 +0.02 (+2.151%) | >= baseline - 0.01 (0.92) | ✅ pass |',
    );
    expect(check.output.summary).toContain('| f1 | 0.82 | 0.8 | 🟢 +0.02 (+2.5%) |  |  |');
    expect(check.output.summary).toContain(
      '```mermaid\nxychart-beta\n  title "Scores: candidate (bars) vs baseline (line)"\n  x-axis ["accuracy", "auc", "f1"]\n  y-axis 0 --> 1\n  bar [0.93, 0.95, 0.82]\n  line [0.9, 0.93, 0.8]\n```',
    );
    const comment = github.find('POST', '/repos/acme/churn-model/issues/42/comments')[0]!.body;
    expect(Object.keys(comment)).toEqual(['body']);
    expect(comment.body.startsWith(`${MARKER}\n### ✅ Model metrics: all thresholds passed`)).toBe(true);
    expect(r.summary).toContain(`**Baseline:** \`${base.arn}\` (latest Approved in churn)`);
    expect(r.summary).toContain('| accuracy | 0.93 | 0.9 |');
    expect(r.outputs['check-run-id']).toBe(String(reports.checkRuns[0]!.id));
    expect(r.outputs['comment-id']).toBe(String(reports.comments[0]!.id));
  });

  it('fails on a regression below a threshold, with a failure conclusion and an annotation on the workflow line', async () => {
    twoVersions({ accuracy: 0.87, auc: 0.9, f1: 0.79 });
    const cwd = mkdtempSync(join(tmpdir(), 'report-metrics-ws-'));
    mkdirSync(join(cwd, '.github/workflows'), { recursive: true });
    writeFileSync(
      join(cwd, '.github/workflows/model.yml'),
      'jobs:\n  report:\n    steps:\n      - uses: ./actions/report-metrics\n        with:\n          thresholds: |\n            accuracy >= 0.9\n            auc >= baseline - 0.01\n',
    );
    const r = await runAction('report-metrics', {
      aws,
      github,
      cwd,
      env: { GITHUB_WORKFLOW_REF: 'acme/churn-model/.github/workflows/model.yml@refs/pull/42/merge' },
      inputs: {
        'model-package-arn': registry.packages[1]!.arn,
        thresholds: 'accuracy >= 0.9\nauc >= baseline - 0.01',
        'github-token': TOKEN,
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      '::error::2 thresholds failed: accuracy >= 0.9 (accuracy 0.87 is not >= 0.9); auc >= baseline - 0.01 (auc 0.9 is not >= 0.92)',
    );
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs['failed-thresholds']).toBe('["accuracy >= 0.9","auc >= baseline - 0.01"]');
    const check = github.find('POST', '/repos/acme/churn-model/check-runs')[0]!.body;
    expect(check.conclusion).toBe('failure');
    expect(check.output.title).toBe('Model metrics: 2 of 2 thresholds failed');
    expect(check.output.annotations).toEqual([
      {
        path: '.github/workflows/model.yml',
        start_line: 7,
        end_line: 7,
        annotation_level: 'failure',
        title: 'Threshold failed: accuracy >= 0.9',
        message: 'accuracy 0.87 is not >= 0.9',
      },
      {
        path: '.github/workflows/model.yml',
        start_line: 8,
        end_line: 8,
        annotation_level: 'failure',
        title: 'Threshold failed: auc >= baseline - 0.01',
        message: 'auc 0.9 is not >= 0.92',
      },
    ]);
    expect(check.output.summary).toContain(
      '| accuracy | 0.87 | 0.9 | 🔴 −0.03 (−3.333%) | >= 0.9 | ❌ fail: accuracy 0.87 is not >= 0.9 |',
    );
    // The comment is still written: the reviewer sees why.
    expect(reports.comments).toHaveLength(1);
  });

  it('reports the first model of a group (no baseline) as such, neutral without thresholds', async () => {
    const cand = registry.addPackage('fraud', {
      metrics: { regression_metrics: { rmse: { value: 3.2 }, r2: { value: 0.71 } } },
    });
    const r = await runAction('report-metrics', {
      aws,
      github,
      inputs: { 'model-package-arn': cand.arn, 'github-token': TOKEN },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['baseline-metrics']).toBe('');
    expect(r.outputs['baseline-model-package-arn']).toBeUndefined();
    expect(r.summary).toContain(
      '**Baseline:** none (no Approved model package in group fraud yet: this is the first model)',
    );
    expect(r.summary).toContain('| rmse | 3.2 | — | — |  |  |');
    const check = github.find('POST', '/repos/acme/churn-model/check-runs')[0]!.body;
    expect(check.conclusion).toBe('neutral');
    expect(check.output.title).toBe('Model metrics: no thresholds set');
  });

  it('on a fork (403 on write) writes the job summary, warns once, and succeeds unless require-report', async () => {
    const { cand } = twoVersions({ accuracy: 0.93, auc: 0.95, f1: 0.82 });
    github.readOnlyTokens.add('ghs_readonly');
    const inputs = {
      'model-package-arn': cand.arn,
      'github-token': 'ghs_readonly',
      thresholds: 'accuracy >= 0.9',
    };
    const r = await runAction('report-metrics', {
      aws,
      github,
      event: pullRequestEvent({ fork: true }),
      inputs,
    });
    expect(r.exitCode).toBe(0);
    expect(writes()).toEqual(['POST /repos/acme/churn-model/check-runs']);
    expect(r.stdout.match(/::warning::/g)).toHaveLength(1);
    expect(r.stdout).toContain(
      "::warning::the token cannot write check runs or comments here (pull requests from forks get a read-only token); the report is in the job summary. Set 'require-report: true' to fail instead.",
    );
    expect(r.summary).toContain('### ✅ Model metrics: all thresholds passed');
    // The runner hides the masked token; it appears nowhere but in the ::add-mask:: command.
    expect(r.stdout.replace('::add-mask::ghs_readonly', '')).not.toContain('ghs_readonly');

    const strict = await runAction('report-metrics', {
      aws,
      github,
      event: pullRequestEvent({ fork: true }),
      inputs: { ...inputs, 'require-report': 'true' },
    });
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain(
      "::error::the token cannot write check runs or comments here (pull requests from forks get a read-only token); the report is in the job summary, and 'require-report' is true",
    );
    expect(strict.summary).toContain('### ✅ Model metrics');
  });

  it('updates its own comment on the second push, finding it past the first page; two reports keep two comments', async () => {
    const { cand } = twoVersions({ accuracy: 0.93, auc: 0.95, f1: 0.82 });
    for (let i = 0; i < 130; i++) reports.addComment(42, `review comment ${i}`);
    const first = await runAction('report-metrics', {
      aws,
      github,
      inputs: { 'model-package-arn': cand.arn, 'github-token': TOKEN },
    });
    expect(first.exitCode).toBe(0);
    const mine = reports.comments.filter((c) => c.body.includes(MARKER));
    expect(mine).toHaveLength(1);

    // Second push: a new candidate, same report name.
    const next = registry.addPackage('churn', { metrics: quality({ accuracy: 0.95, auc: 0.96, f1: 0.85 }) });
    github.requests.length = 0;
    const second = await runAction('report-metrics', {
      aws,
      github,
      inputs: { 'model-package-arn': next.arn, 'github-token': TOKEN },
    });
    expect(second.exitCode).toBe(0);
    const pages = github
      .find('GET', '/repos/acme/churn-model/issues/42/comments')
      .map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
    expect(github.find('GET', '/repos/acme/churn-model/issues/42/comments')[0]!.query.get('per_page')).toBe(
      '100',
    );
    expect(writes()).toEqual([
      'POST /repos/acme/churn-model/check-runs',
      `PATCH /repos/acme/churn-model/issues/comments/${mine[0]!.id}`,
    ]);
    expect(reports.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(mine[0]!.body).toContain('| accuracy | 0.95 | 0.9 |');
    expect(second.outputs['comment-id']).toBe(String(mine[0]!.id));

    // A second report on the same pull request keeps its own comment.
    const other = await runAction('report-metrics', {
      aws,
      github,
      inputs: {
        'model-package-arn': next.arn,
        'github-token': TOKEN,
        'check-name': 'Model metrics (holdout)',
      },
    });
    expect(other.exitCode).toBe(0);
    const ours = reports.comments.filter((c) => c.body.includes('<!-- sagemaker-cicd:report-metrics:'));
    expect(ours.map((c) => c.body.split('\n')[0])).toEqual([
      MARKER,
      '<!-- sagemaker-cicd:report-metrics:model-metrics-holdout- -->',
    ]);
  });

  it('refuses a bad threshold line naming the line and token, before any AWS or GitHub call', async () => {
    const { cand } = twoVersions({ accuracy: 0.93 });
    const r = await runAction('report-metrics', {
      aws,
      github,
      inputs: {
        'model-package-arn': cand.arn,
        thresholds: 'accuracy >= 0.9\nf1 => baseline',
        'github-token': TOKEN,
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      `::error::input 'thresholds' line 2 ("f1 => baseline"): expected a comparison after 'f1': one of >=, <=, >, <, got '=>' at column 4`,
    );
    expect(aws.requests).toHaveLength(0);
    expect(github.requests).toHaveLength(0);
  });

  it('names a missing or malformed report file, and an S3 report that does not exist', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'report-metrics-ws-'));
    const missing = await runAction('report-metrics', {
      aws,
      github,
      cwd,
      inputs: { 'evaluation-report': 'reports/eval.json' },
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain('::error::metrics report reports/eval.json does not exist');

    mkdirSync(join(cwd, 'reports'));
    writeFileSync(join(cwd, 'reports/eval.json'), '{"regression_metrics": {"mse": {"value": 4.1}');
    const malformed = await runAction('report-metrics', {
      aws,
      github,
      cwd,
      inputs: { 'evaluation-report': 'reports/eval.json' },
    });
    expect(malformed.exitCode).toBe(1);
    expect(malformed.stdout).toMatch(/::error::metrics report reports\/eval\.json is not valid JSON \(.+\)/);

    const s3 = await runAction('report-metrics', {
      aws,
      github,
      inputs: { 'evaluation-report': 's3://evals-bucket/run-7/evaluation.json' },
    });
    expect(s3.exitCode).toBe(1);
    expect(s3.stdout).toContain(
      '::error::metrics report s3://evals-bucket/run-7/evaluation.json does not exist (NoSuchKey)',
    );
    expect(github.requests).toHaveLength(0);
  });

  it('shows NaN and missing values as such and fails thresholds on them', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'report-metrics-ws-'));
    writeFileSync(
      join(cwd, 'evaluation.json'),
      '{"regression_metrics": {"mse": {"value": NaN, "standard_deviation": NaN}, "rmse": {"value": 2.5}, "r2": {"value": null}}}',
    );
    writeFileSync(join(cwd, 'baseline.json'), '{"mse": 6.0, "rmse": 2.7, "r2": 0.6}');
    const r = await runAction('report-metrics', {
      aws,
      github,
      cwd,
      inputs: {
        'evaluation-report': 'evaluation.json',
        baseline: 'baseline.json',
        thresholds: 'mse <= 6\nrmse <= baseline\nmae <= 1',
        'github-token': TOKEN,
        'fail-on-threshold': 'false',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.metrics).toBe('{"mse":null,"rmse":2.5,"r2":null}');
    expect(r.outputs['failed-thresholds']).toBe('["mse <= 6","mae <= 1"]');
    expect(r.summary).toContain(
      "| mse | NaN / missing | 6 | — | <= 6 | ❌ fail: the candidate's mse is missing or NaN |",
    );
    expect(r.summary).toContain('| rmse | 2.5 | 2.7 | 🟢 −0.2 (−7.407%) | <= baseline (2.7) | ✅ pass |');
    expect(r.summary).toContain("| mae | — | — | — | <= 1 | ❌ fail: the candidate's report has no mae |");
    expect(github.find('POST', '/repos/acme/churn-model/check-runs')[0]!.body.conclusion).toBe('failure');
  });

  it('keeps the check run within GitHub limits: summary cut to 65,535 characters, annotations 50 a request', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'report-metrics-ws-'));
    const metrics = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`class_${i}_recall`, 0.5]));
    writeFileSync(join(cwd, 'eval.json'), JSON.stringify(metrics));
    mkdirSync(join(cwd, '.github/workflows'), { recursive: true });
    const thresholds = Array.from({ length: 120 }, (_, i) => `class_${i}_recall >= 0.9`).join('\n');
    writeFileSync(join(cwd, '.github/workflows/model.yml'), thresholds);
    const r = await runAction('report-metrics', {
      aws,
      github,
      cwd,
      env: { GITHUB_WORKFLOW_REF: 'acme/churn-model/.github/workflows/model.yml@refs/pull/42/merge' },
      inputs: { 'evaluation-report': 'eval.json', baseline: 'none', thresholds, 'github-token': TOKEN },
    });
    expect(r.exitCode).toBe(1);
    const create = github.find('POST', '/repos/acme/churn-model/check-runs')[0]!.body;
    const updates = github.find('PATCH', /\/check-runs\/\d+$/).map((u) => u.body);
    expect([create, ...updates].map((b) => b.output.annotations.length)).toEqual([50, 50, 20]);
    expect(updates[1].output.annotations[19]).toMatchObject({
      start_line: 120,
      title: 'Threshold failed: class_119_recall >= 0.9',
    });
    expect(create.output.summary.length).toBeLessThanOrEqual(65_535);
    expect(create.output.summary).toMatch(
      /_\d+ more metrics not shown \(GitHub's size limit\); the `metrics` output has them all._/,
    );
    // Failed thresholds are kept first.
    expect(create.output.summary).toContain('| class_119_recall | 0.5 |');
    expect(reports.checkRuns[0]!.output.annotations).toHaveLength(120);
    expect(JSON.parse(r.outputs.metrics!)).toHaveProperty('class_2999_recall', 0.5);
  });

  it('reads the package registered by a pipeline execution (all step pages)', async () => {
    const { cand } = twoVersions({ accuracy: 0.93, auc: 0.95, f1: 0.82 });
    const execution = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train/execution/abc123def456';
    // Two pages of steps, as ListPipelineExecutionSteps returns them; the RegisterModel step is on the second.
    aws.on(
      'SageMaker.ListPipelineExecutionSteps',
      (input: { PipelineExecutionArn: string; NextToken?: string }) => {
        if (input.PipelineExecutionArn !== execution) throw new Error('unexpected execution');
        return input.NextToken
          ? {
              PipelineExecutionSteps: [
                {
                  StepName: 'RegisterChurn',
                  StepStatus: 'Succeeded',
                  Metadata: { RegisterModel: { Arn: cand.arn } },
                },
              ],
            }
          : {
              PipelineExecutionSteps: [
                {
                  StepName: 'CheckAccuracy',
                  StepStatus: 'Succeeded',
                  Metadata: { Condition: { Outcome: 'True' } },
                },
              ],
              NextToken: 'page-2',
            };
      },
    );
    const r = await runAction('report-metrics', { aws, github, inputs: { 'execution-arn': execution } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['model-package-arn']).toBe(cand.arn);
    expect(aws.calls('ListPipelineExecutionSteps').map((c) => c.body)).toEqual([
      { PipelineExecutionArn: execution, MaxResults: 100 },
      { PipelineExecutionArn: execution, MaxResults: 100, NextToken: 'page-2' },
    ]);
  });
});

describe('sagemaker-cicd metrics report (bundled CLI, as in CodeBuild)', () => {
  it('prints the report as markdown, alone on stdout', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'report-metrics-cli-'));
    writeFileSync(join(cwd, 'eval.json'), JSON.stringify(quality({ accuracy: 0.93 })));
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
        '--format',
        'markdown',
      ],
      { aws, cwd },
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('### ✅ Model metrics: all thresholds passed\n')).toBe(true);
    expect(r.stdout).toContain('| accuracy | 0.93 | — | — | >= 0.9 | ✅ pass |');
    expect(r.stdout).not.toMatch(/^passed=/m);
  });

  it('leaves one check run and one comment when the connection drops after GitHub handled each POST', async () => {
    const { cand } = twoVersions({ accuracy: 0.93, auc: 0.95, f1: 0.82 });
    reports.addComment(42, 'Looks good to me');
    github.dropAfterHandling('POST', /\/check-runs$/);
    github.dropAfterHandling('POST', /\/issues\/42\/comments$/);
    const r = await runAction('report-metrics', {
      aws,
      github,
      inputs: { 'model-package-arn': cand.arn, thresholds: 'accuracy >= 0.9', 'github-token': TOKEN },
    });
    expect(r.exitCode).toBe(0);
    expect(reports.checkRuns).toHaveLength(1);
    expect(reports.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    // Each POST went once; the lost responses were followed by a look-up, not a second write.
    expect(writes()).toEqual([
      'POST /repos/acme/churn-model/check-runs',
      'POST /repos/acme/churn-model/issues/42/comments',
    ]);
    expect(github.requests.filter((q) => q.fault === 'drop-after')).toHaveLength(2);
    expect(github.find('GET', `/repos/acme/churn-model/commits/${HEAD_SHA}/check-runs`)).toHaveLength(1);
    expect(r.outputs['check-run-id']).toBe(String(reports.checkRuns[0]!.id));
    expect(r.outputs['comment-id']).toBe(String(reports.comments.find((c) => c.body.includes(MARKER))!.id));
    expect(r.stdout).toMatch(/::warning::Writing check run 'Model metrics': the response was lost/);
  });

  it('posts the check run and comment from a CodeBuild webhook build', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'report-metrics-cli-'));
    writeFileSync(join(cwd, 'eval.json'), JSON.stringify(quality({ accuracy: 0.93 })));
    const r = await runCli(['metrics', 'report', '--evaluation-report', 'eval.json', '--baseline', 'none'], {
      aws,
      cwd,
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url, CODEBUILD_WEBHOOK_TRIGGER: 'pr/7' },
    });
    expect(r.exitCode).toBe(0);
    expect(writes()).toEqual([
      'POST /repos/acme/churn-model/check-runs',
      'POST /repos/acme/churn-model/issues/7/comments',
    ]);
    expect(github.find('POST', '/repos/acme/churn-model/check-runs')[0]!.body).toMatchObject({
      head_sha: HEAD_SHA,
      conclusion: 'neutral',
    });
    expect(String(github.requests[0]!.headers.authorization)).toBe(`token ${TOKEN}`);
    expect(r.outputs.passed).toBe('true');
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });
});
