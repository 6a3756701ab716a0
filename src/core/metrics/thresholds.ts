import { InputError } from '../errors.js';
import type { Direction } from './directions.js';
import type { Metrics } from './report.js';

export type Comparison = '>=' | '<=' | '>' | '<';

/**
 * `baseline`, `baseline - 0.01`, `baseline * 1.02`, or a number. A grammar with a reference
 * (`production.p99_latency * 1.1`) names the baseline's metric (`metric`) and how it was written (`word`).
 */
export type Bound =
  | { kind: 'absolute'; value: number }
  | { kind: 'baseline'; op?: '+' | '-' | '*'; operand?: number; metric?: string; word?: string };

/**
 * How a bound names the other side. report-metrics: the word `baseline` (the same metric of the
 * baseline model). shadow-test: `production.<metric>`, any metric of the production variant.
 */
export interface ThresholdGrammar {
  reference: string;
}

export interface Threshold {
  /** 1-based line in the input. */
  line: number;
  /** The line as written, trimmed. */
  text: string;
  metric: string;
  comparison: Comparison;
  bound: Bound;
}

export type ThresholdResult = 'pass' | 'fail' | 'skipped';

export interface ThresholdOutcome {
  threshold: Threshold;
  result: ThresholdResult;
  /** The value the candidate had to meet, when it could be computed. */
  limit?: number;
  /** Why it failed or was skipped, in words. */
  reason?: string;
}

const COMPARISONS: Comparison[] = ['>=', '<=', '>', '<'];

type Token = { kind: 'name' | 'number' | 'op' | 'other'; text: string; column: number };

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  const kinds: [Token['kind'], RegExp][] = [
    // `psi(age)`, `missing(income)`: a statistic of one feature (drift check) is one name.
    ['name', /^[A-Za-z_][A-Za-z0-9_.]*(?:\([^()\s]+\))?/],
    ['number', /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/],
    ['op', /^(?:>=|<=|==|!=|=>|=<|[<>=!+*/-])/],
    ['other', /^[^\s<>=!+*/-]+/],
  ];
  let i = 0;
  while (i < line.length) {
    if (/\s/.test(line[i]!)) {
      i++;
      continue;
    }
    const rest = line.slice(i);
    for (const [kind, re] of kinds) {
      const m = re.exec(rest);
      if (!m) continue;
      tokens.push({ kind, text: m[0], column: i + 1 });
      i += m[0].length;
      break;
    }
  }
  return tokens;
}

/**
 * Parses the `thresholds` input: one `metric comparison bound` per line, where comparison is
 * >=, <=, > or <, and bound is a number, `baseline`, or `baseline` with `+ n`, `- n` or `* n`.
 * Blank lines and `#` comments are ignored. An error names the line and the token.
 */
export function parseThresholds(input: string, raw: string, grammar?: ThresholdGrammar): Threshold[] {
  const out: Threshold[] = [];
  raw.split('\n').forEach((rawLine, i) => {
    const text = rawLine.replace(/#.*$/, '').trim();
    if (!text) return;
    out.push(parseLine(input, text, i + 1, grammar));
  });
  return out;
}

function parseLine(input: string, text: string, line: number, grammar?: ThresholdGrammar): Threshold {
  const prefix = grammar ? `${grammar.reference}.` : undefined;
  const isReference = (t: Token | undefined) =>
    t?.kind === 'name' &&
    (prefix ? t.text.startsWith(prefix) && t.text.length > prefix.length : t.text === 'baseline');
  const refWord = prefix ? `${prefix}<metric>` : "'baseline'";
  const tokens = tokenize(text);
  const fail = (token: Token | undefined, expected: string): never => {
    const where = token ? `'${token.text}' at column ${token.column}` : 'the end of the line';
    throw new InputError(input, `line ${line} ("${text}"): expected ${expected}, got ${where}`);
  };
  let i = 0;
  const next = () => tokens[i++];
  const metric = next();
  if (metric?.kind !== 'name' || isReference(metric)) fail(metric, 'a metric name (e.g. accuracy)');
  const cmp = next();
  if (cmp?.kind !== 'op' || !COMPARISONS.includes(cmp.text as Comparison)) {
    fail(cmp, `a comparison after '${metric!.text}': one of ${COMPARISONS.join(', ')}`);
  }
  let first = next();
  let sign = 1;
  if (first?.kind === 'op' && first.text === '-' && tokens[i]?.kind === 'number') {
    sign = -1;
    first = next();
  }
  let bound: Bound;
  if (first?.kind === 'number') {
    bound = { kind: 'absolute', value: sign * Number(first.text) };
  } else if (isReference(first)) {
    const ref = prefix ? { metric: first!.text.slice(prefix.length), word: first!.text } : {};
    const op = next();
    if (!op) {
      bound = { kind: 'baseline', ...ref };
    } else {
      if (op.kind !== 'op' || !['+', '-', '*'].includes(op.text))
        fail(op, `+, - or * after '${first!.text}'`);
      const operand = next();
      if (operand?.kind !== 'number') fail(operand, `a number after '${op.text}'`);
      bound = { kind: 'baseline', op: op.text as '+' | '-' | '*', operand: Number(operand!.text), ...ref };
    }
  } else {
    fail(
      first,
      prefix
        ? `a number or ${refWord} (e.g. 0.001, ${prefix}p99_latency * 1.1)`
        : "a number or 'baseline' (e.g. 0.9, baseline - 0.01, baseline * 1.02)",
    );
  }
  const rest = next();
  if (rest) fail(rest, 'the end of the line');
  return { line, text, metric: metric!.text, comparison: cmp!.text as Comparison, bound: bound! };
}

/** A threshold written `>`/`>=` says higher is better; `<`/`<=` says lower is better. */
export function impliedDirection(t: Threshold): Direction {
  return t.comparison.startsWith('>') ? 'higher' : 'lower';
}

export function boundText(b: Bound): string {
  if (b.kind === 'absolute') return String(b.value);
  const word = b.word ?? 'baseline';
  return b.op ? `${word} ${b.op} ${b.operand}` : word;
}

export function evaluateThreshold(
  t: Threshold,
  candidate: Metrics,
  baseline: Metrics | undefined,
): ThresholdOutcome {
  let limit: number;
  if (t.bound.kind === 'absolute') {
    limit = t.bound.value;
  } else {
    if (!baseline) return { threshold: t, result: 'skipped', reason: 'no baseline model yet' };
    const of = t.bound.metric ?? t.metric;
    const base = baseline[of];
    if (base === undefined || base === null) {
      return { threshold: t, result: 'skipped', reason: `the baseline has no value for ${of}` };
    }
    const { op, operand = 0 } = t.bound;
    limit = round(
      op === '+' ? base + operand : op === '-' ? base - operand : op === '*' ? base * operand : base,
    );
  }
  const value = candidate[t.metric];
  if (value === undefined)
    return { threshold: t, result: 'fail', limit, reason: `the candidate's report has no ${t.metric}` };
  if (value === null)
    return { threshold: t, result: 'fail', limit, reason: `the candidate's ${t.metric} is missing or NaN` };
  const ok =
    t.comparison === '>='
      ? value >= limit
      : t.comparison === '<='
        ? value <= limit
        : t.comparison === '>'
          ? value > limit
          : value < limit;
  return ok
    ? { threshold: t, result: 'pass', limit }
    : {
        threshold: t,
        result: 'fail',
        limit,
        reason: `${t.metric} ${value} is not ${t.comparison} ${round(limit)}`,
      };
}

/** Floating noise off a computed limit (0.91 - 0.01 = 0.9000000000000001). */
export function round(n: number): number {
  return Number(n.toPrecision(12));
}
