import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import { runWait } from '../wait/engine.js';
import type { Log } from '../log.js';
import { executionId } from './executions.js';
import {
  TransientError,
  isTerminal,
  pipelineOfExecution,
  type ExecutionState,
  type PipelineGateway,
  type StepState,
} from './gateway.js';
import {
  ADAPTIVE,
  historyFrom,
  nextInterval,
  predictedEvents,
  type History,
  type PollPolicy,
} from '../wait/schedule.js';
import { stopToken } from './start.js';
import { failureDetails, mergeSteps, stepTransitions } from './steps.js';
import type { JobProgress, JobReport } from './job-progress.js';

export interface WaitOptions {
  executions: string[];
  gateway: PipelineGateway;
  clock: Clock;
  log: Log;
  signal?: AbortSignal;
  timeoutMs: number;
  policy: PollPolicy;
  /** Stop the executions still running when cancelled or timed out. */
  stopOnCancel: boolean;
  /** Called when an execution is seen terminal: the moment the wait notices (for the benchmark). */
  onTerminal?: (arn: string, status: string, at: number) => void;
  /** What each step is doing (training progress): at most one extra call a poll. */
  jobs?: JobProgress;
}

export interface ExecutionResult {
  arn: string;
  status: string;
  displayName?: string;
  failureReason?: string;
  startTime?: number;
  steps: StepState[];
  /** When the wait saw it terminal (clock time). */
  detectedAt?: number;
  /** Step name → its job's final metrics and log tail (set by JobProgress.complete after the wait). */
  jobs?: Record<string, JobReport>;
}

export interface WaitResult {
  ended: 'done' | 'timeout' | 'cancelled';
  executions: ExecutionResult[];
  /** Executions this wait asked SageMaker to stop. */
  stopped: string[];
}

interface Tracked extends ExecutionResult {
  stepsFinal: boolean;
  /** Status lines held back until the step transitions before them are logged. */
  pending: string[];
}

/**
 * Once one of several executions waited together has ended, the others end around it (they run
 * the same pipeline): poll their statuses this often until the last ends, without reading the
 * steps of the running ones (one listing serves them all, so the tail costs one call a poll).
 */
export const TAIL_INTERVAL_MS = 6_000;

/**
 * Waits until every execution is terminal (Succeeded, Failed or Stopped), the time is up, or the
 * signal aborts. Executions of one pipeline are polled together (one ListPipelineExecutions call
 * for many). On each poll the newest steps of running executions are read (one call each, first
 * page) so transitions are logged as they happen; an ended execution's steps are read whole once.
 * Transient errors never end the wait; a cancel abandons the read in flight.
 */
export async function waitForExecutions(o: WaitOptions): Promise<WaitResult> {
  const { clock, log, gateway } = o;
  const tracked: Tracked[] = o.executions.map((arn) => ({
    arn,
    status: 'Executing',
    steps: [],
    stepsFinal: false,
    pending: [],
  }));
  const read = { signal: o.signal };
  let history: History | undefined;
  let historyLoaded = o.policy.kind !== 'adaptive';
  /** Lines logged about changes: the heartbeat stays quiet while they grow. */
  let news = 0;

  const waited = await runWait({
    what: tracked.length === 1 ? `execution ${executionId(tracked[0]!.arn)}` : `${tracked.length} executions`,
    clock,
    log,
    ...(o.signal ? { signal: o.signal } : {}),
    timeoutMs: o.timeoutMs,
    isTransient: (err) => err instanceof TransientError,
    poll: async () => {
      const before = news;
      await pollStatuses();
      if (!historyLoaded) {
        history = await loadHistory(gateway, tracked, o.signal);
        historyLoaded = true;
      }
      await readSteps();
      if (o.jobs)
        news += await o.jobs.poll(
          tracked.map((t) => ({ label: label(t), steps: t.steps })),
          o.signal,
        );
      logStatusLines(false);
      return { done: tracked.every((t) => isTerminal(t.status) && t.stepsFinal), changed: news > before };
    },
    nextPollMs: (now) => {
      if (o.policy.kind === 'fixed') return o.policy.intervalMs;
      const running = tracked.filter((t) => !isTerminal(t.status));
      // Ended executions whose steps are still to be read: soon.
      if (!running.length) return ADAPTIVE.minMs;
      const interval = nextInterval(now, predictedEvents(focus(running, now), history), Boolean(history));
      return inTail() ? Math.min(interval, TAIL_INTERVAL_MS) : interval;
    },
    progress: () => {
      const running = tracked.filter((t) => !isTerminal(t.status));
      const steps = (t: Tracked) => t.steps.filter((s) => s.status === 'Executing').map((s) => s.name);
      return running
        .slice(0, 3)
        .map((t) => `${label(t)} ${t.status}${steps(t).length ? ` (${steps(t).join(', ')})` : ''}`)
        .concat(running.length > 3 ? [`${running.length - 3} more`] : [])
        .join('; ');
    },
  });
  return finish(waited.ended);

  async function pollStatuses(): Promise<void> {
    const groups = new Map<string, Tracked[]>();
    const waitedOn = new Map<string, number>();
    for (const t of tracked) {
      const name = pipelineOfExecution(t.arn);
      waitedOn.set(name, (waitedOn.get(name) ?? 0) + 1);
      if (!isTerminal(t.status)) groups.set(name, [...(groups.get(name) ?? []), t]);
    }
    for (const [pipeline, members] of groups) {
      if (o.signal?.aborted) return;
      // One execution of a pipeline: DescribePipelineExecution; several: one listing serves them all.
      if (waitedOn.get(pipeline) === 1) {
        update(members[0]!, await gateway.describeExecution(members[0]!.arn, read));
        continue;
      }
      // Newest first: the executions waited on are usually on the first page.
      const missing = new Set(members.map((m) => m.arn));
      let token: string | undefined;
      for (let page = 0; page < 20 && missing.size; page++) {
        const result = await gateway.listExecutions(pipeline, token, read);
        for (const state of result.executions) {
          const m = members.find((x) => x.arn === state.arn);
          if (m) {
            update(m, state);
            missing.delete(m.arn);
          }
        }
        token = result.nextToken;
        if (!token) break;
      }
      for (const arn of missing) {
        update(
          members.find((m) => m.arn === arn)!,
          await gateway.describeExecution(arn, read),
        );
      }
    }
  }

  function update(t: Tracked, state: ExecutionState): void {
    const was = t.status;
    t.status = state.status;
    t.displayName = state.displayName ?? t.displayName;
    t.failureReason = state.failureReason ?? t.failureReason;
    t.startTime = state.startTime ?? t.startTime;
    if (!isTerminal(was) && isTerminal(state.status)) {
      t.detectedAt = clock.now();
      o.onTerminal?.(t.arn, state.status, t.detectedAt);
      t.pending.push(`${label(t)}: ${state.status}${state.failureReason ? ` (${state.failureReason})` : ''}`);
    } else if (was !== state.status && t.detectedAt === undefined) {
      t.pending.push(`${label(t)}: ${state.status}`);
    }
  }

  /** An execution's status lines, after its step transitions (an ended one's, once its steps are read whole). */
  function logStatusLines(all: boolean): void {
    for (const t of tracked) {
      if (!all && isTerminal(t.status) && !t.stepsFinal) continue;
      for (const line of t.pending.splice(0)) {
        log.info(line);
        news++;
      }
    }
  }

  async function readSteps(): Promise<void> {
    // Ended executions: every step, read once after the status that says it ended.
    for (const t of tracked) if (isTerminal(t.status) && !t.stepsFinal) await readStepsOf(t, false);
    // The execution the schedule follows: its newest steps (one call), so its transitions are
    // logged as they happen and its end is predicted; the others' steps are read when they end.
    const followed = tracked.find((t) => !isTerminal(t.status));
    if (followed && !inTail()) await readStepsOf(followed, true);
  }

  function inTail(): boolean {
    return tracked.length > 1 && tracked.some((t) => isTerminal(t.status));
  }

  async function readStepsOf(t: Tracked, firstPageOnly: boolean): Promise<void> {
    if (o.signal?.aborted) return;
    const result = await gateway.listSteps(t.arn, { firstPageOnly, signal: o.signal });
    const steps = result.complete ? result.steps : mergeSteps(t.steps, result.steps);
    for (const { step, line } of stepTransitions(t.steps, steps)) {
      log.info(`${label(t)}: ${line}`);
      news++;
      if (step.status === 'Failed') for (const l of failureDetails(step)) log.info(`${label(t)}: ${l}`);
    }
    t.steps = steps;
    if (!firstPageOnly) t.stepsFinal = true;
  }

  async function finish(ended: WaitResult['ended']): Promise<WaitResult> {
    logStatusLines(true);
    const stopped: string[] = [];
    if (ended !== 'done' && o.stopOnCancel) {
      const running = tracked.filter((t) => !isTerminal(t.status));
      const results = await Promise.allSettled(
        running.map((t) => gateway.stopExecution(t.arn, stopToken(t.arn)).then(() => stopped.push(t.arn))),
      );
      results.forEach((r, i) => {
        if (r.status === 'rejected')
          log.warning(`could not stop ${running[i]!.arn}: ${errorMessage(r.reason)}`);
      });
    }
    return {
      ended,
      stopped,
      executions: tracked.map(({ stepsFinal: _s, pending: _p, ...r }) => r),
    };
  }
}

/**
 * The execution the schedule follows: the first still running. Following all of K executions whose
 * ends spread over minutes would poll densely through the whole spread; one poll serves them all.
 */
function focus(running: Tracked[], now: number) {
  const t = running[0]!;
  return [{ startTime: t.startTime ?? now, steps: t.steps }];
}

function label(t: { arn: string; displayName?: string }): string {
  return t.displayName ?? executionId(t.arn);
}

/** The previous successful execution of the (first) pipeline waited on, as a timing template. */
async function loadHistory(
  gateway: PipelineGateway,
  tracked: Tracked[],
  signal: AbortSignal | undefined,
): Promise<History | undefined> {
  const pipeline = pipelineOfExecution(tracked[0]!.arn);
  const ours = new Set(tracked.map((t) => t.arn));
  const { executions } = await gateway.listExecutions(pipeline, undefined, { signal });
  const previous = executions.find((e) => e.status === 'Succeeded' && !ours.has(e.arn));
  if (!previous?.startTime) return undefined;
  const { steps } = await gateway.listSteps(previous.arn, { signal });
  return historyFrom(previous.startTime, previous.lastModifiedTime, steps);
}
