import { Command, CommanderError } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { generateBuildspec } from '../core/buildspecs/generate.js';
import { BUILDSPEC_KINDS, OPTION_SPECS, type BuildspecKind } from '../core/buildspecs/options.js';
import { InputError, UserError } from '../core/errors.js';
import { VERSION } from '../version.js';
import type { CliCommand } from './command.js';
import { optionStrings, optionValue } from './options.js';

/** Config values as flags would give them: maps of build args as NAME=value lines, maps as JSON. */
function readConfig(path: string, kind: BuildspecKind): Record<string, string> {
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UserError(`cannot read config file ${path}: ${(err as Error).message.split('\n')[0]}`, 2);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new UserError(`config file ${path} must be a YAML map`, 2);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    if (!(key in OPTION_SPECS[kind])) {
      throw new UserError(
        `config file ${path}: unknown option '${key}' for ${kind}; known: ${Object.keys(OPTION_SPECS[kind]).join(', ')}`,
        2,
      );
    }
    if (key === 'build-arg' && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.entries(value)
        .map(([n, v]) => `${n}=${String(v)}`)
        .join('\n');
    } else if (Array.isArray(value)) {
      out[key] = value.map(String).join('\n');
    } else if (value && typeof value === 'object') {
      out[key] = JSON.stringify(value);
    } else {
      out[key] = value === null || value === undefined ? '' : String(value);
    }
  }
  return out;
}

function help(): string {
  let out =
    'Usage: sagemaker-cicd buildspec <kind> [--config file.yml] [--output file [--force]] [options]\n\n';
  out += 'Writes a CodeBuild buildspec (version 0.2). Options set the defaults of its variables; a build\n';
  out += 'can still override any of them. --config reads them from a YAML file (options win over it);\n';
  out += '--output writes the buildspec to a file (refused when it exists, unless --force).\n';
  out += 'Kinds and their options:\n';
  for (const kind of BUILDSPEC_KINDS) {
    out += `\n${kind}:\n`;
    for (const [name, o] of Object.entries(OPTION_SPECS[kind])) {
      out += `  --${name.padEnd(22)}${o.description}${o.default ? ` [default: ${o.default}]` : ''}\n`;
    }
  }
  return out;
}

/** The options of one kind, parsed by commander (unknown options get a "did you mean"). */
function parseOptions(kind: BuildspecKind, argv: string[]): Record<string, string> {
  const cmd = new Command(`buildspec ${kind}`)
    .exitOverride()
    .helpOption(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  // Repeated options (--build-arg A --build-arg B) accumulate as lines, as the buildspec reads them.
  for (const name of Object.keys(OPTION_SPECS[kind]))
    cmd.option(`--${name} <value>`, '', optionValue('', true));
  cmd.option('--config <file>').option('--output <file>').option('--force');
  cmd.parse(argv, { from: 'user' });
  return optionStrings(cmd);
}

const command: CliCommand = {
  words: ['buildspec'],
  // From the kinds themselves, so a new kind cannot leave the help behind.
  summary: `Write a CodeBuild buildspec: ${BUILDSPEC_KINDS.slice(0, -1).join(', ')} or ${BUILDSPEC_KINDS.at(-1)}.`,
  help,
  async run(argv) {
    if (!argv.length || argv[0] === '--help' || argv[0] === 'help' || argv.includes('--help')) {
      (argv.length ? process.stdout : process.stderr).write(help());
      return argv.length ? 0 : 2;
    }
    try {
      const kind = BUILDSPEC_KINDS.find((k) => k === argv[0]);
      if (!kind) throw new InputError('kind', `must be one of ${BUILDSPEC_KINDS.join(', ')}`, argv[0]);
      const flags = parseOptions(kind, argv.slice(1));
      const config = flags.config ? readConfig(flags.config, kind) : {};
      const { text } = generateBuildspec(kind, (name) => flags[name] ?? config[name] ?? '', VERSION);
      if (!flags.output) {
        process.stdout.write(text);
        return 0;
      }
      // Like init: an existing file (perhaps edited by hand) is only replaced when asked.
      if (existsSync(flags.output) && flags.force !== 'true') {
        throw new UserError(
          `${flags.output} exists and was left alone; run again with --force to overwrite it`,
          1,
        );
      }
      writeFileSync(flags.output, text);
      process.stderr.write(`wrote ${flags.output}\n`);
      return 0;
    } catch (err) {
      if (err instanceof CommanderError) return 2;
      const message =
        err instanceof InputError
          ? err.message.replace(`input '${err.input}'`, `option --${err.input}`)
          : (err as Error).message;
      process.stderr.write(`error: ${message}\n`);
      return err instanceof UserError ? err.exitCode : 1;
    }
  },
};

export default command;
