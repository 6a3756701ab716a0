/**
 * How a raw value (CSV text or a JSON value) reads as a feature value: missing (undefined), a
 * number, or text. Primitives, not objects: this runs once per feature of every captured record.
 */
export type FeatureValue = number | string | undefined;

/** Empty text, null and absent values are missing; finite numbers (or numeric text) are numbers. */
export function readValue(raw: unknown): FeatureValue {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'boolean') return String(raw);
  const text = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

/** The text a categorical feature compares (a number as JSON writes it). */
export function categoryOf(v: number | string): string {
  return typeof v === 'number' ? String(v) : v;
}
