import { InputError } from '../../core/errors.js';
import type { Direction } from '../../core/metrics/directions.js';
import { reportLocation } from '../../core/metrics/sources.js';
import { isArn } from '../../core/spec/arns.js';

const SOURCES = ['model-package-arn', 'evaluation-report', 'execution-arn'] as const;
type Location = ReturnType<typeof reportLocation>;

export interface MetricsChecks {
  candidate:
    | { kind: 'package'; arn: string }
    | { kind: 'execution'; arn: string }
    | { kind: 'report'; location: Location };
  baseline:
    | { kind: 'approved' }
    | { kind: 'none' }
    | { kind: 'package'; arn: string }
    | { kind: 'report'; location: Location };
  directions: Record<string, Direction>;
}

/** report-metrics' rules across inputs: exactly one candidate source, the baseline, the directions. */
export function checkMetrics(i: {
  'model-package-arn'?: string;
  'evaluation-report'?: Location;
  'execution-arn'?: string;
  baseline?: string;
  directions: Record<string, string>;
}): MetricsChecks {
  const given = SOURCES.filter((s) => i[s] !== undefined);
  if (given.length !== 1) {
    throw new InputError(
      given[0] ?? 'model-package-arn',
      `needs exactly one source of metrics: one of ${SOURCES.join(', ')}${given.length ? ` (got ${given.join(' and ')})` : ''}`,
    );
  }
  const [pkg, execution, report] = [i['model-package-arn'], i['execution-arn'], i['evaluation-report']];
  const candidate: MetricsChecks['candidate'] = pkg
    ? { kind: 'package', arn: pkg }
    : execution
      ? { kind: 'execution', arn: execution }
      : { kind: 'report', location: report ?? reportLocation('evaluation-report', '') };
  return { candidate, baseline: baseline(i.baseline), directions: directions(i.directions) };
}

function baseline(raw: string | undefined): MetricsChecks['baseline'] {
  if (!raw) return { kind: 'approved' };
  if (raw.toLowerCase() === 'none') return { kind: 'none' };
  if (raw.startsWith('arn:')) {
    if (!isArn('model-package', raw))
      throw new InputError('baseline', 'must be a model package ARN, a report, or none', raw);
    return { kind: 'package', arn: raw };
  }
  return { kind: 'report', location: reportLocation('baseline', raw) };
}

function directions(map: Record<string, string>): Record<string, Direction> {
  const out: Record<string, Direction> = {};
  for (const [metric, value] of Object.entries(map)) {
    const v = value.trim().toLowerCase();
    if (v !== 'higher' && v !== 'lower') {
      throw new InputError('directions', `must map each metric to higher or lower; '${metric}' has`, value);
    }
    out[metric] = v;
  }
  return out;
}
