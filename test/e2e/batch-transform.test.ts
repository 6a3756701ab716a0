import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AwsSandbox, runAction, runCli, scaledClock } from './harness.js';
import { ModelRegistryWorld } from '../sandbox/aws/sagemaker-model-registry.js';
import { EndpointsWorld } from '../sandbox/aws/sagemaker-endpoints.js';
import { TransformJobsWorld } from '../sandbox/aws/sagemaker-transform.js';
import { LogsWorld } from '../sandbox/aws/cloudwatch-logs.js';

// Sandbox time runs 1200× faster: a 20-minute job takes 1 s.
jest.setTimeout(30_000);
let aws: AwsSandbox;
let registry: ModelRegistryWorld;
let jobs: TransformJobsWorld;
let pkg: string;
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-batch';

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(1200) });
  registry = new ModelRegistryWorld(aws);
  const hosting = new EndpointsWorld(aws, registry);
  jobs = new TransformJobsWorld(aws, hosting, new LogsWorld(aws));
  await aws.start();
  pkg = registry.addPackage('churn', { status: 'Approved' }).arn;
  aws.putObject('churn-data', 'scoring/2026-12-01/part-0.csv', '1,2,3\n4,5,6\n');
  aws.putObject('churn-data', 'scoring/2026-12-01/part-1.csv', '7,8,9\n');
});
afterEach(() => aws.stop());

const inputs = (over: Record<string, string> = {}) => ({
  'model-package-arn': pkg,
  'execution-role-arn': ROLE,
  'input-s3-uri': 's3://churn-data/scoring/2026-12-01',
  'output-s3-uri': 's3://churn-data/scored/2026-12-01',
  'instance-type': 'ml.m5.xlarge',
  ...over,
});

describe('batch-transform (bundled action under Node 24)', () => {
  it('runs the job from the package: the model as deploy makes it, the request, the outputs', async () => {
    const r = await runAction('batch-transform', {
      aws,
      inputs: inputs({
        'content-type': 'text/csv',
        'split-type': 'Line',
        'batch-strategy': 'MultiRecord',
        'instance-count': '2',
        'max-payload': '10',
        'max-concurrent-transforms': '4',
        accept: 'text/csv',
        'assemble-with': 'Line',
        'join-source': 'Input',
        'input-filter': '$[1:]',
        'output-filter': '$[0,-1]',
      }),
    });
    expect(r.exitCode).toBe(0);
    const name = r.outputs['transform-job-name']!;
    expect(name).toMatch(/^churn-9876543210-1-[0-9a-f]{8}$/);
    expect(r.outputs).toMatchObject({
      'transform-job-arn': `arn:aws:sagemaker:us-east-1:123456789012:transform-job/${name}`,
      'output-s3-uri': 's3://churn-data/scored/2026-12-01',
      status: 'Completed',
    });
    const model = r.outputs['model-name']!;
    expect(model).toMatch(/^churn-v1-[0-9a-f]{6}$/);
    expect(aws.calls('CreateModel')[0]!.body).toEqual({
      ModelName: model,
      ExecutionRoleArn: ROLE,
      PrimaryContainer: { ModelPackageName: pkg },
    });
    expect(aws.calls('CreateTransformJob')[0]!.body).toEqual({
      TransformJobName: name,
      ModelName: model,
      TransformInput: {
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://churn-data/scoring/2026-12-01' } },
        ContentType: 'text/csv',
        SplitType: 'Line',
      },
      TransformOutput: {
        S3OutputPath: 's3://churn-data/scored/2026-12-01',
        Accept: 'text/csv',
        AssembleWith: 'Line',
      },
      TransformResources: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2 },
      BatchStrategy: 'MultiRecord',
      MaxPayloadInMB: 10,
      MaxConcurrentTransforms: 4,
      DataProcessing: { InputFilter: '$[1:]', OutputFilter: '$[0,-1]', JoinSource: 'Input' },
    });
    expect([...aws.objects.keys()].filter((k) => k.includes('scored/'))).toEqual([
      'churn-data/scored/2026-12-01/part-0.csv.out',
      'churn-data/scored/2026-12-01/part-1.csv.out',
    ]);
    expect(r.summary).toContain(`### ✅ Batch transform ${name}: Completed`);
    expect(r.summary).toContain('| Instances | 2 × ml.m5.xlarge |');
    // The same model serves the next job of this package and role.
    const next = await runAction('batch-transform', { aws, inputs: inputs(), env: { GITHUB_RUN_ID: '42' } });
    expect(next.exitCode).toBe(0);
    expect(aws.calls('CreateModel')).toHaveLength(1);
    expect(aws.calls('CreateTransformJob')).toHaveLength(2);
  });

  it('a failed job: fails the step with its FailureReason and the tail of its log', async () => {
    jobs.nextOutcome = {
      kind: 'failed',
      reason: 'ClientError: See job logs for more information',
      logLines: [
        'loading model',
        ...Array.from({ length: 40 }, (_, i) => `record ${i} ok`),
        'ValueError: could not convert string to float: "n/a"',
      ],
    };
    const r = await runAction('batch-transform', { aws, inputs: inputs() });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('Failed');
    const name = r.outputs['transform-job-name']!;
    expect(r.stdout).toContain(
      `::error::transform job ${name} ended Failed: ClientError: See job logs for more information`,
    );
    expect(r.stdout).toContain('ValueError: could not convert string to float: "n/a"');
    expect(r.stdout).not.toContain('loading model'); // the tail: the last 30 lines
    expect(r.summary).toContain(`Last lines of ${name}/i-0a1b2c3d4e5f-`);
    expect(aws.calls('GetLogEvents')[0]!.body).toMatchObject({
      logGroupName: '/aws/sagemaker/TransformJobs',
      limit: 30,
    });
  });

  it('a retried step attaches to the job it started instead of starting another', async () => {
    const first = await runAction('batch-transform', {
      aws,
      inputs: inputs({ 'stop-on-cancel': 'false' }),
      signal: { name: 'SIGINT', when: /Started transform job/ },
    });
    expect(first.exitCode).toBe(1);
    expect(first.stdout).toContain('goes on (InProgress) because stop-on-cancel is false');
    const again = await runAction('batch-transform', { aws, inputs: inputs() });
    expect(again.exitCode).toBe(0);
    expect(again.outputs['transform-job-name']).toBe(first.outputs['transform-job-name']);
    expect(again.stdout).toContain('exists (an earlier try of this step started it): attaching to it');
    expect(aws.calls('CreateTransformJob')).toHaveLength(1);
    expect(again.summary).toContain('(attached: started by an earlier try of this step)');
    // "Re-run jobs" is a new attempt: a new job.
    const rerun = await runAction('batch-transform', {
      aws,
      inputs: inputs(),
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.outputs['transform-job-name']).toMatch(/^churn-9876543210-2-/);
    expect(aws.calls('CreateTransformJob')).toHaveLength(2);
  });

  it('cancelled: stops the job (StopTransformJob) and says so', async () => {
    const r = await runAction('batch-transform', {
      aws,
      inputs: inputs(),
      signal: { name: 'SIGINT', when: /Started transform job/ },
    });
    expect(r.exitCode).toBe(1);
    const name = r.outputs['transform-job-name']!;
    expect(aws.calls('StopTransformJob').map((c) => c.body)).toEqual([{ TransformJobName: name }]);
    expect(r.stdout).toContain(`::error::cancelled: stopped transform job ${name}`);
    expect(r.outputs['transform-job-arn']).toContain(`transform-job/${name}`);
  });

  it.each([
    [
      { 'batch-strategy': 'MultiRecord' },
      "input 'batch-strategy' needs split-type Line, RecordIO or TFRecord",
    ],
    [
      { 'max-concurrent-transforms': '20' },
      "input 'max-concurrent-transforms' × max-payload must be at most 100 MB (20 × 6 MB, the default payload = 120)",
    ],
    [{ 'max-payload': '101' }, "input 'max-payload'"],
    [{ 'split-type': 'Lines' }, "input 'split-type'"],
    [{ 'input-filter': '$' + '[0]'.repeat(25) }, "input 'input-filter'"],
    [{ 'input-s3-uri': 'churn-data/scoring' }, "input 'input-s3-uri'"],
    [{ 'job-name': 'nightly_scoring' }, "input 'job-name'"],
  ])('refuses %j before any AWS call', async (over, message) => {
    const r = await runAction('batch-transform', { aws, inputs: inputs(over) });
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toContain(`::error::${message}`);
    expect(aws.requests).toHaveLength(0);
  });

  it('30% faults (throttling, 5xx, dropped connections) change nothing', async () => {
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 11 });
    const r = await runAction('batch-transform', { aws, inputs: inputs() });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('Completed');
    expect(aws.calls('CreateTransformJob')).toHaveLength(1);
    expect(aws.calls('CreateModel')).toHaveLength(1);
    expect(aws.requests.filter((q) => q.fault).length).toBeGreaterThan(2);
  });

  it('runs as the CLI (inference transform)', async () => {
    const r = await runCli(
      ['inference', 'transform', ...Object.entries(inputs()).flatMap(([k, v]) => [`--${k}`, v])],
      { aws, env: { CODEBUILD_BUILD_ID: 'churn-score:0f1e2d3c-4b5a-6978-8091-a2b3c4d5e6f7' } },
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('status=Completed');
    expect(aws.calls('CreateTransformJob')[0]!.body.TransformJobName).toMatch(
      /^churn-a2b3c4d5e6f7-\d+-[0-9a-f]{8}$/,
    );
  });
});
