import { spec } from '../commands/wait-pipeline/spec.js';
import { run } from '../commands/wait-pipeline/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
