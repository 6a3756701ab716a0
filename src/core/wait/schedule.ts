/**
 * When to poll next. Fixed polling pays the same price all the time; the adaptive schedule polls
 * densely near the moments something is likely to happen (the start, and the times the previous
 * run of the same thing had its parts end, shifted by how late this one runs) and sparsely in
 * between: the interval is half the distance to the nearest such moment, within bounds. Every
 * wait uses it: a pipeline execution's steps, a build's phases, a CodePipeline execution's or an
 * endpoint update's whole duration.
 */
export type PollPolicy = { kind: 'adaptive' } | { kind: 'fixed'; intervalMs: number };

export const ADAPTIVE = {
  minMs: 2_000,
  /** Longest gap with a previous run to predict from, and without one. */
  maxMs: 60_000,
  maxWithoutHistoryMs: 30_000,
  ratio: 0.5,
  /**
   * Runs of the same thing vary: a predicted end is uncertain by this share of the time still to
   * go when it was predicted (from the start, or the latest part seen to start or end)...
   */
  endUncertainty: 0.05,
  /** ...and within that band around it, polls come at least this often. */
  bandMaxMs: 6_000,
};

/** A named part of a run (a step, a phase), with the times it started and ended (epoch ms). */
export interface Segment {
  name: string;
  status?: string;
  startTime?: number;
  endTime?: number;
}

/** The shape of the previous run: when each part started and ended, from its start. */
export interface History {
  steps: Map<string, { start: number; end: number }>;
  totalMs: number;
}

/** The previous run as a template; only its total duration when it has no parts with times. */
export function historyFrom(
  runStart: number,
  runEnd: number | undefined,
  segments: Segment[],
): History | undefined {
  const map = new Map<string, { start: number; end: number }>();
  let last = 0;
  for (const s of segments) {
    if (s.startTime === undefined || s.endTime === undefined) continue;
    map.set(s.name, { start: s.startTime - runStart, end: s.endTime - runStart });
    last = Math.max(last, s.endTime - runStart);
  }
  const total = runEnd && runEnd > runStart ? Math.max(last, runEnd - runStart) : last;
  if (!total) return undefined;
  return { steps: map, totalMs: total };
}

export interface RunningExecution {
  startTime: number;
  steps: Segment[];
}

/** How late a run is against the previous one, from the latest thing seen of it, and when that was. */
function driftOf(e: RunningExecution, history: History): { drift: number; latest: number } {
  let drift = 0;
  let latest = e.startTime;
  for (const s of e.steps) {
    const h = history.steps.get(s.name);
    if (!h) continue;
    if (s.startTime !== undefined && s.startTime > latest) {
      latest = s.startTime;
      drift = s.startTime - e.startTime - h.start;
    }
    if (s.endTime !== undefined && s.endTime > latest) {
      latest = s.endTime;
      drift = s.endTime - e.startTime - h.end;
    }
  }
  return { drift, latest };
}

/** The moments worth polling near, for runs still going. */
export function predictedEvents(running: RunningExecution[], history: History | undefined): number[] {
  const events: number[] = [];
  for (const e of running) {
    events.push(e.startTime);
    if (!history) continue;
    const { drift } = driftOf(e, history);
    const seen = new Set(e.steps.map((s) => s.name));
    for (const s of e.steps) {
      const h = history.steps.get(s.name);
      if (h && s.startTime !== undefined && s.endTime === undefined)
        events.push(s.startTime + (h.end - h.start));
    }
    for (const [name, h] of history.steps) if (!seen.has(name)) events.push(e.startTime + h.end + drift);
    events.push(e.startTime + history.totalMs + drift);
  }
  return events;
}

/** The band around a run's predicted end where it may well end. */
export function endBand(run: RunningExecution, history: History): { from: number; to: number } {
  const { drift, latest } = driftOf(run, history);
  const end = run.startTime + history.totalMs + drift;
  const margin = Math.max(0, end - latest) * ADAPTIVE.endUncertainty;
  return { from: end - margin, to: end + margin };
}

export function nextInterval(now: number, events: number[], withHistory: boolean): number {
  const max = withHistory ? ADAPTIVE.maxMs : ADAPTIVE.maxWithoutHistoryMs;
  let distance = Infinity;
  for (const e of events) distance = Math.min(distance, Math.abs(now - e));
  if (!Number.isFinite(distance)) return max;
  return Math.round(Math.min(max, Math.max(ADAPTIVE.minMs, distance * ADAPTIVE.ratio)));
}

/** The next interval for one run under a policy: fixed, or adaptive from its history. */
export function pollInterval(
  policy: PollPolicy,
  now: number,
  run: RunningExecution,
  history: History | undefined,
): number {
  if (policy.kind === 'fixed') return policy.intervalMs;
  const interval = nextInterval(now, predictedEvents([run], history), Boolean(history));
  if (!history) return interval;
  // Inside the band, the end is as likely now as later: poll steadily rather than ever sparser.
  const band = endBand(run, history);
  if (now >= band.from && now <= band.to) return Math.min(interval, ADAPTIVE.bandMaxMs);
  // Just before the band: wake at its start.
  if (now < band.from) return Math.max(ADAPTIVE.minMs, Math.min(interval, band.from - now));
  return interval;
}
