import { Command, CommanderError } from 'commander';
import { commands } from '../commands/index.js';
import { specs } from '../commands/specs.js';
import { VERSION } from '../version.js';
import type { CliCommand } from './command.js';
import { cliCommands } from './registry.js';
import { specCommand } from './spec-command.js';

/**
 * The CLI: one command per spec (`pipeline start`...), grouped by their first word, plus the
 * commands that are not actions (init, buildspec, iam-policy). Commander parses; errors exit 2
 * with "did you mean" suggestions; help goes to stdout.
 */
export async function runCli(argv: string[]): Promise<number> {
  let code = 0;
  const setCode = (c: number) => (code = c);
  const program = new Command('sagemaker-cicd')
    .description('CI/CD for SageMaker: the actions as CLI commands, for CodeBuild and terminals.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride();
  const groups = new Map<string, Command>();
  for (const spec of Object.values(specs)) {
    const [word, ...rest] = spec.cli;
    let parent = program;
    if (rest.length) {
      if (!groups.has(word!)) {
        const group = program.command(word!).description(`${word} commands`).exitOverride();
        groups.set(word!, group);
      }
      parent = groups.get(word!)!;
    }
    parent.addCommand(specCommand(spec, commands[spec.action]!, setCode).exitOverride());
  }
  for (const group of groups.values()) {
    group.description(`${[...group.commands].map((c) => c.name()).join(', ')}`);
  }
  for (const load of Object.values(cliCommands)) registerPlain(program, (await load()).default, setCode);

  // `help pipeline describe` is `pipeline describe --help` (commander's help command takes one word).
  if (argv[0] === 'help') argv = [...argv.slice(1), '--help'];
  // A group alone (`sagemaker-cicd pipeline`) lists its subcommands, as help does.
  const group =
    argv.length === 1 || (argv.length === 2 && argv[1] === '--help') ? groups.get(argv[0]!) : undefined;
  if (group) {
    group.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    if (argv.includes('--json'))
      process.stdout.write(
        `${JSON.stringify({ error: { message: err.message.replace(/^error: /, ''), exitCode: 2 } }, null, 2)}\n`,
      );
    return 2;
  }
}

/** A command that parses its own arguments (init, buildspec, iam-policy): commander passes them on. */
function registerPlain(program: Command, command: CliCommand, setCode: (code: number) => void): void {
  program
    .command(command.words.join(' '))
    .description(command.summary)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[args...]')
    .action(async (args: string[]) => setCode(await command.run(args)));
}
