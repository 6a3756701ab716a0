/**
 * run-codepipeline's wait: API calls per waited hour and how late the end is noticed, for pipelines
 * of several lengths, with the pipeline's previous successful execution as long as this one (or
 * ±5%, seeded). Runs the real core (followExecution) on virtual time against a scripted
 * CodePipeline whose stages change at known times, so the figures are exact and repeatable. Calls
 * are GetPipelineState and GetPipelineExecution (ListPipelineExecutions, once, included).
 */
import { VirtualClock } from '../../src/core/clock.js';
import { MemoryLog } from '../../src/core/log.js';
import {
  followExecution,
  type CodePipelineGateway,
  type StageView,
} from '../../src/core/codepipeline/follow.js';
import type { PollPolicy } from '../../src/core/wait/schedule.js';
import { seeded } from './support/seeded.js';

const SEEDS = 7;
const POLICIES: [string, PollPolicy][] = [
  ['adaptive', { kind: 'adaptive' }],
  ['fixed 5 s', { kind: 'fixed', intervalMs: 5_000 }],
  ['fixed 30 s', { kind: 'fixed', intervalMs: 30_000 }],
];

function pipeline(clock: VirtualClock, stageMs: number[], previousMs: number) {
  const start = clock.now();
  const ends = stageMs.map((_, i) => start + stageMs.slice(0, i + 1).reduce((a, b) => a + b, 0));
  let calls = 0;
  const stages = (): StageView[] =>
    stageMs.map((_, i) => {
      const begun = i === 0 || clock.now() >= ends[i - 1]!;
      const status = !begun ? 'NotReached' : clock.now() >= ends[i]! ? 'Succeeded' : 'InProgress';
      return { name: `Stage${i + 1}`, status, actions: [{ name: 'Action', status }] };
    });
  const gw: CodePipelineGateway = {
    start: async () => 'e',
    previousExecution: async () => (
      calls++,
      { startTime: start - 86_400_000, endTime: start - 86_400_000 + previousMs }
    ),
    execution: async () => (calls++, { status: clock.now() >= ends.at(-1)! ? 'Succeeded' : 'InProgress' }),
    stages: async () => (calls++, stages()),
    stop: async () => {},
  };
  return { gw, end: ends.at(-1)!, calls: () => calls };
}

export default async function codepipelineWait(): Promise<void> {
  const cases: [string, number[]][] = [
    ['5 min', [1, 2, 2]],
    ['30 min', [2, 8, 20]],
    ['2 h', [5, 55, 60]],
    ['6 h', [10, 290, 60]],
  ];
  for (const [title, spread] of [
    ['previous execution as long as this one', 0],
    ['previous execution ±5%', 0.05],
  ] as const) {
    console.log(`\n### ${title} (${SEEDS} seeds a row)\n`);
    console.log('| pipeline | policy | API calls / waited hour | end noticed after, median | max |');
    console.log('| --- | --- | ---: | ---: | ---: |');
    for (const [label, minutes] of cases) {
      for (const [name, policy] of POLICIES) {
        let calls = 0;
        let waited = 0;
        const lags: number[] = [];
        for (let seed = 1; seed <= SEEDS; seed++) {
          const clock = new VirtualClock();
          // Real stages do not end on a round minute: the last one takes 0-30 s more, seeded.
          const stageMs = minutes.map((m, i) =>
            i === minutes.length - 1
              ? m * 60_000 + Math.round(15_000 * (1 + seeded(seed + 100)))
              : m * 60_000,
          );
          const total = stageMs.reduce((a, b) => a + b, 0);
          const p = pipeline(clock, stageMs, Math.round(total * (1 + spread * seeded(seed))));
          const t0 = clock.now();
          await followExecution(p.gw, 'bench', 'e', {
            clock,
            log: new MemoryLog(),
            signal: new AbortController().signal,
            timeoutMs: 24 * 3_600_000,
            waitForApproval: true,
            abandonOnCancel: false,
            isTransient: () => false,
            policy,
          });
          calls += p.calls();
          waited += clock.now() - t0;
          lags.push(clock.now() - p.end);
        }
        lags.sort((a, b) => a - b);
        const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        console.log(
          `| ${label} | ${name} | ${(calls / (waited / 3_600_000)).toFixed(0)} | ${s(lags[Math.floor(lags.length / 2)]!)} | ${s(lags.at(-1)!)} |`,
        );
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await codepipelineWait();
