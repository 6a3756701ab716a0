import type { CommandSpec } from '../core/spec/types.js';
import { createActionsHost } from './actions.js';
import { execute } from './execute.js';
import type { CommandRun, RunContext } from './host.js';

/**
 * The whole of an action's entry point: build the host, check the inputs, load the run, run, exit
 * with the result. `load` is a dynamic import (ncc splits it into its own file), so start-up and
 * a bad input cost only the host and the spec; the AWS SDK and Octokit load once the run starts.
 */
export async function runAction<S extends CommandSpec>(
  spec: S,
  load: () => Promise<{ run: CommandRun<S> }>,
): Promise<void> {
  const { code } = await execute(createActionsHost(), spec, async (ctx: RunContext<S>) =>
    (await load()).run(ctx),
  );
  // Exit explicitly: open sockets (keep-alive agents) must not hold the step open.
  process.exit(code);
}
