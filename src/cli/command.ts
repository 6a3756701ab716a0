import type { CommandSpec } from '../commands/spec.js';
import { execute } from '../hosts/execute.js';
import type { CommandRun } from '../hosts/host.js';
import { COMMON_FLAGS, createCliHost, parseFlags } from '../hosts/cli.js';
import { UserError } from '../core/errors.js';

/** A CLI command: its words (`pipeline start`), a one-line summary, help, and how to run it. */
export interface CliCommand {
  words: string[];
  summary: string;
  /** The spec, for commands that run an action's code (their flags are its inputs). */
  spec?: CommandSpec;
  help(): string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}

/**
 * A CLI command that runs the same code as an action, its flags named as the action's inputs.
 * `holdOutputs` keeps the `name=value` lines off stdout (e.g. when stdout is a report).
 */
export function commandFromSpec(
  spec: CommandSpec,
  load: () => Promise<{ run: CommandRun }>,
  holdOutputs: (flags: Record<string, string>) => boolean = () => false,
): CliCommand {
  return {
    words: spec.cli,
    summary: spec.description,
    spec,
    help: () => specHelp(spec),
    async run(argv) {
      let options;
      try {
        options = parseFlags(spec, argv);
      } catch (err) {
        process.stderr.write(`error: ${(err as Error).message}\n`);
        return err instanceof UserError ? err.exitCode : 2;
      }
      if (options.flags.help) {
        process.stdout.write(specHelp(spec));
        return 0;
      }
      const host = createCliHost(spec, { ...options, json: options.json || holdOutputs(options.flags) });
      const { run } = await load();
      const code = await execute(host, run);
      if (options.json) process.stdout.write(`${JSON.stringify(host.outputs, null, 2)}\n`);
      return code;
    },
  };
}

export function specHelp(spec: CommandSpec): string {
  const width = Math.max(...Object.keys(spec.inputs).map((n) => n.length), 12) + 4;
  const line = (name: string, text: string) => `  --${name.padEnd(width)}${text}\n`;
  let out = `Usage: sagemaker-cicd ${spec.cli.join(' ')} [options]\n\n${spec.description}\n\nOptions:\n`;
  for (const [name, i] of Object.entries(spec.inputs)) {
    out += line(
      name,
      `${i.description}${i.required ? ' (required)' : ''}${i.default ? ` [default: ${i.default}]` : ''}`,
    );
  }
  out += line('json', 'Print the outputs as one JSON object at the end.');
  out += line('summary-file', 'Append the job summary (markdown) to this file.');
  out += line('debug', 'Print debug lines and stack traces.');
  out += `\nOutputs (printed as name=value lines on stdout):\n`;
  for (const [name, o] of Object.entries(spec.outputs))
    out += `  ${name.padEnd(width + 2)}${o.description}\n`;
  out += `\nExit codes: 0 success, 1 failed (the remote work failed or was refused), 2 bad input,\n3 timed out, 130 cancelled.\n`;
  return out;
}

export { COMMON_FLAGS };
