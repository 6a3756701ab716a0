import type { StepState } from './gateway.js';

/**
 * When to poll next. Fixed polling pays the same price all the time; the adaptive schedule polls
 * densely near the moments something is likely to happen (the start, where fast failures are, and
 * the times the previous successful execution's steps ended, shifted by how late this one runs) and
 * sparsely in between: the interval is half the distance to the nearest such moment, within bounds.
 */
export type PollPolicy = { kind: 'adaptive' } | { kind: 'fixed'; intervalMs: number };

export const ADAPTIVE = {
  minMs: 2_000,
  /** Longest gap with a previous execution to predict from, and without one. */
  maxMs: 60_000,
  maxWithoutHistoryMs: 30_000,
  ratio: 0.5,
};

/** The shape of the previous successful execution: when each step started and ended, from its start. */
export interface History {
  steps: Map<string, { start: number; end: number }>;
  totalMs: number;
}

export function historyFrom(
  executionStart: number,
  executionEnd: number | undefined,
  steps: StepState[],
): History | undefined {
  const map = new Map<string, { start: number; end: number }>();
  let last = 0;
  for (const s of steps) {
    if (s.startTime === undefined || s.endTime === undefined) continue;
    map.set(s.name, { start: s.startTime - executionStart, end: s.endTime - executionStart });
    last = Math.max(last, s.endTime - executionStart);
  }
  if (!map.size) return undefined;
  const total =
    executionEnd && executionEnd > executionStart ? Math.max(last, executionEnd - executionStart) : last;
  return { steps: map, totalMs: total };
}

export interface RunningExecution {
  startTime: number;
  steps: StepState[];
}

/** The moments worth polling near, for executions still running. */
export function predictedEvents(running: RunningExecution[], history: History | undefined): number[] {
  const events: number[] = [];
  for (const e of running) {
    events.push(e.startTime);
    if (!history) continue;
    // How late this execution runs against the previous one, from the latest thing seen of it.
    let drift = 0;
    let latest = -Infinity;
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

export function nextInterval(now: number, events: number[], withHistory: boolean): number {
  const max = withHistory ? ADAPTIVE.maxMs : ADAPTIVE.maxWithoutHistoryMs;
  let distance = Infinity;
  for (const e of events) distance = Math.min(distance, Math.abs(now - e));
  if (!Number.isFinite(distance)) return max;
  return Math.round(Math.min(max, Math.max(ADAPTIVE.minMs, distance * ADAPTIVE.ratio)));
}
