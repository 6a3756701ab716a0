import { spec } from '../commands/deploy/spec.js';
import { strategiesText } from '../core/promotion/strategies-doc.js';
import { commandFromSpec, specHelp } from './command.js';

// --help adds the strategies table the code uses, so the two cannot drift.
const command = commandFromSpec(spec, () => import('../commands/deploy/run.js'));
export default { ...command, help: () => `${specHelp(spec)}\n${strategiesText()}` };
