import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { RunInfo } from '../../core/run-info.js';

export interface BuildChecks {
  /** The buildspec to send: a workspace file's text, or an S3 ARN; undefined: the project's own. */
  buildspecOverride?: string;
  /** The commit to build: the input, else the run's commit. */
  sourceVersion?: string;
  timeoutInMinutes?: number;
}

/** What build-container's inputs resolve to before anything starts. */
export function checkBuild(
  i: { buildspec?: string; 'source-version'?: string; 'timeout-minutes'?: number },
  run: RunInfo,
): BuildChecks {
  const timeout = i['timeout-minutes'];
  if (timeout !== undefined && timeout % 60_000)
    throw new InputError(
      'timeout-minutes',
      'must be whole minutes (CodeBuild counts minutes)',
      `${timeout / 1000}s`,
    );
  const sourceVersion = i['source-version'] ?? run.sha;
  const buildspecOverride = i.buildspec ? buildspecText(i.buildspec, run.workspace) : undefined;
  return {
    ...(buildspecOverride !== undefined ? { buildspecOverride } : {}),
    ...(sourceVersion ? { sourceVersion } : {}),
    ...(timeout !== undefined ? { timeoutInMinutes: timeout / 60_000 } : {}),
  };
}

/** A workspace file is sent as its text; an S3 ARN as is. */
function buildspecText(value: string, workspace: string): string {
  if (value.startsWith('arn:')) return value;
  const path = isAbsolute(value) ? value : join(workspace, value);
  if (!existsSync(path)) {
    throw new InputError(
      'buildspec',
      'must be a buildspec file in the workspace or an S3 ARN; no such file',
      value,
    );
  }
  const text = readFileSync(path, 'utf8');
  if (!/^version:\s*0\.2\s*$/m.test(text))
    throw new InputError('buildspec', 'must be a buildspec of version 0.2', value);
  return text;
}
