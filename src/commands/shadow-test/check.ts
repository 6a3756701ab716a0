import { InputError } from '../../core/errors.js';
import type { Threshold } from '../../core/metrics/thresholds.js';
import type { RunInfo } from '../../core/run-info.js';

/** shadow-test's rules across inputs: agreement needs captured data. */
export function checkShadow(
  i: { thresholds?: Threshold[]; 'data-capture-s3-uri'?: string },
  _run: RunInfo,
): void {
  const agreement = (i.thresholds ?? []).find((t) => t.metric === 'agreement');
  if (agreement && !i['data-capture-s3-uri'])
    throw new InputError(
      'thresholds',
      `line ${agreement.line} ("${agreement.text}") needs data-capture-s3-uri: agreement is measured from the captured outputs`,
    );
}
