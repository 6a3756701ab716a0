import { InputError, UserError } from '../errors.js';
import {
  evaluateThreshold,
  parseThresholds,
  type Threshold,
  type ThresholdOutcome,
} from '../metrics/thresholds.js';
import type { Baseline } from './baseline.js';
import type { FeatureDrift } from './psi.js';

/** What a threshold of a drift check may name: a statistic of one feature, or of the whole window. */
const PER_FEATURE = /^(psi|missing|unseen)\((.+)\)$/;
const WINDOW = ['max_psi', 'records', 'malformed'];

/** Applied when the `thresholds` input is empty: PSI above 0.2 is commonly read as a real shift. */
export const DEFAULT_THRESHOLDS = 'max_psi <= 0.2';

/** report-metrics' grammar, for drift's names; a bound relative to `baseline` means nothing here. */
export function parseDriftThresholds(input: string, raw: string): Threshold[] {
  const parsed = parseThresholds(input, raw.trim() ? raw : DEFAULT_THRESHOLDS);
  for (const t of parsed) {
    if (!PER_FEATURE.test(t.metric) && !WINDOW.includes(t.metric)) {
      throw new InputError(
        input,
        `line ${t.line} ("${t.text}"): names psi(feature), missing(feature), unseen(feature), ${WINDOW.join(', ')}`,
        t.metric,
      );
    }
    if (t.bound.kind !== 'absolute') {
      throw new InputError(input, `line ${t.line} ("${t.text}"): compares with a number, not 'baseline'`);
    }
  }
  return parsed;
}

/** A threshold naming a feature the baseline does not have is a mistake the user should hear about. */
export function checkThresholdFeatures(thresholds: Threshold[], baseline: Baseline): void {
  const names = new Set(baseline.features.map((f) => f.name));
  for (const t of thresholds) {
    const feature = PER_FEATURE.exec(t.metric)?.[2];
    if (feature !== undefined && !names.has(feature)) {
      throw new UserError(
        `threshold '${t.text}' names feature '${feature}', which the baseline does not have (it has: ${[...names].join(', ')})`,
        2,
      );
    }
  }
}

export interface DriftVerdict {
  outcomes: ThresholdOutcome[];
  /** Features a failed threshold names (for max_psi: those whose PSI breaks its limit), in baseline order. */
  drifted: string[];
}

export function driftVerdict(
  thresholds: Threshold[],
  metrics: Record<string, number | null>,
  features: FeatureDrift[],
): DriftVerdict {
  const outcomes = thresholds.map((t) => evaluateThreshold(t, metrics, undefined));
  const drifted = new Set<string>();
  for (const o of outcomes) {
    if (o.result !== 'fail') continue;
    const feature = PER_FEATURE.exec(o.threshold.metric)?.[2];
    if (feature !== undefined) drifted.add(feature);
    if (o.threshold.metric === 'max_psi') {
      for (const f of features) {
        if (f.psi !== null && !evaluatePsi(o.threshold, f.psi)) drifted.add(f.name);
      }
    }
  }
  return { outcomes, drifted: features.map((f) => f.name).filter((n) => drifted.has(n)) };
}

function evaluatePsi(t: Threshold, value: number): boolean {
  return evaluateThreshold(t, { [t.metric]: value }, undefined).result === 'pass';
}
