import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { DriftData } from '../aws/drift-data.js';
import { parseBaseline, type Baseline } from '../core/drift/baseline.js';
import { UserError } from '../core/errors.js';
import { locationText, type ReportLocation } from '../core/metrics/sources.js';

/** Where drift's files live: an S3 object or a workspace file (drift-baseline and drift-check). */
export class DriftLocations {
  constructor(
    private readonly s3: DriftData,
    private readonly workspace: string,
  ) {}

  private path(p: string): string {
    return isAbsolute(p) ? p : join(this.workspace, p);
  }

  async readText(l: ReportLocation): Promise<string> {
    if (l.kind === 's3') return this.s3.getText(l.bucket, l.key);
    try {
      return await readFile(this.path(l.path), 'utf8');
    } catch (err) {
      throw fileError(l.path, err);
    }
  }

  /** The content as a stream (training data is never read whole). */
  async stream(l: ReportLocation): Promise<Readable> {
    if (l.kind === 's3') return this.s3.stream(l.bucket, l.key);
    const stream = createReadStream(this.path(l.path));
    // Opening errors (a missing file) surface here, as one line, rather than mid-parse.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (err) => reject(fileError(l.path, err)));
    });
    return stream;
  }

  async writeText(l: ReportLocation, text: string): Promise<void> {
    if (l.kind === 's3') return this.s3.putText(l.bucket, l.key, text);
    const path = this.path(l.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }

  async baseline(l: ReportLocation): Promise<Baseline> {
    return parseBaseline(await this.readText(l), locationText(l));
  }
}

function fileError(path: string, err: unknown): UserError {
  const code = (err as { code?: string }).code;
  return new UserError(
    `${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`}`,
  );
}
