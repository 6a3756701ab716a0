import { UserError } from '../errors.js';

/**
 * A model's metrics: name → value. `null` is a metric the report names but whose value is
 * missing or not a number (NaN, Infinity, null): shown as such, never as 0.
 */
export type Metrics = Record<string, number | null>;

/** SageMaker's model-quality sections (Model Monitor and pipeline evaluation steps write these). */
const QUALITY_SECTIONS = [
  'binary_classification_metrics',
  'multiclass_classification_metrics',
  'regression_metrics',
] as const;

/** A report that cannot be read: names the file (a path or an S3 URI) and what is wrong. */
export class ReportError extends UserError {
  override name = 'ReportError';
  constructor(
    readonly source: string,
    problem: string,
  ) {
    super(`metrics report ${source} ${problem}`, 1);
  }
}

/**
 * Parses a model-quality report: SageMaker's `{"<section>": {"accuracy": {"value": 0.93,
 * "standard_deviation": 0.01}}}` or a flat `{"accuracy": 0.93}` map. Curves and matrices
 * (confusion_matrix, receiver_operating_characteristic_curve...) are not single numbers and are
 * skipped. Python's json.dump writes NaN and Infinity as bare words: they are read as missing.
 */
export function parseMetricsReport(text: string, source: string): Metrics {
  if (!text.trim()) throw new ReportError(source, 'is empty');
  let doc: unknown;
  try {
    doc = JSON.parse(withoutNonFinite(text));
  } catch (err) {
    throw new ReportError(source, `is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new ReportError(
      source,
      `must be a JSON object, got ${Array.isArray(doc) ? 'an array' : JSON.stringify(doc)}`,
    );
  }
  const record = doc as Record<string, unknown>;
  const sections = QUALITY_SECTIONS.filter((s) => s in record);
  const metrics: Metrics = {};
  if (sections.length) {
    for (const section of sections) {
      const body = record[section];
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new ReportError(source, `has a '${section}' that is not an object of metrics`);
      }
      for (const [name, entry] of Object.entries(body as Record<string, unknown>)) {
        const value = qualityValue(entry);
        if (value !== undefined) metrics[name] = value;
      }
    }
  } else {
    for (const [name, entry] of Object.entries(record)) {
      const value = flatValue(entry);
      if (value !== undefined) metrics[name] = value;
    }
  }
  if (!Object.keys(metrics).length) {
    throw new ReportError(
      source,
      `holds no metrics: expected ${QUALITY_SECTIONS.join(', ')} (each metric {"value": n}) or a flat {"metric": number} map`,
    );
  }
  return metrics;
}

/** `{value, standard_deviation}` → value; a metric without a scalar value (a curve, a matrix) → undefined. */
function qualityValue(entry: unknown): number | null | undefined {
  if (typeof entry === 'number' || entry === null || entry === NON_FINITE) return finite(entry);
  if (typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  const e = entry as Record<string, unknown>;
  if (!('value' in e)) {
    // A metric object without a value: missing, unless it is a curve or matrix (no scalar fields at all).
    return 'standard_deviation' in e ? null : undefined;
  }
  return finite(e.value);
}

function flatValue(entry: unknown): number | null | undefined {
  if (typeof entry === 'number' || entry === null || entry === NON_FINITE) return finite(entry);
  if (entry && typeof entry === 'object' && !Array.isArray(entry) && 'value' in entry) {
    return finite((entry as { value: unknown }).value);
  }
  if (typeof entry === 'string' && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(entry)) return Number(entry);
  return undefined;
}

function finite(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

const NON_FINITE = '\u0000non-finite';

/** Replaces bare NaN / Infinity / -Infinity (outside strings) with a marker string JSON can hold. */
function withoutNonFinite(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|-?\b(?:NaN|Infinity)\b|-Infinity/g, (m) =>
    m.startsWith('"') ? m : JSON.stringify(NON_FINITE),
  );
}
