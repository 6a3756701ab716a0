import { parse as parseCsv } from 'csv-parse/sync';

/**
 * One line of a SageMaker data capture file (REFERENCE.md "Data capture and drift"):
 * `{"captureData": {"endpointInput": {"observedContentType", "mode", "data", "encoding"}, ...}, ...}`.
 * Its input becomes records of raw values, either positional (CSV, JSON arrays: in the baseline's
 * feature order) or by name (JSON objects).
 */
export type CaptureRecord = unknown[] | Record<string, unknown>;

export class MalformedCapture extends Error {}

interface EndpointInput {
  observedContentType?: string;
  data?: unknown;
  encoding?: string;
}

export function captureRecords(line: string): CaptureRecord[] {
  let doc: { captureData?: { endpointInput?: EndpointInput } };
  try {
    doc = JSON.parse(line) as typeof doc;
  } catch {
    throw new MalformedCapture('not JSON');
  }
  const input = doc?.captureData?.endpointInput;
  if (!input || typeof input.data !== 'string')
    throw new MalformedCapture('no captureData.endpointInput.data');
  const type = (input.observedContentType ?? '').toLowerCase();
  switch (input.encoding) {
    case 'CSV':
      return csvRecords(input.data);
    case 'JSON':
      return jsonRecords(input.data, type);
    case 'BASE64': {
      const text = Buffer.from(input.data, 'base64').toString('utf8');
      if (type.includes('csv')) return csvRecords(text);
      if (type.includes('json')) return jsonRecords(text, type);
      throw new MalformedCapture(`content type '${input.observedContentType}' is neither CSV nor JSON`);
    }
    default:
      throw new MalformedCapture(`encoding '${String(input.encoding)}' is not CSV, JSON or BASE64`);
  }
}

/** CSV rows without a header. Text without quotes splits exactly on commas and newlines (the hot path). */
export function csvRecords(text: string): unknown[][] {
  if (!text.includes('"')) {
    return text
      .split('\n')
      .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
      .filter((l) => l !== '')
      .map((l) => l.split(','));
  }
  try {
    return parseCsv(text, { relax_column_count: true, skip_empty_lines: true }) as unknown[][];
  } catch (err) {
    throw new MalformedCapture(`CSV: ${(err as Error).message}`);
  }
}

/**
 * JSON inputs as endpoints take them: one object (by feature name) or array (positional), an
 * array of those, `{"instances": [...]}`, or `{"features": [...]}`; JSON Lines hold one per line.
 */
export function jsonRecords(text: string, contentType: string): CaptureRecord[] {
  const docs = contentType.includes('jsonlines') ? text.split('\n').filter((l) => l.trim()) : [text];
  const out: CaptureRecord[] = [];
  for (const d of docs) {
    let value: unknown;
    try {
      value = JSON.parse(d);
    } catch {
      throw new MalformedCapture('endpointInput.data is not JSON');
    }
    out.push(...instances(value));
  }
  return out;
}

function instances(value: unknown): CaptureRecord[] {
  if (Array.isArray(value)) {
    if (value.every((v) => Array.isArray(v) || isObject(v))) return value.flatMap(instance);
    return [value];
  }
  if (isObject(value)) {
    if (Array.isArray(value.instances)) return value.instances.flatMap(instance);
    return instance(value);
  }
  throw new MalformedCapture('endpointInput.data is neither a JSON object nor an array');
}

function instance(v: unknown): CaptureRecord[] {
  if (Array.isArray(v)) return [v];
  if (isObject(v)) return Array.isArray(v.features) ? [v.features] : [v];
  throw new MalformedCapture('an instance is neither a JSON object nor an array');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
