import { binOf, type Baseline } from './baseline.js';
import { captureRecords, MalformedCapture, type CaptureRecord } from './capture.js';
import { categoryOf, readValue } from './values.js';

/**
 * What a drift check counts, as a partial summary that merges exactly: one per capture file (or
 * per worker), added up in any order and grouping, gives what one pass over everything gives.
 * Only counts and bounded sorted lists, so merging is addition (docs/drift.md "Past one machine").
 */
export interface FeatureCounts {
  present: number;
  missing: number;
  /** Numeric: one count per baseline bin. Categorical: one per baseline category, then "other". */
  bins: number[];
  /** Present values outside the baseline's named categories (categorical only). */
  unseen: number;
  /** The alphabetically first unseen values (at most EXAMPLES). */
  unseenExamples: string[];
}

export interface MalformedLine {
  key: string;
  /** 1-based line in the capture file. */
  line: number;
  reason: string;
}

export interface PartialSummary {
  /** Records read (a CSV capture of several rows is several records). */
  records: number;
  /** Capture lines that could not be read. */
  malformed: number;
  /** The first malformed lines by file and line (at most EXAMPLES). */
  malformedExamples: MalformedLine[];
  features: FeatureCounts[];
}

export const EXAMPLES = 10;

export function emptySummary(baseline: Baseline): PartialSummary {
  return {
    records: 0,
    malformed: 0,
    malformedExamples: [],
    features: baseline.features.map((f) => ({
      present: 0,
      missing: 0,
      bins: new Array<number>(
        f.type === 'numeric' ? f.edges.length + 1 : Object.keys(f.categories).length + 1,
      ).fill(0),
      unseen: 0,
      unseenExamples: [],
    })),
  };
}

/** Counts capture lines into a partial summary against a baseline. */
export class SummaryBuilder {
  readonly summary: PartialSummary;
  private readonly names: string[];
  private readonly categoryIndex: (Map<string, number> | undefined)[];

  constructor(private readonly baseline: Baseline) {
    this.summary = emptySummary(baseline);
    this.names = baseline.features.map((f) => f.name);
    this.categoryIndex = baseline.features.map((f) =>
      f.type === 'categorical' ? new Map(Object.keys(f.categories).map((c, i) => [c, i])) : undefined,
    );
  }

  /** One capture line; a line that cannot be read is counted and remembered, never thrown. */
  addLine(key: string, line: number, text: string): void {
    if (!text.trim()) return;
    try {
      const records = captureRecords(text);
      for (const r of records) this.checkShape(r);
      for (const r of records) this.addRecord(r);
    } catch (err) {
      if (!(err instanceof MalformedCapture)) throw err;
      this.summary.malformed++;
      addExample(this.summary.malformedExamples, { key, line, reason: err.message }, compareLines);
    }
  }

  private checkShape(r: CaptureRecord): void {
    if (Array.isArray(r) && r.length !== this.names.length) {
      throw new MalformedCapture(`${r.length} values, the baseline has ${this.names.length} features`);
    }
  }

  private addRecord(r: CaptureRecord): void {
    const s = this.summary;
    s.records++;
    const positional = Array.isArray(r);
    for (let i = 0; i < this.names.length; i++) {
      const raw = positional ? r[i] : (r as Record<string, unknown>)[this.names[i]!];
      const counts = s.features[i]!;
      const v = readValue(raw);
      const f = this.baseline.features[i]!;
      if (v === undefined || (f.type === 'numeric' && typeof v !== 'number')) {
        counts.missing++;
        continue;
      }
      counts.present++;
      if (f.type === 'numeric') {
        counts.bins[binOf(f.edges, v as number)]!++;
        continue;
      }
      const category = categoryOf(v);
      const index = this.categoryIndex[i]!.get(category);
      if (index !== undefined) {
        counts.bins[index]!++;
      } else {
        counts.bins[counts.bins.length - 1]!++;
        counts.unseen++;
        addExample(counts.unseenExamples, category, compareText);
      }
    }
  }
}

/** Adds partial summaries (of the same baseline): associative and commutative. */
export function mergeSummaries(a: PartialSummary, b: PartialSummary): PartialSummary {
  let examples = a.malformedExamples.slice();
  for (const e of b.malformedExamples) examples = withExample(examples, e, compareLines);
  return {
    records: a.records + b.records,
    malformed: a.malformed + b.malformed,
    malformedExamples: examples,
    features: a.features.map((fa, i) => {
      const fb = b.features[i]!;
      let unseenExamples = fa.unseenExamples.slice();
      for (const e of fb.unseenExamples) unseenExamples = withExample(unseenExamples, e, compareText);
      return {
        present: fa.present + fb.present,
        missing: fa.missing + fb.missing,
        bins: fa.bins.map((n, j) => n + fb.bins[j]!),
        unseen: fa.unseen + fb.unseen,
        unseenExamples,
      };
    }),
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareLines = (a: MalformedLine, b: MalformedLine) => compareText(a.key, b.key) || a.line - b.line;

/** Keeps the EXAMPLES smallest distinct items, sorted: the same set whatever the order they came in. */
function addExample<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  const next = withExample(list, item, compare);
  list.splice(0, list.length, ...next);
}

function withExample<T>(list: T[], item: T, compare: (a: T, b: T) => number): T[] {
  if (list.length >= EXAMPLES && compare(item, list[list.length - 1]!) >= 0) return list;
  if (list.some((x) => compare(x, item) === 0)) return list;
  return [...list, item].sort(compare).slice(0, EXAMPLES);
}
