import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
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
import { historyFrom, nextInterval, predictedEvents, type History, type PollPolicy } from './schedule.js';
import { stopToken } from './start.js';
import { failureDetails, mergeSteps, stepTransitions } from './steps.js';

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
}

export interface WaitResult {
  ended: 'done' | 'timeout' | 'cancelled';
  executions: ExecutionResult[];
  /** Executions this wait asked SageMaker to stop. */
  stopped: string[];
}

interface Tracked extends ExecutionResult {
  stepsFinal: boolean;
  /** The poll that last read its steps (running executions beyond the first few take turns). */
  lastStepRead: number;
  /** Status lines held back until the step transitions before them are logged. */
  pending: string[];
}

/**
 * Running executions whose steps are read on each poll: the one the schedule follows, then the
 * others in turn. Up to this many, every transition is logged within one poll of happening.
 */
export const STEP_READS_PER_POLL = 3;

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
    lastStepRead: 0,
    pending: [],
  }));
  const deadline = clock.now() + o.timeoutMs;
  const read = { signal: o.signal };
  let poll = 0;
  let history: History | undefined;
  let historyLoaded = o.policy.kind !== 'adaptive';
  let transientCount = 0;

  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (err) {
      // A read abandoned by a cancel: the loop sees the signal and stops the executions.
      if (o.signal?.aborted) return undefined;
      if (!(err instanceof TransientError)) throw err;
      transientCount++;
      log.debug(`${what}: ${err.name}: ${errorMessage(err)} (transient, polling again)`);
      return undefined;
    }
  };

  for (;;) {
    if (o.signal?.aborted) return finish('cancelled');
    poll++;
    await pollStatuses();
    if (!historyLoaded && !o.signal?.aborted) {
      historyLoaded = true;
      history = await attempt('reading the previous execution', () =>
        loadHistory(gateway, tracked, o.signal),
      );
    }
    await readSteps();
    logStatusLines(false);
    if (o.signal?.aborted) return finish('cancelled');
    if (tracked.every((t) => isTerminal(t.status) && t.stepsFinal)) return finish('done');
    const now = clock.now();
    if (now >= deadline) return finish('timeout');
    const running = tracked.filter((t) => !isTerminal(t.status));
    const interval =
      o.policy.kind === 'fixed'
        ? o.policy.intervalMs
        : running.length
          ? nextInterval(now, predictedEvents(focus(running, now), history), Boolean(history))
          : 2_000;
    await clock.sleep(Math.min(interval, deadline - now), o.signal);
  }

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
        const state = await attempt(`describing ${executionId(members[0]!.arn)}`, () =>
          gateway.describeExecution(members[0]!.arn, read),
        );
        if (state) update(members[0]!, state);
        continue;
      }
      // Newest first: the executions waited on are usually on the first page.
      const missing = new Set(members.map((m) => m.arn));
      let token: string | undefined;
      for (let page = 0; page < 20 && missing.size; page++) {
        const result = await attempt(`listing executions of ${pipeline}`, () =>
          gateway.listExecutions(pipeline, token, read),
        );
        if (!result) return;
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
        const state = await attempt(`describing ${executionId(arn)}`, () =>
          gateway.describeExecution(arn, read),
        );
        if (state)
          update(
            members.find((m) => m.arn === arn)!,
            state,
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
      for (const line of t.pending.splice(0)) log.info(line);
    }
  }

  async function readSteps(): Promise<void> {
    // Ended executions: every step, read once after the status that says it ended.
    for (const t of tracked) if (isTerminal(t.status) && !t.stepsFinal) await readStepsOf(t, false);
    // Running ones: the newest steps (one call), the execution the schedule follows first.
    const [followed, ...others] = tracked.filter((t) => !isTerminal(t.status));
    if (!followed) return;
    others.sort((a, b) => a.lastStepRead - b.lastStepRead);
    for (const t of [followed, ...others].slice(0, STEP_READS_PER_POLL)) {
      t.lastStepRead = poll;
      await readStepsOf(t, true);
    }
  }

  async function readStepsOf(t: Tracked, firstPageOnly: boolean): Promise<void> {
    if (o.signal?.aborted) return;
    const result = await attempt(`listing steps of ${executionId(t.arn)}`, () =>
      gateway.listSteps(t.arn, { firstPageOnly, signal: o.signal }),
    );
    if (!result) return;
    const steps = result.complete ? result.steps : mergeSteps(t.steps, result.steps);
    for (const { step, line } of stepTransitions(t.steps, steps)) {
      log.info(`${label(t)}: ${line}`);
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
    if (transientCount) log.debug(`${transientCount} transient errors were retried during the wait`);
    return {
      ended,
      stopped,
      executions: tracked.map(({ stepsFinal: _s, lastStepRead: _l, pending: _p, ...r }) => r),
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
