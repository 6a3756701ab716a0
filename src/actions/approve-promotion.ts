import { spec } from '../commands/approve-promotion/spec.js';
import { run } from '../commands/approve-promotion/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
