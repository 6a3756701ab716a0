import { commands } from '../commands/index.js';
import { choice } from '../core/inputs.js';
import { runAction } from '../hosts/action-entry.js';
import { WorkflowCommands } from '../hosts/workflow-commands.js';

/** The root action: `command` picks which action runs; only that action's code is loaded. */
const runner = new WorkflowCommands(process.env);
let command;
try {
  command = commands[choice('command', runner.input('command') ?? '', Object.keys(commands))]!;
} catch (err) {
  runner.error((err as Error).message);
  process.exit(1);
}
const { spec } = await command.spec();
await runAction(spec, command.run);
