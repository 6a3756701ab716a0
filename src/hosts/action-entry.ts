import type { CommandSpec } from '../commands/spec.js';
import { createActionsHost } from './actions.js';
import { execute } from './execute.js';
import type { CommandRun } from './host.js';

/**
 * The whole of an action's entry point: build the host, load the run, run, exit with the result.
 * `load` is a dynamic import, so start-up costs only the host and the spec (ncc splits it off).
 */
export async function runAction(spec: CommandSpec, load: () => Promise<{ run: CommandRun }>): Promise<void> {
  const host = createActionsHost(spec);
  const code = await execute(host, async (h) => (await load()).run(h));
  // Exit explicitly: open sockets (keep-alive agents) must not hold the step open.
  process.exit(code);
}
