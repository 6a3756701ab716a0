import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsSandbox, runAction, runCli, scaledClock } from './harness.js';
import { changeRepository } from '../sandbox/git-change.js';
import { LogsWorld } from '../sandbox/aws/cloudwatch-logs.js';
import { PipelinesWorld, type SandboxExecution } from '../sandbox/aws/sagemaker-pipelines.js';
import { PipelineRuns, churnScript } from '../sandbox/aws/sagemaker-executions.js';

/**
 * Running again what failed or changed: retry (automatic on a transient failure, never on the
 * user's own error, and the CLI's `pipeline retry`), selective runs and their refusals (made before
 * any start), and `selected-steps: auto` from the repository's step map and the change's files.
 * Sandbox time runs 600× real time: the churn pipeline, shrunk to 15 minutes, takes 1.5 s.
 */
const SCALE = 600;
jest.setTimeout(30_000);

let aws: AwsSandbox;
let runs: PipelineRuns;
let nightly: SandboxExecution;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(SCALE) });
  runs = new PipelineRuns(new PipelinesWorld(aws));
  await aws.start();
  runs.addPipeline('churn-train', churnScript({ scale: 0.25 }));
  // Yesterday's run on main, started by the toolkit (its description names the ref).
  nightly = runs.addRun('churn-train', 'nightly1', aws.now() - 86_400_000);
  nightly.description = 'Started by sagemaker-cicd for acme/churn-model@0123456, ref refs/heads/main, by ci';
});
afterEach(() => aws.stop());

const start = (
  inputs: Record<string, string>,
  options: { cwd?: string; event?: Record<string, unknown> } = {},
) => runAction('start-pipeline', { aws, inputs: { 'pipeline-name': 'churn-train', ...inputs }, ...options });
const startRuns = (script: ReturnType<typeof churnScript>) => runs.scripts.set('churn-train', script);
const started = () => aws.calls('StartPipelineExecution');

describe('retry', () => {
  it('retries once after a capacity failure, in place, and succeeds', async () => {
    startRuns(churnScript({ capacityFailAt: 'Evaluate', scale: 0.25 }));
    const r = await start({ wait: 'true', 'retry-on-failure': '2' });
    expect(r.exitCode).toBe(0);
    const arn = r.outputs['execution-arn']!;
    expect(r.outputs.status).toBe('Succeeded');
    expect(r.stdout).toContain(
      'Retrying churn-model-4f2c1a9-run-9876543210-1 (1 of 2): transient failure, Evaluate: insufficient capacity',
    );
    expect(aws.calls('RetryPipelineExecution').map((c) => c.body)).toEqual([
      { PipelineExecutionArn: arn, ClientRequestToken: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(JSON.parse(r.outputs.retries!)).toEqual({ [arn]: 1 });
    expect(started()).toHaveLength(1);
    // What succeeded before the failure ran once; Evaluate ran again and everything after it.
    const steps = JSON.parse(r.outputs.steps!) as { name: string; status: string }[];
    expect(steps.map((s) => `${s.name}:${s.status}`)).toEqual([
      'Preprocess:Succeeded',
      'Train:Succeeded',
      'Evaluate:Succeeded',
      'CheckAccuracy:Succeeded',
      'RegisterModel:Succeeded',
    ]);
  });

  it('does not retry an algorithm error, and says why', async () => {
    startRuns(churnScript({ failAt: 'Evaluate', scale: 0.25 }));
    const r = await start({ wait: 'true', 'retry-on-failure': '2' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('Failed');
    expect(r.stdout).toContain(
      'Not retrying churn-model-4f2c1a9-run-9876543210-1: step Evaluate failed in its own code or configuration, which a retry would repeat: AlgorithmError: Evaluate ran out of memory (exit code 137)',
    );
    expect(aws.calls('RetryPipelineExecution')).toHaveLength(0);
  });

  it('refuses retry-on-failure without wait, before any call', async () => {
    const r = await start({ 'retry-on-failure': '1' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("::error::input 'retry-on-failure' needs wait: true");
    expect(aws.operations()).toEqual([]);
  });

  it('wait-pipeline retries what it waits on; retry-pipeline stops its retry on timeout', async () => {
    startRuns(churnScript({ capacityFailAt: 'Train', scale: 0.25 }));
    const arn = (await start({})).outputs['execution-arn']!;
    const waited = await runAction('wait-pipeline', {
      aws,
      inputs: { 'execution-arn': arn, 'retry-on-failure': '1' },
    });
    expect(waited.exitCode).toBe(0);
    expect(waited.stdout).toContain('(1 of 1): transient failure, Train: insufficient capacity');
    expect(aws.calls('RetryPipelineExecution')).toHaveLength(1);

    const failed = runs.addRun(
      'churn-train',
      'slow1',
      aws.now() - 3_600_000,
      churnScript({ capacityFailAt: 'Preprocess', scale: 0.25 }),
    );
    const r = await runAction('retry-pipeline', {
      aws,
      inputs: { 'execution-arn': failed.arn, 'timeout-minutes': '1' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::timed out after 1m; still running: slow1 \(Executing\); stopped slow1/,
    );
    expect(aws.calls('StopPipelineExecution').map((c) => c.body.PipelineExecutionArn)).toEqual([failed.arn]);
  });

  it('CLI pipeline retry: re-runs a failed execution in place; refuses one that succeeded', async () => {
    const failed = runs.addRun(
      'churn-train',
      'failed1',
      aws.now() - 3_600_000,
      churnScript({ capacityFailAt: 'Train', scale: 0.25 }),
    );
    expect(failed.status).toBe('Failed');
    const r = await runCli(
      ['pipeline', 'retry', '--execution-arn', failed.arn, '--summary-file', 'summary.md'],
      { aws },
    );
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('Succeeded');
    expect(r.outputs['execution-arn']).toBe(failed.arn);
    expect(aws.calls('RetryPipelineExecution')).toHaveLength(1);
    const summary = readFileSync(join(r.workdir, 'summary.md'), 'utf8');
    expect(summary).toContain('### 🔁 Resumed failed1 from Train');
    expect(summary).toContain(
      'Kept Preprocess from the failed attempt: **2m 30s of step time not run again**.',
    );
    const again = await runCli(['pipeline', 'retry', '--execution-arn', failed.arn], { aws });
    expect(again.exitCode).toBe(1);
    expect(again.stderr + again.stdout).toContain(
      'execution failed1 is Succeeded: only a Failed execution can be retried',
    );
    expect(aws.calls('RetryPipelineExecution')).toHaveLength(1);
  });
  it("retry-pipeline on a user error that fails again: one retry, the failed processing job's log tail", async () => {
    runs.jobs.serveLogs(new LogsWorld(aws));
    const failed = runs.addRun(
      'churn-train',
      'failed2',
      aws.now() - 3_600_000,
      churnScript({ failAt: 'Evaluate', scale: 0.25 }),
    );
    const r = await runAction('retry-pipeline', {
      aws,
      inputs: { 'execution-arn': failed.arn, 'retry-on-failure': '2' },
    });
    expect(r.exitCode).toBe(1);
    // Asked for explicitly, the retry is made once; the same algorithm error is not retried again.
    expect(aws.calls('RetryPipelineExecution')).toHaveLength(1);
    expect(r.stdout).toMatch(
      /::error::.*failed at step Evaluate: AlgorithmError: Evaluate ran out of memory/,
    );
    expect(r.stdout).toMatch(/last 20 log lines of \/aws\/sagemaker\/ProcessingJobs /);
    expect(aws.calls('DescribeProcessingJob').length).toBeGreaterThan(0);
    expect(aws.calls('GetLogEvents')[0]!.body).toMatchObject({
      logGroupName: '/aws/sagemaker/ProcessingJobs',
    });
  });
});

describe('selective runs', () => {
  it('runs only the selected step, reusing the source outputs, and draws reused steps apart', async () => {
    const r = await start({ 'selected-steps': 'Evaluate', wait: 'true' });
    expect(r.exitCode).toBe(0);
    expect(started()[0]!.body.SelectiveExecutionConfig).toEqual({
      SelectedSteps: [{ StepName: 'Evaluate' }],
      SourcePipelineExecutionArn: nightly.arn,
    });
    expect(r.outputs['source-execution-arn']).toBe(nightly.arn);
    expect(JSON.parse(r.outputs['selected-steps']!)).toEqual(['Evaluate']);
    expect(r.summary).toContain('### ♻️ Selective run: Evaluate');
    expect(r.summary).toContain('Reused Preprocess, Train from [nightly1]');
    expect(r.summary).toContain('**12m 30s of step time saved**');
    expect(r.summary).toContain('class s0 reused');
    expect(r.summary).toContain('class s1 reused');
    expect(r.summary).toContain('class s2 succeeded');
    expect(r.summary).toContain('| Train | ♻️ Reused from nightly1 |');
    expect(r.stdout).toContain('Train: reused from nightly1');
  });

  it('refuses a step the source definition does not have: no start', async () => {
    const r = await start({ 'selected-steps': 'Evalute' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      "::error::input 'selected-steps' names 'Evalute', not a step of the definition nightly1 ran (steps: Preprocess, Train, Evaluate, CheckAccuracy, RegisterModel, NotifyLowAccuracy)",
    );
    expect(started()).toHaveLength(0);
  });

  it("refuses another pipeline's execution, and one still running: no start", async () => {
    runs.addPipeline('other', churnScript({ scale: 0.25 }));
    const foreign = runs.addRun('other', 'o1', aws.now() - 86_400_000);
    const a = await start({ 'selected-steps': 'Evaluate', 'source-execution': foreign.arn });
    expect(a.stdout).toContain(
      "::error::input 'source-execution' must be an execution of pipeline 'churn-train', not of 'other'",
    );
    const running = runs.addRun('churn-train', 'running1', aws.now());
    const b = await start({ 'selected-steps': 'Evaluate', 'source-execution': running.arn });
    expect(b.stdout).toContain(
      "::error::input 'source-execution' must be an execution that ended Succeeded or Failed; running1 is Executing",
    );
    expect([a.exitCode, b.exitCode]).toEqual([1, 1]);
    expect(started()).toHaveLength(0);
  });

  it('refuses a selection whose inputs the source did not produce: no start', async () => {
    const failed = runs.addRun(
      'churn-train',
      'trainfailed',
      aws.now() - 3_600_000,
      churnScript({ failAt: 'Train', scale: 0.25 }),
    );
    const r = await start({ 'selected-steps': 'Evaluate', 'source-execution': 'latest' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      "::error::input 'selected-steps' cannot run Evaluate on trainfailed's outputs: it reads from Train, which is not selected and did not succeed there (Failed); select Train too, or choose another source-execution",
    );
    expect(failed.status).toBe('Failed');
    expect(started()).toHaveLength(0);
  });
});

const FILES = ['src/preprocess/run.py', 'src/train/train.py', 'src/evaluate/evaluate.py', 'README.md'];
const repository = (changed: string[], map?: string) =>
  changeRepository(FILES, changed, map ? { '.github/sagemaker-steps.yml': map } : {});

const MAP = `# step name: the paths its code and configuration live in
Preprocess: [src/preprocess/]
Train:
  - src/train/**
  - config/train.yaml
Evaluate: src/evaluate/
`;

describe('selected-steps: auto', () => {
  it('re-runs the touched step and everything downstream, reusing the rest from main', async () => {
    const r = await start(
      { 'selected-steps': 'auto', wait: 'true' },
      repository(['src/evaluate/evaluate.py'], MAP),
    );
    expect(r.exitCode).toBe(0);
    expect(started()[0]!.body.SelectiveExecutionConfig).toEqual({
      SelectedSteps: ['Evaluate', 'CheckAccuracy', 'RegisterModel', 'NotifyLowAccuracy'].map((StepName) => ({
        StepName,
      })),
      SourcePipelineExecutionArn: nightly.arn,
    });
    expect(r.stdout).toContain(
      'selected-steps: auto: the change touches Evaluate (src/evaluate/evaluate.py)',
    );
    expect(r.summary).toContain('Reused Preprocess, Train from [nightly1]');
    expect(r.summary).toContain('**12m 30s of step time saved**');
    expect(r.summary).toContain('Why: the change touches Evaluate (src/evaluate/evaluate.py).');
    expect(r.outputs.status).toBe('Succeeded');
    expect(r.outputs['model-package-arn']).not.toBe('');
  });

  it('without a map, runs everything and says why', async () => {
    const r = await start({ 'selected-steps': 'auto' }, repository(['src/evaluate/evaluate.py']));
    expect(r.exitCode).toBe(0);
    expect(started()[0]!.body.SelectiveExecutionConfig).toBeUndefined();
    expect(r.stdout).toContain(
      'selected-steps: auto: running every step: no step map (.github/sagemaker-steps.yml) in the repository',
    );
    expect(r.summary).toContain('**Every step ran** (`selected-steps: auto`)');
  });

  it('with a changed path the map does not cover, runs everything and names the path', async () => {
    const r = await start(
      { 'selected-steps': 'auto' },
      repository(['src/evaluate/evaluate.py', 'README.md'], MAP),
    );
    expect(r.exitCode).toBe(0);
    expect(started()[0]!.body.SelectiveExecutionConfig).toBeUndefined();
    expect(r.stdout).toContain(
      'running every step: README.md is changed and .github/sagemaker-steps.yml maps it to no step',
    );
  });

  it('30% throttling, 5xx and dropped connections change nothing: one start, the same outputs', async () => {
    const repo = repository(['src/evaluate/evaluate.py'], MAP);
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 5 });
    const faulty = await start({ 'selected-steps': 'auto', wait: 'true' }, repo);
    const faulted = aws.requests.filter((q) => q.fault).length;
    aws.faults(undefined);
    const clean = await start({ 'selected-steps': 'auto', wait: 'true' }, repo);
    expect(faulty.exitCode).toBe(0);
    expect(faulty.outputs).toEqual(clean.outputs);
    expect(faulted).toBeGreaterThan(3);
    expect(runs.world.executions.filter((e) => e.arn !== nightly.arn)).toHaveLength(1);
  });
});

describe('retry under faults', () => {
  it('30% faults: one retry, one start, the same end', async () => {
    startRuns(churnScript({ capacityFailAt: 'Evaluate', scale: 0.25 }));
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 9 });
    const faulty = await start({ wait: 'true', 'retry-on-failure': '2' });
    aws.faults(undefined);
    expect(faulty.exitCode).toBe(0);
    expect(faulty.outputs.status).toBe('Succeeded');
    const arn = faulty.outputs['execution-arn']!;
    expect(runs.runs.get(arn)!.retries).toHaveLength(1);
    expect(runs.world.executions.filter((e) => e.arn !== nightly.arn)).toHaveLength(1);
  });
});

describe('pipeline versions', () => {
  it('reports the version a definition file created or updated, and starts a named version', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ver-'));
    const definition = (steps: unknown[]) =>
      writeFileSync(
        join(cwd, 'pipeline.json'),
        JSON.stringify({ Version: '2020-12-01', Parameters: [], Steps: steps }),
      );
    const inputs = {
      'pipeline-name': 'fresh',
      'definition-file': 'pipeline.json',
      'role-arn': 'arn:aws:iam::123456789012:role/Pipelines',
    };
    definition([]);
    const created = await start(inputs, { cwd });
    expect([created.outputs['pipeline-changed'], created.outputs['pipeline-version-id']]).toEqual([
      'created',
      '1',
    ]);
    definition([{ Name: 'Noop', Type: 'Fail', Arguments: {} }]);
    const updated = await start(inputs, { cwd });
    expect([updated.outputs['pipeline-changed'], updated.outputs['pipeline-version-id']]).toEqual([
      'updated',
      '2',
    ]);
    const pinned = await start({ 'pipeline-name': 'fresh', 'pipeline-version-id': '1' });
    expect(pinned.exitCode).toBe(0);
    expect(started().at(-1)!.body.PipelineVersionId).toBe(1);
    const before = started().length;
    const unknown = await start({ 'pipeline-name': 'fresh', 'pipeline-version-id': '9' });
    expect(unknown.stdout).toContain(
      "::error::input 'pipeline-version-id' must be a version of pipeline 'fresh', got \"9\"",
    );
    expect(started()).toHaveLength(before);
  });
});
