import { spec } from '../commands/describe-pipeline/spec.js';
import { run } from '../commands/describe-pipeline/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
