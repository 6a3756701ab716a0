import { spec } from '../commands/start-pipeline/spec.js';
import { run } from '../commands/start-pipeline/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
