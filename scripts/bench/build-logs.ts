/**
 * build-logs: what following a 20-minute CodeBuild build with 5,000 log lines costs, in API calls,
 * and how soon its end is noticed. The real gateways (AWS SDK over HTTP) talk to the sandbox; the
 * watch runs on virtual time shared with the sandbox, so the 20 minutes take a second or two and
 * the figures are exactly repeatable.
 */
import { cloudWatchLogGateway, codeBuildGateway } from '../../src/aws/codebuild.js';
import { isTransient } from '../../src/aws/transient.js';
import { watchBuilds } from '../../src/core/builds/watch.js';
import { VirtualClock } from '../../src/core/clock.js';
import { MemoryLog } from '../../src/core/log.js';
import { CodeBuildWorld, standardScenario } from '../../test/sandbox/aws/codebuild.js';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';

async function measure(label: string, hideLogs: boolean, builds = 1) {
  const clock = new VirtualClock(Date.UTC(2026, 0, 1));
  const aws = new AwsSandbox({ clock: { now: () => clock.now(), scale: 1, epoch: clock.now(), env: {} } });
  const world = new CodeBuildWorld(aws);
  // Standard phases around a BUILD phase that makes the whole build 20 minutes.
  const probe = standardScenario({});
  const others = probe.phases.reduce((t, p) => t + p.durationMs, 0) - 60_000;
  world.addProject('bench', standardScenario({ buildMs: 20 * 60_000 + 3_700 - others, lines: 5000 }));
  await aws.start();
  const env = aws.env();
  // The SDK's default credential chain reads the dummy credentials from the environment.
  Object.assign(process.env, env);
  const context = { env, action: 'build-container' };
  const cb = codeBuildGateway(context);
  const logs = cloudWatchLogGateway(context);
  const ids: string[] = [];
  for (let i = 0; i < builds; i++)
    ids.push((await cb.start({ projectName: 'bench', idempotencyToken: `t${i}` })).id);
  const log = new MemoryLog();
  let printed = 0;
  const result = await watchBuilds(ids, {
    builds: cb,
    logs: hideLogs ? undefined : logs,
    clock,
    log,
    signal: new AbortController().signal,
    onLine: () => printed++,
    isTransient,
  });
  const end = Math.max(
    ...world.builds.map((b) => b.startTime + b.scenario.phases.reduce((t, p) => t + p.durationMs, 0)),
  );
  const noticed = Math.min(
    ...aws.requests.filter((r) => r.operation === 'BatchGetBuilds' && r.time >= end).map((r) => r.time),
  );
  const count = (op: string) => aws.requests.filter((r) => r.operation === op).length;
  console.log(
    `| ${label} | ${count('BatchGetBuilds')} | ${count('GetLogEvents')} | ${printed} | ${((noticed - end) / 1000).toFixed(0)} s | ${((clock.now() - end) / 1000).toFixed(0)} s |`,
  );
  if (!hideLogs && printed !== 5000 * builds)
    throw new Error(`printed ${printed} lines, expected ${5000 * builds}`);
  void result;
  await aws.stop();
}

export default async function main() {
  console.log('20-minute build, 5,000 log lines (sandbox, virtual time):\n');
  console.log(
    '| Case | BatchGetBuilds | GetLogEvents | Lines printed | End noticed after | Step ends after the build |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  await measure('one build, logs streamed', false);
  await measure('one build, hide-logs', true);
  await measure('three builds, logs streamed', false, 3);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
