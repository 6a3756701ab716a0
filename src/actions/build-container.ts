import { spec } from '../commands/build-container/spec.js';
import { run } from '../commands/build-container/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
