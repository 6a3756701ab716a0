import { type Command, InvalidArgumentError } from 'commander';

/**
 * A value parser for an option that takes one: a value that is the next option is a missing value,
 * never the value (`--bucket --role-arn x`). `repeatable` options accumulate as lines, as list
 * inputs and the buildspec's `--build-arg` read them. `label` starts the message (the flag's name).
 */
export function optionValue(label = '', repeatable = false) {
  return (v: string, previous?: string): string => {
    if (v.startsWith('--'))
      throw new InvalidArgumentError(`${label ? `${label} ` : ''}needs a value; got the option ${v}`);
    return repeatable && previous !== undefined ? `${previous}\n${v}` : v;
  };
}

/** A parsed command's options by their long names, as strings (a bare switch is 'true'). */
export function optionStrings(cmd: Command): Record<string, string> {
  const opts = cmd.opts<Record<string, string | boolean>>();
  const out: Record<string, string> = {};
  for (const option of cmd.options) {
    const value = opts[option.attributeName()];
    if (value !== undefined) out[option.long!.slice(2)] = String(value);
  }
  return out;
}
