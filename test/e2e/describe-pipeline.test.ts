import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsError, AwsSandbox, runAction, runCli } from './harness.js';
import { PipelinesWorld } from '../sandbox/aws/sagemaker-pipelines.js';
import { VERSION } from '../../src/version.js';

let aws: AwsSandbox;
let world: PipelinesWorld;

beforeEach(async () => {
  aws = new AwsSandbox();
  world = new PipelinesWorld(aws);
  await aws.start();
  world.addPipeline('churn-train');
  const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
  world.addExecution('churn-train', {
    id: 'old1',
    status: 'Succeeded',
    startTime: t0,
    displayName: 'nightly-1',
  });
  world.addExecution('churn-train', {
    id: 'new2',
    status: 'Failed',
    startTime: t0 + 3_600_000,
    displayName: 'pr-42',
  });
});
afterEach(() => aws.stop());

describe('describe-pipeline (bundled action under Node 24)', () => {
  it('outputs the latest execution and writes the summary table', async () => {
    const r = await runAction('describe-pipeline', {
      aws,
      inputs: { 'pipeline-name': 'churn-train', 'max-results': '5' },
    });
    expect(r.exitCode).toBe(0);
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train';
    expect(r.outputs).toEqual({
      'pipeline-arn': arn,
      'latest-execution-arn': `${arn}/execution/new2`,
      'latest-status': 'Failed',
      executions: JSON.stringify([
        {
          arn: `${arn}/execution/new2`,
          displayName: 'pr-42',
          status: 'Failed',
          startTime: '2026-11-20T10:00:00.000Z',
        },
        {
          arn: `${arn}/execution/old1`,
          displayName: 'nightly-1',
          status: 'Succeeded',
          startTime: '2026-11-20T09:00:00.000Z',
        },
      ]),
    });
    expect(r.summary).toContain('### Pipeline `churn-train`');
    expect(r.summary).toContain(
      '| ❌ Failed | [pr-42](https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/pipelines/churn-train/executions/new2) | 2026-11-20T10:00:00.000Z |',
    );
    expect(aws.operations()).toEqual(['DescribePipeline', 'ListPipelineExecutions']);
    expect(aws.calls('ListPipelineExecutions')[0]!.body).toEqual({
      PipelineName: 'churn-train',
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 5,
    });
    expect(String(aws.requests[0]!.headers['user-agent'])).toContain(`sagemaker-cicd/${VERSION}`);
    expect(String(aws.requests[0]!.headers['x-amz-target'])).toBe('SageMaker.DescribePipeline');
  });

  it('refuses a bad input with one line, exit 1, and no AWS call', async () => {
    const r = await runAction('describe-pipeline', {
      aws,
      inputs: { 'pipeline-name': 'churn-train', 'max-results': 'lots' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.trim()).toBe(
      `::error::input 'max-results' must be a whole number from 1 to 100, got "lots"`,
    );
    expect(aws.requests).toHaveLength(0);
  });

  it('refuses an invalid pipeline name before calling AWS', async () => {
    const r = await runAction('describe-pipeline', { aws, inputs: { 'pipeline-name': 'churn_train!' } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("::error::input 'pipeline-name' must be a SageMaker pipeline name");
    expect(aws.requests).toHaveLength(0);
  });

  it('says in one line that a pipeline does not exist', async () => {
    const r = await runAction('describe-pipeline', { aws, inputs: { 'pipeline-name': 'missing' } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      "::error::pipeline 'missing' does not exist (DescribePipeline: ResourceNotFound)",
    );
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('names the missing permission and the iam-policy command on AccessDenied, in one line', async () => {
    const role = 'arn:aws:sts::123456789012:assumed-role/gh-deploy/GitHubActions';
    aws.guards.push((req) => {
      if (req.operation !== 'ListPipelineExecutions') return;
      throw new AwsError(
        'AccessDeniedException',
        `User: ${role} is not authorized to perform: sagemaker:ListPipelineExecutions on resource: ` +
          'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train because no identity-based policy ' +
          'allows the sagemaker:ListPipelineExecutions action',
        400,
      );
    });
    const r = await runAction('describe-pipeline', { aws, inputs: { 'pipeline-name': 'churn-train' } });
    expect(r.exitCode).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      `::error::access denied: ${role} may not call sagemaker:ListPipelineExecutions; ` +
        "grant the policy that 'sagemaker-cicd iam-policy describe-pipeline' prints",
    ]);
    expect(aws.requests.filter((q) => q.operation === 'ListPipelineExecutions')).toHaveLength(1); // not retried
    const cli = await runCli(['pipeline', 'describe', '--pipeline-name', 'churn-train'], { aws });
    expect(cli.exitCode).toBe(1);
    expect(cli.stderr.trim().split('\n').pop()).toBe(
      `error: access denied: ${role} may not call sagemaker:ListPipelineExecutions; ` +
        "grant the policy that 'sagemaker-cicd iam-policy describe-pipeline' prints",
    );
  });

  it('shows the stack trace only with debug logging (RUNNER_DEBUG, as ACTIONS_STEP_DEBUG sets)', async () => {
    // AWS failing every attempt (after the SDK's retries) is an error the toolkit does not explain.
    aws.faults({ rate: 1, kinds: ['500'], operations: ['DescribePipeline'] });
    const quiet = await runAction('describe-pipeline', { aws, inputs: { 'pipeline-name': 'churn-train' } });
    expect(quiet.stdout).toContain(
      '::error::InternalFailure: We encountered an internal error. Please try again.',
    );
    expect(quiet.stdout).toContain('(run with debug logging for details)');
    expect(quiet.stdout).not.toMatch(/::debug::.*InternalFailure/);
    const debug = await runAction('describe-pipeline', {
      aws,
      env: { RUNNER_DEBUG: '1' },
      inputs: { 'pipeline-name': 'churn-train' },
    });
    expect(debug.exitCode).toBe(1);
    expect(debug.stdout).toMatch(
      /::debug::InternalFailure: We encountered an internal error\. Please try again\.%0A\s+at /,
    );
    const cli = await runCli(['pipeline', 'describe', '--pipeline-name', 'churn-train', '--debug'], { aws });
    expect(cli.exitCode).toBe(1);
    expect(cli.stderr).toMatch(
      /debug: InternalFailure: We encountered an internal error\. Please try again\.\n\s+at /,
    );
  });

  it('gives the same outputs with 30% throttling, 5xx and dropped connections', async () => {
    const clean = await runAction('describe-pipeline', { aws, inputs: { 'pipeline-name': 'churn-train' } });
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 7 });
    const faulty = await runAction('describe-pipeline', { aws, inputs: { 'pipeline-name': 'churn-train' } });
    expect(faulty.exitCode).toBe(0);
    expect(faulty.outputs).toEqual(clean.outputs);
    expect(aws.requests.filter((r) => r.fault).length).toBeGreaterThan(0);
  });

  it('the root action runs the same command when command: describe-pipeline', async () => {
    const r = await runAction('main', {
      aws,
      inputs: { command: 'describe-pipeline', 'pipeline-name': 'churn-train' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['latest-status']).toBe('Failed');
    const bad = await runAction('main', { aws, inputs: { command: 'deploy-everything' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain("::error::input 'command' must be one of");
  });
});

describe('sagemaker-cicd pipeline describe (CLI, CodeBuild-style)', () => {
  it('prints outputs as name=value lines and exits 0', async () => {
    const r = await runCli(['pipeline', 'describe', '--pipeline-name', 'churn-train', '--max-results', '1'], {
      aws,
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['latest-status']).toBe('Failed');
    expect(r.stderr).toContain(
      'Failed     arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train/execution/new2',
    );
  });

  it('names the option in the error and exits 2 on bad input', async () => {
    const r = await runCli(['pipeline', 'describe', '--pipeline-name', 'churn-train', '--max-results', '0'], {
      aws,
    });
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe('error: option --max-results must be a whole number from 1 to 100, got "0"');
    expect(aws.requests).toHaveLength(0);
  });

  it('exits 2 on an unknown option or command', async () => {
    expect((await runCli(['pipeline', 'describe', '--pipline-name', 'x'])).exitCode).toBe(2);
    const r = await runCli(['pipeline', 'explode']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("unknown command 'explode'");
  });
});
