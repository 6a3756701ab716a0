import { UserError } from '../errors.js';

/**
 * The drift baseline (docs/drift.md "Baseline format"): what the training data looked like, per
 * feature, in a small versioned JSON document that `drift baseline` writes and `drift check` reads.
 */
export const BASELINE_FORMAT = 'sagemaker-cicd/drift-baseline';
export const BASELINE_VERSION = 1;

export interface NumericFeature {
  name: string;
  type: 'numeric';
  /** Share of rows where the value is missing (empty, null, absent). */
  missingRate: number;
  /**
   * Bins over present values: `edges` are the k-1 interior cut points (ascending); bin 0 is
   * (-inf, edges[0]], bin i is (edges[i-1], edges[i]], the last is (edges[k-2], +inf).
   */
  edges: number[];
  /** Share of present values in each bin (k values, summing to 1). */
  proportions: number[];
  min: number;
  max: number;
}

export interface CategoricalFeature {
  name: string;
  type: 'categorical';
  missingRate: number;
  /** The most frequent categories (at most the baseline's maxCategories), with their share of present values. */
  categories: Record<string, number>;
  /** Share of present values in every other category (0 when all categories are listed). */
  other: number;
}

export type BaselineFeature = NumericFeature | CategoricalFeature;

export interface Baseline {
  format: typeof BASELINE_FORMAT;
  version: typeof BASELINE_VERSION;
  /** Where it was computed from (an S3 URI, a path, or a Model Monitor statistics.json). */
  source: string;
  rows: number;
  /** Categories kept per categorical feature before the rest is counted as "other". */
  maxCategories: number;
  /** In the order of the data's columns: a CSV capture's values are read in this order. */
  features: BaselineFeature[];
}

/** Reads a baseline document: this toolkit's format, or a Model Monitor statistics.json. */
export function parseBaseline(text: string, where: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UserError(`baseline ${where} is not JSON: ${(err as Error).message}`);
  }
  const d = doc as Record<string, unknown>;
  if (d && d.format === BASELINE_FORMAT) {
    if (d.version !== BASELINE_VERSION) {
      throw new UserError(
        `baseline ${where} has version ${String(d.version)}; this toolkit reads version ${BASELINE_VERSION}`,
      );
    }
    const b = d as unknown as Baseline;
    if (!Array.isArray(b.features) || !b.features.length) {
      throw new UserError(`baseline ${where} has no features`);
    }
    return b;
  }
  if (
    d &&
    Array.isArray(d.features) &&
    d.features.some((f) => (f as { inferred_type?: unknown }).inferred_type)
  ) {
    return fromModelMonitor(d.features as MonitorFeature[], where);
  }
  throw new UserError(
    `baseline ${where} is neither a drift baseline ("format": "${BASELINE_FORMAT}") nor a Model Monitor statistics.json`,
  );
}

interface MonitorCommon {
  num_present?: number;
  num_missing?: number;
}
interface MonitorFeature {
  name: string;
  inferred_type: 'Fractional' | 'Integral' | 'String' | 'Unknown';
  numerical_statistics?: {
    common?: MonitorCommon;
    min?: number;
    max?: number;
    distribution?: { kll?: { buckets?: { lower_bound: number; upper_bound: number; count: number }[] } };
  };
  string_statistics?: {
    common?: MonitorCommon;
    distribution?: { categorical?: { buckets?: { value: string; count: number }[] } };
  };
}

const missingOf = (c: MonitorCommon | undefined) => {
  const present = c?.num_present ?? 0;
  const missing = c?.num_missing ?? 0;
  return { rows: present + missing, missingRate: present + missing ? missing / (present + missing) : 0 };
};

/**
 * A Model Monitor baseline (statistics.json) as a drift baseline: a numeric feature's KLL buckets
 * become its bins (their upper bounds the edges), a string feature's categorical buckets its
 * categories. Model Monitor keeps every category it saw, so `other` is 0.
 */
export function fromModelMonitor(features: MonitorFeature[], where: string): Baseline {
  let rows = 0;
  const out: BaselineFeature[] = [];
  for (const f of features) {
    if (f.inferred_type === 'Fractional' || f.inferred_type === 'Integral') {
      const n = f.numerical_statistics;
      const { rows: r, missingRate } = missingOf(n?.common);
      rows = Math.max(rows, r);
      const buckets = n?.distribution?.kll?.buckets ?? [];
      const total = buckets.reduce((s, b) => s + b.count, 0);
      if (!buckets.length || !total) {
        throw new UserError(`baseline ${where}: feature '${f.name}' has no KLL buckets to bin on`);
      }
      out.push({
        name: f.name,
        type: 'numeric',
        missingRate,
        edges: buckets.slice(0, -1).map((b) => b.upper_bound),
        proportions: buckets.map((b) => b.count / total),
        min: n?.min ?? buckets[0]!.lower_bound,
        max: n?.max ?? buckets[buckets.length - 1]!.upper_bound,
      });
    } else if (f.inferred_type === 'String') {
      const s = f.string_statistics;
      const { rows: r, missingRate } = missingOf(s?.common);
      rows = Math.max(rows, r);
      const buckets = s?.distribution?.categorical?.buckets ?? [];
      const total = buckets.reduce((sum, b) => sum + b.count, 0);
      const categories: Record<string, number> = {};
      for (const b of buckets) categories[b.value] = total ? b.count / total : 0;
      out.push({ name: f.name, type: 'categorical', missingRate, categories, other: 0 });
    }
    // 'Unknown' features carry no distribution to compare with; they are left out.
  }
  if (!out.length) throw new UserError(`baseline ${where}: no Fractional, Integral or String features`);
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    source: `Model Monitor statistics ${where}`,
    rows,
    maxCategories: Math.max(
      0,
      ...out.map((f) => (f.type === 'categorical' ? Object.keys(f.categories).length : 0)),
    ),
    features: out,
  };
}

/** Index of the bin a value falls in (binary search over the interior edges). */
export function binOf(edges: readonly number[], value: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
