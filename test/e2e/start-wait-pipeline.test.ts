import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AwsSandbox, runAction, runCli, scaledClock } from './harness.js';
import { PipelinesWorld } from '../sandbox/aws/sagemaker-pipelines.js';
import { PipelineRuns, churnScript } from '../sandbox/aws/sagemaker-executions.js';

/** Sandbox time runs 600× real time: the churn pipeline, shrunk to 15 minutes, takes 1.5 s. */
const SCALE = 600;
const PIPELINE_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train';

jest.setTimeout(20_000);

let aws: AwsSandbox;
let runs: PipelineRuns;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(SCALE) });
  runs = new PipelineRuns(new PipelinesWorld(aws));
  await aws.start();
  runs.addPipeline('churn-train', churnScript({ scale: 0.25 }));
  // The previous successful execution: the adaptive wait's timing template.
  runs.addRun('churn-train', 'nightly1', aws.now() - 86_400_000);
});
afterEach(() => aws.stop());

const start = (inputs: Record<string, string>, env?: Record<string, string>) =>
  runAction('start-pipeline', { aws, inputs: { 'pipeline-name': 'churn-train', ...inputs }, env });

describe('start-pipeline', () => {
  it('starts with checked parameters, waits, and reports conditions, model and steps', async () => {
    const r = await start({ parameters: 'Epochs: 20\nLearningRate: 0.05\nUseSpot: True', wait: 'true' });
    expect(r.exitCode).toBe(0);
    const arn = r.outputs['execution-arn']!;
    expect(arn).toMatch(new RegExp(`^${PIPELINE_ARN}/execution/\\w+$`));
    expect(r.outputs['execution-url']).toBe(
      `https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/pipelines/churn-train/executions/${arn.split('/').pop()}`,
    );
    expect(r.outputs.status).toBe('Succeeded');
    expect(JSON.parse(r.outputs.conditions!)).toEqual({ CheckAccuracy: 'True' });
    expect(r.outputs['condition-outcome']).toBe('true');
    expect(r.outputs['model-package-arn']).toMatch(
      /^arn:aws:sagemaker:us-east-1:123456789012:model-package\/churn-train-models\/\d+$/,
    );
    const steps = JSON.parse(r.outputs.steps!) as { name: string; status: string; type: string }[];
    expect(steps.map((s) => `${s.name}:${s.type}:${s.status}`)).toEqual([
      'Preprocess:Processing:Succeeded',
      'Train:Training:Succeeded',
      'Evaluate:Processing:Succeeded',
      'CheckAccuracy:Condition:Succeeded',
      'RegisterModel:RegisterModel:Succeeded',
    ]);
    const body = aws.calls('StartPipelineExecution')[0]!.body;
    expect(body).toEqual({
      PipelineName: 'churn-train',
      ClientRequestToken: expect.stringMatching(/^[0-9a-f]{64}$/),
      PipelineParameters: [
        { Name: 'Epochs', Value: '20' },
        { Name: 'LearningRate', Value: '0.05' },
        { Name: 'UseSpot', Value: 'true' },
      ],
      PipelineExecutionDisplayName: 'churn-model-4f2c1a9-run-9876543210-1',
      PipelineExecutionDescription: expect.stringContaining(
        'https://github.com/acme/churn-model/actions/runs/9876543210/attempts/1',
      ),
    });
    // The diagram: branches of the condition, the branch not taken skipped, statuses coloured.
    expect(r.summary).toContain('```mermaid\nflowchart TD');
    expect(r.summary).toMatch(/s3 -->\|true\| s4/);
    expect(r.summary).toMatch(/s3 -->\|false\| s5/);
    expect(r.summary).toContain('s1 --> s2'); // Evaluate reads Train's model (a Get expression)
    expect(r.summary).toContain('class s5 skipped');
    expect(r.summary).toContain('class s1 succeeded');
    expect(r.summary).toContain('| Train | ✅ Succeeded | 10m 0s |  |');
    expect(r.stdout).toMatch(/Train: (new|Executing) → Succeeded \(10m 0s\)/);
  });

  it('refuses an unknown parameter, listing the known ones, and starts nothing', async () => {
    const r = await start({ parameters: '{"Epoch": 3}' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      "::error::input 'parameters' names an unknown parameter 'Epoch' (known parameters: InputData, Epochs, LearningRate, UseSpot)",
    );
    expect(aws.calls('StartPipelineExecution')).toHaveLength(0);
  });

  it('refuses an ill-typed value and starts nothing', async () => {
    const r = await start({ parameters: 'Epochs: ten' });
    expect(r.stdout).toContain(
      `::error::input 'parameters' parameter 'Epochs' is Integer: must be a whole number, got "ten"`,
    );
    expect(aws.calls('StartPipelineExecution')).toHaveLength(0);
  });

  it('a retried step does not start a second execution; a new attempt does', async () => {
    const a = await start({ parameters: 'Epochs: 5' });
    aws.faults({ rate: 1, kinds: ['drop-after'], operations: ['StartPipelineExecution'], seed: 1 });
    const lost = await start({ parameters: 'Epochs: 5' }); // the response is lost, the SDK retries
    aws.faults(undefined);
    const b = await start({ parameters: 'Epochs: 5' });
    expect(b.outputs['execution-arn']).toBe(a.outputs['execution-arn']);
    expect(lost.exitCode).not.toBe(0);
    const c = await start({ parameters: 'Epochs: 5' }, { GITHUB_RUN_ATTEMPT: '2' });
    expect(c.outputs['execution-arn']).not.toBe(a.outputs['execution-arn']);
    expect(runs.world.executions.filter((e) => !e.arn.endsWith('nightly1'))).toHaveLength(2);
  });

  it('creates the pipeline from a definition file, reports it unchanged, updates it when changed', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'def-'));
    writeFileSync(
      join(dir, 'pipeline.json'),
      JSON.stringify({ Version: '2020-12-01', Parameters: [], Steps: [] }),
    );
    const inputs = {
      'pipeline-name': 'fresh',
      'definition-file': 'pipeline.json',
      'role-arn': 'arn:aws:iam::123456789012:role/Pipelines',
    };
    const first = await runAction('start-pipeline', { aws, inputs, cwd: dir });
    expect(first.exitCode).toBe(0);
    expect(first.outputs['pipeline-changed']).toBe('created');
    const again = await runAction('start-pipeline', { aws, inputs, cwd: dir });
    expect(again.outputs['pipeline-changed']).toBe('unchanged');
    expect(aws.calls('CreatePipeline')[0]!.body).toMatchObject({
      PipelineName: 'fresh',
      RoleArn: inputs['role-arn'],
    });
    expect(aws.calls('UpdatePipeline')).toHaveLength(0);

    // A changed definition updates the pipeline (passing its role again).
    writeFileSync(
      join(dir, 'pipeline.json'),
      JSON.stringify({
        Version: '2020-12-01',
        Parameters: [{ Name: 'Epochs', Type: 'Integer', DefaultValue: 10 }],
        Steps: [],
      }),
    );
    const changed = await runAction('start-pipeline', { aws, inputs, cwd: dir });
    expect(changed.exitCode).toBe(0);
    expect(changed.outputs['pipeline-changed']).toBe('updated');
    expect(aws.calls('UpdatePipeline')[0]!.body).toMatchObject({
      PipelineName: 'fresh',
      RoleArn: inputs['role-arn'],
    });
  });
});

const startRun = (script = churnScript({ scale: 0.25 }), name = 'churn-train') => {
  runs.scripts.set(name, script);
  return runs.world.executions.length;
};

async function startedExecution(script = churnScript({ scale: 0.25 })): Promise<string> {
  startRun(script);
  const r = await start({});
  return r.outputs['execution-arn']!;
}

describe('wait-pipeline', () => {
  const wait = (arns: string, inputs: Record<string, string> = {}, extra = {}) =>
    runAction('wait-pipeline', { aws, inputs: { 'execution-arn': arns, ...inputs }, ...extra });

  it('fails on a failed step with its reason, job and logs link', async () => {
    const arn = await startedExecution(churnScript({ failAt: 'Train', scale: 0.25 }));
    const r = await wait(arn);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('Failed');
    expect(r.stdout).toContain(
      'failed at step Train: AlgorithmError: Train ran out of memory (exit code 137)',
    );
    expect(r.stdout).toMatch(/job: arn:aws:sagemaker:us-east-1:123456789012:training-job\/pipelines-/);
    expect(r.stdout).toContain(
      'logs: https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/$252Faws$252Fsagemaker$252FTrainingJobs',
    );
    expect(r.summary).toContain('class s1 failed');
  });

  it('condition False: passes by default, fails with fail-on condition-false', async () => {
    const arn = await startedExecution(churnScript({ outcome: 'False', scale: 0.25 }));
    const ok = await wait(arn);
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs['condition-outcome']).toBe('false');
    expect(ok.outputs['model-package-arn']).toBe('');
    expect(ok.summary).toContain('class s4 skipped');
    const strict = await wait(arn, { 'fail-on': 'failed, condition-false' });
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain('condition CheckAccuracy is False');
    expect(strict.outputs['condition-outcome']).toBe('false');
  });

  it('a stopped execution ends the wait: failing by default, not with fail-on failed', async () => {
    const arn = await startedExecution();
    setTimeout(() => runs.stopFromOutside(arn), 300);
    const r = await wait(arn);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('Stopped');
    expect(r.stdout).toContain('was stopped');
    const lenient = await wait(arn, { 'fail-on': 'failed' });
    expect(lenient.exitCode).toBe(0);
  });

  it('times out, says what was still running, and stops it', async () => {
    const arn = await startedExecution();
    const r = await wait(arn, { 'timeout-minutes': '5' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::timed out after 5m; still running: churn-model-4f2c1a9-run-9876543210-1 \(Executing\); stopped \w+/,
    );
    expect(aws.calls('StopPipelineExecution')[0]!.body).toEqual({
      PipelineExecutionArn: arn,
      ClientRequestToken: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(r.outputs.status).toBe('Executing');
  });

  it('stops the execution within 2 s of SIGINT and exits non-zero', async () => {
    const arn = await startedExecution();
    const r = await wait(arn, {}, { signal: { name: 'SIGINT', when: /Waiting on/ } });
    expect(r.exitCode).not.toBe(0);
    expect(r.msAfterSignal).toBeLessThan(2000);
    expect(aws.calls('StopPipelineExecution').map((c) => c.body.PipelineExecutionArn)).toEqual([arn]);
    expect(r.stdout).toMatch(/::error::cancelled while waiting on .*; stopped/);
  });

  it('logs step transitions as they happen, and the final status after the last of them', async () => {
    const arn = await startedExecution();
    const r = await wait(arn);
    expect(r.exitCode).toBe(0);
    const label = 'churn-model-4f2c1a9-run-9876543210-1';
    const lines = r.stdout.split('\n').map((l) => l.trim());
    // Train (10m) and Evaluate (2m 22s) each seen running, then done, with their durations.
    for (const line of [
      `${label}: Train: new → Executing`,
      `${label}: Train: Executing → Succeeded (10m 0s)`,
      `${label}: Evaluate: new → Executing`,
      `${label}: Evaluate: Executing → Succeeded (2m 23s)`,
    ])
      expect(lines).toContain(line);
    const final = lines.indexOf(`${label}: Succeeded`);
    const lastTransition = lines.findLastIndex((l) => l.startsWith(`${label}: RegisterModel: `));
    expect(lastTransition).toBeGreaterThan(0);
    expect(final).toBeGreaterThan(lastTransition);
  });

  it('stops within 2 s of SIGINT even while a status call hangs', async () => {
    const arn = await startedExecution();
    aws.delays({ ms: 12_000, operations: ['DescribePipelineExecution'] });
    // Long enough for the action to start and its first status call to be held in the sandbox.
    const r = await wait(arn, {}, { signal: { name: 'SIGINT', afterMs: 2_500 } });
    aws.delays(undefined);
    expect(r.exitCode).not.toBe(0);
    expect(r.msAfterSignal).toBeLessThan(2000);
    expect(aws.requests.filter((q) => q.delayedMs).map((q) => q.operation)).toContain(
      'DescribePipelineExecution',
    );
    expect(aws.calls('StopPipelineExecution').map((c) => c.body.PipelineExecutionArn)).toEqual([arn]);
  });

  it('gives the same outputs with 30% throttling, 5xx and dropped connections', async () => {
    const arn = await startedExecution();
    // Faults for the whole wait, from the start of the execution; then a clean wait on the same one.
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 11 });
    const faulty = await wait(arn);
    const faulted = aws.requests.filter((q) => q.fault).length;
    aws.faults(undefined);
    const clean = await wait(arn);
    expect(faulty.exitCode).toBe(0);
    expect(faulty.outputs).toEqual(clean.outputs);
    expect(faulted).toBeGreaterThan(3);
  });

  it('waits on 3 executions at once with one status call per poll, and reads paginated steps whole', async () => {
    runs.stepsPageSize = 2;
    // Distinct parameters, so each start in this one step is its own execution.
    const distinct: string[] = [];
    for (const [i, script] of [
      churnScript({ scale: 0.25 }),
      churnScript({ outcome: 'False', scale: 0.25 }),
      churnScript({ failAt: 'Evaluate', scale: 0.25 }),
    ].entries()) {
      startRun(script);
      distinct.push((await start({ parameters: `Epochs: ${i + 1}` })).outputs['execution-arn']!);
    }
    const before = aws.requests.length;
    const r = await wait(distinct.join('\n'));
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('Failed');
    const executions = JSON.parse(r.outputs.executions!) as {
      status: string;
      conditions: Record<string, string>;
    }[];
    expect(executions.map((e) => e.status)).toEqual(['Succeeded', 'Succeeded', 'Failed']);
    expect(executions[1]!.conditions).toEqual({ CheckAccuracy: 'False' });
    expect(JSON.parse(r.outputs.steps!)).toHaveLength(5); // 3 pages of 2 steps, read whole
    const ops = aws.requests.slice(before).map((q) => q.operation);
    expect(ops).not.toContain('DescribePipelineExecution');
    expect(ops.filter((o) => o === 'ListPipelineExecutions').length).toBeGreaterThan(1);
  });
});

describe('sagemaker-cicd pipeline start / wait (CLI, CodeBuild-style)', () => {
  const codebuild = {
    CODEBUILD_BUILD_ID: 'churn-ci:5d0c4a4e-1111-2222-3333-444455556666',
    CODEBUILD_BUILD_NUMBER: '8',
    CODEBUILD_RESOLVED_SOURCE_VERSION: 'fe1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5',
    CODEBUILD_SOURCE_REPO_URL: 'https://github.com/acme/churn-model.git',
  };
  it('starts and waits; exit 0, outputs as name=value', async () => {
    const r = await runCli(
      ['pipeline', 'start', '--pipeline-name', 'churn-train', '--wait', '--parameters', 'Epochs: 3'],
      { aws, env: codebuild },
    );
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('Succeeded');
    expect(aws.calls('StartPipelineExecution')[0]!.body.PipelineExecutionDisplayName).toBe(
      'churn-model-fe1d2c3-run-5d0c4a4e-8',
    );
  });
  it('exit codes: 2 bad input, 1 failed, 3 timed out', async () => {
    expect((await runCli(['pipeline', 'wait', '--execution-arn', 'nope'], { aws })).exitCode).toBe(2);
    startRun(churnScript({ failAt: 'Preprocess', scale: 0.25 }));
    const failed = await runCli(['pipeline', 'start', '--pipeline-name', 'churn-train', '--wait'], {
      aws,
      env: codebuild,
    });
    expect(failed.exitCode).toBe(1);
    startRun(churnScript({ scale: 0.25 }));
    const slow = await runCli(
      [
        'pipeline',
        'start',
        '--pipeline-name',
        'churn-train',
        '--wait',
        '--timeout-minutes',
        '2',
        '--parameters',
        'Epochs: 4',
      ],
      { aws, env: codebuild },
    );
    expect(slow.exitCode).toBe(3);
  });
});
