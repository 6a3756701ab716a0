import { spec } from '../commands/run-codepipeline/spec.js';
import { run } from '../commands/run-codepipeline/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
