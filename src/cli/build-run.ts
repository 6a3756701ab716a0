import { spec } from '../commands/build-container/spec.js';
import { commandFromSpec } from './command.js';

export default commandFromSpec(spec, () => import('../commands/build-container/run.js'));
