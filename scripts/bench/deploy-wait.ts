/**
 * deploy's wait: DescribeEndpoint calls per waited hour and how soon the end of an endpoint update
 * is noticed, for updates of 5, 20 and 60 minutes. The real core (deploy) and SageMaker gateway
 * (AWS SDK over HTTP) talk to the sandbox on virtual time, so figures are exact and repeatable.
 * The endpoint's previous deployment took as long as this one (or ±5%, seeded): the adaptive
 * schedule predicts from it; fixed 15 s is the schedule before the wait engine. 7 seeds a row.
 */
import { sagemakerPromotionGateway } from '../../src/aws/sagemaker-promotion.js';
import { isTransient } from '../../src/aws/transient.js';
import { VirtualClock } from '../../test/support/virtual-clock.js';
import { MemoryLog } from '../../test/support/memory-log.js';
import { deploy } from '../../src/core/promotion/deploy.js';
import { parsePlan } from '../../src/core/promotion/plan.js';
import { STRATEGY_INPUTS } from '../../src/core/promotion/strategy-inputs.js';
import { parseInputGroup } from '../../src/core/spec/parse.js';
import type { PollPolicy } from '../../src/core/wait/schedule.js';
import { EndpointsWorld } from '../../test/sandbox/aws/sagemaker-endpoints.js';
import { ModelRegistryWorld } from '../../test/sandbox/aws/sagemaker-model-registry.js';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { seeded } from './support/seeded.js';

const POLICIES: [string, PollPolicy][] = [
  ['adaptive', { kind: 'adaptive' }],
  ['fixed 5 s', { kind: 'fixed', intervalMs: 5_000 }],
  ['fixed 15 s (before)', { kind: 'fixed', intervalMs: 15_000 }],
  ['fixed 30 s', { kind: 'fixed', intervalMs: 30_000 }],
];
const SEEDS = 7;

async function once(policy: PollPolicy, updateMs: number, previousMs: number) {
  const clock = new VirtualClock();
  const aws = new AwsSandbox({ clock: { now: () => clock.now(), scale: 1, epoch: clock.now(), env: {} } });
  const registry = new ModelRegistryWorld(aws);
  const hosting = new EndpointsWorld(aws, registry);
  await aws.start();
  try {
    const pkg = registry.addPackage('churn', { status: 'Approved' }).arn;
    hosting.addEndpoint('churn-prod', 'churn-prod-old', previousMs);
    hosting.updateMs = updateMs;
    const env = aws.env();
    const credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! };
    const gateway = sagemakerPromotionGateway({
      env,
      action: 'deploy',
      credentials: async () => credentials,
    });
    const raw: Record<string, string> = { strategy: 'Canary10Percent5Minutes', 'instance-count': '4' };
    const plan = parsePlan(parseInputGroup(STRATEGY_INPUTS, (n) => raw[n]));
    const request = {
      endpointName: 'churn-prod',
      modelPackageArn: pkg,
      roleArn: 'arn:aws:iam::123456789012:role/sagemaker-hosting',
      instanceType: 'ml.m5.large',
      plan,
      commit: 'abcdef1234567',
    };
    const context = {
      gateway,
      clock,
      log: new MemoryLog(),
      signal: new AbortController().signal,
      isTransient,
      onOutput: () => {},
      policy,
      timeoutMs: 3 * 3_600_000,
    };
    await deploy(request, context);
    const update = aws.calls('UpdateEndpoint')[0]!.time;
    const describes = aws.requests.filter((q) => q.operation === 'DescribeEndpoint' && q.time >= update);
    const done = update + updateMs;
    return { calls: describes.length, lagMs: describes.at(-1)!.time - done, waitedMs: clock.now() - update };
  } finally {
    await aws.stop();
  }
}

export default async function deployWait(): Promise<void> {
  for (const [title, spread] of [
    ['previous deployment as long as this one', 0],
    ['previous deployment ±5%', 0.05],
  ] as const) {
    console.log(`\n### ${title}\n`);
    console.log('| update | policy | DescribeEndpoint calls / waited hour | notice lag median | max |');
    console.log('| ---: | --- | ---: | ---: | ---: |');
    for (const minutes of [5, 20, 60]) {
      for (const [name, policy] of POLICIES) {
        const runs = [];
        for (let seed = 1; seed <= SEEDS; seed++) {
          // Real updates do not end on a round minute: 0-30 s more, seeded.
          const updateMs = minutes * 60_000 + Math.round(15_000 * (1 + seeded(seed + 100)));
          runs.push(await once(policy, updateMs, Math.round(updateMs * (1 + spread * seeded(seed)))));
        }
        const hours = runs.reduce((t, r) => t + r.waitedMs, 0) / 3_600_000;
        const calls = runs.reduce((t, r) => t + r.calls, 0) / hours;
        const lags = runs.map((r) => r.lagMs).sort((a, b) => a - b);
        const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        console.log(
          `| ${minutes} min | ${name} | ${calls.toFixed(0)} | ${s(lags[Math.floor(lags.length / 2)]!)} | ${s(lags.at(-1)!)} |`,
        );
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await deployWait();
