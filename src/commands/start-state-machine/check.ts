import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { RunInfo } from '../../core/run-info.js';
import { executionInput, executionName } from '../../core/stepfunctions/inputs.js';

/** The input to send (from `input` or `input-file`, checked and within 256 KB) and the execution's name. */
export function checkStart(
  i: { 'state-machine-arn': string; input?: string; 'input-file'?: string; name?: string },
  run: RunInfo,
): { input: string; name: string } {
  if (i.input !== undefined && i['input-file'] !== undefined)
    throw new InputError('input-file', "cannot be given with 'input': choose one");
  let input = '{}';
  if (i.input !== undefined) input = executionInput('input', i.input);
  if (i['input-file'] !== undefined) {
    const path = isAbsolute(i['input-file']) ? i['input-file'] : join(run.workspace, i['input-file']);
    if (!existsSync(path))
      throw new InputError(
        'input-file',
        'must be a JSON file in the workspace; no such file',
        i['input-file'],
      );
    input = executionInput('input-file', readFileSync(path, 'utf8'));
  }
  return { input, name: executionName(run, i['state-machine-arn'], i.name) };
}
