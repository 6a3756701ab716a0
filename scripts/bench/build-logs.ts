/**
 * build-logs: what following a CodeBuild build costs and how soon its end is noticed, and whether
 * a burst of log lines is streamed whole and on time. The real gateways (AWS SDK over HTTP) talk to
 * the sandbox, whose GetLogEvents pages are as large as CloudWatch's (10,000 events or 1 MB); the
 * watch runs on virtual time shared with the sandbox, so figures are exact and repeatable.
 */
import { cloudWatchLogGateway, codeBuildGateway } from '../../src/aws/codebuild.js';
import { isTransient } from '../../src/aws/transient.js';
import { DEFAULT_WATCH, watchBuilds } from '../../src/core/builds/watch.js';
import { VirtualClock } from '../../test/support/virtual-clock.js';
import { MemoryLog } from '../../test/support/memory-log.js';
import type { PollPolicy } from '../../src/core/wait/schedule.js';
import { CodeBuildWorld, standardScenario, type BuildScenario } from '../../test/sandbox/aws/codebuild.js';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { seeded } from './support/seeded.js';

const SEEDS = 7;
const POLICIES: [string, PollPolicy][] = [
  ['adaptive', { kind: 'adaptive' }],
  ['fixed 5 s', { kind: 'fixed', intervalMs: 5_000 }],
  ['fixed 10 s (before)', { kind: 'fixed', intervalMs: 10_000 }],
  ['fixed 30 s', { kind: 'fixed', intervalMs: 30_000 }],
];

async function sandbox() {
  const clock = new VirtualClock(Date.UTC(2026, 0, 1));
  const aws = new AwsSandbox({ clock: { now: () => clock.now(), scale: 1, epoch: clock.now(), env: {} } });
  const world = new CodeBuildWorld(aws);
  await aws.start();
  const env = aws.env();
  // The SDK's default credential chain reads the dummy credentials from the environment.
  Object.assign(process.env, env);
  const context = { env, action: 'build-container' };
  const builds = codeBuildGateway(context);
  const logs = cloudWatchLogGateway(context);
  return { clock, aws, world, builds, logs };
}

const buildEnd = (b: { startTime: number; scenario: BuildScenario }) =>
  b.startTime + b.scenario.phases.reduce((t, p) => t + p.durationMs, 0);

/** A build of about `minutes`, after a previous successful build of the project `spread` apart. */
async function statusWait(policy: PollPolicy, minutes: number, spread: number, seed: number) {
  const { clock, aws, world, builds } = await sandbox();
  try {
    // Real builds do not end on a round minute: 0-30 s more, seeded.
    const buildMs = (f: number) => Math.round((minutes * 60_000 + 15_000 * (1 + seeded(seed + 100))) * f);
    const scenarios = [
      standardScenario({ buildMs: buildMs(1 + spread * seeded(seed)) }),
      standardScenario({ buildMs: buildMs(1) }),
    ];
    world.addProject('bench', () => scenarios.shift()!);
    await builds.start({ projectName: 'bench', idempotencyToken: 'previous' });
    clock.advance(3 * 3_600_000);
    const id = (await builds.start({ projectName: 'bench', idempotencyToken: 'this' })).id;
    const t0 = clock.now();
    await watchBuilds(
      [id],
      { builds, clock, log: new MemoryLog(), signal: new AbortController().signal, isTransient },
      { ...DEFAULT_WATCH, policy },
    );
    const end = buildEnd(world.builds[1]!);
    const polls = aws.requests.filter((r) => r.operation === 'BatchGetBuilds' && r.time >= t0);
    const noticed = polls.find((r) => r.time >= end)!.time;
    return { calls: polls.length, lagMs: noticed - end, waitedMs: noticed - t0 };
  } finally {
    await aws.stop();
  }
}

/** A verbose build: 5,000 lines a second for a minute (300,000 lines of ~120 bytes) mid-BUILD. */
export async function burst() {
  const { clock, aws, world, builds, logs } = await sandbox();
  try {
    const scenario = standardScenario({ buildMs: 3 * 60_000, lines: 0 });
    const buildStart = 1000 + 2000 + 8000 + 2000 * 3;
    const total = 300_000;
    scenario.lines = Array.from({ length: total }, (_, i) => ({
      atMs: buildStart + 30_000 + Math.floor(i / 5),
      message: `#${String(i).padStart(6, '0')} ${'layer sha256:0123456789abcdef '.repeat(3)}downloading ...`,
    }));
    world.addProject('verbose', scenario);
    const id = (await builds.start({ projectName: 'verbose', idempotencyToken: 'burst' })).id;
    const start = world.builds[0]!.startTime;
    let next = 0;
    let outOfOrder = 0;
    let maxLag = 0;
    const lags: number[] = [];
    await watchBuilds([id], {
      builds,
      logs,
      clock,
      log: new MemoryLog(),
      signal: new AbortController().signal,
      isTransient,
      onLine: (_b, line) => {
        const n = Number(line.slice(1, 7));
        if (n !== next) outOfOrder++;
        next = n + 1;
        const lag = clock.now() - (start + scenario.lines[n]!.atMs);
        maxLag = Math.max(maxLag, lag);
        if (n % 1000 === 0) lags.push(lag);
      },
    });
    const calls = aws.requests.filter((r) => r.operation === 'GetLogEvents').length;
    lags.sort((a, b) => a - b);
    return { printed: next, outOfOrder, calls, maxLag, medianLag: lags[Math.floor(lags.length / 2)]! };
  } finally {
    await aws.stop();
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default async function main() {
  for (const [title, spread] of [
    ['previous build of the project as long as this one', 0],
    ['previous build ±5%', 0.05],
  ] as const) {
    console.log(`\n### Build end, ${title} (${SEEDS} seeds a row)\n`);
    console.log('| build | policy | BatchGetBuilds / waited hour | end noticed after, median | max |');
    console.log('| ---: | --- | ---: | ---: | ---: |');
    for (const minutes of [5, 20, 60]) {
      for (const [name, policy] of POLICIES) {
        const runs = [];
        for (let seed = 1; seed <= SEEDS; seed++) runs.push(await statusWait(policy, minutes, spread, seed));
        const hours = runs.reduce((t, r) => t + r.waitedMs, 0) / 3_600_000;
        const lags = runs.map((r) => r.lagMs).sort((a, b) => a - b);
        console.log(
          `| ${minutes} min | ${name} | ${(runs.reduce((t, r) => t + r.calls, 0) / hours).toFixed(0)} | ${s(lags[Math.floor(lags.length / 2)]!)} | ${s(lags.at(-1)!)} |`,
        );
      }
    }
  }
  console.log('\n### Log burst: 5,000 lines a second for a minute (300,000 lines, ~120 bytes each)\n');
  const b = await burst();
  console.log('| lines printed | out of order | GetLogEvents calls | line lag median | max |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  console.log(`| ${b.printed} | ${b.outOfOrder} | ${b.calls} | ${s(b.medianLag)} | ${s(b.maxLag)} |`);
  if (b.printed !== 300_000 || b.outOfOrder) throw new Error('lines lost, repeated or out of order');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
