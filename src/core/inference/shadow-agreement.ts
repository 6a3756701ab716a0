import type { CaptureStore } from '../drift/gateways.js';

/** At most this many capture files are read per test: a sample is enough to measure agreement. */
export const MAX_CAPTURE_FILES = 200;

export interface Agreement {
  /** Requests both variants answered, matched by their inference id (else event id). */
  pairs: number;
  agreeing: number;
  /** agreeing ÷ pairs; null without pairs. */
  rate: number | null;
  /** Files read of each variant. */
  files: { production: number; shadow: number };
}

interface CaptureLine {
  captureData?: { endpointOutput?: { data?: string; encoding?: string } };
  eventMetadata?: { eventId?: string; inferenceId?: string };
}

/**
 * Prediction agreement from the experiment's captured data: capture files are
 * `<destination>/<endpoint>/<variant>/yyyy/mm/dd/hh/*.jsonl`, one request per line. The same
 * request reaches both variants; it is matched by its inference id, else its event id, and the
 * two outputs agree when they are equal, numbers within `tolerance` (CSV or JSON numbers).
 */
export async function captureAgreement(
  store: Pick<CaptureStore, 'listObjects' | 'lines'>,
  destination: string,
  endpointName: string,
  variants: { production: string; shadow: string },
  tolerance: number,
): Promise<Agreement> {
  // Only an s3:// destination can be listed (an https:// one yields no capture files).
  const [, bucket, prefix = ''] = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destination) ?? [];
  const base = `${prefix.replace(/\/+$/, '')}/${endpointName}`.replace(/^\//, '');
  const read = async (variant: string) => {
    const listed = bucket
      ? await store.listObjects(bucket, `${base}/${variant}/`, undefined, MAX_CAPTURE_FILES)
      : { keys: [] };
    const keys = listed.keys.filter((k) => k.endsWith('.jsonl'));
    const outputs = new Map<string, string>();
    for (const key of keys) {
      for await (const batch of store.lines(bucket!, key))
        for (const line of batch) {
          const parsed = parseLine(line);
          if (parsed) outputs.set(parsed.id, parsed.output);
        }
    }
    return { outputs, files: keys.length };
  };
  const production = await read(variants.production);
  const shadow = await read(variants.shadow);
  let pairs = 0;
  let agreeing = 0;
  for (const [id, out] of shadow.outputs) {
    const prod = production.outputs.get(id);
    if (prod === undefined) continue;
    pairs++;
    if (sameOutput(prod, out, tolerance)) agreeing++;
  }
  return {
    pairs,
    agreeing,
    rate: pairs ? Number((agreeing / pairs).toPrecision(6)) : null,
    files: { production: production.files, shadow: shadow.files },
  };
}

function parseLine(line: string): { id: string; output: string } | undefined {
  if (!line.trim()) return undefined;
  let record: CaptureLine;
  try {
    record = JSON.parse(line) as CaptureLine;
  } catch {
    return undefined;
  }
  const id = record.eventMetadata?.inferenceId ?? record.eventMetadata?.eventId;
  const out = record.captureData?.endpointOutput;
  if (!id || out?.data === undefined) return undefined;
  const data = out.encoding === 'BASE64' ? Buffer.from(out.data, 'base64').toString('utf8') : out.data;
  return { id, output: data.trim() };
}

/** Equal text, or the same numbers (CSV or JSON) within the tolerance. */
export function sameOutput(a: string, b: string, tolerance: number): boolean {
  if (a === b) return true;
  const x = numbers(a);
  const y = numbers(b);
  if (!x || !y || x.length !== y.length) return false;
  return x.every((v, i) => Math.abs(v - y[i]!) <= tolerance);
}

function numbers(text: string): number[] | undefined {
  let values: unknown;
  try {
    values = JSON.parse(text.includes(',') && !/^[[{]/.test(text) ? `[${text}]` : text);
  } catch {
    values = text.split(/[\s,]+/).map(Number);
  }
  const flat = [values].flat(Infinity);
  if (!flat.length || flat.some((v) => typeof v !== 'number' || !Number.isFinite(v))) return undefined;
  return flat as number[];
}
