import { parse as csvParser } from 'csv-parse';
import type { Readable } from 'node:stream';
import { driftData } from '../../aws/drift-data.js';
import { parseBaseline, type Baseline } from '../../core/drift/baseline.js';
import { BaselineBuilder } from '../../core/drift/build-baseline.js';
import { lineBatches } from '../../core/drift/lines.js';
import { InputError, UserError } from '../../core/errors.js';
import { locationText, type ReportLocation } from '../../core/metrics/sources.js';
import type { RunContext } from '../../hosts/host.js';
import { awsFor } from '../aws-options.js';
import { readText } from '../drift-locations.js';
import { openData, writeText } from './files.js';
import { spec } from './spec.js';

type Format = 'csv' | 'jsonl' | 'statistics';

export async function run({ host, inputs, aws }: RunContext<typeof spec>): Promise<void> {
  const s3 = driftData(awsFor(host, aws, spec.action));
  const workspace = host.run.workspace;
  const source = locationText(inputs.data);
  const format = formatOf(inputs.format, inputs.data);

  let baseline: Baseline;
  if (format === 'statistics') {
    baseline = parseBaseline(await readText(s3, workspace, inputs.data), source);
  } else {
    const builder = new BaselineBuilder({
      bins: inputs.bins,
      maxCategories: inputs['max-categories'],
      exclude: inputs.exclude,
      source,
    });
    const stream = await openData(s3, workspace, inputs.data);
    if (format === 'csv') await readCsv(stream, source, (row) => builder.add(row));
    else await readJsonLines(stream, source, (row) => builder.add(row));
    baseline = builder.finish();
  }

  await writeText(s3, workspace, inputs.output, `${JSON.stringify(baseline, null, 2)}\n`);
  host.setOutput('baseline', locationText(inputs.output));
  host.setOutput('rows', baseline.rows);
  host.setOutput(
    'features',
    baseline.features.map((f) => ({ name: f.name, type: f.type })),
  );
  const numeric = baseline.features.filter((f) => f.type === 'numeric').length;
  host.info(
    `Baseline of ${baseline.rows} rows, ${baseline.features.length} features (${numeric} numeric, ` +
      `${baseline.features.length - numeric} categorical) written to ${locationText(inputs.output)}.`,
  );
  await host.appendSummary(baselineSummary(baseline, locationText(inputs.output)));
}

function formatOf(format: 'auto' | Format, data: ReportLocation): Format {
  if (format !== 'auto') return format;
  const name = (data.kind === 's3' ? data.key : data.path).toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.json')) return 'statistics';
  throw new InputError(
    'format',
    "must be given when data's extension is not .csv, .jsonl, .ndjson or .json: one of csv, jsonl, statistics",
  );
}

/** CSV with a header, streamed through csv-parse: one row object at a time. */
async function readCsv(
  stream: Readable,
  source: string,
  add: (row: Record<string, unknown>) => void,
): Promise<void> {
  const parser = stream.pipe(csvParser({ columns: true, skip_empty_lines: true, bom: true, trim: true }));
  stream.once('error', (err) => parser.destroy(err));
  try {
    for await (const row of parser) add(row as Record<string, unknown>);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${source} is not CSV with a header: ${(err as Error).message}`);
  }
}

async function readJsonLines(
  stream: Readable,
  source: string,
  add: (row: Record<string, unknown>) => void,
): Promise<void> {
  let line = 0;
  for await (const batch of lineBatches(stream)) {
    for (const text of batch) {
      line++;
      if (!text.trim()) continue;
      let row: unknown;
      try {
        row = JSON.parse(text);
      } catch {
        throw new UserError(`${source} line ${line} is not JSON (JSON Lines: one object per line)`);
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        throw new UserError(`${source} line ${line} is not a JSON object (JSON Lines: one object per line)`);
      }
      add(row as Record<string, unknown>);
    }
  }
}

function baselineSummary(b: Baseline, where: string): string {
  const rows = b.features.map((f) => {
    const shape =
      f.type === 'numeric'
        ? `${f.proportions.length} bins, ${f.min} … ${f.max}`
        : `${Object.keys(f.categories).length} categories${f.other ? `, other ${(f.other * 100).toFixed(1)}%` : ''}`;
    return `| ${f.name.replace(/\|/g, '\\|')} | ${f.type} | ${(f.missingRate * 100).toFixed(1)}% | ${shape} |`;
  });
  return [
    `### Drift baseline: ${b.rows} rows, ${b.features.length} features`,
    '',
    `Written to ${where} (format ${b.format} v${b.version}).`,
    '',
    '| Feature | Type | Missing | Distribution |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
