import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsSandbox, runAction, runCli, scaledClock } from './harness.js';
import { CodePipelineWorld } from '../sandbox/aws/codepipeline.js';

let aws: AwsSandbox;
let world: CodePipelineWorld;

// 600× time: a 5-minute action takes 0.5 s of wall time.
beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(600) });
  world = new CodePipelineWorld(aws);
  await aws.start();
  world.addPipeline('churn-deploy', [
    { name: 'Source', actions: [{ name: 'Checkout', durationMs: 60_000 }] },
    { name: 'Build', actions: [{ name: 'Test', durationMs: 300_000, summary: '42 tests passed' }] },
    { name: 'Deploy', actions: [{ name: 'Endpoint', durationMs: 300_000 }] },
  ]);
});
afterEach(() => aws.stop());

const statuses = (stages: string) =>
  (JSON.parse(stages) as { name: string; status: string; actions: { name: string; status: string }[] }[]).map(
    (s) => `${s.name}:${s.status}:${s.actions.map((a) => `${a.name}=${a.status}`).join(',')}`,
  );

describe('run-codepipeline (bundled action under Node 24)', () => {
  it('starts with variables and a token, follows each stage, and succeeds', async () => {
    const r = await runAction('run-codepipeline', {
      aws,
      inputs: {
        'pipeline-name': 'churn-deploy',
        variables: 'ModelPackageArn: arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3',
      },
    });
    expect(r.exitCode).toBe(0);
    const start = aws.calls('StartPipelineExecution')[0]!.body;
    expect(start).toEqual({
      name: 'churn-deploy',
      variables: [
        { name: 'ModelPackageArn', value: 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3' },
      ],
      clientRequestToken: expect.stringMatching(/^[a-f0-9]{64}$/),
    });
    const id = world.executions[0]!.id;
    expect(r.outputs['execution-id']).toBe(id);
    expect(r.outputs.status).toBe('Succeeded');
    expect(statuses(r.outputs.stages!)).toEqual([
      'Source:Succeeded:Checkout=Succeeded',
      'Build:Succeeded:Test=Succeeded',
      'Deploy:Succeeded:Endpoint=Succeeded',
    ]);
    for (const line of [
      'stage Source: InProgress',
      '  Build / Test: Succeeded: 42 tests passed',
      'stage Deploy: Succeeded',
    ])
      expect(r.stdout).toContain(line);
    expect(r.summary).toContain('### CodePipeline `churn-deploy`: ✅ Succeeded');
    expect(r.summary).toContain('| Build | Test | ✅ Succeeded | 42 tests passed |');
    // About 11 minutes of pipeline: polls stay few.
    expect(aws.calls('GetPipelineExecution').length).toBeLessThan(40);
    expect(new Set(aws.operations())).toEqual(
      new Set([
        'StartPipelineExecution',
        'ListPipelineExecutions',
        'GetPipelineExecution',
        'GetPipelineState',
      ]),
    );
    // Once, for the previous successful execution's length (the schedule's template).
    expect(aws.calls('ListPipelineExecutions').map((c) => c.body)).toEqual([
      { pipelineName: 'churn-deploy', maxResults: 20 },
    ]);
  });

  it('a re-run of the same step gets the same execution, not a second one', async () => {
    const env = { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'deploy', GITHUB_ACTION: 'run' };
    const inputs = { 'pipeline-name': 'churn-deploy', wait: 'false' };
    const a = await runAction('run-codepipeline', { aws, inputs, env });
    const b = await runAction('run-codepipeline', { aws, inputs, env });
    expect(a.outputs['execution-id']).toBe(b.outputs['execution-id']);
    expect(world.executions).toHaveLength(1);
    expect(a.outputs.status).toBe('InProgress');
  });

  it('fails naming the failed action and its error', async () => {
    world.addPipeline('churn-broken', [
      { name: 'Build', actions: [{ name: 'Test', durationMs: 120_000, fails: 'pytest exited with 2' }] },
      { name: 'Deploy', actions: [{ name: 'Endpoint' }] },
    ]);
    const r = await runAction('run-codepipeline', { aws, inputs: { 'pipeline-name': 'churn-broken' } });
    expect(r.exitCode).toBe(1);
    const id = world.executions[0]!.id;
    expect(r.stdout).toContain(
      `::error::execution ${id} of CodePipeline churn-broken Failed at Build / Test: pytest exited with 2`,
    );
    expect(r.outputs.status).toBe('Failed');
    expect(statuses(r.outputs.stages!)).toEqual([
      'Build:Failed:Test=Failed',
      'Deploy:NotReached:Endpoint=NotReached',
    ]);
    expect(r.summary).toContain('| Build | Test | ❌ Failed | pytest exited with 2 |');
  });

  it('says which manual approval waits, and returns there when not waiting for approvals', async () => {
    world.addPipeline('churn-gated', [
      { name: 'Build', actions: [{ name: 'Test', durationMs: 60_000 }] },
      { name: 'Approve', actions: [{ name: 'ProductionGate', kind: 'approval' }] },
      { name: 'Deploy', actions: [{ name: 'Endpoint', durationMs: 60_000 }] },
    ]);
    const r = await runAction('run-codepipeline', {
      aws,
      inputs: { 'pipeline-name': 'churn-gated', 'wait-for-approval': 'false' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      "::warning::Waiting for a manual approval: stage 'Approve', action 'ProductionGate' of pipeline churn-gated",
    );
    expect(r.outputs).toMatchObject({
      status: 'InProgress',
      'approval-stage': 'Approve',
      'approval-action': 'ProductionGate',
    });
    expect(r.outputs.stages).not.toContain('token');
    expect(r.summary).toContain(
      'Waiting for a manual approval: stage **Approve**, action **ProductionGate**.',
    );
  });

  it('waits through an approval that a person then gives, and succeeds', async () => {
    world.addPipeline('churn-gated', [
      { name: 'Approve', actions: [{ name: 'ProductionGate', kind: 'approval' }] },
      { name: 'Deploy', actions: [{ name: 'Endpoint', durationMs: 60_000 }] },
    ]);
    const run = runAction('run-codepipeline', {
      aws,
      inputs: { 'pipeline-name': 'churn-gated' },
      signal: undefined,
    });
    // Approve once the action reports the wait.
    const timer = setInterval(() => {
      try {
        world.decide('churn-gated', 'Approve', 'ProductionGate', 'Approved');
        clearInterval(timer);
      } catch {
        /* not waiting yet */
      }
    }, 200);
    const r = await run;
    clearInterval(timer);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('Succeeded');
    expect(r.outputs['approval-stage']).toBe('');
  });

  it('cancel stops the execution it started (StopPipelineExecution) and exits', async () => {
    const r = await runAction('run-codepipeline', {
      aws,
      inputs: { 'pipeline-name': 'churn-deploy', 'cancel-mode': 'abandon' },
      signal: { name: 'SIGINT', when: /Build \/ Test: InProgress/ },
    });
    expect(r.exitCode).not.toBe(0);
    const id = world.executions[0]!.id;
    expect(aws.calls('StopPipelineExecution').map((c) => c.body)).toEqual([
      {
        pipelineName: 'churn-deploy',
        pipelineExecutionId: id,
        abandon: true,
        reason: 'Cancelled by the workflow run (sagemaker-cicd)',
      },
    ]);
    expect(r.outputs['execution-id']).toBe(id);
    expect(r.msAfterSignal!).toBeLessThan(5_000);
  });

  it('keeps waiting through throttling, 5xx and dropped connections', async () => {
    aws.faults({
      rate: 0.3,
      kinds: ['throttle', '500', '503', 'drop'],
      seed: 3,
      operations: ['GetPipelineExecution', 'GetPipelineState'],
    });
    const r = await runAction('run-codepipeline', { aws, inputs: { 'pipeline-name': 'churn-deploy' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('Succeeded');
    expect(aws.requests.filter((x) => x.fault).length).toBeGreaterThan(0);
  });

  it('refuses a bad variable name before starting anything', async () => {
    const r = await runAction('run-codepipeline', {
      aws,
      inputs: { 'pipeline-name': 'churn-deploy', variables: '{"model arn": x}' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.trim()).toBe(
      "::error::input 'variables' has a bad variable name 'model arn': 1-128 letters, digits, @ - _",
    );
    expect(aws.requests).toHaveLength(0);
  });
});

describe('sagemaker-cicd codepipeline run (CLI)', () => {
  it('runs to the end and prints the outputs', async () => {
    const r = await runCli(['codepipeline', 'run', '--pipeline-name', 'churn-deploy'], { aws });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('Succeeded');
  });
});
