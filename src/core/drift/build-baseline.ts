import { UserError } from '../errors.js';
import { BASELINE_FORMAT, BASELINE_VERSION, binOf, type Baseline, type BaselineFeature } from './baseline.js';
import { categoryOf, readValue } from './values.js';

/** Numeric values kept per feature to place the quantile edges (a uniform reservoir sample past it). */
export const SAMPLE_SIZE = 100_000;
/** Distinct values counted per feature; values first seen past it count toward "other". */
const DISTINCT_TRACKED = 10_000;

export interface BaselineOptions {
  /** Quantile bins per numeric feature. */
  bins: number;
  /** Categories kept per categorical feature; the rest is the "other" bucket. */
  maxCategories: number;
  /** Columns that are not model inputs (the label). */
  exclude: readonly string[];
  source: string;
}

interface Column {
  name: string;
  missing: number;
  present: number;
  /** False once a present value is not a number: the feature is categorical. */
  numeric: boolean;
  sample: Float64Array;
  seen: number;
  min: number;
  max: number;
  counts: Map<string, number>;
  untracked: number;
}

/**
 * Computes a baseline from rows streamed through `add`, in bounded memory: per column a reservoir
 * sample of numbers (exact below SAMPLE_SIZE rows) and the counts of at most DISTINCT_TRACKED values.
 * The reservoir's random choice is seeded, so the same data always gives the same baseline.
 */
export class BaselineBuilder {
  private readonly columns = new Map<string, Column>();
  private rows = 0;
  private seed = 0x9e3779b9;

  constructor(private readonly options: BaselineOptions) {}

  /** One row: column name → raw value (CSV text or a JSON value). */
  add(row: Record<string, unknown>): void {
    this.rows++;
    for (const name of Object.keys(row)) {
      if (this.options.exclude.includes(name)) continue;
      this.column(name);
    }
    for (const c of this.columns.values()) this.addValue(c, row[c.name]);
  }

  private column(name: string): Column {
    let c = this.columns.get(name);
    if (!c) {
      // A column first seen at row n was missing in the n-1 rows before it.
      c = {
        name,
        missing: this.rows - 1,
        present: 0,
        numeric: true,
        sample: new Float64Array(0),
        seen: 0,
        min: Infinity,
        max: -Infinity,
        counts: new Map(),
        untracked: 0,
      };
      this.columns.set(name, c);
    }
    return c;
  }

  private addValue(c: Column, raw: unknown): void {
    const v = readValue(raw);
    if (v === undefined) {
      c.missing++;
      return;
    }
    c.present++;
    if (typeof v === 'number') {
      if (c.numeric) this.sampleNumber(c, v);
    } else if (c.numeric) {
      c.numeric = false;
      c.sample = new Float64Array(0); // no longer needed
    }
    const key = categoryOf(v);
    const n = c.counts.get(key);
    if (n !== undefined) c.counts.set(key, n + 1);
    else if (c.counts.size < DISTINCT_TRACKED) c.counts.set(key, 1);
    else c.untracked++;
  }

  private sampleNumber(c: Column, x: number): void {
    c.min = Math.min(c.min, x);
    c.max = Math.max(c.max, x);
    if (c.seen < SAMPLE_SIZE) {
      if (c.seen === c.sample.length) {
        const grown = new Float64Array(Math.min(SAMPLE_SIZE, Math.max(1024, c.sample.length * 2)));
        grown.set(c.sample);
        c.sample = grown;
      }
      c.sample[c.seen] = x;
    } else {
      const j = Math.floor(this.random() * (c.seen + 1));
      if (j < SAMPLE_SIZE) c.sample[j] = x;
    }
    c.seen++;
  }

  /** xorshift32: a reservoir that is the same on every run. */
  private random(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    return this.seed / 4294967296;
  }

  finish(): Baseline {
    if (!this.rows) throw new UserError(`training data ${this.options.source} has no rows`);
    const features: BaselineFeature[] = [];
    for (const c of this.columns.values()) {
      const missingRate = c.missing / this.rows;
      if (c.numeric && c.present) {
        const sample = c.sample.slice(0, Math.min(c.seen, SAMPLE_SIZE)).sort();
        const edges = quantileEdges(sample, this.options.bins);
        const counts = new Array<number>(edges.length + 1).fill(0);
        for (const x of sample) counts[binOf(edges, x)]!++;
        features.push({
          name: c.name,
          type: 'numeric',
          missingRate,
          edges,
          proportions: counts.map((n) => n / sample.length),
          min: c.min,
          max: c.max,
        });
      } else {
        features.push({
          name: c.name,
          type: 'categorical',
          missingRate,
          ...topCategories(c, this.options.maxCategories),
        });
      }
    }
    return {
      format: BASELINE_FORMAT,
      version: BASELINE_VERSION,
      source: this.options.source,
      rows: this.rows,
      maxCategories: this.options.maxCategories,
      features,
    };
  }
}

/**
 * The k-1 interior edges at quantiles 1/k … (k-1)/k of sorted values (the lower value at each
 * quantile: the smallest x with at least q·n values ≤ x), duplicates dropped, so a value equal to
 * an edge falls in the bin below it and a feature with few distinct values gets fewer bins.
 */
export function quantileEdges(sorted: Float64Array, bins: number): number[] {
  const edges: number[] = [];
  const n = sorted.length;
  for (let i = 1; i < bins; i++) {
    const x = sorted[Math.max(0, Math.ceil((i / bins) * n) - 1)]!;
    if (x < sorted[n - 1]! && edges[edges.length - 1] !== x) edges.push(x);
  }
  return edges;
}

function topCategories(c: Column, max: number): { categories: Record<string, number>; other: number } {
  const ranked = [...c.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const categories: Record<string, number> = {};
  let kept = 0;
  for (const [name, n] of ranked.slice(0, max)) {
    categories[name] = c.present ? n / c.present : 0;
    kept += n;
  }
  return { categories, other: c.present ? (c.present - kept) / c.present : 0 };
}
