import { parse as parseYaml } from 'yaml';
import { InputError } from './errors.js';

/**
 * Typed parsing of action inputs and CLI flags. Every function takes the input's name and its raw
 * string (empty when unset), and throws an InputError that names the input and what is allowed.
 */

export function required(name: string, raw: string): string {
  const value = raw.trim();
  if (!value) throw new InputError(name, 'is required');
  return value;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Booleans as GitHub writes them (the YAML 1.2 core schema, as @actions/core accepts). */
export function boolean(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim();
  if (!value) return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name, 'must be true or false', raw);
}

export interface IntegerOptions {
  min: number;
  max: number;
  /** What the number counts, for the message: "minutes" → "a whole number of minutes". */
  unit?: string;
}

export function integer(
  name: string,
  raw: string,
  fallback: number | undefined,
  opts: IntegerOptions,
): number;
export function integer(
  name: string,
  raw: string,
  fallback: number | undefined,
  opts: IntegerOptions,
): number | undefined;
export function integer(
  name: string,
  raw: string,
  fallback: number | undefined,
  opts: IntegerOptions,
): number | undefined {
  const value = raw.trim();
  if (!value) return fallback;
  const what = opts.unit ? `a whole number of ${opts.unit}` : 'a whole number';
  const allowed = `must be ${what} from ${opts.min} to ${opts.max}`;
  if (!/^-?\d+$/.test(value)) throw new InputError(name, allowed, raw);
  const n = Number(value);
  if (n < opts.min || n > opts.max) throw new InputError(name, allowed, raw);
  return n;
}

/** One of a fixed set of words, compared case-insensitively; returns the canonical spelling. */
export function choice<T extends string>(name: string, raw: string, allowed: readonly T[], fallback?: T): T {
  const value = raw.trim();
  if (!value) {
    if (fallback !== undefined) return fallback;
    throw new InputError(name, `is required: one of ${allowed.join(', ')}`);
  }
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw new InputError(name, `must be one of ${allowed.join(', ')}`, raw);
  return found;
}

/** A list: one item per line or comma-separated; blank lines and surrounding spaces dropped. */
export function list(_name: string, raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A list with each item one of `allowed`. */
export function choices<T extends string>(
  name: string,
  raw: string,
  allowed: readonly T[],
  fallback: T[],
): T[] {
  const items = list(name, raw);
  if (!items.length) return fallback;
  return items.map((item) => {
    const found = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
    if (!found) throw new InputError(name, `items must be among ${allowed.join(', ')}`, item);
    return found;
  });
}

/**
 * A map of strings written as YAML or JSON (`{a: 1}`, or `a: 1` on lines). Scalar values are
 * turned into strings; nested objects are refused because every consumer wants strings.
 */
export function stringMap(name: string, raw: string): Record<string, string> {
  const value = raw.trim();
  if (!value) return {};
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (err) {
    const first = String((err as Error).message).split('\n')[0];
    throw new InputError(name, `must be a YAML or JSON map of names to values (${first})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(name, 'must be a YAML or JSON map of names to values', raw.slice(0, 80));
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (v === null || v === undefined) {
      throw new InputError(name, `has no value for '${key}'`);
    }
    if (typeof v === 'object') {
      throw new InputError(name, `must map each name to a single value; '${key}' has a nested value`);
    }
    out[key] = String(v);
  }
  return out;
}

/** Any YAML or JSON value (for inputs that carry structures, such as an `env` map with types). */
export function yamlValue(name: string, raw: string): unknown {
  const value = raw.trim();
  if (!value) return undefined;
  try {
    return parseYaml(value);
  } catch (err) {
    const first = String((err as Error).message).split('\n')[0];
    throw new InputError(name, `must be valid YAML or JSON (${first})`);
  }
}

const UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
};

export interface DurationOptions {
  minMs: number;
  maxMs: number;
  /** Unit assumed for a bare number. */
  defaultUnit: 's' | 'm' | 'ms';
}

/** A duration such as `30s`, `5m`, `1h30m`, `1500ms`, or a bare number in the default unit. Returns ms. */
export function duration(name: string, raw: string, fallback: number | undefined, opts: DurationOptions) {
  const value = raw.trim();
  if (!value) return fallback;
  const bare = { ms: 'milliseconds', s: 'seconds', m: 'minutes' }[opts.defaultUnit];
  const allowed = `must be a duration from ${formatDuration(opts.minMs)} to ${formatDuration(opts.maxMs)}, such as 90s, 15m or 2h (a bare number counts ${bare})`;
  let ms = 0;
  if (/^\d+(\.\d+)?$/.test(value)) {
    ms = Number(value) * UNITS[opts.defaultUnit]!;
  } else {
    const re = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy;
    let consumed = 0;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      const unit = UNITS[m[2]!];
      if (unit === undefined) throw new InputError(name, allowed, raw);
      ms += Number(m[1]) * unit;
      consumed = re.lastIndex;
    }
    if (consumed !== value.length || consumed === 0) throw new InputError(name, allowed, raw);
  }
  ms = Math.round(ms);
  if (ms < opts.minMs || ms > opts.maxMs) throw new InputError(name, allowed, raw);
  return ms;
}

export function formatDuration(ms: number): string {
  if (ms < 1000 && ms > 0) return `${ms}ms`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return [h ? `${h}h` : '', m ? `${m}m` : '', sec || (!h && !m) ? `${sec}s` : ''].join('');
}
