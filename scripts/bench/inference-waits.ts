/**
 * batch-transform's and shadow-test's waits: Describe calls per waited hour and how soon the end
 * is noticed. The real cores (runTransform, runShadow) and SageMaker gateways (AWS SDK over HTTP)
 * talk to the sandbox on virtual time, so figures are exact and repeatable. Transform jobs of 5,
 * 20 and 60 minutes (plus 0-30 s, seeded); shadow tests of 1 and 6 hours. 5 seeds a row.
 */
import { sagemakerExperimentGateway } from '../../src/aws/sagemaker-experiments.js';
import { sagemakerPromotionGateway } from '../../src/aws/sagemaker-promotion.js';
import { jobLogGateway, sagemakerTransformGateway } from '../../src/aws/sagemaker-transform.js';
import { isTransient } from '../../src/aws/transient.js';
import { runShadow } from '../../src/core/inference/shadow.js';
import { runTransform } from '../../src/core/inference/transform.js';
import { VirtualClock } from '../../test/support/virtual-clock.js';
import { MemoryLog } from '../../test/support/memory-log.js';
import { ExperimentsWorld } from '../../test/sandbox/aws/sagemaker-experiments.js';
import { EndpointsWorld } from '../../test/sandbox/aws/sagemaker-endpoints.js';
import { ModelRegistryWorld } from '../../test/sandbox/aws/sagemaker-model-registry.js';
import { TransformJobsWorld } from '../../test/sandbox/aws/sagemaker-transform.js';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { seeded } from './support/seeded.js';

const SEEDS = 5;
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-hosting';

async function world<T>(
  fn: (w: {
    aws: AwsSandbox;
    clock: VirtualClock;
    registry: ModelRegistryWorld;
    hosting: EndpointsWorld;
    context: {
      env: Record<string, string>;
      action: string;
      credentials: () => Promise<{ accessKeyId: string; secretAccessKey: string }>;
    };
  }) => Promise<T>,
): Promise<T> {
  const clock = new VirtualClock();
  const aws = new AwsSandbox({ clock: { now: () => clock.now(), scale: 1, epoch: clock.now(), env: {} } });
  const registry = new ModelRegistryWorld(aws);
  const hosting = new EndpointsWorld(aws, registry);
  await aws.start();
  try {
    const env = aws.env();
    const credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! };
    return await fn({
      aws,
      clock,
      registry,
      hosting,
      context: { env, action: 'bench', credentials: async () => credentials },
    });
  } finally {
    await aws.stop();
  }
}

const base = (clock: VirtualClock) => ({
  clock,
  log: new MemoryLog(),
  signal: new AbortController().signal,
  isTransient,
  onOutput: () => {},
});

function transformOnce(runMs: number) {
  return world(async ({ aws, clock, registry, hosting, context }) => {
    const jobs = new TransformJobsWorld(aws, hosting);
    jobs.runMs = runMs;
    const pkg = registry.addPackage('churn', { status: 'Approved' }).arn;
    await runTransform(
      {
        name: 'bench-job',
        modelName: 'churn-v1-bench',
        packageArn: pkg,
        roleArn: ROLE,
        input: { s3Uri: 's3://in/x' },
        output: { s3Uri: 's3://out/x' },
        resources: { instanceType: 'ml.m5.xlarge', instanceCount: 1 },
      },
      {
        ...base(clock),
        gateway: { ...sagemakerPromotionGateway(context), ...sagemakerTransformGateway(context) },
        logs: jobLogGateway(context),
        timeoutMs: 6 * 3_600_000,
        stopOnCancel: true,
      },
    );
    const created = aws.calls('CreateTransformJob')[0]!.time;
    const describes = aws.requests.filter((q) => q.operation === 'DescribeTransformJob' && q.time >= created);
    return {
      calls: describes.length,
      lagMs: describes.at(-1)!.time - (created + runMs),
      waitedMs: clock.now() - created,
    };
  });
}

function shadowOnce(durationMs: number, seed: number) {
  return world(async ({ aws, clock, registry, hosting, context }) => {
    const experiments = new ExperimentsWorld(aws, hosting);
    experiments.startMs = 5 * 60_000 + Math.round(60_000 * (1 + seeded(seed)));
    experiments.addProductionEndpoint('churn-prod', {
      variant: 'AllTraffic',
      model: 'churn-prod-m',
      instanceType: 'ml.m5.large',
      count: 2,
    });
    const pkg = registry.addPackage('churn', { status: 'Approved' }).arn;
    await runShadow(
      {
        experimentName: 'bench-shadow',
        endpointName: 'churn-prod',
        packageArn: pkg,
        roleArn: ROLE,
        modelName: 'churn-v1-bench',
        samplingPercentage: 100,
        durationMs,
      },
      {
        ...base(clock),
        gateway: { ...sagemakerPromotionGateway(context), ...sagemakerExperimentGateway(context) },
      },
    );
    const created = aws.calls('CreateInferenceExperiment')[0]!.time;
    const describes = aws.requests.filter(
      (q) => q.operation === 'DescribeInferenceExperiment' && q.time >= created,
    );
    const running = created + experiments.createMs + experiments.startMs;
    return {
      calls: describes.length,
      lagMs: clock.now() - (running + durationMs),
      waitedMs: clock.now() - created,
    };
  });
}

function row(label: string, runs: { calls: number; lagMs: number; waitedMs: number }[]) {
  const hours = runs.reduce((t, r) => t + r.waitedMs, 0) / 3_600_000;
  const calls = runs.reduce((t, r) => t + r.calls, 0) / hours;
  const lags = runs.map((r) => r.lagMs).sort((a, b) => a - b);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `| ${label} | ${calls.toFixed(0)} | ${s(lags[Math.floor(lags.length / 2)]!)} | ${s(lags.at(-1)!)} |`,
  );
}

export default async function inferenceWaits(): Promise<void> {
  console.log('\n### batch-transform: DescribeTransformJob\n');
  console.log('| job | calls / waited hour | notice lag median | max |');
  console.log('| ---: | ---: | ---: | ---: |');
  for (const minutes of [5, 20, 60]) {
    const runs = [];
    for (let seed = 1; seed <= SEEDS; seed++)
      runs.push(await transformOnce(minutes * 60_000 + Math.round(15_000 * (1 + seeded(seed + 100)))));
    row(`${minutes} min`, runs);
  }
  console.log('\n### shadow-test: DescribeInferenceExperiment (lag: judged after Running + duration)\n');
  console.log('| duration | calls / waited hour | judgement lag median | max |');
  console.log('| ---: | ---: | ---: | ---: |');
  for (const hours of [1, 6]) {
    const runs = [];
    for (let seed = 1; seed <= SEEDS; seed++) runs.push(await shadowOnce(hours * 3_600_000, seed));
    row(`${hours} h`, runs);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await inferenceWaits();
