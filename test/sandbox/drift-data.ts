import { mulberry32 } from './aws/server.js';

/**
 * Training rows and captured traffic for the drift tests, the demo and the benchmark: seeded, so
 * every run sees the same data. Features: age and income (numeric), plan (categorical); `churned`
 * is the label (not a model input).
 */
export interface DriftRow {
  age: number;
  income: number | '';
  plan: string;
}

/** Seeded random numbers in [0, 1): the same data on every run. */
export const seeded = mulberry32;

/** `shift` moves age up by that many years (the drift the tests look for). */
export function driftRows(n: number, seed: number, shift = 0): DriftRow[] {
  const rnd = seeded(seed);
  const plans = ['basic', 'basic', 'basic', 'pro', 'pro', 'enterprise'];
  return Array.from({ length: n }, () => ({
    age: Math.round(18 + rnd() * 50 + shift),
    income: rnd() < 0.05 ? '' : Math.round(20_000 + rnd() * 80_000),
    plan: plans[Math.floor(rnd() * plans.length)]!,
  }));
}

export function trainingCsv(rows: DriftRow[]): string {
  return (
    [
      'age,income,plan,churned',
      ...rows.map((r, i) => `${r.age},${r.income},${r.plan},${i % 7 === 0 ? 1 : 0}`),
    ].join('\n') + '\n'
  );
}

/** One data capture line (REFERENCE.md "Data capture and drift") of a CSV, JSON or base64 request. */
export function captureLine(
  r: DriftRow,
  encoding: 'CSV' | 'JSON' | 'BASE64' = 'CSV',
  time = '2026-12-01T10:00:00Z',
): string {
  const csv = `${r.age},${r.income},${r.plan}`;
  const endpointInput =
    encoding === 'JSON'
      ? {
          observedContentType: 'application/json',
          mode: 'INPUT',
          data: JSON.stringify({ age: r.age, income: r.income === '' ? null : r.income, plan: r.plan }),
          encoding,
        }
      : encoding === 'BASE64'
        ? {
            observedContentType: 'text/csv',
            mode: 'INPUT',
            data: Buffer.from(csv).toString('base64'),
            encoding,
          }
        : { observedContentType: 'text/csv', mode: 'INPUT', data: csv, encoding };
  return JSON.stringify({
    captureData: {
      endpointInput,
      endpointOutput: {
        observedContentType: 'text/csv; charset=utf-8',
        mode: 'OUTPUT',
        data: '0.12',
        encoding: 'CSV',
      },
    },
    eventMetadata: { eventId: 'a3c1b2d4-0000-4000-8000-000000000000', inferenceTime: time },
    eventVersion: '0',
  });
}

/** The capture key of an invocation at `ms` (SageMaker files by UTC hour). */
export function captureKey(
  prefix: string,
  endpoint: string,
  variant: string,
  ms: number,
  file: string,
): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${prefix}/${endpoint}/${variant}/${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCHours())}/${file}.jsonl`;
}
