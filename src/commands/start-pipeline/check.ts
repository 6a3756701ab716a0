import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { description, displayName } from '../../core/pipelines/start.js';
import type { RunInfo } from '../../core/run-info.js';

export interface StartChecks {
  displayName: string;
  description: string;
  /** The definition file's text, when one is given. */
  definition?: string;
}

/** The rules across start-pipeline's inputs, and the defaults that depend on the run. */
export function checkStart(
  i: { 'display-name'?: string; description?: string; 'definition-file'?: string; 'role-arn'?: string },
  run: RunInfo,
): StartChecks {
  const definition = i['definition-file'] ? readDefinition(i['definition-file'], run.workspace) : undefined;
  if (definition && !i['role-arn'])
    throw new InputError('role-arn', 'is required with definition-file: the IAM role the pipeline runs as');
  return {
    displayName: displayName('display-name', i['display-name'] ?? '', run),
    description: description('description', i.description ?? '', run),
    ...(definition ? { definition } : {}),
  };
}

function readDefinition(file: string, workspace: string): string {
  const path = isAbsolute(file) ? file : join(workspace, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(
      'definition-file',
      `must be a readable file (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`,
      file,
    );
  }
  try {
    const doc = JSON.parse(text) as unknown;
    if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { Steps?: unknown }).Steps))
      throw new Error('no Steps list');
  } catch (err) {
    throw new InputError(
      'definition-file',
      `must be a pipeline definition JSON with a Steps list (${(err as Error).message})`,
      file,
    );
  }
  if (text.length > 1_048_576)
    throw new InputError('definition-file', 'must be at most 1 MiB (the API limit)', file);
  return text;
}
