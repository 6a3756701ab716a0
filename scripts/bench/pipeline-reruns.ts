/**
 * Running again only what is needed, on the scripted 60-minute churn pipeline (Preprocess 10m,
 * Train 40m, Evaluate 9m30s, CheckAccuracy 10s, RegisterModel 20s), with the real SageMaker gateway
 * over the loopback sandbox on a VirtualClock, seeded ±5% step times against the previous
 * successful execution (the adaptive wait's history):
 * - a step fails for lack of capacity: `retry-on-failure` (the command's own wait-and-retry loop)
 *   against a full re-run: time from the failure to the success being known, the overhead beyond
 *   the steps that had to run again, and the waiting cost (status calls per waited hour, detection
 *   lag of the failure and of the success);
 * - a change touches only the evaluation code: `selected-steps: auto` (the step map, the change's
 *   files, the source's checks) runs a selective execution; its step time against the full run's.
 */
import { autoSelection, parseStepMap } from '../../src/core/pipelines/change-map.js';
import { parseDefinition } from '../../src/core/pipelines/definition.js';
import { planSelective } from '../../src/core/pipelines/selective.js';
import { waitForExecutions } from '../../src/core/pipelines/wait.js';
import type { Host } from '../../src/hosts/host.js';
import { waitWithRetries } from '../../src/commands/wait-pipeline/retries.js';
import { MemoryLog } from '../../test/support/memory-log.js';
import { VirtualClock } from '../../test/support/virtual-clock.js';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { PipelineRuns, churnScript } from '../../test/sandbox/aws/sagemaker-executions.js';
import { churnSandbox, jittered } from './support/pipeline-wait-scenario.js';

const SEEDS = 11;
const MIN = 60_000;
const minutes = (ms: number) => `${(ms / MIN).toFixed(1)} min`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function world(seed: number, run: (w: World) => Promise<void>): Promise<void> {
  const clock = new VirtualClock();
  const { aws, runs, gateway } = await churnSandbox(clock, 'start-pipeline');
  try {
    runs.addPipeline('churn-train', churnScript());
    const previous = runs.addRun('churn-train', 'previous', clock.now() - 86_400_000);
    await run({ clock, aws, runs, gateway, previous: previous.arn, seed });
  } finally {
    await aws.stop();
  }
}
interface World {
  clock: VirtualClock;
  aws: AwsSandbox;
  runs: PipelineRuns;
  gateway: Awaited<ReturnType<typeof churnSandbox>>['gateway'];
  previous: string;
  seed: number;
}

const statusOps = ['DescribePipelineExecution', 'ListPipelineExecutions'];

/** The wait on one execution, from 5 s after its start: its result, when it noticed the end, its status calls. */
async function measuredWait({ clock, aws, gateway }: World, arn: string) {
  clock.advance(5_000);
  const before = aws.requests.length;
  const waitStart = clock.now();
  let detected = 0;
  const result = await waitForExecutions({
    executions: [arn],
    gateway,
    clock,
    log: new MemoryLog(),
    timeoutMs: 3_600_000,
    policy: { kind: 'adaptive' },
    stopOnCancel: false,
    onTerminal: (_a, _s, at) => (detected = at),
  });
  const statusCalls = aws.requests.slice(before).filter((r) => statusOps.includes(r.operation)).length;
  return { result, detected, waitedMs: detected - waitStart, statusCalls };
}

async function retryCase(failAt: string) {
  const rows = { cost: [] as number[], overhead: [] as number[], full: [] as number[], status: 0, steps: 0 };
  const lags: number[] = [];
  let waitedMs = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    await world(seed, async ({ clock, aws, runs, gateway }) => {
      const script = jittered(churnScript({ capacityFailAt: failAt }), 0.05, seed);
      const e = runs.addRun('churn-train', `run${seed}`, clock.now(), script);
      clock.advance(5_000);
      const log = new MemoryLog();
      const host = {
        ...log,
        info: (m: string) => log.info(m),
        warning: (m: string) => log.warning(m),
        debug: () => {},
        group: log.group.bind(log),
        clock,
        signal: new AbortController().signal,
        run: { runId: '1', runAttempt: '1', workspace: '.', serverUrl: '', apiUrl: '' },
        setOutput: () => {},
      } as unknown as Host;
      const before = aws.requests.length;
      const waitStart = clock.now();
      await waitWithRetries(host, gateway, [e.arn], {
        timeoutMs: 4 * 3_600_000,
        policy: { kind: 'adaptive' },
        failOn: ['failed'],
        stopOnCancel: false,
        retryOnFailure: 1,
      });
      const known = clock.now();
      const steps = script.steps;
      const i = steps.findIndex((s) => s.name === failAt);
      const failedAt = e.startTime + steps.slice(0, i + 1).reduce((t, s) => t + s.durationMs, 0);
      const rerun = steps
        .slice(i)
        .filter((s) => !s.branch || s.branch.when === 'True')
        .reduce((t, s) => t + s.durationMs, 0);
      const end = runs.timeline(e, known)!.end;
      const full = steps
        .filter((s) => !s.branch || s.branch.when === 'True')
        .reduce((t, s) => t + s.durationMs, 0);
      rows.cost.push(known - failedAt);
      rows.overhead.push(known - failedAt - rerun);
      rows.full.push(full);
      const retriedAt = runs.runs.get(e.arn)!.retries[0]!;
      lags.push(retriedAt - failedAt, known - end);
      const ops = aws.requests.slice(before).map((r) => r.operation);
      rows.status += ops.filter((o) => statusOps.includes(o)).length;
      rows.steps += ops.filter((o) => o === 'ListPipelineExecutionSteps').length;
      waitedMs += known - waitStart;
    });
  }
  const hours = waitedMs / 3_600_000;
  console.log(
    `| ${failAt} | ${minutes(median(rows.cost))} | ${seconds(median(rows.overhead))} (max ${seconds(Math.max(...rows.overhead))}) | ${minutes(median(rows.full))} | ${(rows.status / hours).toFixed(0)} | ${(rows.steps / hours).toFixed(0)} | ${seconds(median(lags))} |`,
  );
}

const MAP = 'Preprocess: [src/preprocess/]\nTrain: [src/train/]\nEvaluate: [src/evaluate/]\n';

async function autoCase(): Promise<void> {
  const ratios: number[] = [];
  const lags: number[] = [];
  let status = 0;
  let waitedMs = 0;
  let selected: string[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    await world(seed, async (w) => {
      const { clock, runs, gateway, previous } = w;
      runs.scripts.set('churn-train', jittered(churnScript(), 0.05, seed));
      const graph = parseDefinition((await gateway.describePipeline('churn-train'))!.definition);
      const auto = autoSelection(
        graph,
        parseStepMap(MAP, 'map'),
        'map',
        ['src/evaluate/evaluate.py'],
        'given',
      );
      if (auto.all) throw new Error(auto.why);
      const source = await gateway.describeExecution(previous);
      const plan = await planSelective(gateway, 'churn-train', auto.steps, 'latest-succeeded', source);
      selected = plan.steps;
      const arn = await gateway.startExecution({
        pipelineName: 'churn-train',
        parameters: [],
        clientRequestToken: `bench-${seed}`.padEnd(32, '0'),
        selective: { steps: plan.steps, sourceArn: plan.source.arn },
      });
      const { result, detected, waitedMs: waited, statusCalls } = await measuredWait(w, arn);
      const ran = result.executions[0]!.steps.filter((s) => !s.reusedFrom);
      const stepTime = ran.reduce((t, s) => t + s.endTime! - s.startTime!, 0);
      const { steps: full } = await gateway.listSteps(previous);
      ratios.push(stepTime / full.reduce((t, s) => t + s.endTime! - s.startTime!, 0));
      const e = runs.world.executions.find((x) => x.arn === arn)!;
      lags.push(detected - runs.timeline(e, clock.now())!.end);
      status += statusCalls;
      waitedMs += waited;
    });
  }
  console.log(
    `Selected: ${selected.join(', ')} (Preprocess and Train reused from the previous execution).\n`,
  );
  console.log(
    '| step time, re-run / full (median) | max | status calls / waited hour | detection lag median |',
  );
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| ${(median(ratios) * 100).toFixed(1)}% | ${(Math.max(...ratios) * 100).toFixed(1)}% | ${(status / (waitedMs / 3_600_000)).toFixed(0)} (${(status / SEEDS).toFixed(0)} a wait) | ${seconds(median(lags))} |`,
  );
  await plainTenMinutes();
}

/** The waiting cost of a plain 10-minute execution (with its own history), to compare per waited hour. */
async function plainTenMinutes(): Promise<void> {
  let status = 0;
  let waitedMs = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    await world(seed, async (w) => {
      const { clock, runs } = w;
      const short = {
        ...churnScript(),
        steps: churnScript().steps.filter((s) => !['Preprocess', 'Train'].includes(s.name)),
      };
      runs.addPipeline('short', short);
      runs.addRun('short', 'previous', clock.now() - 86_400_000);
      const e = runs.addRun('short', `run${seed}`, clock.now(), jittered(short, 0.05, seed));
      const { waitedMs: waited, statusCalls } = await measuredWait(w, e.arn);
      status += statusCalls;
      waitedMs += waited;
    });
  }
  console.log(
    `\nThe same 10 minutes as a plain execution (Evaluate, CheckAccuracy, RegisterModel; its own history): ${(status / (waitedMs / 3_600_000)).toFixed(0)} status calls per waited hour (${(status / SEEDS).toFixed(0)} a wait): a short wait pays the dense polling near its start and end over fewer minutes.`,
  );
}

export default async function pipelineReruns(): Promise<void> {
  console.log(
    `Scripted 60-minute churn pipeline, ±5% step times, ${SEEDS} seeds, adaptive polling with history.`,
  );
  console.log('\n### A step fails for lack of capacity: retry-on-failure against a full re-run\n');
  console.log(
    '| failed step | retry: failure → success known (median) | overhead beyond the steps re-run | full re-run (step time) | status calls / waited hour | step-list calls / hour | detection lag median (failure, success) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  await retryCase('RegisterModel');
  await retryCase('Evaluate');
  console.log('\n### A change touches only the evaluation code: selected-steps: auto\n');
  await autoCase();
}

if (import.meta.url === `file://${process.argv[1]}`) await pipelineReruns();
