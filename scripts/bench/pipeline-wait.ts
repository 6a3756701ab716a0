/**
 * Cost of waiting: the core wait loop (the real SageMaker gateway and SDK, over the loopback
 * sandbox) on a VirtualClock, against a scripted 60-minute execution (churnScript). For each
 * polling policy: status calls (DescribePipelineExecution / ListPipelineExecutions) per waited hour,
 * step-list calls, and detection lag (from the execution's end to the wait noticing it), median
 * and 90th percentile over seeded runs whose step durations vary by ±jitter against the previous
 * successful execution. Then K = 50 executions of one pipeline waited together against K = 1.
 */
import type { PollPolicy } from '../../src/core/wait/schedule.js';
import { scenario, type Measure } from './support/pipeline-wait-scenario.js';

const SEEDS = 11;
const POLICIES: [string, PollPolicy][] = [
  ['adaptive', { kind: 'adaptive' }],
  ['fixed 5 s', { kind: 'fixed', intervalMs: 5_000 }],
  ['fixed 30 s', { kind: 'fixed', intervalMs: 30_000 }],
];

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function table(title: string, jitter: number, history: boolean): Promise<void> {
  console.log(`\n### ${title}\n`);
  console.log(
    '| policy | status calls / waited hour | step-list calls / hour | detection lag median | p90 |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, policy] of POLICIES) {
    const all: Measure[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) all.push(await scenario(policy, 1, jitter, seed, history));
    const hours = all.reduce((t, m) => t + m.waitedMs, 0) / 3_600_000;
    const status = all.reduce((t, m) => t + m.statusCalls, 0) / hours;
    const steps = all.reduce((t, m) => t + m.stepCalls, 0) / hours;
    const lags = all.flatMap((m) => m.lags);
    console.log(
      `| ${name} | ${status.toFixed(0)} | ${steps.toFixed(0)} | ${seconds(pct(lags, 0.5))} | ${seconds(pct(lags, 0.9))} |`,
    );
  }
}

export default async function pipelineWait(): Promise<void> {
  console.log(
    `Scripted 60-minute execution (Preprocess 10m, Train 40m, Evaluate 9m30s, CheckAccuracy 10s, RegisterModel 20s), ${SEEDS} seeds each.`,
  );
  await table('Step times as the previous successful execution (jitter 0)', 0, true);
  await table('Step times ±5% against the previous successful execution', 0.05, true);
  await table('No previous successful execution (first run), ±5%', 0.05, false);

  console.log('\n### K executions of one pipeline waited together (adaptive, ±5%)\n');
  console.log('| K | status calls | step-list calls | total calls | detection lag median |');
  console.log('| --- | --- | --- | --- | --- |');
  const one = await scenario({ kind: 'adaptive' }, 1, 0.05, 1);
  const fifty = await scenario({ kind: 'adaptive' }, 50, 0.05, 1);
  for (const [k, m] of [
    [1, one],
    [50, fifty],
  ] as const) {
    console.log(
      `| ${k} | ${m.statusCalls} | ${m.stepCalls} | ${m.statusCalls + m.stepCalls} | ${seconds(pct(m.lags, 0.5))} |`,
    );
  }
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(`\nK = 50 / K = 1 status calls: ${ratio(fifty.statusCalls, one.statusCalls)}`);
  console.log(
    `K = 50 / K = 1 all calls: ${ratio(fifty.statusCalls + fifty.stepCalls, one.statusCalls + one.stepCalls)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await pipelineWait();
