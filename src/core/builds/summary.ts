import type { Build, BuildPhase } from './types.js';

const ICON: Record<string, string> = {
  SUCCEEDED: '✅',
  FAILED: '❌',
  FAULT: '💥',
  TIMED_OUT: '⏱️',
  STOPPED: '⏹️',
  IN_PROGRESS: '🔄',
};

/** The CodeBuild console page of a build (`arn:aws:codebuild:<region>:<account>:build/<project>:<uuid>`). */
export function buildConsoleUrl(arn: string): string {
  const m = /^arn:(aws[a-z-]*):codebuild:([a-z0-9-]+):(\d{12}):build\/([^:]+):(.+)$/.exec(arn);
  if (!m) return '';
  const [, partition, region, account, project, uuid] = m;
  const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
  const id = encodeURIComponent(`${project}:${uuid}`);
  return `https://${region}.${host}/codesuite/codebuild/${account}/projects/${project}/build/${id}/?region=${region}`;
}

function duration(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  const m = Math.floor(seconds / 60);
  return m ? `${m}m ${seconds % 60}s` : `${seconds}s`;
}

/** The phases CodeBuild reports, minus the bookkeeping COMPLETED entry. */
function shownPhases(build: Build): BuildPhase[] {
  return build.phases.filter((p) => p.type !== 'COMPLETED');
}

export function phaseTable(build: Build): string {
  const url = buildConsoleUrl(build.arn);
  const title = url ? `[\`${build.id}\`](${url})` : `\`${build.id}\``;
  const rows = shownPhases(build).map(
    (p) =>
      `| ${p.type} | ${p.status ? `${ICON[p.status] ?? ''} ${p.status}` : ''} | ${duration(p.durationSeconds)} |`,
  );
  const exported = build.exportedVariables.length
    ? [
        '',
        '| Exported variable | Value |',
        '| --- | --- |',
        ...build.exportedVariables.map((v) => `| \`${v.name}\` | \`${v.value}\` |`),
      ]
    : [];
  return [
    `### CodeBuild ${ICON[build.status] ?? ''} ${build.status}: ${title}`,
    '',
    '| Phase | Status | Duration |',
    '| --- | --- | --- |',
    ...rows,
    ...exported,
    '',
  ].join('\n');
}

/** The first phase that did not succeed, with its context messages: what a person needs to fix. */
export function failedPhase(build: Build): { phase: BuildPhase; message: string } | undefined {
  const phase = shownPhases(build).find((p) => p.status && !['SUCCEEDED', 'IN_PROGRESS'].includes(p.status));
  if (!phase) return undefined;
  const contexts = phase.contexts
    .filter((c) => c.message || c.statusCode)
    .map((c) => [c.statusCode, c.message].filter(Boolean).join(': '));
  const message = `${phase.type} phase ${phase.status}${contexts.length ? `: ${contexts.join('; ')}` : ''}`;
  return { phase, message };
}
