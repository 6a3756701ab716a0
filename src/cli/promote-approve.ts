import { spec } from '../commands/approve-promotion/spec.js';
import { commandFromSpec } from './command.js';

export default commandFromSpec(spec, () => import('../commands/approve-promotion/run.js'));
