/**
 * deploy's wait on an inference component's rolling update (target inference-component):
 * DescribeInferenceComponent calls per waited hour and how soon the end of the update is noticed,
 * for updates of 5, 20 and 60 minutes. The real core (deployComponent) and gateways (AWS SDK over
 * HTTP) talk to the sandbox on virtual time, so figures are exact and repeatable. A component has
 * no previous deployment to predict from: the adaptive schedule polls as without history.
 */
import { sagemakerComponentsGateway } from '../../src/aws/sagemaker-components.js';
import { sagemakerPromotionGateway } from '../../src/aws/sagemaker-promotion.js';
import { isTransient } from '../../src/aws/transient.js';
import { deployComponent } from '../../src/core/promotion/inference-component.js';
import { parsePlan } from '../../src/core/promotion/plan.js';
import { STRATEGY_INPUTS } from '../../src/core/promotion/strategy-inputs.js';
import { parseInputGroup } from '../../src/core/spec/parse.js';
import type { PollPolicy } from '../../src/core/wait/schedule.js';
import { InferenceComponentsWorld } from '../../test/sandbox/aws/sagemaker-inference-components.js';
import { EndpointsWorld } from '../../test/sandbox/aws/sagemaker-endpoints.js';
import { ModelRegistryWorld } from '../../test/sandbox/aws/sagemaker-model-registry.js';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { MemoryLog } from '../../test/support/memory-log.js';
import { VirtualClock } from '../../test/support/virtual-clock.js';
import { seeded } from './support/seeded.js';

const POLICIES: [string, PollPolicy][] = [
  ['adaptive', { kind: 'adaptive' }],
  ['fixed 15 s', { kind: 'fixed', intervalMs: 15_000 }],
  ['fixed 30 s', { kind: 'fixed', intervalMs: 30_000 }],
];
const SEEDS = 5;

async function once(policy: PollPolicy, updateMs: number) {
  const clock = new VirtualClock();
  const aws = new AwsSandbox({ clock: { now: () => clock.now(), scale: 1, epoch: clock.now(), env: {} } });
  const registry = new ModelRegistryWorld(aws);
  const hosting = new EndpointsWorld(aws, registry);
  const components = new InferenceComponentsWorld(aws, hosting);
  await aws.start();
  try {
    const pkg = registry.addPackage('llm', { status: 'Approved' }).arn;
    hosting.addEndpoint('llm-prod', 'llm-prod-config', 0, [
      { VariantName: 'AllTraffic', InstanceType: 'ml.g5.12xlarge', InitialInstanceCount: 2 },
    ]);
    components.addComponent('llm-chat', 'llm-prod', 'llm-chat-old', 4);
    components.updateMs = updateMs;
    const env = aws.env();
    const credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! };
    const context = { env, action: 'deploy', credentials: async () => credentials };
    const raw: Record<string, string> = { 'rolling-batch-size': '1', 'wait-interval': '60' };
    const plan = parsePlan(
      parseInputGroup(STRATEGY_INPUTS, (n) => raw[n]),
      'inference-component',
      4,
    );
    await deployComponent(
      {
        endpointName: 'llm-prod',
        component: { name: 'llm-chat', copies: 4, memoryMb: 24576, accelerators: 1 },
        modelPackageArn: pkg,
        roleArn: 'arn:aws:iam::123456789012:role/sagemaker-hosting',
        plan,
        commit: 'abcdef1234567',
      },
      {
        gateway: sagemakerPromotionGateway(context),
        components: sagemakerComponentsGateway(context),
        clock,
        log: new MemoryLog(),
        signal: new AbortController().signal,
        isTransient,
        onOutput: () => {},
        policy,
        timeoutMs: 3 * 3_600_000,
      },
    );
    const update = aws.calls('UpdateInferenceComponent')[0]!.time;
    const describes = aws.requests.filter(
      (q) => q.operation === 'DescribeInferenceComponent' && q.time >= update,
    );
    return {
      calls: describes.length,
      lagMs: describes.at(-1)!.time - (update + updateMs),
      waitedMs: clock.now() - update,
    };
  } finally {
    await aws.stop();
  }
}

export default async function componentWait(): Promise<void> {
  console.log('\n### inference component rolling update\n');
  console.log(
    '| update | policy | DescribeInferenceComponent calls / waited hour | notice lag median | max |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: |');
  for (const minutes of [5, 20, 60]) {
    for (const [name, policy] of POLICIES) {
      const runs = [];
      for (let seed = 1; seed <= SEEDS; seed++)
        runs.push(await once(policy, minutes * 60_000 + Math.round(15_000 * (1 + seeded(seed + 100)))));
      const hours = runs.reduce((t, r) => t + r.waitedMs, 0) / 3_600_000;
      const lags = runs.map((r) => r.lagMs).sort((a, b) => a - b);
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      const calls = runs.reduce((t, r) => t + r.calls, 0) / hours;
      console.log(
        `| ${minutes} min | ${name} | ${calls.toFixed(0)} | ${s(lags[Math.floor(lags.length / 2)]!)} | ${s(lags.at(-1)!)} |`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await componentWait();
