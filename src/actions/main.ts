import { commands } from '../commands/index.js';
import { choice } from '../core/inputs.js';
import { runAction } from '../hosts/action-entry.js';
import * as core from '@actions/core';

/** The root action: `command` picks which action runs; only that action's code is loaded. */
let load;
try {
  const name = choice('command', core.getInput('command'), Object.keys(commands));
  load = commands[name]!;
} catch (err) {
  core.setFailed((err as Error).message);
  process.exit(1);
}
const { spec, run } = await load();
await runAction(spec, run);
