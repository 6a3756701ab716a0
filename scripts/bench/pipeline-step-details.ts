/**
 * Cost of saying what each step is doing (issue 13, part 5): the pipeline-wait scenario (the
 * scripted 60-minute churn execution, real gateways over the loopback sandbox, VirtualClock,
 * adaptive polling with the previous successful execution as history) without and with step
 * details (JobProgress: training jobs' secondary statuses and metrics during the wait, final
 * metrics and failed jobs' log tails after it). Status calls and detection lag must not change;
 * step-detail calls are counted apart, during the wait (at most one a poll) and after it.
 */
import { scenario, type Measure } from './support/pipeline-wait-scenario.js';

const SEEDS = 11;

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function row(name: string, details: boolean, failAt?: string): Promise<void> {
  const all: Measure[] = [];
  for (let seed = 1; seed <= SEEDS; seed++)
    all.push(
      await scenario({ kind: 'adaptive' }, 1, 0.05, seed, true, { details, ...(failAt ? { failAt } : {}) }),
    );
  const hours = all.reduce((t, m) => t + m.waitedMs, 0) / 3_600_000;
  const sum = (f: (m: Measure) => number) => all.reduce((t, m) => t + f(m), 0);
  const polls = sum((m) => m.statusCalls); // one execution: one DescribePipelineExecution a poll
  console.log(
    `| ${name} | ${(sum((m) => m.statusCalls) / hours).toFixed(0)} | ${(sum((m) => m.stepCalls) / hours).toFixed(0)} | ${(sum((m) => m.detailCalls) / hours).toFixed(0)} | ${(sum((m) => m.detailCalls) / polls).toFixed(2)} | ${(sum((m) => m.detailCallsAfter) / SEEDS).toFixed(1)} | ${seconds(median(all.flatMap((m) => m.lags)))} |`,
  );
}

export default async function pipelineStepDetails(): Promise<void> {
  console.log(
    `Scripted 60-minute execution (Train 40m), adaptive polling, step times ±5% against the previous successful execution, ${SEEDS} seeds each.\n`,
  );
  console.log(
    '| case | status calls / waited hour | step-list calls / hour | step-detail calls / hour | step-detail calls / poll | step-detail calls after the wait (per run) | detection lag median |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  await row('succeeds, no step details', false);
  await row('succeeds, step details', true);
  await row('fails in Train, no step details', false, 'Train');
  await row('fails in Train, step details', true, 'Train');
}

if (import.meta.url === `file://${process.argv[1]}`) await pipelineStepDetails();
