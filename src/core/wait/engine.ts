import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import { formatDuration } from '../inputs.js';
import type { Log } from '../log.js';

/** One look at the remote work, as a wait's `poll` returns it. */
export interface Observation {
  /** The work has ended, whatever its outcome. */
  done: boolean;
  /** Something new was seen (and logged) by this look: the heartbeat stays quiet. */
  changed?: boolean;
}

export interface WaitSpec<O extends Observation> {
  /** What is waited on, as the heartbeat names it: "build churn:1 of project churn". */
  what: string;
  clock: Clock;
  log: Log;
  signal?: AbortSignal;
  timeoutMs: number;
  /**
   * Errors to poll through (throttling, 5xx, dropped connections), as the AWS boundary classifies
   * them: a long wait never fails on one. Anything else (an expired session, AccessDenied, a bug)
   * ends the wait unchanged.
   */
  isTransient(err: unknown): boolean;
  /** One read of the status (and whatever the wait logs of it). */
  poll(): Promise<O>;
  /**
   * Read again after the status turned terminal, so what is reported is consistent with it (a
   * stage snapshot read before the terminal status may predate the failure it explains).
   */
  settle?(terminal: O): Promise<O>;
  /** Milliseconds until the next poll (the schedule: fixed, or adaptive from history). */
  nextPollMs(now: number, last: O | undefined): number;
  /** What still runs, for the heartbeat: "stage Deploy (action Canary)". */
  progress?(last: O | undefined): string;
  /** A heartbeat line after this long without news. */
  heartbeatMs?: number;
}

export interface WaitOutcome<O> {
  ended: 'done' | 'timeout' | 'cancelled';
  /** The last observation (settled when done); undefined when no read succeeded. */
  last?: O;
  polls: number;
  transientErrors: number;
}

/** A long wait is never silent: a line about every 5 minutes while nothing changes. */
export const HEARTBEAT_MS = 5 * 60_000;
/** How soon a terminal status is read again when its settling read failed transiently. */
const SETTLE_RETRY_MS = 2_000;

/**
 * The one wait loop: polls on the spec's schedule until the work is done, the time is up or the
 * signal aborts (a sleep or a read in flight ends at once, so the caller's stop request follows
 * within moments). Transient errors are logged in debug and polled through; a terminal status is
 * settled by a final read; a heartbeat says what still runs while nothing changes. Stopping the
 * remote work on cancel or timeout is the caller's business: it knows what to stop and how.
 */
export async function runWait<O extends Observation>(spec: WaitSpec<O>): Promise<WaitOutcome<O>> {
  const { clock, log, signal } = spec;
  const heartbeatMs = spec.heartbeatMs ?? HEARTBEAT_MS;
  const start = clock.now();
  const deadline = start + spec.timeoutMs;
  let last: O | undefined;
  let news = start;
  let polls = 0;
  let transientErrors = 0;
  const outcome = (ended: WaitOutcome<O>['ended']): WaitOutcome<O> => {
    if (transientErrors) log.debug(`${transientErrors} transient errors were polled through`);
    return { ended, ...(last ? { last } : {}), polls, transientErrors };
  };

  for (;;) {
    if (signal?.aborted) return outcome('cancelled');
    let failed = false;
    let settling = false;
    try {
      polls++;
      let seen = await spec.poll();
      if (seen.changed) news = clock.now();
      if (seen.done && spec.settle) {
        settling = true;
        seen = await spec.settle(seen);
      }
      last = seen;
      if (seen.done) return outcome('done');
    } catch (err) {
      // A read abandoned by a cancel is no error: the caller stops the work.
      if (signal?.aborted) return outcome('cancelled');
      if (!spec.isTransient(err)) throw err;
      failed = true;
      transientErrors++;
      log.debug(`${spec.what}: ${errorMessage(err)} (transient, polling again)`);
    }
    const now = clock.now();
    if (now >= deadline) return outcome('timeout');
    if (now - news >= heartbeatMs) {
      news = now;
      const doing = spec.progress?.(last);
      log.info(
        `Still waiting for ${spec.what}${doing ? `: ${doing}` : ''} (${formatDuration(now - start)} so far)`,
      );
    }
    const interval = failed && settling ? SETTLE_RETRY_MS : spec.nextPollMs(now, last);
    await clock.sleep(Math.max(0, Math.min(interval, deadline - now)), signal);
  }
}

/**
 * Reads a timing hint (the previous run of the same thing). A hint never fails a wait, whatever
 * the error (a permission the role lacks included): the wait then polls without a prediction.
 */
export async function timingHint<T>(log: Log, what: string, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    log.debug(`no ${what} to predict from (${errorMessage(err)}); polling without it`);
    return undefined;
  }
}
