import { InputError } from '../errors.js';
import { parseThresholds, type Threshold } from '../metrics/thresholds.js';
import { AGREEMENT, VARIANT_METRICS } from './shadow-metrics.js';

const KNOWN: readonly string[] = VARIANT_METRICS;

/**
 * The shadow test's thresholds, in report-metrics' grammar: the left side is `shadow.<metric>`
 * or `agreement`, a bound a number or `production.<metric>` with `+`, `-` or `*` a number:
 * `shadow.p99_latency <= production.p99_latency * 1.1`, `shadow.error_rate <= 0.001`,
 * `agreement >= 0.98`. Each threshold's metric becomes the row it judges (`p99_latency`).
 */
export function parseShadowThresholds(input: string, raw: string): Threshold[] {
  const known = `${KNOWN.map((m) => `shadow.${m}`).join(', ')} or ${AGREEMENT}`;
  return parseThresholds(input, raw, { reference: 'production' }).map((t) => {
    const where = `line ${t.line} ("${t.text}")`;
    const metric = t.metric === AGREEMENT ? AGREEMENT : t.metric.replace(/^shadow\./, '');
    if (metric !== AGREEMENT && (!t.metric.startsWith('shadow.') || !KNOWN.includes(metric)))
      throw new InputError(input, `${where}: the left side must be one of ${known}, got '${t.metric}'`);
    if (t.bound.kind === 'baseline') {
      if (metric === AGREEMENT)
        throw new InputError(
          input,
          `${where}: agreement is measured across both variants; compare it with a number`,
        );
      if (!KNOWN.includes(t.bound.metric ?? ''))
        throw new InputError(
          input,
          `${where}: the right side must be a number or production.<metric> (${KNOWN.join(', ')}), got '${t.bound.word}'`,
        );
    }
    return { ...t, metric };
  });
}

/** agreement-tolerance: a number ≥ 0. */
export function parseTolerance(input: string, raw: string): number {
  const value = Number(raw.trim());
  if (!raw.trim() || !Number.isFinite(value) || value < 0)
    throw new InputError(
      input,
      'must be a number ≥ 0 (how far two numeric outputs may differ and still agree)',
      raw,
    );
  return value;
}
