import type { StepState } from './gateway.js';
import type { PipelineGraph } from './definition.js';
import { executionId, STATUS_ICON } from './executions.js';
import { formatValue } from './job-progress.js';
import { formatSpan } from './steps.js';
import type { ExecutionResult } from './wait.js';

/**
 * The job summary of an execution: the pipeline as a mermaid flowchart (edges from DependsOn, data
 * dependencies and condition branches; each step coloured by its status, the branch not taken
 * shown as skipped), then a table of the steps with their durations.
 */
export function executionSummary(
  e: ExecutionResult,
  graph: PipelineGraph | undefined,
  consoleUrl: string,
): string {
  const title = `### ${STATUS_ICON[e.status] ?? ''} Pipeline execution [${e.displayName ?? executionId(e.arn)}](${consoleUrl}): ${e.status}`;
  const parts = [title, ''];
  if (e.failureReason) parts.push(`> ${e.failureReason.replace(/\n/g, ' ')}`, '');
  if (graph?.steps.length) parts.push('```mermaid', flowchart(graph, e.steps), '```', '');
  parts.push(stepsTable(e.steps), '');
  const metrics = trainingMetricsTable(e);
  if (metrics) parts.push(metrics, '');
  return parts.join('\n');
}

/** Each training step's final metrics (DescribeTrainingJob's FinalMetricDataList), one row a metric. */
export function trainingMetricsTable(e: ExecutionResult): string | undefined {
  const rows = Object.entries(e.jobs ?? {}).flatMap(([step, report]) =>
    (report.training?.metrics ?? []).map((m) => `| ${step} | ${m.name} | ${formatValue(m.value)} |`),
  );
  if (!rows.length) return undefined;
  return ['**Training metrics**', '', '| Step | Metric | Final value |', '| --- | --- | --- |', ...rows].join(
    '\n',
  );
}

const CLASSES: Record<string, string> = {
  succeeded: 'fill:#d4edda,stroke:#28a745,color:#155724',
  failed: 'fill:#f8d7da,stroke:#dc3545,color:#721c24',
  executing: 'fill:#cce5ff,stroke:#007bff,color:#004085',
  stopped: 'fill:#e2e3e5,stroke:#6c757d,color:#383d41',
  skipped: 'fill:#ffffff,stroke:#adb5bd,color:#adb5bd,stroke-dasharray:4 4',
  reused: 'fill:#fff3cd,stroke:#b08800,color:#5c4700,stroke-dasharray:2 2',
  pending: 'fill:#ffffff,stroke:#6c757d,color:#383d41',
};

export function flowchart(graph: PipelineGraph, steps: StepState[]): string {
  const ids = new Map(graph.steps.map((s, i) => [s.name, `s${i}`]));
  const byName = new Map(steps.map((s) => [s.name, s]));
  const skipped = skippedSteps(graph, byName);
  const lines = ['flowchart TD'];
  for (const node of graph.steps) {
    const run = byName.get(node.name);
    const status = run?.reusedFrom
      ? 'Reused'
      : (run?.status ?? (skipped.has(node.name) ? 'Skipped' : 'Not started'));
    const label = `${node.name}<br/><small>${node.type} · ${status}</small>`;
    const shape = node.type === 'Condition' ? [`{{"`, `"}}`] : [`["`, `"]`];
    lines.push(`  ${ids.get(node.name)}${shape[0]}${escape(label)}${shape[1]}`);
  }
  for (const node of graph.steps) {
    for (const from of node.after)
      if (ids.has(from)) lines.push(`  ${ids.get(from)} --> ${ids.get(node.name)}`);
    for (const [branch, label] of [
      [node.ifSteps, 'true'],
      [node.elseSteps, 'false'],
    ] as const) {
      for (const to of branch ?? [])
        if (ids.has(to)) lines.push(`  ${ids.get(node.name)} -->|${label}| ${ids.get(to)}`);
    }
  }
  for (const [cls, style] of Object.entries(CLASSES)) lines.push(`  classDef ${cls} ${style}`);
  for (const node of graph.steps) {
    const run = byName.get(node.name);
    const cls = run?.reusedFrom ? 'reused' : statusClass(run?.status, skipped.has(node.name));
    lines.push(`  class ${ids.get(node.name)} ${cls}`);
  }
  return lines.join('\n');
}

/** Steps of the branch a finished condition step did not take (and everything only they lead to). */
function skippedSteps(graph: PipelineGraph, byName: Map<string, StepState>): Set<string> {
  const skipped = new Set<string>();
  for (const node of graph.steps) {
    const outcome = (byName.get(node.name)?.metadata?.Condition as { Outcome?: string } | undefined)?.Outcome;
    if (outcome !== 'True' && outcome !== 'False') continue;
    for (const s of (outcome === 'True' ? node.elseSteps : node.ifSteps) ?? [])
      if (!byName.has(s)) skipped.add(s);
  }
  // Steps that depend on a skipped step never run either.
  for (let changed = true; changed;) {
    changed = false;
    for (const node of graph.steps) {
      if (!skipped.has(node.name) && !byName.has(node.name) && node.after.some((a) => skipped.has(a))) {
        skipped.add(node.name);
        changed = true;
      }
    }
  }
  return skipped;
}

function statusClass(status: string | undefined, skipped: boolean): string {
  if (skipped) return 'skipped';
  switch (status) {
    case 'Succeeded':
      return 'succeeded';
    case 'Failed':
      return 'failed';
    case 'Starting':
    case 'Executing':
    case 'Stopping':
      return 'executing';
    case 'Stopped':
      return 'stopped';
    default:
      return 'pending';
  }
}

function escape(text: string): string {
  return text.replace(/"/g, '#quot;');
}

function stepsTable(steps: StepState[]): string {
  if (!steps.length) return '_No steps ran._';
  const rows = [...steps]
    .sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))
    .map((s) => {
      const took =
        s.startTime && s.endTime ? formatSpan(s.endTime - s.startTime) : s.startTime ? 'running' : '';
      const reason = (s.failureReason ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
      const status = s.reusedFrom
        ? `♻️ Reused from ${executionId(s.reusedFrom)}`
        : `${STATUS_ICON[s.status] ?? ''} ${s.status}`;
      return `| ${s.name} | ${status} | ${s.reusedFrom ? '' : took} | ${reason} |`;
    });
  return ['| Step | Status | Duration | Failure reason |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
