import { appendFileSync } from 'node:fs';
import type { CommandSpec } from '../core/spec/types.js';
import { UserError } from '../core/errors.js';
import { systemClock } from './clock.js';
import type { Host, HostRuntime } from './host.js';
import { codebuildRunInfo, githubRunInfo } from './run-info.js';
import { cancellationSignal } from './signals.js';
import { toOutputString } from './output.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface CliOptions {
  /** Option values as given (a repeated list option: one item per line). */
  values: Record<string, string>;
  debug: boolean;
  /** Print outputs as one JSON object at the end, instead of `name=value` lines as they are set. */
  json: boolean;
  /** Hold the `name=value` lines back (stdout is a document, e.g. `--format markdown`). */
  quiet?: boolean;
  summaryFile?: string;
}

export type CliRuntime = HostRuntime & {
  /** Outputs as set, with their types (for `--json`). */
  outputs: Record<string, unknown>;
  /** With `--json`: prints the outputs (and the error, if any) as one JSON object on stdout. */
  finish(result: { code: number; error?: string }): void;
};

/** The CLI, as run in CodeBuild or a terminal: logs to stderr, outputs to stdout. */
export function createCliHost(spec: CommandSpec, options: CliOptions, env: Env = process.env): CliRuntime {
  const secrets: string[] = [];
  const hide = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const err = (line: string) => process.stderr.write(`${hide(line)}\n`);
  const outputs: Record<string, unknown> = {};
  const inCodeBuild = Boolean(env.CODEBUILD_BUILD_ID);
  const host: Host = {
    setOutput(name, value) {
      outputs[name] = value;
      if (!options.json && !options.quiet)
        process.stdout.write(`${name}=${hide(toOutputString(value).replace(/\n/g, '\\n'))}\n`);
    },
    async appendSummary(markdown) {
      if (options.summaryFile) appendFileSync(options.summaryFile, `${markdown}\n`);
      else if (options.debug) err(markdown);
    },
    print: (text) => process.stdout.write(`${hide(text)}\n`),
    remoteLine: (line) => err(line),
    mask(value) {
      if (value && !secrets.includes(value)) secrets.push(value);
    },
    info: (m) => err(m),
    debug: (m) => {
      if (options.debug) err(`debug: ${m}`);
    },
    warning: (m) => err(`warning: ${m}`),
    error: (m) => err(`error: ${m}`),
    async group(title, fn) {
      err(`── ${title}`);
      return fn();
    },
    env,
    clock: systemClock(env),
    signal: cancellationSignal(),
    run: inCodeBuild ? codebuildRunInfo(env) : githubRunInfo(env),
    debugMode: options.debug,
  };
  return {
    host,
    outputs,
    raw(name) {
      const given = options.values[name];
      if (given !== undefined) return given;
      const fromEnv = spec.inputs[name]?.cliEnv;
      return fromEnv ? env[fromEnv] : undefined;
    },
    parseOptions: {},
    inputLabel: (name) => `option --${name}`,
    exitCode: (e) => (e instanceof UserError ? e.exitCode : 1),
    finish({ code, error }) {
      if (!options.json) return;
      // Real JSON types (lists and maps as JSON, not strings); masked values stay hidden.
      const doc =
        code === 0 ? outputs : { ...outputs, error: { message: error ?? 'failed', exitCode: code } };
      process.stdout.write(`${hide(JSON.stringify(doc, null, 2))}\n`);
    },
  };
}
