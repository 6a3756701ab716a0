/** How a raw value (CSV text or a JSON value) reads as a feature value: missing, a number, or text. */

export type FeatureValue =
  { kind: 'missing' } | { kind: 'number'; value: number } | { kind: 'text'; value: string };

const MISSING: FeatureValue = { kind: 'missing' };

/** Empty text, null and absent values are missing; finite numbers (or numeric text) are numbers. */
export function readValue(raw: unknown): FeatureValue {
  if (raw === undefined || raw === null) return MISSING;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : MISSING;
  if (typeof raw === 'boolean') return { kind: 'text', value: String(raw) };
  const text = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
  if (text === '') return MISSING;
  const n = Number(text);
  return Number.isFinite(n) ? { kind: 'number', value: n } : { kind: 'text', value: text };
}

/** The text a categorical feature compares (a number as JSON writes it). */
export function categoryOf(v: FeatureValue): string | undefined {
  return v.kind === 'text' ? v.value : v.kind === 'number' ? String(v.value) : undefined;
}
