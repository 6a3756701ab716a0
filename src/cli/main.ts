import { VERSION } from '../version.js';
import type { CliCommand } from './command.js';
import { cliCommands } from './registry.js';

/** `sagemaker-cicd <words...> [--flags]`: finds the command whose words lead the arguments. */
async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const commands = await Promise.all(Object.values(cliCommands).map(async (load) => (await load()).default));
  const wantsHelp = !argv.length || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h';
  const words = wantsHelp ? argv.slice(1) : argv;
  const match = commands
    .filter((c) => c.words.every((w, i) => words[i] === w))
    .sort((a, b) => b.words.length - a.words.length)[0];
  if (!match) {
    if (!wantsHelp)
      process.stderr.write(
        `error: unknown command '${argv.filter((a) => !a.startsWith('-')).join(' ')}'\n\n`,
      );
    process.stderr.write(usage(commands));
    return wantsHelp ? 0 : 2;
  }
  if (wantsHelp) {
    process.stdout.write(match.help());
    return 0;
  }
  return match.run(argv.slice(match.words.length));
}

function usage(commands: CliCommand[]): string {
  const rows = commands
    .map((c) => [c.words.join(' '), c.summary] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([w]) => w.length)) + 2;
  return (
    `Usage: sagemaker-cicd <command> [options]   (sagemaker-cicd help <command> for its options)\n\nCommands:\n` +
    rows.map(([w, s]) => `  ${w.padEnd(width)}${s}`).join('\n') +
    '\n'
  );
}

process.exit(await main(process.argv.slice(2)));
