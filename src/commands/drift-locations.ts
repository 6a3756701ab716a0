import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { DriftData } from '../aws/drift-data.js';
import { parseBaseline, type Baseline } from '../core/drift/baseline.js';
import { UserError } from '../core/errors.js';
import { locationText, type ReportLocation } from '../core/metrics/sources.js';

/** Where drift's files live: an S3 object or a workspace file (drift-baseline and drift-check). */
export function workspacePath(workspace: string, p: string): string {
  return isAbsolute(p) ? p : join(workspace, p);
}

/** A whole (small) document: a baseline or a statistics.json. */
export async function readText(s3: DriftData, workspace: string, l: ReportLocation): Promise<string> {
  if (l.kind === 's3') return s3.getText(l.bucket, l.key);
  try {
    return await readFile(workspacePath(workspace, l.path), 'utf8');
  } catch (err) {
    throw fileError(l.path, err);
  }
}

export async function readBaseline(s3: DriftData, workspace: string, l: ReportLocation): Promise<Baseline> {
  return parseBaseline(await readText(s3, workspace, l), locationText(l));
}

export function fileError(path: string, err: unknown): UserError {
  const code = (err as { code?: string }).code;
  return new UserError(
    `${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`}`,
  );
}
