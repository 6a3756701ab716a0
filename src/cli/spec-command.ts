import { Command, InvalidArgumentError, Option } from 'commander';
import { inputHelp } from '../core/spec/help.js';
import type { CommandSpec, InputSpec } from '../core/spec/types.js';
import { createCliHost } from '../hosts/cli.js';
import { optionValue } from './options.js';
import { execute } from '../hosts/execute.js';
import type { CommandRun, RunContext } from '../hosts/host.js';

/** The options every spec command takes besides its inputs. */
const COMMON = ['json', 'debug', 'summary-file'];

export function inputOption(name: string, input: InputSpec): Option {
  const text = `${inputHelp(input)}${input.required ? ' (required)' : ''}${input.default ? ` [default: ${input.default}]` : ''}`;
  if (input.kind === 'boolean') {
    // `--wait` alone means true; `--wait false` is accepted as GitHub's inputs are.
    return new Option(`--${name} [bool]`, text).argParser((v) => {
      if (v.startsWith('--'))
        throw new InvalidArgumentError(`--${name} takes true or false; got the option ${v}`);
      return v;
    });
  }
  const option = new Option(`--${name} <${input.kind === 'list' ? 'item' : 'value'}>`, text);
  // Choices are checked (and listed in help) by commander; it refuses `--x --y` as a choice too.
  if (input.kind === 'enum') return option.choices(input.choices);
  return option.argParser(optionValue(`--${name}`, input.kind === 'list'));
}

/** Option values as the host reads them: strings (a bare boolean flag is 'true'). */
function values(opts: Record<string, unknown>, spec: CommandSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(spec.inputs)) {
    const key = camel(name);
    if (opts[key] === undefined) continue;
    out[name] = opts[key] === true ? 'true' : String(opts[key]);
  }
  return out;
}

const camel = (flag: string) => flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * A CLI command generated from a spec: its inputs as options (same names), the common options,
 * help with outputs and exit codes. Runs the same code as the action, through the same parsing.
 */
export function specCommand(
  spec: CommandSpec,
  load: () => Promise<{ run: CommandRun }>,
  setCode: (code: number) => void,
): Command {
  const cmd = new Command(spec.cli[spec.cli.length - 1]!).description(spec.description);
  for (const [name, input] of Object.entries(spec.inputs)) {
    if (COMMON.includes(name)) throw new Error(`${spec.action}: input ${name} clashes with a common option`);
    cmd.addOption(inputOption(name, input));
  }
  cmd.option('--json', 'Print the outputs as one JSON object at the end (with their JSON types).');
  cmd.option('--summary-file <file>', 'Append the job summary (markdown) to this file.');
  cmd.option('--debug', 'Print debug lines and stack traces.');
  cmd.addHelpText('after', outputsHelp(spec));
  cmd.action(async (opts: Record<string, unknown>) => {
    const given = values(opts, spec);
    const quiet = Boolean(spec.cliQuiet && given[spec.cliQuiet.input] === spec.cliQuiet.value);
    const runtime = createCliHost(spec, {
      values: given,
      json: opts.json === true,
      debug: opts.debug === true,
      quiet,
      ...(typeof opts.summaryFile === 'string' ? { summaryFile: opts.summaryFile } : {}),
    });
    // The run (and the SDK behind it) loads only once every option is checked.
    const result = await execute(runtime, spec, async (ctx: RunContext<CommandSpec>) =>
      (await load()).run(ctx),
    );
    runtime.finish(result);
    setCode(result.code);
  });
  return cmd;
}

function outputsHelp(spec: CommandSpec): string {
  const width = Math.max(...Object.keys(spec.outputs).map((n) => n.length), 12) + 2;
  let out = `\nOutputs (name=value lines on stdout as they are set; with --json, one object at the end):\n`;
  for (const [name, o] of Object.entries(spec.outputs)) out += `  ${name.padEnd(width)}${o.description}\n`;
  if (spec.cliHelp) out += `\n${spec.cliHelp}`;
  out += `\nExit codes: 0 success, 1 failed (the remote work failed or was refused), 2 bad input,\n3 timed out, 130 cancelled.\n`;
  return out;
}
