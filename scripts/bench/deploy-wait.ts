/**
 * Deploy wait: how many DescribeEndpoint calls a deployment costs and how soon the action notices
 * its end, for updates of 5, 20 and 60 minutes (sandbox time at 600×). Runs the bundled deploy
 * action under Node 24. Faults are not benchmarked here: the SDK's retry back-off runs in real
 * time, so at 600× a 1 s back-off would count as 10 minutes (the e2e tests cover correctness).
 * "Notice lag" is sandbox time from the endpoint reaching its final state to the action's last
 * DescribeEndpoint (the one that saw it); at 600× each real millisecond of process overhead adds
 * 0.6 s, so the lag is an upper bound. Compared with the SDK's waitUntilEndpointInService
 * (30 s minimum delay, and a rollback also ends InService, so it cannot tell one).
 */
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { scaledClock } from '../../test/sandbox/clock.js';
import { EndpointsWorld } from '../../test/sandbox/aws/sagemaker-endpoints.js';
import { ModelRegistryWorld } from '../../test/sandbox/aws/sagemaker-model-registry.js';
import { runAction } from '../../test/sandbox/runner.js';

const SCALE = 600;

async function once(updateMinutes: number) {
  const aws = new AwsSandbox({ clock: scaledClock(SCALE) });
  const registry = new ModelRegistryWorld(aws);
  const hosting = new EndpointsWorld(aws, registry);
  await aws.start();
  try {
    const pkg = registry.addPackage('churn', { status: 'Approved' }).arn;
    hosting.addEndpoint('churn-prod', 'churn-prod-old');
    hosting.updateMs = updateMinutes * 60_000;
    const r = await runAction('deploy', {
      aws,
      timeoutMs: 120_000,
      inputs: {
        'endpoint-name': 'churn-prod',
        'model-package-arn': pkg,
        'instance-type': 'ml.m5.large',
        'instance-count': '4',
        'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-hosting',
        strategy: 'Canary10Percent5Minutes',
      },
    });
    if (r.exitCode !== 0) throw new Error(`deploy failed: ${r.stdout}`);
    const update = aws.calls('UpdateEndpoint')[0]!.time;
    const describes = aws.requests.filter((q) => q.operation === 'DescribeEndpoint' && q.time > update);
    const done = update + hosting.updateMs;
    const last = describes.at(-1)!.time;
    return {
      calls: describes.length,
      faulted: describes.filter((q) => q.fault).length,
      lagS: (last - done) / 1000,
    };
  } finally {
    await aws.stop();
  }
}

export default async function deployWait(): Promise<void> {
  process.stdout.write(
    '| Update | DescribeEndpoint calls | Calls per minute | Notice lag | SDK waiter calls (30 s delay) |\n',
  );
  process.stdout.write('| ---: | ---: | ---: | ---: | ---: |\n');
  for (const minutes of [5, 20, 60]) {
    const m = await once(minutes);
    process.stdout.write(
      `| ${minutes} min | ${m.calls} | ${(m.calls / minutes).toFixed(1)} | ${m.lagS.toFixed(1)} s | ${Math.ceil((minutes * 60) / 30)} |\n`,
    );
  }
}
