import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import { LogTail } from './logs.js';
import type { Build, BuildGateway, LogGateway } from './types.js';

export interface WatchOptions {
  /** BatchGetBuilds at most this often (one call for all the builds). */
  statusIntervalMs: number;
  /** GetLogEvents this soon after lines arrived... */
  logIntervalMs: number;
  /** ...backing off to this while the log is quiet. */
  maxLogIntervalMs: number;
  /** After the build completes, keep reading until the log has been quiet this long... */
  tailQuietMs: number;
  /** ...but no longer than this. */
  tailMaxMs: number;
}

export const DEFAULT_WATCH: WatchOptions = {
  statusIntervalMs: 10_000,
  logIntervalMs: 5_000,
  maxLogIntervalMs: 15_000,
  tailQuietMs: 10_000,
  tailMaxMs: 60_000,
};

export interface WatchDeps {
  builds: BuildGateway;
  /** Omitted: logs are not read (`hide-logs`). */
  logs?: LogGateway;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
  /** Called with each log line, prefixed with the build when several are watched. */
  onLine?: (buildId: string, line: string) => void;
  /** Errors worth retrying (throttling, 5xx, dropped connections): a wait never fails on them. */
  isTransient: (err: unknown) => boolean;
  /** Called once per build when its log stream becomes known. */
  onLogStream?: (build: Build) => void;
}

export interface WatchResult {
  builds: Build[];
  cancelled: boolean;
  statusCalls: number;
  logCalls: number;
  lines: number;
}

/**
 * Waits until every build is complete, streaming their logs meanwhile: one BatchGetBuilds per
 * status poll whatever the number of builds, GetLogEvents per stream when it is due. After the
 * end, the tail CloudWatch receives late is read until the log has been quiet for a while.
 * Returns early (cancelled) when `signal` aborts; stopping the builds is the caller's choice.
 */
export async function watchBuilds(ids: string[], deps: WatchDeps, options: WatchOptions = DEFAULT_WATCH) {
  const { clock, signal } = deps;
  const latest = new Map<string, Build>();
  const tails = new Map<string, LogTail>();
  const completedAt = new Map<string, number>();
  let lastLineAt = clock.now();
  let statusCalls = 0;
  let nextStatusAt = clock.now();
  let nextLogAt = clock.now();
  let logInterval = options.logIntervalMs;

  const pending = () => ids.filter((id) => !latest.get(id)?.complete);
  const tailDone = (id: string) => {
    const done = completedAt.get(id);
    if (done === undefined) return false;
    if (!deps.logs) return true;
    const now = clock.now();
    return now - Math.max(done, lastLineAt) >= options.tailQuietMs || now - done >= options.tailMaxMs;
  };

  while (!signal.aborted) {
    const now = clock.now();
    if (now >= nextStatusAt && pending().length) {
      nextStatusAt = now + options.statusIntervalMs;
      try {
        statusCalls++;
        for (const build of await deps.builds.batchGet(pending(), signal)) {
          const before = latest.get(build.id);
          latest.set(build.id, build);
          if (build.currentPhase && build.currentPhase !== before?.currentPhase && !build.complete) {
            deps.log.debug(`${build.id}: ${build.currentPhase}`);
          }
          if (build.complete && !completedAt.has(build.id)) completedAt.set(build.id, clock.now());
          if (deps.logs && build.logs && !tails.has(build.id)) {
            const prefix = ids.length > 1 ? `[${build.id}] ` : '';
            tails.set(
              build.id,
              new LogTail(deps.logs, build.logs.group, build.logs.stream, (line) =>
                deps.onLine ? deps.onLine(build.id, line) : deps.log.info(`${prefix}${line}`),
              ),
            );
            deps.onLogStream?.(build);
          }
        }
      } catch (err) {
        if (signal.aborted) break;
        if (!deps.isTransient(err)) throw err;
        deps.log.debug(`BatchGetBuilds: ${(err as Error).name}: ${(err as Error).message}; retrying`);
      }
    }

    if (deps.logs && clock.now() >= nextLogAt) {
      let printed = 0;
      for (const tail of tails.values()) {
        try {
          printed += await tail.poll(signal);
        } catch (err) {
          if (signal.aborted) break;
          if (!deps.isTransient(err)) throw err;
          deps.log.debug(`GetLogEvents: ${(err as Error).name}; retrying from the same position`);
        }
      }
      if (printed) lastLineAt = clock.now();
      const anyComplete = completedAt.size > 0;
      // Lines flowing (or a tail being drained): read again soon; quiet: back off.
      logInterval =
        printed || anyComplete ? options.logIntervalMs : Math.min(logInterval * 2, options.maxLogIntervalMs);
      nextLogAt = clock.now() + logInterval;
    }

    if (ids.every((id) => latest.get(id)?.complete && tailDone(id))) break;

    const wakeAt = Math.min(pending().length ? nextStatusAt : Infinity, deps.logs ? nextLogAt : Infinity);
    const wait = Number.isFinite(wakeAt) ? wakeAt - clock.now() : options.logIntervalMs;
    if (wait > 0) await clock.sleep(wait, signal);
  }

  const logCalls = [...tails.values()].reduce((n, t) => n + t.calls, 0);
  const lines = [...tails.values()].reduce((n, t) => n + t.lines, 0);
  return {
    builds: ids.map((id) => latest.get(id)).filter((b): b is Build => Boolean(b)),
    cancelled: signal.aborted,
    statusCalls,
    logCalls,
    lines,
  } satisfies WatchResult;
}
