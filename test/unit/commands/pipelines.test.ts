import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { run as describeRun } from '../../../src/commands/describe-pipeline/run.js';
import { spec as describeSpec } from '../../../src/commands/describe-pipeline/spec.js';
import { run as startRun } from '../../../src/commands/start-pipeline/run.js';
import { spec as startSpec } from '../../../src/commands/start-pipeline/spec.js';
import { run as waitRun } from '../../../src/commands/wait-pipeline/run.js';
import { spec as waitSpec } from '../../../src/commands/wait-pipeline/spec.js';
import { AwsSandbox } from '../../sandbox/aws/server.js';
import { PipelineRuns, churnScript } from '../../sandbox/aws/sagemaker-executions.js';
import { PipelinesWorld } from '../../sandbox/aws/sagemaker-pipelines.js';
import { scaledClock } from '../../sandbox/clock.js';
import { runInProcess } from './fake-host.js';

/** start-pipeline, wait-pipeline and describe-pipeline, run in process against the sandbox. */
jest.setTimeout(20_000);
const SCALE = 600;
const PIPELINE_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train';
let aws: AwsSandbox;
let runs: PipelineRuns;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(SCALE) });
  runs = new PipelineRuns(new PipelinesWorld(aws));
  await aws.start();
  runs.addPipeline('churn-train', churnScript({ scale: 0.25 }));
  runs.addRun('churn-train', 'nightly1', aws.now() - 86_400_000);
});
afterEach(() => aws.stop());

const options = () => ({ env: aws.env(), clock: aws.clock });

describe('start-pipeline run()', () => {
  it('starts with typed parameters, waits, and outputs the outcome with real types', async () => {
    const r = await runInProcess(
      startSpec,
      startRun,
      {
        'pipeline-name': 'churn-train',
        parameters: '{Epochs: 20, UseSpot: True}',
        wait: 'true',
        'poll-interval': '5s',
      },
      options(),
    );
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['execution-arn']).toMatch(new RegExp(`^${PIPELINE_ARN}/execution/\\w+$`));
    expect(r.outputs.status).toBe('Succeeded');
    expect(r.outputs.conditions).toEqual({ CheckAccuracy: 'True' });
    expect(aws.calls('StartPipelineExecution')[0]!.body).toMatchObject({
      PipelineName: 'churn-train',
      PipelineParameters: [
        { Name: 'Epochs', Value: '20' },
        { Name: 'UseSpot', Value: 'true' },
      ],
      PipelineExecutionDisplayName: 'churn-model-fe1d2c3-run-9876543210-1',
    });
  });

  it('checks the wait options even when it does not wait: nothing starts', async () => {
    const r = await runInProcess(
      startSpec,
      startRun,
      { 'pipeline-name': 'churn-train', 'timeout-minutes': '0' },
      options(),
    );
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([
      expect.stringMatching(/^input 'timeout-minutes' must be a duration from 1m to 72h/),
    ]);
    expect(aws.operations()).toEqual([]);
  });
});

describe('wait-pipeline run()', () => {
  it('waits on an execution given by ARN and reports its steps', async () => {
    const exec = runs.addRun('churn-train', 'pr42', aws.now());
    const r = await runInProcess(
      waitSpec,
      waitRun,
      { 'execution-arn': exec.arn, 'poll-interval': '10s' },
      options(),
    );
    expect(r.errors).toEqual([]);
    expect(r.outputs.status).toBe('Succeeded');
    expect((r.outputs.steps as { name: string }[]).map((s) => s.name)).toEqual([
      'Preprocess',
      'Train',
      'Evaluate',
      'CheckAccuracy',
      'RegisterModel',
    ]);
    expect(new Set(aws.operations())).not.toContain('StartPipelineExecution');
  });
});

describe('describe-pipeline run()', () => {
  it('lists recent executions, latest first', async () => {
    const r = await runInProcess(
      describeSpec,
      describeRun,
      { 'pipeline-name': 'churn-train', 'max-results': '5' },
      options(),
    );
    expect(r.code).toBe(0);
    expect(r.outputs['pipeline-arn']).toBe(PIPELINE_ARN);
    expect(r.outputs['latest-execution-arn']).toBe(`${PIPELINE_ARN}/execution/nightly1`);
    expect(aws.calls('ListPipelineExecutions')[0]!.body).toMatchObject({
      PipelineName: 'churn-train',
      MaxResults: 5,
    });
  });
});
