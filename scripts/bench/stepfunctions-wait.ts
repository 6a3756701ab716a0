/**
 * start-state-machine's wait: API calls per waited hour, events read per event the history gained
 * (the forward read re-reads the page it reached), and how late the end is noticed, for Standard
 * executions of several lengths and sizes, with and without a previous successful execution to
 * predict the end from. Runs the real core (followExecution) on virtual time
 * against the sandbox's ASL interpreter, its history served in pages of 100 as the gateway asks
 * for them, so the figures are exact and repeatable. Calls are GetExecutionHistory and the one
 * DescribeExecution at the end.
 */
import { VirtualClock } from '../../test/support/virtual-clock.js';
import { MemoryLog } from '../../test/support/memory-log.js';
import { simulatedExecution } from '../../test/support/stepfunctions-execution.js';
import { followExecution } from '../../src/core/stepfunctions/follow.js';
import { HISTORY_PAGE } from '../../src/aws/stepfunctions.js';
import { seeded } from './support/seeded.js';

const SEEDS = 7;

const task = { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f' };

/** Prepare (which lists the items), a Map scoring each item, then Train. */
function machine() {
  return {
    StartAt: 'Prepare',
    States: {
      Prepare: { ...task, Next: 'Each' },
      Each: {
        Type: 'Map',
        ItemsPath: '$.items',
        ItemProcessor: { StartAt: 'Score', States: { Score: { ...task, End: true } } },
        ResultPath: null,
        Next: 'Train',
      },
      Train: { ...task, End: true },
    },
  };
}

export default async function stepfunctionsWait(): Promise<void> {
  const cases: [string, number, number[]][] = [
    ['5 min, 3 tasks', 1, [1, 2, 2]],
    ['30 min, Map of 10', 10, [2, 8, 20]],
    ['2 h, Map of 100', 100, [5, 55, 60]],
    ['6 h, Map of 300', 300, [10, 290, 60]],
  ];
  console.log(
    `History pages of ${HISTORY_PAGE} events; ${SEEDS} seeds a row (tasks end 0-30 s past the minute).`,
  );
  for (const spread of [undefined, 0, 0.05]) {
    const title =
      spread === undefined
        ? 'no previous execution'
        : spread
          ? 'previous execution ±5%'
          : 'previous execution as long as this one';
    console.log(`\n### ${title}\n`);
    console.log(
      '| execution | events | calls / waited hour | events read / event | end noticed after, median | max |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [label, items, minutes] of cases) {
      let calls = 0;
      let waited = 0;
      let read = 0;
      let events = 0;
      const lags: number[] = [];
      for (let seed = 1; seed <= SEEDS; seed++) {
        const clock = new VirtualClock();
        const [prepare, score, train] = minutes.map((m, i) =>
          i === minutes.length - 1 ? m * 60_000 + Math.round(15_000 * (1 + seeded(seed + 100))) : m * 60_000,
        );
        const total = prepare! + score! + train! + 10;
        const x = simulatedExecution(
          clock,
          {
            Prepare: { durationMs: prepare, output: { items: Array.from({ length: items }, (_, i) => i) } },
            Score: { durationMs: score },
            Train: { durationMs: train },
          },
          HISTORY_PAGE,
          machine(),
          spread === undefined ? undefined : Math.round(total * (1 + spread * seeded(seed))),
        );
        const history = x.gw.history.bind(x.gw);
        x.gw.history = async (...args) => {
          const page = await history(...args);
          read += page.events.length;
          return page;
        };
        const t0 = clock.now();
        await followExecution(x.gw, 'arn', {
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:bench',
          clock,
          log: new MemoryLog(),
          signal: new AbortController().signal,
          timeoutMs: 24 * 3_600_000,
          isTransient: () => false,
        });
        calls += x.calls();
        waited += clock.now() - t0;
        events += x.sim.events.length;
        lags.push(clock.now() - x.sim.end);
      }
      lags.sort((a, b) => a - b);
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(
        `| ${label} | ${events / SEEDS} | ${(calls / (waited / 3_600_000)).toFixed(0)} | ${(read / events).toFixed(1)} | ${s(lags[Math.floor(lags.length / 2)]!)} | ${s(lags.at(-1)!)} |`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await stepfunctionsWait();
