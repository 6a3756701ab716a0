import type { Baseline } from './baseline.js';
import type { PartialSummary } from './summary.js';

/** Shares below this count as this in PSI, so an empty bin adds a large but finite term. */
export const PSI_FLOOR = 1e-4;

/**
 * Population stability index of `actual` against `expected` shares over the same bins:
 * Σ (a − e) · ln(a / e), each share floored at PSI_FLOOR.
 */
export function psi(expected: readonly number[], actual: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = Math.max(expected[i]!, PSI_FLOOR);
    const a = Math.max(actual[i]!, PSI_FLOOR);
    sum += (a - e) * Math.log(a / e);
  }
  return sum;
}

export interface FeatureDrift {
  name: string;
  type: 'numeric' | 'categorical';
  /** null when the window had no present value of the feature. */
  psi: number | null;
  baselineMissingRate: number;
  missingRate: number;
  /** |missingRate − baselineMissingRate|. */
  missingChange: number;
  /** Share of present values outside the baseline's named categories (categorical; 0 for numeric). */
  unseenRate: number;
  unseenExamples: string[];
  /** Shares per bin (numeric) or per category then "other" (categorical), baseline and window. */
  expected: number[];
  actual: number[];
}

export function featureDrift(baseline: Baseline, summary: PartialSummary): FeatureDrift[] {
  return baseline.features.map((f, i) => {
    const c = summary.features[i]!;
    const expected = f.type === 'numeric' ? f.proportions.slice() : [...Object.values(f.categories), f.other];
    const actual = c.bins.map((n) => (c.present ? n / c.present : 0));
    const rows = c.present + c.missing;
    const missingRate = rows ? c.missing / rows : 0;
    return {
      name: f.name,
      type: f.type,
      psi: c.present ? round(psi(expected, actual)) : null,
      baselineMissingRate: f.missingRate,
      missingRate: round(missingRate),
      missingChange: round(Math.abs(missingRate - f.missingRate)),
      unseenRate: c.present ? round(c.unseen / c.present) : 0,
      unseenExamples: c.unseenExamples,
      expected,
      actual,
    };
  });
}

/**
 * The values thresholds name: `psi(f)`, `missing(f)` (missing-rate change), `unseen(f)` for each
 * feature, and `max_psi`, `records`, `malformed`.
 */
export function driftMetrics(
  features: FeatureDrift[],
  summary: PartialSummary,
): Record<string, number | null> {
  const metrics: Record<string, number | null> = {};
  for (const f of features) {
    metrics[`psi(${f.name})`] = f.psi;
    metrics[`missing(${f.name})`] = f.missingChange;
    metrics[`unseen(${f.name})`] = f.unseenRate;
  }
  metrics.max_psi = maxPsi(features);
  metrics.records = summary.records;
  metrics.malformed = summary.malformed;
  return metrics;
}

export function maxPsi(features: FeatureDrift[]): number | null {
  const values = features.map((f) => f.psi).filter((p): p is number => p !== null);
  return values.length ? Math.max(...values) : null;
}

/** Rounded for reports and metrics (12 significant digits: floating noise off, nothing real lost). */
function round(n: number): number {
  return Number(n.toPrecision(12));
}
