import { spec } from '../commands/create-trigger/spec.js';
import { run } from '../commands/create-trigger/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
