/**
 * start-state-machine's wait: API calls per waited hour, events read per event the history gained
 * (the forward read re-reads the page it reached), and how late the end is noticed, for Standard
 * executions of several lengths and sizes. Runs the real core (followExecution) on virtual time
 * against the sandbox's ASL interpreter, its history served in pages of 100 as the gateway asks
 * for them, so the figures are exact and repeatable. Calls are GetExecutionHistory and the one
 * DescribeExecution at the end.
 */
import { VirtualClock } from '../../test/support/virtual-clock.js';
import { MemoryLog } from '../../test/support/memory-log.js';
import { simulatedExecution } from '../../test/support/stepfunctions-execution.js';
import { followExecution } from '../../src/core/stepfunctions/follow.js';
import { HISTORY_PAGE } from '../../src/aws/stepfunctions.js';

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
  console.log(`History pages of ${HISTORY_PAGE} events.\n`);
  console.log(
    '| execution | events | API calls | calls / waited hour | events read / event | end noticed after |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, items, minutes] of cases) {
    const clock = new VirtualClock();
    const [prepare, score, train] = minutes.map((m) => m * 60_000 + 7_000);
    const x = simulatedExecution(
      clock,
      {
        Prepare: { durationMs: prepare, output: { items: Array.from({ length: items }, (_, i) => i) } },
        Score: { durationMs: score },
        Train: { durationMs: train },
      },
      HISTORY_PAGE,
      machine(),
    );
    let read = 0;
    const history = x.gw.history.bind(x.gw);
    x.gw.history = async (...args) => {
      const page = await history(...args);
      read += page.events.length;
      return page;
    };
    const t0 = clock.now();
    await followExecution(x.gw, 'arn', {
      clock,
      log: new MemoryLog(),
      signal: new AbortController().signal,
      timeoutMs: 24 * 3_600_000,
      isTransient: () => false,
    });
    const waited = clock.now() - t0;
    console.log(
      `| ${label} | ${x.sim.events.length} | ${x.calls()} | ${(x.calls() / (waited / 3_600_000)).toFixed(0)} | ${(read / x.sim.events.length).toFixed(1)} | ${((clock.now() - x.sim.end) / 1000).toFixed(1)} s |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await stepfunctionsWait();
