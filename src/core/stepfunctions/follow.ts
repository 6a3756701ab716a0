import { CancelledError, OutcomeError, TimeoutError, UserError, errorMessage } from '../errors.js';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import { runWait, timingHint } from '../wait/engine.js';
import { historyFrom, pollInterval } from '../wait/schedule.js';
import { ExecutionTrack, TERMINAL, failure, type ExecutionStatus, type HistoryEvent } from './history.js';
import { executionArnFor, unqualified } from './inputs.js';

export interface ExecutionView {
  executionArn: string;
  status: string;
  input?: string;
  output?: string;
  error?: string;
  cause?: string;
  startDate?: number;
  stopDate?: number;
}

export interface StartRequest {
  stateMachineArn: string;
  name: string;
  input: string;
  traceHeader?: string;
}

/** What core needs of Step Functions; src/aws/stepfunctions.ts implements it with the SDK. */
export interface StepFunctionsGateway {
  /** DescribeStateMachine: the machine's type and definition. */
  stateMachine(arn: string): Promise<{ type: string; definition?: string }>;
  /** StartExecution; an `ExecutionAlreadyExists` error passes through (by its name). */
  start(request: StartRequest): Promise<{ executionArn: string; startDate?: number }>;
  /** StartSyncExecution (Express): blocks until the execution ends (≤ 5 minutes). */
  startSync(request: StartRequest, signal: AbortSignal): Promise<ExecutionView>;
  describe(executionArn: string, signal?: AbortSignal): Promise<ExecutionView>;
  /** One page of GetExecutionHistory, oldest first; `nextToken` when more follow. */
  history(
    executionArn: string,
    nextToken: string | undefined,
    signal?: AbortSignal,
  ): Promise<{ events: HistoryEvent[]; nextToken?: string }>;
  stop(executionArn: string, error: string, cause: string): Promise<void>;
  /** DescribeStateMachineForExecution: the definition the execution ran. */
  definitionFor(executionArn: string): Promise<string | undefined>;
  /** The latest SUCCEEDED execution of the machine other than `executionArn` (ListExecutions), if any. */
  previousExecution(
    stateMachineArn: string,
    executionArn: string,
  ): Promise<{ startTime: number; endTime: number } | undefined>;
}

/**
 * Starts the execution, or attaches to the one this step already started: StartExecution returns
 * the running execution for the same name and input, and refuses with ExecutionAlreadyExists once
 * it has ended; then the execution is described, and attached to when its input is the same.
 */
export async function startOrAttach(
  gw: StepFunctionsGateway,
  request: StartRequest,
  log: Log,
): Promise<{ executionArn: string; attached: boolean }> {
  try {
    const { executionArn } = await gw.start(request);
    return { executionArn, attached: false };
  } catch (err) {
    if ((err as { name?: string }).name !== 'ExecutionAlreadyExists') throw err;
  }
  const executionArn = executionArnFor(request.stateMachineArn, request.name);
  const existing = await gw.describe(executionArn);
  if (existing.input !== undefined && !sameJson(existing.input, request.input)) {
    throw new UserError(
      `execution '${request.name}' of ${request.stateMachineArn} already exists with another input (a name is taken for 90 days): give another 'name', or the input it ran with`,
    );
  }
  log.info(
    `Execution ${request.name} was started by an earlier try of this step (${existing.status}): following it`,
  );
  return { executionArn, attached: true };
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return a === b;
  }
}

export interface FollowOptions {
  /** The machine (or its version or alias) the execution runs. */
  stateMachineArn: string;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
  timeoutMs: number;
  isTransient: (err: unknown) => boolean;
  /** Called once the execution is stopped on cancel or timeout. */
  onStopped?: () => void;
  /** Where the states seen are kept (the caller's, to report them even when the wait is cut short). */
  track?: ExecutionTrack;
}

export interface FollowResult {
  execution: ExecutionView;
  track: ExecutionTrack;
  polls: number;
}

/** Error name and cause StopExecution records (error ≤ 256, cause ≤ 32768 characters). */
export const STOP_ERROR = 'sagemaker-cicd.Cancelled';

/**
 * Follows a Standard execution until it ends: reads its history forward from the last event seen
 * (GetExecutionHistory, page after page, keeping the token of the page it reached) and logs each
 * state as it is entered, done, failed, retried or caught. The history says when the execution
 * ends; one DescribeExecution then gives the output, error and cause (or a pending redrive, and the
 * wait goes on). Cancel or timeout stops it
 * (StopExecution) at once. Transient errors never end the wait.
 */
export async function followExecution(
  gw: StepFunctionsGateway,
  executionArn: string,
  opts: FollowOptions,
): Promise<FollowResult> {
  const track = opts.track ?? new ExecutionTrack(opts.log);
  const startedAt = opts.clock.now();
  // The previous successful run's length: polls come densely where this one is likely to end.
  const previous = await timingHint(opts.log, 'previous execution', () =>
    gw.previousExecution(unqualified(opts.stateMachineArn), executionArn),
  );
  const history = previous ? historyFrom(previous.startTime, previous.endTime, []) : undefined;
  // The token of the page holding the last event seen: history grows at its end, so the next
  // read starts there (an expired token, after 24 h, restarts from the first page).
  let pageToken: string | undefined;
  const readNew = async (): Promise<boolean> => {
    let changed = false;
    for (;;) {
      let page;
      try {
        page = await gw.history(executionArn, pageToken, opts.signal);
      } catch (err) {
        if ((err as { name?: string }).name !== 'InvalidToken' || !pageToken) throw err;
        pageToken = undefined;
        continue;
      }
      changed = track.apply(page.events) || changed;
      if (!page.nextToken) return changed;
      pageToken = page.nextToken;
    }
  };

  const waited = await runWait({
    what: `execution ${executionArn}`,
    clock: opts.clock,
    log: opts.log,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs,
    isTransient: opts.isTransient,
    poll: async (): Promise<{ done: boolean; changed: boolean; execution?: ExecutionView }> => {
      const changed = await readNew();
      if (!TERMINAL.has(track.status)) return { done: false, changed };
      // The history says it ended: DescribeExecution has the output, error and cause, and says
      // when a redrive is already pending (PENDING_REDRIVE): then the wait goes on.
      const execution = await gw.describe(executionArn, opts.signal);
      if (TERMINAL.has(execution.status)) return { done: true, changed, execution };
      opts.log.info(`Execution ${execution.status}: waiting for it to run again`);
      track.status = execution.status as ExecutionStatus;
      return { done: false, changed: true };
    },
    nextPollMs: (now) =>
      pollInterval(
        { kind: 'adaptive' },
        now,
        { startTime: track.startedAt ?? startedAt, steps: [] },
        history,
      ),
    progress: () => {
      const running = [...track.states.values()].filter((s) => s.outcome === 'running').map((s) => s.name);
      return running.length ? `state ${running.join(', ')} running` : track.status;
    },
  });
  if (waited.ended === 'cancelled') {
    await stop(gw, executionArn, opts, 'Cancelled by the workflow run (sagemaker-cicd)', 'Cancelled');
    throw new CancelledError(`cancelled; execution ${executionArn} was stopped (StopExecution)`);
  }
  if (waited.ended === 'timeout') {
    await stop(
      gw,
      executionArn,
      opts,
      'The workflow step timed out waiting for it (sagemaker-cicd)',
      'Timed out',
    );
    throw new TimeoutError(
      `execution ${executionArn} did not finish within the timeout (still ${track.status}); it was stopped (StopExecution)`,
    );
  }
  const execution = waited.last!.execution!;
  return { execution, track, polls: waited.polls };
}

async function stop(
  gw: StepFunctionsGateway,
  executionArn: string,
  opts: FollowOptions,
  cause: string,
  why: string,
): Promise<void> {
  opts.log.info(`${why}: stopping execution ${executionArn} (StopExecution)`);
  try {
    await gw.stop(executionArn, STOP_ERROR, cause);
    opts.onStopped?.();
    opts.log.info(`Execution ${executionArn} stopped: it ends ABORTED`);
  } catch (err) {
    opts.log.warning(`Could not stop execution ${executionArn}: ${errorMessage(err)}`);
  }
}

/** The error for an execution that did not succeed, naming the failed state, its error and cause. */
export function outcomeError(execution: ExecutionView, failedState: string | undefined): OutcomeError {
  const where = failedState ? ` in state '${failedState}'` : '';
  const cause =
    execution.cause && execution.cause.length > 1000 ? `${execution.cause.slice(0, 999)}…` : execution.cause;
  return new OutcomeError(
    `execution ${execution.executionArn} ${execution.status}${where}${failure(execution.error, cause)}`,
  );
}
