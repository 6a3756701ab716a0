import { spec } from '../commands/run-codepipeline/spec.js';
import { commandFromSpec } from './command.js';

export default commandFromSpec(spec, () => import('../commands/run-codepipeline/run.js'));
