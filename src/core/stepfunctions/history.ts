import { formatDuration } from '../inputs.js';
import type { Log } from '../log.js';

/** One GetExecutionHistory event, as core needs it (the gateway maps the SDK's shape). */
export interface HistoryEvent {
  id: number;
  previousEventId?: number;
  /** `TaskStateEntered`, `TaskFailed`, `ExecutionSucceeded`... */
  type: string;
  /** Epoch ms. */
  timestamp: number;
  /** The state a `*StateEntered` / `*StateExited` event names. */
  stateName?: string;
  /** From the event's details, when it reports a failure. */
  error?: string;
  cause?: string;
}

/** What happened to a state: the diagram's colours and the table's status. */
export type StateOutcome = 'running' | 'succeeded' | 'failed' | 'caught' | 'stopped';

export interface StateRecord {
  name: string;
  /** `Task`, `Choice`, `Map`... from the event type. */
  type: string;
  outcome: StateOutcome;
  /** How many times it was entered (Map iterations, loops), and how many of those still run. */
  entries: number;
  active: number;
  firstEntered: number;
  lastExited?: number;
  error?: string;
  cause?: string;
}

/** Execution statuses as DescribeExecution names them (PENDING_REDRIVE: a redrive was asked for). */
export type ExecutionStatus =
  'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';
export const TERMINAL: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);

const EXECUTION_END: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
  ExecutionRedriven: 'RUNNING',
};

/**
 * Failures of the work inside a state (TaskFailed, LambdaFunctionTimedOut, MapStateFailed...); one
 * failed Map iteration is not the Map's failure (it may tolerate some).
 */
const STATE_FAILURE = /^(?!Execution|MapIteration)\w+(?:Failed|TimedOut)$/;
/** A task scheduled again after it failed: a Retry. */
const RETRY = /^(?:Task|LambdaFunction|Activity)Scheduled$/;

/**
 * Folds the history into one record per state, logging each transition as it is read: a state
 * entered, a state done (with its time), a failure with its error and cause, a retry. Events come
 * in order, a batch at a time; the owner of a task event is found through `previousEventId`.
 */
export class ExecutionTrack {
  readonly states = new Map<string, StateRecord>();
  status: ExecutionStatus = 'RUNNING';
  error?: string;
  cause?: string;
  lastEventId = 0;
  startedAt?: number;
  endedAt?: number;
  private readonly owner = new Map<number, string>();

  constructor(private readonly log: Log) {}

  /** Applies new events (ids above the last seen); true when any was new. */
  apply(events: HistoryEvent[]): boolean {
    let changed = false;
    for (const e of events) {
      if (e.id <= this.lastEventId) continue;
      this.lastEventId = e.id;
      changed = true;
      this.one(e);
    }
    return changed;
  }

  private one(e: HistoryEvent): void {
    const owner = e.stateName ?? (e.previousEventId ? this.owner.get(e.previousEventId) : undefined);
    if (owner) this.owner.set(e.id, owner);
    if (e.type === 'ExecutionStarted') this.startedAt = e.timestamp;
    const end = EXECUTION_END[e.type];
    if (end) return this.executionEvent(e, end, owner);
    const entered = /^(\w+)StateEntered$/.exec(e.type);
    if (entered && e.stateName) return this.entered(e.stateName, entered[1]!, e);
    if (/StateExited$/.test(e.type) && e.stateName) return this.exited(e.stateName, e);
    const s = owner ? this.states.get(owner) : undefined;
    if (!s) return;
    if (STATE_FAILURE.test(e.type)) {
      s.outcome = 'failed';
      s.error = e.error ?? e.type;
      s.cause = e.cause;
      this.log.info(`✗ ${s.name}: ${e.type}${failure(e.error, e.cause)}`);
    } else if (RETRY.test(e.type) && s.outcome === 'failed') {
      s.outcome = 'running';
      this.log.info(`↻ ${s.name}: retrying after ${s.error}`);
    }
  }

  private entered(name: string, type: string, e: HistoryEvent): void {
    const s = this.states.get(name);
    if (!s) {
      this.states.set(name, {
        name,
        type,
        // A Fail state fails its execution (or branch) as it is entered.
        outcome: type === 'Fail' ? 'failed' : 'running',
        entries: 1,
        active: 1,
        firstEntered: e.timestamp,
      });
      this.log.info(`→ ${name} (${type})`);
      return;
    }
    s.entries++;
    s.active++;
    if (s.outcome !== 'failed') s.outcome = type === 'Fail' ? 'failed' : 'running';
  }

  private exited(name: string, e: HistoryEvent): void {
    const s = this.states.get(name);
    if (!s) return;
    s.lastExited = e.timestamp;
    s.active = Math.max(0, s.active - 1);
    // Exiting after a failure: a Catch handled it.
    if (s.outcome === 'failed' && s.type !== 'Fail') {
      s.outcome = 'caught';
      this.log.info(`↪ ${name}: ${s.error ?? 'error'} caught`);
      return;
    }
    if (s.outcome === 'running' && !s.active) s.outcome = 'succeeded';
    if (s.active) return;
    const times = s.entries > 1 ? ` (×${s.entries})` : '';
    this.log.info(`✓ ${name} done in ${formatDuration(e.timestamp - s.firstEntered)}${times}`);
  }

  private executionEvent(e: HistoryEvent, status: ExecutionStatus, owner: string | undefined): void {
    this.status = status;
    if (status === 'RUNNING') {
      this.endedAt = undefined;
      this.log.info('Execution redriven: running again from its failed states');
      return;
    }
    this.endedAt = e.timestamp;
    if (e.error !== undefined) this.error = e.error;
    if (e.cause !== undefined) this.cause = e.cause;
    const failedIn = owner ? this.states.get(owner) : undefined;
    if (status === 'FAILED' && failedIn) {
      failedIn.outcome = 'failed';
      failedIn.error ??= e.error;
      failedIn.cause ??= e.cause;
    }
    for (const s of this.states.values()) {
      if (s.outcome !== 'running') continue;
      s.outcome = status === 'SUCCEEDED' ? 'succeeded' : 'stopped';
    }
  }

  /** This toolkit stopped the execution (StopExecution) before its history said so. */
  markStopped(at: number): void {
    this.status = 'ABORTED';
    this.endedAt = at;
    for (const s of this.states.values()) if (s.outcome === 'running') s.outcome = 'stopped';
  }

  /** The state whose failure explains the execution's (the last one that failed and was not caught). */
  failedState(): StateRecord | undefined {
    return [...this.states.values()].filter((s) => s.outcome === 'failed').at(-1);
  }
}

export function failure(error: string | undefined, cause: string | undefined): string {
  if (!error && !cause) return '';
  return `: ${error ?? ''}${cause ? `${error ? ' — ' : ''}${cause}` : ''}`;
}
