import { spec } from '../commands/deploy/spec.js';
import { run } from '../commands/deploy/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
