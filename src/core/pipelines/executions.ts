/** A pipeline execution as the toolkit reports it. */
export interface ExecutionSummary {
  arn: string;
  displayName?: string;
  status: string;
  startTime?: string;
  description?: string;
}

export const STATUS_ICON: Record<string, string> = {
  Executing: '🔄',
  Stopping: '⏹️',
  Stopped: '⏹️',
  Failed: '❌',
  Succeeded: '✅',
  Starting: '🔄',
};

/** The job-summary table of a pipeline's recent executions, newest first. */
export function executionsTable(
  pipeline: string,
  executions: ExecutionSummary[],
  consoleUrl: (arn: string) => string,
) {
  if (!executions.length) return `### Pipeline \`${pipeline}\`\n\nNo executions yet.\n`;
  const rows = executions.map(
    (e) =>
      `| ${STATUS_ICON[e.status] ?? ''} ${e.status} | [${e.displayName ?? executionId(e.arn)}](${consoleUrl(e.arn)}) | ${e.startTime ?? ''} |`,
  );
  return [
    `### Pipeline \`${pipeline}\``,
    '',
    '| Status | Execution | Started |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The last part of an execution ARN (`.../execution/abc123` → `abc123`). */
export function executionId(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/**
 * The SageMaker Studio link to an execution. Studio addresses pipelines by name and execution id:
 * https://studio.<region>.sagemaker.aws/... needs a domain, so the console's pipeline page is used.
 */
export function executionConsoleUrl(arn: string): string {
  const m = /^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]+):(\d{12}):pipeline\/([^/]+)\/execution\/(.+)$/.exec(arn);
  if (!m) return '';
  const [, partition, region, , pipeline, id] = m;
  const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
  return `https://${region}.${host}/sagemaker/home?region=${region}#/pipelines/${pipeline}/executions/${id}`;
}
