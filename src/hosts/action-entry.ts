import type { CommandSpec } from '../core/spec/types.js';
import { createActionsHost } from './actions.js';
import { execute } from './execute.js';
import type { CommandRun } from './host.js';

/** The whole of an action's entry point: build the host, run, exit with the result. */
export async function runAction<S extends CommandSpec>(spec: S, run: CommandRun<S>): Promise<void> {
  const { code } = await execute(createActionsHost(), spec, run);
  // Exit explicitly: open sockets (keep-alive agents) must not hold the step open.
  process.exit(code);
}
