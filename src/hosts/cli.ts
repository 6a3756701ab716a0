import { appendFileSync } from 'node:fs';
import type { CommandSpec } from '../commands/spec.js';
import { UserError } from '../core/errors.js';
import { realClock } from './clock.js';
import type { Host } from './host.js';
import { codebuildRunInfo, githubRunInfo } from './run-info.js';
import { cancellationSignal } from './signals.js';
import { toOutputString } from './output.js';

/** Flags every CLI command takes, besides its own inputs. */
export const COMMON_FLAGS = ['debug', 'json', 'summary-file', 'help'] as const;

export interface CliOptions {
  flags: Record<string, string>;
  debug: boolean;
  /** Print outputs as one JSON object at the end, instead of `name=value` lines as they are set. */
  json: boolean;
  summaryFile?: string;
}

/** Parses `--name value`, `--name=value` and bare `--flag` (true) against the spec's inputs. */
export function parseFlags(spec: CommandSpec, argv: string[]): CliOptions {
  const flags: Record<string, string> = {};
  const known = new Set([...Object.keys(spec.inputs), ...COMMON_FLAGS]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!m)
      throw new UserError(`unexpected argument ${JSON.stringify(arg)}; options are written --name value`, 2);
    const name = m[1]!;
    if (!known.has(name)) {
      throw new UserError(`unknown option --${name}; see 'sagemaker-cicd ${spec.cli.join(' ')} --help'`, 2);
    }
    let value = m[2];
    if (value === undefined) {
      const next = argv[i + 1];
      value = next !== undefined && !next.startsWith('--') ? (i++, next) : 'true';
    }
    // Repeated list flags (--execution-arn a --execution-arn b) accumulate as lines.
    flags[name] = flags[name] ? `${flags[name]}\n${value}` : value;
  }
  return {
    flags,
    debug: flags.debug === 'true',
    json: flags.json === 'true',
    summaryFile: flags['summary-file'],
  };
}

/** The CLI, as run in CodeBuild or a terminal: logs to stderr, outputs to stdout. */
export function createCliHost(
  spec: CommandSpec,
  options: CliOptions,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Host & { outputs: Record<string, string> } {
  const secrets: string[] = [];
  const hide = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const err = (line: string) => process.stderr.write(`${hide(line)}\n`);
  const outputs: Record<string, string> = {};
  const inCodeBuild = Boolean(env.CODEBUILD_BUILD_ID);
  return {
    kind: 'cli',
    spec,
    outputs,
    input(name) {
      return (options.flags[name] ?? '').trim() || spec.inputs[name]?.default?.trim() || '';
    },
    setOutput(name, value) {
      const text = toOutputString(value);
      outputs[name] = text;
      if (!options.json) process.stdout.write(`${name}=${hide(text.replace(/\n/g, '\\n'))}\n`);
    },
    async appendSummary(markdown) {
      if (options.summaryFile) appendFileSync(options.summaryFile, `${markdown}\n`);
      else if (options.debug) err(markdown);
    },
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
    clock: realClock,
    signal: cancellationSignal(),
    run: inCodeBuild ? codebuildRunInfo(env) : githubRunInfo(env),
    debugMode: options.debug,
  };
}
