/** The sandbox interpreter's JSONPath, choice rules, ResultPath and error matching (./stepfunctions-run.ts). */

/* eslint-disable @typescript-eslint/no-explicit-any -- ASL documents are free JSON */

export function matches(errors: string[] | undefined, error: string): boolean {
  return (errors ?? []).some(
    (x) => x === error || x === 'States.ALL' || (x === 'States.TaskFailed' && error !== 'States.Timeout'),
  );
}

/** `$`, `$.a.b`, `$.a[0]`. */
export function read(value: unknown, path: string): unknown {
  const parts = path.replace(/^\$/, '').match(/[^.[\]]+/g) ?? [];
  return parts.reduce<any>((v, p) => (v == null ? undefined : v[p]), value);
}

export function withResult(input: unknown, result: unknown, resultPath: string | null | undefined): unknown {
  if (resultPath === null) return input;
  if (!resultPath || resultPath === '$') return result;
  const key = resultPath.replace(/^\$\./, '');
  return { ...(input as object), [key]: result };
}

export function holds(rule: any, value: unknown): boolean {
  if (rule.And) return rule.And.every((r: any) => holds(r, value));
  if (rule.Or) return rule.Or.some((r: any) => holds(r, value));
  if (rule.Not) return !holds(rule.Not, value);
  const v = read(value, rule.Variable) as any;
  if ('IsPresent' in rule) return (v !== undefined) === rule.IsPresent;
  if ('NumericGreaterThan' in rule) return v > rule.NumericGreaterThan;
  if ('NumericGreaterThanEquals' in rule) return v >= rule.NumericGreaterThanEquals;
  if ('NumericLessThan' in rule) return v < rule.NumericLessThan;
  if ('NumericLessThanEquals' in rule) return v <= rule.NumericLessThanEquals;
  if ('NumericEquals' in rule) return v === rule.NumericEquals;
  if ('StringEquals' in rule) return v === rule.StringEquals;
  if ('BooleanEquals' in rule) return v === rule.BooleanEquals;
  throw new Error(`sandbox: choice rule ${JSON.stringify(rule)} is not simulated`);
}
