import { spec } from '../commands/wait-pipeline/spec.js';
import { commandFromSpec } from './command.js';

export default commandFromSpec(spec, () => import('../commands/wait-pipeline/run.js'));
