import { formatDuration } from '../inputs.js';
import { definedStates, drawMachine } from './diagram.js';
import type { StateOutcome, StateRecord } from './history.js';

const ICON: Record<string, string> = {
  SUCCEEDED: '✅',
  FAILED: '❌',
  TIMED_OUT: '⌛',
  ABORTED: '⏹️',
  RUNNING: '🔄',
  PENDING_REDRIVE: '🔄',
};
const OUTCOME: Record<StateOutcome, string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  caught: '⚠️ failed, caught',
  running: '🔄 running',
  stopped: '⏹️ stopped',
};

export interface ExecutionReport {
  stateMachineArn: string;
  executionArn: string;
  status: string;
  consoleUrl: string;
  /** The definition the execution ran; undefined when it could not be read. */
  definition?: string;
  /** Why no diagram, when there is none (an Express execution by alias, a definition not read). */
  noDiagram?: string;
  states: StateRecord[];
  /** When the execution ended (epoch ms), for the durations of states still running then. */
  endedAt?: number;
  error?: string;
  cause?: string;
  /** Express: states are not tracked (no history). */
  express?: boolean;
}

/** The job summary: status, the machine drawn and coloured by what happened, and a table of states. */
export function executionSummary(r: ExecutionReport): string {
  const machine = r.stateMachineArn.split(':')[6];
  const name = r.executionArn.split(':').at(-1);
  const lines = [
    `### Step Functions \`${machine}\`: ${ICON[r.status] ?? ''} ${r.status}`,
    '',
    `Execution [\`${name}\`](${r.consoleUrl})`,
    '',
  ];
  if (r.error || r.cause) {
    lines.push(`> [!CAUTION]\n> **${cell(r.error ?? 'Error')}**${r.cause ? `: ${cell(r.cause)}` : ''}`, '');
  }
  const outcomes = new Map(r.states.map((s) => [s.name, s.outcome]));
  const diagram = r.definition ? drawMachine(r.definition, outcomes) : undefined;
  if (diagram) lines.push('```mermaid', diagram, '```', '');
  else if (r.noDiagram) lines.push(`_${r.noDiagram}_`, '');
  if (r.express) {
    lines.push('_Express executions keep no history: states are not tracked._', '');
    return `${lines.join('\n')}\n`;
  }
  if (!r.states.length) return `${lines.join('\n')}\n`;
  lines.push('| State | Type | Status | Duration | Detail |', '| --- | --- | --- | --- | --- |');
  // Every state of the definition, in its order (those that never ran say so), then any other.
  const byName = new Map(r.states.map((s) => [s.name, s]));
  const defined = r.definition ? definedStates(r.definition) : [];
  const rows: (StateRecord | { name: string; type: string })[] = [
    ...defined.map((d) => byName.get(d.name) ?? d),
    ...r.states.filter((s) => !defined.some((d) => d.name === s.name)),
  ];
  for (const s of rows) {
    if (!isRecord(s)) {
      lines.push(`| ${cell(s.name)} | ${s.type} | · not run | | |`);
      continue;
    }
    const end = s.lastExited ?? r.endedAt;
    const took = end !== undefined ? formatDuration(end - s.firstEntered) : '';
    const times = s.entries > 1 ? ` (×${s.entries})` : '';
    const detail = s.error ? `${s.error}${s.cause ? `: ${s.cause}` : ''}` : '';
    lines.push(
      `| ${cell(s.name)} | ${s.type} | ${OUTCOME[s.outcome]} | ${took}${times} | ${cell(truncate(detail))} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function isRecord(s: StateRecord | { name: string }): s is StateRecord {
  return 'outcome' in s;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function truncate(text: string): string {
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

export function executionConsoleUrl(region: string, executionArn: string): string {
  return `https://${region}.console.aws.amazon.com/states/home?region=${region}#/v2/executions/details/${executionArn}`;
}
