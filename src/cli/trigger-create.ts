import { spec } from '../commands/create-trigger/spec.js';
import { commandFromSpec } from './command.js';

export default commandFromSpec(spec, () => import('../commands/create-trigger/run.js'));
