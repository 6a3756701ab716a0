import { spec } from '../commands/wait-pipeline/spec.js';
import { runAction } from '../hosts/action-entry.js';

// The run (and the AWS SDK and Octokit behind it) loads only once the action is about to run.
await runAction(spec, () => import('../commands/wait-pipeline/run.js'));
