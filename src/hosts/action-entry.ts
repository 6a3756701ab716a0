import type { CommandSpec } from '../commands/spec.js';
import { createActionsHost } from './actions.js';
import { execute } from './execute.js';
import type { CommandRun } from './host.js';

/** The whole of an action's entry point: build the host, run, exit with the result. */
export async function runAction(spec: CommandSpec, run: CommandRun): Promise<void> {
  const host = createActionsHost(spec);
  const code = await execute(host, run);
  // Exit explicitly: open sockets (keep-alive agents) must not hold the step open.
  process.exit(code);
}
