import type { TransformJobRequest } from './gateway.js';
import type { TransformResult } from './transform.js';

const ICON: Record<string, string> = { Completed: '✅', Failed: '❌', Stopped: '⏹️' };

/** The job summary of a batch transform: what ran where, how it ended, and a failed job's log tail. */
export function transformSummary(req: TransformJobRequest, result: TransformResult): string {
  const { job } = result;
  const rows = [
    ['Job', `\`${req.name}\`${result.attached ? ' (attached: started by an earlier try of this step)' : ''}`],
    ['Model', `\`${req.modelName}\``],
    ['Input', `\`${req.input.s3Uri}\`${req.input.contentType ? ` (${req.input.contentType})` : ''}`],
    ['Output', `\`${req.output.s3Uri}\``],
    ['Instances', `${req.resources.instanceCount} × ${req.resources.instanceType}`],
    ...(req.input.splitType ? [['Split', req.input.splitType]] : []),
    ...(req.batchStrategy ? [['Batch strategy', req.batchStrategy]] : []),
    ...(req.dataProcessing?.joinSource ? [['Join source', req.dataProcessing.joinSource]] : []),
    ['Status', `${job.status}${job.failureReason ? `: ${job.failureReason.replace(/\|/g, '\\|')}` : ''}`],
  ];
  const parts = [
    `### ${ICON[job.status] ?? 'ℹ️'} Batch transform ${req.name}: ${job.status}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ];
  for (const t of result.logTail) {
    parts.push(
      '',
      `<details><summary>Last lines of ${t.stream}</summary>`,
      '',
      '```',
      ...t.lines,
      '```',
      '</details>',
    );
  }
  return parts.join('\n') + '\n';
}
