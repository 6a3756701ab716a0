/**
 * run-codepipeline's wait: API calls spent and how late the end is noticed, for pipelines of
 * several lengths. Runs the real core (followExecution) on virtual time against a scripted
 * CodePipeline whose stages change at known times, so the figures are exact and repeatable.
 * Each poll costs 2 calls (GetPipelineExecution + GetPipelineState).
 */
import { VirtualClock } from '../../src/core/clock.js';
import { MemoryLog } from '../../src/core/log.js';
import {
  followExecution,
  type CodePipelineGateway,
  type StageView,
} from '../../src/core/codepipeline/follow.js';

function pipeline(clock: VirtualClock, stageMinutes: number[]) {
  const start = clock.now();
  const ends = stageMinutes.map(
    (_, i) => start + stageMinutes.slice(0, i + 1).reduce((a, b) => a + b, 0) * 60_000,
  );
  let calls = 0;
  const stages = (): StageView[] =>
    stageMinutes.map((_, i) => {
      const begun = i === 0 || clock.now() >= ends[i - 1]!;
      const status = !begun ? 'NotReached' : clock.now() >= ends[i]! ? 'Succeeded' : 'InProgress';
      return { name: `Stage${i + 1}`, status, actions: [{ name: 'Action', status }] };
    });
  const gw: CodePipelineGateway = {
    start: async () => 'e',
    previousExecution: async () => undefined,
    execution: async () => (calls++, { status: clock.now() >= ends.at(-1)! ? 'Succeeded' : 'InProgress' }),
    stages: async () => (calls++, stages()),
    stop: async () => {},
  };
  return { gw, end: ends.at(-1)!, calls: () => calls };
}

export default async function codepipelineWait(): Promise<void> {
  console.log('| pipeline | stages | API calls | polls | end noticed after |');
  console.log('| --- | --- | --- | --- | --- |');
  const cases: [string, number[]][] = [
    ['5 min', [1, 2, 2]],
    ['30 min', [2, 8, 20]],
    ['2 h', [5, 55, 60]],
    ['6 h', [10, 290, 60]],
  ];
  for (const [label, stageMinutes] of cases) {
    const clock = new VirtualClock();
    const p = pipeline(clock, stageMinutes);
    const r = await followExecution(p.gw, 'bench', 'e', {
      clock,
      log: new MemoryLog(),
      signal: new AbortController().signal,
      timeoutMs: 24 * 3_600_000,
      waitForApproval: true,
      abandonOnCancel: false,
      isTransient: () => false,
    });
    const late = ((clock.now() - p.end) / 1000).toFixed(1);
    console.log(`| ${label} | ${stageMinutes.length} | ${p.calls()} | ${r.polls} | ${late} s |`);
  }
}
