import type { Comparison, MetricRow } from './compare.js';
import { boundText, round, type ThresholdOutcome } from './thresholds.js';

/** GitHub's limit on a check run's output.summary and on an issue comment body. */
const GITHUB_TEXT_LIMIT = 65_535;

export interface ReportContext {
  /** The check run name; also the report's title. */
  name: string;
  /** What the candidate is: a model package ARN, an S3 URI or a file. */
  candidate: string;
  /** What the baseline is; undefined when there is none. */
  baseline?: string;
  /** How the baseline was chosen (`latest Approved in churn`). */
  baselineNote?: string;
  /** Why there is no baseline (first model), shown instead of a baseline. */
  noBaselineReason?: string;
  /** What the two sides are called (default Candidate and Baseline; a shadow test: Shadow and Production). */
  labels?: { candidate: string; baseline: string };
}

function formatValue(v: number | null | undefined): string {
  if (v === undefined) return '—';
  if (v === null) return 'NaN / missing';
  return String(round(Number(v.toPrecision(4))));
}

function formatChange(row: MetricRow): string {
  if (row.change === undefined) return '—';
  if (row.verdict === 'unchanged') return '= 0';
  const sign = row.change > 0 ? '+' : '−';
  const abs = formatValue(Math.abs(row.change));
  const pct =
    row.relativeChange === undefined ? '' : ` (${sign}${formatValue(Math.abs(row.relativeChange * 100))}%)`;
  const icon = row.verdict === 'improved' ? '🟢 ' : row.verdict === 'regressed' ? '🔴 ' : '';
  return `${icon}${sign}${abs}${pct}`;
}

function thresholdCell(o: ThresholdOutcome): string {
  const t = o.threshold;
  const computed = t.bound.kind === 'baseline' && o.limit !== undefined ? ` (${formatValue(o.limit)})` : '';
  return `${t.comparison} ${boundText(t.bound)}${computed}`;
}

function resultCell(o: ThresholdOutcome): string {
  if (o.result === 'pass') return '✅ pass';
  if (o.result === 'fail') return `❌ fail${o.reason ? `: ${escapeCell(o.reason)}` : ''}`;
  return `⏭️ skipped${o.reason ? `: ${escapeCell(o.reason)}` : ''}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function tableRow(row: MetricRow): string {
  const thresholds = row.outcomes.map(thresholdCell).join('<br>') || '';
  const results = row.outcomes.map(resultCell).join('<br>') || '';
  return `| ${escapeCell(row.metric)} | ${formatValue(row.candidate)} | ${formatValue(row.baseline)} | ${formatChange(row)} | ${thresholds} | ${results} |`;
}

export function headline(name: string, c: Comparison): string {
  if (c.conclusion === 'neutral') return `${name}: no thresholds set`;
  if (c.conclusion === 'failure')
    return `${name}: ${c.failed.length} of ${c.outcomes.length} thresholds failed`;
  const skipped = c.outcomes.filter((o) => o.result === 'skipped').length;
  return `${name}: all thresholds passed${skipped ? ` (${skipped} skipped)` : ''}`;
}

const ICON = { success: '✅', failure: '❌', neutral: 'ℹ️' } as const;

/**
 * The mermaid chart of candidate (bars) against baseline (line). Scores in [0, 1] share one
 * chart; metrics on other scales (rmse, mae...) get a second one, so neither is flattened.
 */
export function mermaidCharts(rows: MetricRow[], maxBars = 15): string {
  const plotted = rows.filter((r) => typeof r.candidate === 'number');
  const scores = plotted.filter((r) => inUnit(r.candidate) && (r.baseline == null || inUnit(r.baseline)));
  const others = plotted.filter((r) => !scores.includes(r));
  return [
    chart('Scores', scores.slice(0, maxBars), true),
    chart('Other metrics', others.slice(0, maxBars), false),
  ]
    .filter(Boolean)
    .join('\n');
}

function inUnit(v: number | null | undefined): boolean {
  return typeof v === 'number' && v >= 0 && v <= 1;
}

function chart(title: string, rows: MetricRow[], unit: boolean): string {
  if (!rows.length) return '';
  const values = rows
    .flatMap((r) => [r.candidate, r.baseline])
    .filter((v): v is number => typeof v === 'number');
  const max = unit ? 1 : Math.max(...values) * 1.1 || 1;
  const min = unit ? 0 : Math.min(0, ...values);
  const withBaseline = rows.some((r) => typeof r.baseline === 'number');
  const label = withBaseline ? `${title}: candidate (bars) vs baseline (line)` : `${title}: candidate`;
  const num = (v: number | null | undefined) =>
    typeof v === 'number' ? String(round(Number(v.toPrecision(6)))) : '0';
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${label}"`,
    `  x-axis [${rows.map((r) => `"${r.metric.replace(/["\n]/g, '')}"`).join(', ')}]`,
    `  y-axis ${num(min)} --> ${num(max)}`,
    `  bar [${rows.map((r) => num(r.candidate)).join(', ')}]`,
    ...(withBaseline ? [`  line [${rows.map((r) => num(r.baseline)).join(', ')}]`] : []),
    '```',
    '',
  ];
  return lines.join('\n');
}

export interface RenderOptions {
  /** The most characters the result may have (GitHub's limit by default). */
  maxChars?: number;
  /** Put before the report (a comment's hidden marker). */
  prefix?: string;
  /** Put after the report (the run and commit it was made for). */
  footer?: string;
}

/**
 * The report in markdown: headline, candidate and baseline, the table, the chart. When it would
 * exceed `maxChars`, rows are dropped (those without thresholds first, then from the end) and a
 * line says how many are not shown: the metrics output still holds them all.
 */
export function renderReport(ctx: ReportContext, c: Comparison, opts: RenderOptions = {}): string {
  const max = opts.maxChars ?? GITHUB_TEXT_LIMIT;
  const priority = [...c.rows].sort((a, b) => rank(a) - rank(b));
  let keep = c.rows.length;
  for (;;) {
    const kept = new Set(priority.slice(0, keep));
    const rows = c.rows.filter((r) => kept.has(r));
    const text = compose(ctx, c, rows, c.rows.length - rows.length, opts);
    if (text.length <= max || keep === 0) return text.length <= max ? text : text.slice(0, max);
    // Shrink fast while far over, then one row at a time.
    keep = text.length > max * 1.5 ? Math.floor(keep / 2) : keep - 1;
  }
}

function rank(r: MetricRow): number {
  if (r.result === 'fail') return 0;
  if (r.outcomes.length) return 1;
  return 2;
}

function compose(
  ctx: ReportContext,
  c: Comparison,
  rows: MetricRow[],
  hidden: number,
  opts: RenderOptions,
): string {
  const parts: string[] = [];
  if (opts.prefix) parts.push(opts.prefix);
  parts.push(`### ${ICON[c.conclusion]} ${headline(ctx.name, c)}`, '');
  const { candidate, baseline } = ctx.labels ?? { candidate: 'Candidate', baseline: 'Baseline' };
  parts.push(`**${candidate}:** \`${ctx.candidate}\`  `);
  parts.push(
    ctx.baseline
      ? `**${baseline}:** \`${ctx.baseline}\`${ctx.baselineNote ? ` (${ctx.baselineNote})` : ''}`
      : `**${baseline}:** none${ctx.noBaselineReason ? ` (${ctx.noBaselineReason})` : ''}; thresholds relative to the baseline are skipped`,
  );
  parts.push(
    '',
    `| Metric | ${candidate} | ${baseline} | Change | Threshold | Result |`,
    '| --- | ---: | ---: | ---: | --- | --- |',
  );
  parts.push(...rows.map(tableRow));
  if (hidden)
    parts.push(
      '',
      `_${hidden} more metric${hidden === 1 ? '' : 's'} not shown (GitHub's size limit); the \`metrics\` output has them all._`,
    );
  parts.push('', mermaidCharts(rows));
  if (opts.footer) parts.push(opts.footer);
  return parts.join('\n');
}
