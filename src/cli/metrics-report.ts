import { spec as actionSpec } from '../commands/report-metrics/spec.js';
import type { CommandSpec } from '../commands/spec.js';
import { UserError } from '../core/errors.js';
import { createCliHost, parseFlags } from '../hosts/cli.js';
import { execute } from '../hosts/execute.js';
import { specHelp, type CliCommand } from './command.js';

/**
 * `sagemaker-cicd metrics report`: the action's inputs, plus what a CodeBuild build must say
 * itself. The token comes from --github-token or GITHUB_TOKEN; repository and commit default to
 * CodeBuild's webhook variables. With --format markdown the report is printed on stdout, alone.
 */
const spec: CommandSpec = {
  ...actionSpec,
  inputs: {
    ...actionSpec.inputs,
    'github-token': { description: 'Token that writes the check run and comment; defaults to GITHUB_TOKEN.' },
    repository: { description: 'owner/name; defaults to CODEBUILD_SOURCE_REPO_URL or GITHUB_REPOSITORY.' },
    format: {
      description:
        "'markdown' prints the report on stdout (outputs are then not printed); 'text' prints outputs.",
      default: 'text',
    },
  },
};

const command: CliCommand = {
  words: spec.cli,
  summary: spec.description,
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
    const markdown = (options.flags.format ?? '').trim().toLowerCase() === 'markdown';
    // Outputs are held back (as with --json) so that stdout is the report alone.
    const host = createCliHost(spec, { ...options, json: options.json || markdown });
    const { run } = await import('../commands/report-metrics/run.js');
    const code = await execute(host, run);
    if (options.json) process.stdout.write(`${JSON.stringify(host.outputs, null, 2)}\n`);
    return code;
  },
};

export default command;
