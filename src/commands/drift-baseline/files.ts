import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import type { DriftData } from '../../aws/drift-data.js';
import type { ReportLocation } from '../../core/metrics/sources.js';
import { fileError, workspacePath } from '../drift-locations.js';

/** The training data as a stream (never read whole): an S3 object or a workspace file. */
export async function openData(s3: DriftData, workspace: string, l: ReportLocation): Promise<Readable> {
  if (l.kind === 's3') return s3.stream(l.bucket, l.key);
  const stream = createReadStream(workspacePath(workspace, l.path));
  // Opening errors (a missing file) surface here, as one line, rather than mid-parse.
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) => reject(fileError(l.path, err)));
  });
  return stream;
}

export async function writeText(
  s3: DriftData,
  workspace: string,
  l: ReportLocation,
  text: string,
): Promise<void> {
  if (l.kind === 's3') return s3.putText(l.bucket, l.key, text);
  const path = workspacePath(workspace, l.path);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
