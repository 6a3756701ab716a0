import type { RuleRequest, TargetRequest } from './definition.js';

/** A JSON value with object keys sorted and empty values dropped: two equal requests compare equal. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || v === null) continue;
      if (typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length) continue;
      out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

function parsePattern(pattern: string | undefined): unknown {
  if (!pattern) return undefined;
  try {
    return JSON.parse(pattern);
  } catch {
    return pattern;
  }
}

/** The rule fields that differ between what exists and what is wanted (EventPattern compared as JSON). */
export function ruleDifferences(current: Partial<RuleRequest>, wanted: RuleRequest): string[] {
  const diffs: string[] = [];
  if (!same(parsePattern(current.EventPattern), parsePattern(wanted.EventPattern)))
    diffs.push('EventPattern');
  if ((current.ScheduleExpression ?? '') !== (wanted.ScheduleExpression ?? ''))
    diffs.push('ScheduleExpression');
  if ((current.State ?? 'ENABLED') !== wanted.State) diffs.push('State');
  if ((current.Description ?? '') !== wanted.Description) diffs.push('Description');
  return diffs;
}

/** The top-level target fields that differ (compared as JSON, key order ignored). */
export function targetDifferences(current: Record<string, unknown>, wanted: TargetRequest): string[] {
  const keys = new Set([...Object.keys(current), ...Object.keys(wanted)]);
  return [...keys].filter((k) => !same(current[k], (wanted as unknown as Record<string, unknown>)[k])).sort();
}
