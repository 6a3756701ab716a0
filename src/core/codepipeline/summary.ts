import type { StageView } from './follow.js';

const ICON: Record<string, string> = {
  Succeeded: '✅',
  Failed: '❌',
  InProgress: '🔄',
  Stopped: '⏹️',
  Stopping: '⏹️',
  Cancelled: '⏹️',
  Abandoned: '⏹️',
  Skipped: '⏭️',
  NotReached: '·',
};

/** The job summary: one row per stage and action of this execution. */
export function executionSummary(
  pipeline: string,
  id: string,
  status: string,
  stages: StageView[],
  consoleUrl: string,
  approval?: { stage: string; action: string },
): string {
  const lines = [
    `### CodePipeline \`${pipeline}\`: ${ICON[status] ?? ''} ${status}`,
    '',
    `Execution [\`${id}\`](${consoleUrl})`,
    '',
  ];
  if (approval) {
    lines.push(
      `> [!NOTE]\n> Waiting for a manual approval: stage **${approval.stage}**, action **${approval.action}**.`,
      '',
    );
  }
  lines.push('| Stage | Action | Status | Detail |', '| --- | --- | --- | --- |');
  for (const s of stages) {
    if (!s.actions.length) lines.push(`| ${s.name} | | ${ICON[s.status] ?? ''} ${s.status} | |`);
    for (const a of s.actions) {
      const detail = (a.error ?? a.summary ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
      lines.push(`| ${s.name} | ${a.name} | ${ICON[a.status] ?? ''} ${a.status} | ${detail} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function executionConsoleUrl(region: string, pipeline: string, id: string): string {
  return `https://${region}.console.aws.amazon.com/codesuite/codepipeline/pipelines/${encodeURIComponent(pipeline)}/executions/${id}/timeline?region=${region}`;
}
