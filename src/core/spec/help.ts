import { durationHelp } from './parse.js';
import type { InputSpec } from './types.js';

/** An input's help as action.yml, the READMEs and the CLI show it: its description and its kind's rule. */
export function inputHelp(input: InputSpec): string {
  if (input.kind === 'duration') return `${input.description} ${durationHelp(input)}`;
  return input.description;
}
