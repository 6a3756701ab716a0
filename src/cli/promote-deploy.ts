import { spec } from '../commands/deploy/spec.js';
import { strategiesText } from '../core/promotion/strategies-doc.js';
import { commandFromSpec, specHelp, type CliCommand } from './command.js';

// --help adds the strategies table the code uses, so the two cannot drift.
const command = commandFromSpec(spec, () => import('../commands/deploy/run.js'));
const help = () => `${specHelp(spec)}\n${strategiesText()}`;

const promoteDeploy: CliCommand = {
  ...command,
  help,
  async run(argv) {
    if (argv.includes('--help')) {
      process.stdout.write(help());
      return 0;
    }
    return command.run(argv);
  },
};
export default promoteDeploy;
