import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AwsSandbox, runAction, runCli, scaledClock } from './harness.js';
import { LogsWorld } from '../sandbox/aws/cloudwatch-logs.js';
import { PipelinesWorld } from '../sandbox/aws/sagemaker-pipelines.js';
import { PipelineRuns, churnScript } from '../sandbox/aws/sagemaker-executions.js';
import { jobName } from '../sandbox/aws/sagemaker-jobs.js';

/**
 * What each step is doing, through the bundled actions: a training step's secondary statuses and
 * latest metrics in the log as it runs, its final metrics in the summary, and a failed job's last
 * 20 log lines in the failure annotation. Sandbox time runs 600× (the 15-minute pipeline: 1.5 s).
 */
const SCALE = 600;
jest.setTimeout(30_000);

let aws: AwsSandbox;
let runs: PipelineRuns;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(SCALE) });
  runs = new PipelineRuns(new PipelinesWorld(aws));
  runs.jobs.serveLogs(new LogsWorld(aws));
  await aws.start();
  runs.addPipeline('churn-train', churnScript({ scale: 0.25 }));
  runs.addRun('churn-train', 'nightly1', aws.now() - 86_400_000);
});
afterEach(() => aws.stop());

async function started(script = churnScript({ scale: 0.25 })): Promise<string> {
  runs.scripts.set('churn-train', script);
  const r = await runAction('start-pipeline', { aws, inputs: { 'pipeline-name': 'churn-train' } });
  expect(r.exitCode).toBe(0);
  return r.outputs['execution-arn']!;
}
const wait = (arn: string) => runAction('wait-pipeline', { aws, inputs: { 'execution-arn': arn } });
/** The `::error::` annotation, unescaped as the runner shows it. */
const annotation = (stdout: string) =>
  (stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '')
    .slice('::error::'.length)
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%');

describe('training progress', () => {
  it('logs secondary statuses and latest metrics as the job runs, and final metrics in the summary', async () => {
    const arn = await started();
    const before = aws.requests.length;
    const r = await wait(arn);
    expect(r.exitCode).toBe(0);
    const label = 'churn-model-4f2c1a9-run-9876543210-1';
    const lines = r.stdout.split('\n').map((l) => l.trim());
    const at = (text: string) => lines.findIndex((l) => l === `${label}: Train: ${text}`);
    const statuses = [
      'training job Starting - Preparing the instances for training',
      'training job Downloading - Downloading input data',
      'training job Training - Training image download completed. Training in progress.',
      'training job Uploading - Uploading generated training model',
      'training job Completed - Training job completed',
    ].map(at);
    expect(statuses.every((i) => i >= 0)).toBe(true);
    expect([...statuses].sort((a, b) => a - b)).toEqual(statuses);
    // Latest metrics while it trains, before the step ends; then the final ones.
    const running = lines.findIndex((l) =>
      /^\S+: Train: metrics train:auc=0\.\d+, validation:auc=0\.\d+$/.test(l),
    );
    const ended = at('Executing → Succeeded (10m 0s)');
    expect(running).toBeGreaterThan(-1);
    expect(running).toBeLessThan(ended);
    expect(at('final metrics train:auc=0.97, validation:auc=0.95')).toBeGreaterThan(running);
    expect(r.summary).toContain(
      '**Training metrics**\n\n| Step | Metric | Final value |\n| --- | --- | --- |\n| Train | train:auc | 0.97 |\n| Train | validation:auc | 0.95 |',
    );

    // The job read by the name in its ARN, at most once a poll, and nothing but training details.
    const ops = aws.requests.slice(before).map((q) => q.operation);
    const describes = aws.calls('DescribeTrainingJob');
    expect(describes.length).toBeGreaterThan(2);
    expect(describes.length).toBeLessThanOrEqual(ops.filter((o) => o === 'DescribePipelineExecution').length);
    expect(new Set(describes.map((c) => c.body.TrainingJobName))).toEqual(
      new Set([jobName(arn, 'Train').toLowerCase()]),
    );
    expect(ops).not.toContain('DescribeProcessingJob');
    expect(ops).not.toContain('GetLogEvents');
  });
});

describe('a failed job', () => {
  it("shows the training job's last 20 log lines in the failure annotation, beside its logs link", async () => {
    const arn = await started(churnScript({ failAt: 'Train', scale: 0.25 }));
    const r = await wait(arn);
    expect(r.exitCode).toBe(1);
    const name = jobName(arn, 'Train');
    const text = annotation(r.stdout).split('\n');
    expect(text[0]).toBe(
      'churn-model-4f2c1a9-run-9876543210-1 failed at step Train: AlgorithmError: Train ran out of memory (exit code 137)',
    );
    expect(text[1]).toBe(
      `  job: arn:aws:sagemaker:us-east-1:123456789012:training-job/${name.toLowerCase()}`,
    );
    expect(text[2]).toMatch(/^ {2}logs: https:\/\/us-east-1\.console\.aws\.amazon\.com\/cloudwatch\/home/);
    expect(text[2]).toContain(`logStreamNameFilter$253D${name}`); // the name as the streams spell it
    expect(text[3]).toMatch(
      new RegExp(`^  last 20 log lines of /aws/sagemaker/TrainingJobs ${name}/algo-1-\\d+:$`),
    );
    const tail = text.slice(4);
    expect(tail).toHaveLength(20);
    expect(tail.at(-1)).toBe('    AlgorithmError: Train ran out of memory (exit code 137)');
    expect(tail.at(-2)).toContain('MemoryError: Unable to allocate');
    expect(tail[0]).toBe('    [setup] Train: step 8 of 8 ready'); // 27 lines written: the first 7 left out
    // The stream found by the job's own spelling of its name, the newest 20 events read.
    expect(aws.calls('DescribeLogStreams')[0]!.body).toEqual({
      logGroupName: '/aws/sagemaker/TrainingJobs',
      logStreamNamePrefix: `${name}/`,
      limit: 50,
    });
    expect(aws.calls('GetLogEvents')[0]!.body).toMatchObject({
      logGroupName: '/aws/sagemaker/TrainingJobs',
      startFromHead: false,
      limit: 20,
    });
    // A failed job's metrics are the latest it emitted (it died before its last epoch).
    expect(r.summary).toContain('| Train | validation:auc | 0.93 |');
  });

  it("shows a failed processing job's log tail (CLI, CodeBuild-style: pipeline start --wait)", async () => {
    runs.scripts.set('churn-train', churnScript({ failAt: 'Preprocess', scale: 0.25 }));
    const r = await runCli(['pipeline', 'start', '--pipeline-name', 'churn-train', '--wait'], {
      aws,
      env: { CODEBUILD_BUILD_ID: 'churn-ci:5d0c4a4e-1111-2222-3333-444455556666' },
    });
    expect(r.exitCode).toBe(1);
    const arn = r.outputs['execution-arn']!;
    const name = jobName(arn, 'Preprocess');
    expect(aws.calls('DescribeProcessingJob').map((c) => c.body)).toEqual([
      { ProcessingJobName: name.toLowerCase() },
    ]);
    expect(aws.calls('DescribeLogStreams')[0]!.body).toMatchObject({
      logGroupName: '/aws/sagemaker/ProcessingJobs',
      logStreamNamePrefix: `${name}/`,
    });
    expect(r.stderr).toContain(`last 20 log lines of /aws/sagemaker/ProcessingJobs ${name}/algo-1-`);
    expect(r.stderr).toContain('    AlgorithmError: Preprocess ran out of memory (exit code 137)');
    expect(aws.calls('DescribeTrainingJob')).toHaveLength(0); // no training step ran
  });

  it('30% throttling, 5xx and dropped connections change nothing: outputs, summary, annotation', async () => {
    // Training succeeds (final metrics in the summary), then the evaluation job fails (its log tail).
    const arn = await started(churnScript({ failAt: 'Evaluate', scale: 0.25 }));
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 7 });
    const faulty = await wait(arn);
    const faulted = aws.requests.filter((q) => q.fault).map((q) => q.operation);
    aws.faults(undefined);
    const clean = await wait(arn);
    expect(faulty.exitCode).toBe(1);
    expect(faulty.outputs).toEqual(clean.outputs);
    expect(faulty.summary).toEqual(clean.summary);
    expect(annotation(faulty.stdout)).toEqual(annotation(clean.stdout));
    expect(annotation(clean.stdout)).toContain('last 20 log lines of /aws/sagemaker/ProcessingJobs');
    expect(clean.summary).toContain('| Train | validation:auc | 0.95 |');
    // Step-detail calls were among the faulted ones.
    const details = ['DescribeTrainingJob', 'DescribeProcessingJob', 'DescribeLogStreams', 'GetLogEvents'];
    expect(faulted.filter((o) => details.includes(o)).length).toBeGreaterThan(0);
  });
});
