import { formatDuration } from '../inputs.js';
import type { Comparison } from '../metrics/compare.js';
import type { ReportContext } from '../metrics/render.js';
import type { Agreement } from './shadow-agreement.js';
import type { ShadowOutcome } from './shadow-finish.js';
import type { ShadowRun } from './shadow.js';

export function shadowReportContext(name: string, run: ShadowRun, packageArn: string): ReportContext {
  return {
    name,
    labels: { candidate: 'Shadow', baseline: 'Production' },
    candidate: `${run.shadow.variantName}: ${packageArn}`,
    baseline: `${run.production.variantName}: model ${run.production.modelName}`,
  };
}

/** Why the outcome is what it is, in one line (also StopInferenceExperiment's Reason). */
export function decisionText(
  c: Comparison,
  approval: string,
  promoteInput: boolean,
): { promote: boolean; why: string } {
  if (c.failed.length)
    return {
      promote: false,
      why: `${c.failed.length} threshold(s) failed: ${c.failed.map((o) => o.threshold.text).join('; ')}`,
    };
  if (!c.outcomes.length)
    return { promote: false, why: 'no thresholds set: the shadow test only reports, and promotes nothing' };
  if (!promoteInput)
    return { promote: false, why: 'thresholds passed; promote is false: the shadow test only judges' };
  if (approval !== 'Approved')
    return {
      promote: false,
      why: `thresholds passed, but the package is ${approval}, not Approved: the approval gate holds promotion`,
    };
  return { promote: true, why: 'thresholds passed and the package is Approved' };
}

/** The part of the report after the metrics table: the experiment, the agreement, the outcome. */
export function shadowFooter(
  run: ShadowRun,
  agreement: Agreement | undefined,
  outcome: ShadowOutcome,
  why: string,
): string {
  const lines = [
    '',
    `**Experiment:** \`${run.experiment.name}\` on \`${run.experiment.endpointName}\`, ${formatDuration(run.window.end - run.window.start)} of shadow traffic` +
      `${run.attached ? ' (attached: started by an earlier try of this step)' : ''}`,
  ];
  if (agreement)
    lines.push(
      `**Agreement:** ${agreement.agreeing} of ${agreement.pairs} captured requests answered alike` +
        ` (${agreement.files.production} production and ${agreement.files.shadow} shadow capture files read)`,
    );
  const endpoint = outcome.endpoint ? `; endpoint ${outcome.endpoint.status}` : '';
  lines.push(
    outcome.action === 'Promote'
      ? `**Outcome:** 🚀 promoted \`${run.shadow.variantName}\` (model \`${run.shadow.modelName}\`) to production${endpoint}. ${why}.`
      : `**Outcome:** shadow removed; \`${run.production.variantName}\` (model \`${run.production.modelName}\`) keeps serving${endpoint}. ${why}.`,
  );
  return lines.join('  \n') + '\n';
}
