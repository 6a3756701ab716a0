import { spec } from '../commands/describe-pipeline/spec.js';
import { commandFromSpec } from './command.js';

export default commandFromSpec(spec, () => import('../commands/describe-pipeline/run.js'));
