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
  i: {
    'display-name'?: string;
    description?: string;
    'definition-file'?: string;
    'role-arn'?: string;
    wait?: boolean;
    'retry-on-failure'?: number;
    'selected-steps'?: string[];
    'source-execution'?: string;
    'changed-files'?: string[];
  },
  run: RunInfo,
): StartChecks {
  checkSelection(i['selected-steps'] ?? [], i['source-execution'], i['changed-files'] ?? []);
  if ((i['retry-on-failure'] ?? 0) > 0 && !i.wait)
    throw new InputError(
      'retry-on-failure',
      'needs wait: true (only an execution waited on can be retried when it fails)',
    );
  const definition = i['definition-file'] ? readDefinition(i['definition-file'], run.workspace) : undefined;
  if (definition && !i['role-arn'])
    throw new InputError('role-arn', 'is required with definition-file: the IAM role the pipeline runs as');
  return {
    displayName: displayName('display-name', i['display-name'] ?? '', run),
    description: description('description', i.description ?? '', run),
    ...(definition ? { definition } : {}),
  };
}

function checkSelection(selected: string[], source: string | undefined, changed: string[]): void {
  const auto = selected.includes('auto');
  if (auto && selected.length > 1)
    throw new InputError(
      'selected-steps',
      "must be either 'auto' or step names, not both",
      selected.join(', '),
    );
  if (source && !selected.length)
    throw new InputError('source-execution', 'needs selected-steps (the steps to run on its outputs)');
  if (changed.length && !auto)
    throw new InputError('changed-files', 'is read only with selected-steps: auto');
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
