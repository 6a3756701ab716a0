import type { ApprovalVerdict } from './approval.js';

/** The approval step's job summary: the verdict and who counted, who did not and why. */
export function approvalSummaryMarkdown(verdict: ApprovalVerdict, runUrl?: string): string {
  const rows = [
    ...verdict.approvedBy.map((login) => `| @${login} | ✅ approved | counted |`),
    ...verdict.ignored.map((i) => `| @${i.login} | ✅ approved | ❌ not counted: ${i.why} |`),
    ...verdict.rejectedBy.map((r) => `| @${r.login} | ❌ rejected | ${r.comment ?? ''} |`),
  ];
  return [
    `### ${verdict.approved ? '✅ Promotion approved' : '⛔ Promotion not approved'}`,
    '',
    verdict.message,
    '',
    ...(rows.length ? ['| Reviewer | Review | Counted |', '| --- | --- | --- |', ...rows, ''] : []),
    ...(runUrl ? [`Run: ${runUrl}`, ''] : []),
  ].join('\n');
}
