import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsSandbox, runAction, runCli, scaledClock } from './harness.js';
import { StepFunctionsWorld } from '../sandbox/aws/stepfunctions.js';
import { RELEASE, TRAIN_ONLY } from '../fixtures/stepfunctions/machines.js';

let aws: AwsSandbox;
let world: StepFunctionsWorld;
let release: string;

// 600× time: a 1-minute task takes 0.1 s of wall time.
beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(600) });
  world = new StepFunctionsWorld(aws);
  await aws.start();
  release = world.addMachine('churn-release', RELEASE);
  world.tasks.set('Train', { durationMs: 120_000, output: { accuracy: 0.93, shards: [1, 2, 3] } });
});
afterEach(() => aws.stop());

const NAME = /^9876543210-1-[a-f0-9]{24}$/;
const ARN = 'arn:aws:states:us-east-1:123456789012';

describe('start-state-machine (bundled action under Node 24)', () => {
  it('starts with a derived name, logs each state, and outputs the result', async () => {
    const r = await runAction('start-state-machine', {
      aws,
      inputs: { 'state-machine-arn': release, input: '{ "dataset": "s3://churn/2026-12-01/" }' },
    });
    expect(r.exitCode).toBe(0);
    const start = aws.calls('StartExecution')[0]!;
    expect(start.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(start.headers['x-amz-target']).toBe('AWSStepFunctions.StartExecution');
    expect(start.body).toEqual({
      stateMachineArn: release,
      name: expect.stringMatching(NAME),
      input: '{"dataset":"s3://churn/2026-12-01/"}',
    });
    const e = world.executions[0]!;
    expect(r.outputs['execution-arn']).toBe(`${ARN}:execution:churn-release:${e.name}`);
    expect(r.outputs.status).toBe('SUCCEEDED');
    expect(JSON.parse(r.outputs.output!)).toEqual({ accuracy: 0.93, shards: [1, 2, 3], scores: [1, 2, 3] });
    expect(r.outputs.error).toBe('');
    for (const line of [
      '→ Train (Task)',
      '✓ Train done in 2m',
      '→ Score (Map)',
      '✓ ScoreShard done in 1m (×3)',
    ])
      expect(r.stdout).toContain(line);
    expect(r.summary).toContain('### Step Functions `churn-release`: ✅ SUCCEEDED');
    expect(r.summary).toContain('| Train | Task | ✅ succeeded | 2m |  |');
    expect(r.summary).toContain('| Reject | Fail | · not run | | |');
    // Once, for the previous successful execution's length (the schedule's template).
    expect(aws.calls('ListExecutions').map((c) => c.body)).toEqual([
      { stateMachineArn: release, statusFilter: 'SUCCEEDED', maxResults: 5 },
    ]);
    // The history is read forward: a few pages, each poll one call.
    for (const c of aws.calls('GetExecutionHistory'))
      expect(c.body).toMatchObject({ executionArn: e.arn, maxResults: 100, reverseOrder: false });
    expect(new Set(aws.operations())).toEqual(
      new Set([
        'DescribeStateMachine',
        'StartExecution',
        'ListExecutions',
        'GetExecutionHistory',
        'DescribeExecution',
        'DescribeStateMachineForExecution',
      ]),
    );
  });

  it('draws the definition with Choice, Parallel and Map completely, coloured by what happened', async () => {
    const r = await runAction('start-state-machine', { aws, inputs: { 'state-machine-arn': release } });
    expect(r.exitCode).toBe(0);
    const mermaid = /```mermaid\n([\s\S]*?)\n```/.exec(r.summary)![1];
    expect(mermaid).toBe(
      [
        'flowchart TD',
        '  s0("Prepare")',
        '  s1["Train"]',
        '  subgraph s2 ["Parallel: Evaluate"]',
        '    direction TB',
        '    subgraph s2_b0 ["branch 1"]',
        '      direction TB',
        '      s3["Metrics"]',
        '    end',
        '    subgraph s2_b1 ["branch 2"]',
        '      direction TB',
        '      s4["Bias"]',
        '    end',
        '  end',
        '  subgraph s5 ["Map: Score"]',
        '    direction TB',
        '    s6["ScoreShard"]',
        '  end',
        '  s7{"Good enough?"}',
        '  s8["Register"]',
        '  s9{{"Cool down (30s)"}}',
        '  s10(["✓ Done"])',
        '  s11(["✗ Reject"])',
        '  sm_start(("start"))',
        '  sm_end(("end"))',
        '  sm_start --> s0',
        '  s0 --> s1',
        '  s1 --> s2',
        '  s1 -.->|"catch States.Timeout"| s11',
        '  s2 --> s5',
        '  s5 --> s7',
        '  s7 -->|"$.accuracy >= 0.9"| s8',
        '  s7 -->|"default"| s11',
        '  s8 --> s9',
        '  s9 --> s10',
        '  s10 --> sm_end',
        '  classDef succeeded fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
        '  class s0,s1,s2,s3,s4,s5,s6,s7,s8,s9,s10 succeeded',
      ].join('\n'),
    );
  });

  it('a failed Task: its error and cause shown, annotated and output', async () => {
    world.tasks.set('Train', {
      durationMs: 60_000,
      fail: { error: 'SageMaker.AmazonSageMakerException', cause: 'ResourceLimitExceeded: ml.p3.2xlarge' },
    });
    const r = await runAction('start-state-machine', { aws, inputs: { 'state-machine-arn': release } });
    expect(r.exitCode).toBe(1);
    const arn = r.outputs['execution-arn'];
    expect(r.stdout).toContain(
      '✗ Train: TaskFailed: SageMaker.AmazonSageMakerException — ResourceLimitExceeded',
    );
    expect(r.stdout).toContain(
      `::error::execution ${arn} FAILED in state 'Train': SageMaker.AmazonSageMakerException — ResourceLimitExceeded: ml.p3.2xlarge`,
    );
    expect(r.outputs).toMatchObject({
      status: 'FAILED',
      output: '',
      error: 'SageMaker.AmazonSageMakerException',
      cause: 'ResourceLimitExceeded: ml.p3.2xlarge',
    });
    expect(r.summary).toContain(
      '| Train | Task | ❌ failed | 1m | SageMaker.AmazonSageMakerException: ResourceLimitExceeded: ml.p3.2xlarge |',
    );
    expect(r.summary).toMatch(/classDef failed .*\n {2}class s1 failed/);
  });

  it('TIMED_OUT: the execution ran past its TimeoutSeconds', async () => {
    const arn = world.addMachine('churn-train', { ...TRAIN_ONLY, TimeoutSeconds: 300 });
    world.tasks.set('Train', { durationMs: 600_000 });
    const r = await runAction('start-state-machine', { aws, inputs: { 'state-machine-arn': arn } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(r.stdout).toContain(`::error::execution ${r.outputs['execution-arn']} TIMED_OUT`);
    expect(r.summary).toContain('| Train | Task | ⏹️ stopped | 5m |');
  });

  it('ABORTED: stopped by someone else while it ran', async () => {
    world.tasks.set('Train', { durationMs: 3_600_000 });
    const timer = setInterval(() => {
      const e = world.executions[0];
      if (e && world.status(e) === 'RUNNING') {
        world.stop(e, 'Operator', 'stopped from the console');
        clearInterval(timer);
      }
    }, 100);
    const r = await runAction('start-state-machine', { aws, inputs: { 'state-machine-arn': release } });
    clearInterval(timer);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      status: 'ABORTED',
      error: 'Operator',
      cause: 'stopped from the console',
    });
    expect(aws.calls('StopExecution')).toHaveLength(0);
  });

  it('a retried step attaches to its execution, running or ended; a new attempt starts a new one', async () => {
    const inputs = { 'state-machine-arn': release, input: '{"v": 1}' };
    const first = await runAction('start-state-machine', { aws, inputs: { ...inputs, wait: 'false' } });
    expect(first.outputs.status).toBe('RUNNING');
    // Retried while it runs: StartExecution answers with the same execution.
    const running = await runAction('start-state-machine', { aws, inputs });
    expect(running.outputs['execution-arn']).toBe(first.outputs['execution-arn']);
    expect(running.outputs.status).toBe('SUCCEEDED');
    // Retried once it has ended: ExecutionAlreadyExists, then described and attached to.
    const ended = await runAction('start-state-machine', { aws, inputs });
    expect(ended.exitCode).toBe(0);
    expect(ended.stdout).toContain('was started by an earlier try of this step (SUCCEEDED): following it');
    expect(ended.outputs).toMatchObject({
      'execution-arn': first.outputs['execution-arn'],
      status: 'SUCCEEDED',
    });
    expect(world.executions).toHaveLength(1);
    const again = await runAction('start-state-machine', { aws, inputs, env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(again.outputs['execution-arn']).toMatch(/:execution:churn-release:9876543210-2-[a-f0-9]{24}$/);
    expect(world.executions).toHaveLength(2);
  });

  it('cancel stops the execution within 2 s, saying so', async () => {
    world.tasks.set('Train', { durationMs: 3_600_000 });
    const r = await runAction('start-state-machine', {
      aws,
      inputs: { 'state-machine-arn': release },
      signal: { name: 'SIGINT', when: /→ Train \(Task\)/ },
    });
    expect(r.exitCode).not.toBe(0);
    const e = world.executions[0]!;
    expect(aws.calls('StopExecution').map((c) => c.body)).toEqual([
      {
        executionArn: e.arn,
        error: 'sagemaker-cicd.Cancelled',
        cause: 'Cancelled by the workflow run (sagemaker-cicd)',
      },
    ]);
    expect(world.status(e)).toBe('ABORTED');
    expect(r.stdout).toContain(`Cancelled: stopping execution ${e.arn} (StopExecution)`);
    expect(r.outputs).toMatchObject({ 'execution-arn': e.arn, status: 'ABORTED' });
    expect(r.msAfterSignal!).toBeLessThan(2_000);
    // The summary shows how far it got.
    expect(r.summary).toContain('### Step Functions `churn-release`: ⏹️ ABORTED');
    expect(r.summary).toMatch(/\| Train \| Task \| ⏹️ stopped \| \d+s \|/);
    expect(r.summary).toContain('| Evaluate | Parallel | · not run | | |');
  });

  it('a wait that times out stops the execution', async () => {
    world.tasks.set('Train', { durationMs: 3_600_000 });
    const r = await runAction('start-state-machine', {
      aws,
      inputs: { 'state-machine-arn': release, timeout: '10m' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('it was stopped (StopExecution)');
    expect(aws.calls('StopExecution')).toHaveLength(1);
    expect(world.status(world.executions[0]!)).toBe('ABORTED');
  });

  it('refuses an input over 256 KB before any call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfn-input-'));
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ rows: 'x'.repeat(262_140) }));
    const r = await runAction('start-state-machine', {
      aws,
      cwd: dir,
      inputs: { 'state-machine-arn': release, 'input-file': 'big.json' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.trim()).toBe(
      "::error::input 'input-file' is 262,151 bytes as JSON; Step Functions accepts at most 262,144 bytes (256 KB): pass a reference (an S3 URI) instead",
    );
    expect(aws.requests).toHaveLength(0);
  });

  it('30% faults (throttling, 5xx, dropped connections, lost answers) change nothing', async () => {
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop', 'drop-after'], seed: 11 });
    const r = await runAction('start-state-machine', { aws, inputs: { 'state-machine-arn': release } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('SUCCEEDED');
    expect(JSON.parse(r.outputs.output!)).toEqual({ accuracy: 0.93, shards: [1, 2, 3], scores: [1, 2, 3] });
    expect(world.executions).toHaveLength(1);
    expect(aws.requests.filter((x) => x.fault).length).toBeGreaterThan(0);
    expect(r.stdout.match(/→ Train \(Task\)/g)).toHaveLength(1);
  });

  it('a lost StartExecution answer: the retry gets the execution that started, not a second one', async () => {
    aws.faults({ rate: 0.5, kinds: ['drop-after'], operations: ['StartExecution'], seed: 7 });
    const r = await runAction('start-state-machine', { aws, inputs: { 'state-machine-arn': release } });
    expect(r.exitCode).toBe(0);
    expect(aws.requests.filter((x) => x.operation === 'StartExecution').map((x) => x.fault)).toEqual([
      'drop-after',
      undefined,
    ]);
    expect(world.executions).toHaveLength(1);
    expect(r.outputs['execution-arn']).toBe(world.executions[0]!.arn);
  });

  it('an Express machine runs synchronously (StartSyncExecution) and gives its result', async () => {
    const arn = world.addMachine('churn-score', TRAIN_ONLY, 'EXPRESS');
    world.tasks.set('Train', { durationMs: 90_000, output: { score: 0.97 } });
    const r = await runAction('start-state-machine', {
      aws,
      inputs: { 'state-machine-arn': arn, input: '{"rows": 10}' },
    });
    expect(r.exitCode).toBe(0);
    expect(aws.operations()).toEqual(['DescribeStateMachine', 'StartSyncExecution']);
    expect(r.outputs['execution-arn']).toMatch(/^arn:aws:states:us-east-1:123456789012:express:churn-score:/);
    expect(r.outputs).toMatchObject({ status: 'SUCCEEDED', output: '{"score":0.97}' });
    expect(r.summary).toContain('Express executions keep no history');
  });
});

describe('sagemaker-cicd stepfunctions start (CLI)', () => {
  it('runs to the end and prints the outputs', async () => {
    const r = await runCli(['stepfunctions', 'start', '--state-machine-arn', release], { aws });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('SUCCEEDED');
  });
});
