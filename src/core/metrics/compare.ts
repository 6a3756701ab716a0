import { knownDirection, type Direction } from './directions.js';
import type { Metrics } from './report.js';
import {
  evaluateThreshold,
  impliedDirection,
  type Threshold,
  type ThresholdOutcome,
  type ThresholdResult,
} from './thresholds.js';

export type Verdict = 'improved' | 'regressed' | 'unchanged' | 'changed' | 'none';

export interface MetricRow {
  metric: string;
  /** undefined: not in the report; null: in the report without a usable value (NaN, null). */
  candidate: number | null | undefined;
  baseline: number | null | undefined;
  /** candidate − baseline, when both are numbers. */
  change?: number;
  /** change ÷ |baseline|, when the baseline is a non-zero number. */
  relativeChange?: number;
  direction?: Direction;
  verdict: Verdict;
  outcomes: ThresholdOutcome[];
  /** The worst of the row's threshold results; undefined when no threshold names the metric. */
  result?: ThresholdResult;
}

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface Comparison {
  rows: MetricRow[];
  outcomes: ThresholdOutcome[];
  failed: ThresholdOutcome[];
  /** failure when a threshold failed, neutral when there are no thresholds, success otherwise. */
  conclusion: Conclusion;
  /** False for the first model of a group (no approved model yet). */
  hasBaseline: boolean;
}

export interface CompareInput {
  candidate: Metrics;
  /** undefined: there is no baseline model. */
  baseline?: Metrics;
  thresholds: Threshold[];
  /** Directions set by the user, over the known ones and those implied by thresholds. */
  directions?: Record<string, Direction>;
}

export function compareMetrics({
  candidate,
  baseline,
  thresholds,
  directions = {},
}: CompareInput): Comparison {
  const outcomes = thresholds.map((t) => evaluateThreshold(t, candidate, baseline));
  const names = unique([
    ...Object.keys(candidate),
    ...thresholds.map((t) => t.metric),
    ...Object.keys(baseline ?? {}),
  ]);
  const rows = names.map((metric): MetricRow => {
    const own = outcomes.filter((o) => o.threshold.metric === metric);
    const implied = own[0] ? impliedDirection(own[0].threshold) : undefined;
    const direction = directions[metric] ?? knownDirection(metric) ?? implied;
    const c = candidate[metric];
    const b = baseline?.[metric];
    const row: MetricRow = { metric, candidate: c, baseline: b, direction, verdict: 'none', outcomes: own };
    if (typeof c === 'number' && typeof b === 'number') {
      row.change = c - b;
      if (b !== 0) row.relativeChange = row.change / Math.abs(b);
      row.verdict = verdictOf(row.change, b, direction);
    }
    if (own.length)
      row.result = own.some((o) => o.result === 'fail')
        ? 'fail'
        : own.some((o) => o.result === 'pass')
          ? 'pass'
          : 'skipped';
    return row;
  });
  const failed = outcomes.filter((o) => o.result === 'fail');
  return {
    rows,
    outcomes,
    failed,
    conclusion: !thresholds.length ? 'neutral' : failed.length ? 'failure' : 'success',
    hasBaseline: baseline !== undefined,
  };
}

/** Changes smaller than a millionth of the baseline are noise from float formatting, not a change. */
function verdictOf(change: number, base: number, direction: Direction | undefined): Verdict {
  if (Math.abs(change) <= 1e-6 * Math.max(1, Math.abs(base))) return 'unchanged';
  if (!direction) return 'changed';
  return change > 0 === (direction === 'higher') ? 'improved' : 'regressed';
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
