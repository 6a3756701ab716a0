import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import { runWait, timingHint } from '../wait/engine.js';
import { historyFrom, pollInterval, type History, type PollPolicy } from '../wait/schedule.js';
import { LogTail } from './logs.js';
import type { Build, BuildGateway, LogGateway } from './types.js';

export interface WatchOptions {
  /** BatchGetBuilds (one call for all the builds): adaptive from the project's previous build. */
  policy: PollPolicy;
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
  policy: { kind: 'adaptive' },
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
  /** Unset: no limit of its own (CodeBuild ends a build at its own timeout). */
  timeoutMs?: number;
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
 * status poll whatever the number of builds, on the adaptive schedule from the project's previous
 * successful build (its phases as the template); GetLogEvents per stream when it is due. After the
 * end, the tail CloudWatch receives late is read until the log has been quiet for a while.
 * Returns early (cancelled) when `signal` aborts; stopping the builds is the caller's choice.
 */
export async function watchBuilds(ids: string[], deps: WatchDeps, options: WatchOptions = DEFAULT_WATCH) {
  const { clock, signal } = deps;
  const latest = new Map<string, Build>();
  const tails = new Map<string, LogTail>();
  const completedAt = new Map<string, number>();
  const started = clock.now();
  let lastLineAt = started;
  let statusCalls = 0;
  let nextStatusAt = started;
  let nextLogAt = started;
  let logInterval = options.logIntervalMs;
  let history: History | undefined;
  let historyRead = options.policy.kind !== 'adaptive';

  const pending = () => ids.filter((id) => !latest.get(id)?.complete);
  const tailDone = (id: string) => {
    const done = completedAt.get(id);
    if (done === undefined) return false;
    if (!deps.logs) return true;
    const now = clock.now();
    return now - Math.max(done, lastLineAt) >= options.tailQuietMs || now - done >= options.tailMaxMs;
  };
  const statusInterval = (now: number) => {
    const b = latest.get(pending()[0] ?? '');
    const run = {
      startTime: b?.startTime ?? started,
      steps: (b?.phases ?? []).map((p) => ({ name: p.type, startTime: p.startTime, endTime: p.endTime })),
    };
    return pollInterval(options.policy, now, run, history);
  };

  async function readStatus(): Promise<boolean> {
    statusCalls++;
    let changed = false;
    for (const build of await deps.builds.batchGet(pending(), signal)) {
      const before = latest.get(build.id);
      latest.set(build.id, build);
      if (build.currentPhase !== before?.currentPhase) changed = true;
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
    if (!historyRead) {
      history = await timingHint(deps.log, 'previous build', () =>
        previousBuild(deps.builds, ids, latest.get(ids[0]!), signal),
      );
      historyRead = true;
    }
    return changed;
  }

  async function readLogs(): Promise<number> {
    let printed = 0;
    // A failed read leaves its tail where it was: the same token is sent again next time.
    for (const tail of tails.values()) printed += await tail.poll(signal);
    if (printed) lastLineAt = clock.now();
    // Lines flowing (or a tail being drained): read again soon; quiet: back off.
    logInterval =
      printed || completedAt.size > 0
        ? options.logIntervalMs
        : Math.min(logInterval * 2, options.maxLogIntervalMs);
    return printed;
  }

  const waited = await runWait({
    what: ids.length === 1 ? `build ${ids[0]}` : `${ids.length} builds`,
    clock,
    log: deps.log,
    signal,
    timeoutMs: deps.timeoutMs ?? Infinity,
    isTransient: deps.isTransient,
    poll: async () => {
      let changed = false;
      const now = clock.now();
      if (now >= nextStatusAt && pending().length) {
        // Due times move first: a failed read is retried on schedule, not at once.
        nextStatusAt = Infinity;
        try {
          changed = await readStatus();
        } finally {
          nextStatusAt = clock.now() + statusInterval(clock.now());
        }
      }
      if (deps.logs && clock.now() >= nextLogAt) {
        nextLogAt = Infinity;
        try {
          changed = (await readLogs()) > 0 || changed;
        } finally {
          nextLogAt = clock.now() + logInterval;
        }
      }
      return { done: ids.every((id) => latest.get(id)?.complete && tailDone(id)), changed };
    },
    nextPollMs: (now) => {
      const wakeAt = Math.min(pending().length ? nextStatusAt : Infinity, deps.logs ? nextLogAt : Infinity);
      return Number.isFinite(wakeAt) ? Math.max(0, wakeAt - now) : options.logIntervalMs;
    },
    progress: () => {
      const running = pending().map((id) => latest.get(id)?.currentPhase ?? 'not started');
      return running.length ? `phase ${[...new Set(running)].join(', ')}` : 'reading the end of the log';
    },
  });

  const logCalls = [...tails.values()].reduce((n, t) => n + t.calls, 0);
  const lines = [...tails.values()].reduce((n, t) => n + t.lines, 0);
  return {
    builds: ids.map((id) => latest.get(id)).filter((b): b is Build => Boolean(b)),
    cancelled: waited.ended === 'cancelled',
    statusCalls,
    logCalls,
    lines,
  } satisfies WatchResult;
}

/** How many of the project's latest builds are looked at for a previous success. */
const HISTORY_BUILDS = 10;

/** The project's latest successful build other than these, as a timing template (its phases). */
async function previousBuild(
  gateway: BuildGateway,
  ours: string[],
  first: Build | undefined,
  signal: AbortSignal,
): Promise<History | undefined> {
  const project = first?.project ?? ours[0]!.split(':')[0]!;
  const ids = (await gateway.listBuildIds(project, signal)).filter((id) => !ours.includes(id));
  if (!ids.length) return undefined;
  const builds = await gateway.batchGet(ids.slice(0, HISTORY_BUILDS), signal);
  // BatchGetBuilds keeps the order asked for: newest first.
  const b = builds.find((x) => x.complete && x.status === 'SUCCEEDED' && x.startTime && x.endTime);
  if (!b) return undefined;
  const phases = b.phases.map((p) => ({ name: p.type, startTime: p.startTime, endTime: p.endTime }));
  return historyFrom(b.startTime!, b.endTime, phases);
}
