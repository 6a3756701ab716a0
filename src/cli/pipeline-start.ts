import { spec } from '../commands/start-pipeline/spec.js';
import { commandFromSpec } from './command.js';

export default commandFromSpec(spec, () => import('../commands/start-pipeline/run.js'));
