import { boundText, type ThresholdOutcome } from '../metrics/thresholds.js';
import type { FeatureDrift } from './psi.js';
import type { MalformedLine, PartialSummary } from './summary.js';

export type DriftOutcome = 'pass' | 'drift' | 'insufficient-data';

export interface DriftReport {
  endpoint: string;
  window: string;
  baseline: string;
  files: number;
  summary: PartialSummary;
  minRecords: number;
  outcome: DriftOutcome;
  features: FeatureDrift[];
  outcomes: ThresholdOutcome[];
  drifted: string[];
}

const fmt = (n: number | null) => (n === null ? '–' : Number(n.toPrecision(3)).toString());
const pct = (n: number) => `${Number((n * 100).toPrecision(3))}%`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function headline(r: DriftReport): string {
  const n = r.summary.records;
  if (r.outcome === 'insufficient-data') {
    return `⚠️ Drift check of ${r.endpoint}: too few records (${n} read, at least ${r.minRecords} needed)`;
  }
  if (r.outcome === 'drift') {
    const n = r.drifted.length;
    if (!n)
      return `❌ Drift check of ${r.endpoint} failed: ${r.outcomes
        .filter((o) => o.result === 'fail')
        .map((o) => o.threshold.text)
        .join('; ')}`;
    return `❌ Drift on ${r.endpoint}: ${n} feature${n === 1 ? '' : 's'} drifted (${r.drifted.join(', ')})`;
  }
  return `✅ No drift on ${r.endpoint} (${n} records)`;
}

/** The job summary: headline, what was read, thresholds, the per-feature table and a PSI chart. */
export function renderDriftReport(r: DriftReport): string {
  const s = r.summary;
  const parts = [
    `### ${headline(r)}`,
    '',
    `Window: ${r.window} · ${r.files} capture file${r.files === 1 ? '' : 's'} · ${s.records} records read · ` +
      `${s.malformed} malformed line${s.malformed === 1 ? '' : 's'} · baseline ${r.baseline}`,
    '',
  ];
  if (s.malformed) parts.push(malformedList(s.malformedExamples, s.malformed), '');
  if (r.outcome === 'insufficient-data') return parts.join('\n');
  if (r.outcomes.length) {
    parts.push('| Threshold | Result |', '| --- | --- |');
    for (const o of r.outcomes) {
      const result =
        o.result === 'pass' ? '✅ pass' : o.result === 'fail' ? `❌ ${o.reason ?? 'fail'}` : `⏭️ ${o.reason}`;
      parts.push(
        `| \`${cell(o.threshold.metric)} ${o.threshold.comparison} ${boundText(o.threshold.bound)}\` | ${cell(result)} |`,
      );
    }
    parts.push('');
  }
  parts.push(
    '| Feature | Type | PSI | Missing (baseline → now) | Unseen categories | |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const f of r.features) {
    const unseen =
      f.type === 'categorical' && f.unseenRate
        ? `${pct(f.unseenRate)} (${f.unseenExamples
            .slice(0, 3)
            .map((e) => `\`${cell(e)}\``)
            .join(', ')})`
        : '–';
    parts.push(
      `| ${cell(f.name)} | ${f.type} | ${fmt(f.psi)} | ${pct(f.baselineMissingRate)} → ${pct(f.missingRate)} | ${unseen} | ${r.drifted.includes(f.name) ? '❌ drifted' : ''} |`,
    );
  }
  parts.push('', psiChart(r.features));
  return parts.join('\n');
}

function malformedList(examples: MalformedLine[], total: number): string {
  const lines = examples.map((e) => `- \`${cell(e.key)}\` line ${e.line}: ${cell(e.reason)}`);
  const more = total > examples.length ? [`- … and ${total - examples.length} more`] : [];
  return [`Malformed capture lines (skipped, counted):`, ...lines, ...more].join('\n');
}

/** PSI per feature as a bar chart (the 20 largest, so the chart stays readable). */
export function psiChart(features: FeatureDrift[], maxBars = 20): string {
  const shown = features
    .filter((f) => f.psi !== null)
    .sort((a, b) => b.psi! - a.psi!)
    .slice(0, maxBars);
  if (!shown.length) return '';
  const top = Math.max(0.3, ...shown.map((f) => f.psi!)) * 1.1;
  return [
    '```mermaid',
    'xychart-beta',
    '  title "PSI per feature (0.1: watch, 0.2: drift)"',
    `  x-axis [${shown.map((f) => `"${f.name.replace(/["\n]/g, '')}"`).join(', ')}]`,
    `  y-axis 0 --> ${fmt(top)}`,
    `  bar [${shown.map((f) => fmt(f.psi)).join(', ')}]`,
    '```',
    '',
  ].join('\n');
}
