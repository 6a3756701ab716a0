import { InputError, UserError, errorMessage } from '../core/errors.js';
import type { CommandRun, Host } from './host.js';

/**
 * Runs a command in a host and turns its end into an exit code. A UserError is one line with no
 * stack (the stack only in debug mode); anything else is reported as an internal error.
 */
export async function execute(host: Host, run: CommandRun): Promise<number> {
  try {
    await run(host);
    return 0;
  } catch (err) {
    const message = describeError(host, err);
    // Through the host, so masked values stay hidden (the CLI host prints `error: ...` on stderr).
    host.error(message);
    if (host.debugMode && err instanceof Error && err.stack) host.debug(err.stack);
    if (host.kind === 'github-actions') return 1;
    return err instanceof UserError ? err.exitCode : 1;
  }
}

function describeError(host: Host, err: unknown): string {
  if (err instanceof InputError && host.kind === 'cli') {
    return err.message.replace(`input '${err.input}'`, `option --${err.input}`);
  }
  if (err instanceof UserError) return err.message;
  const name = err instanceof Error && err.name && err.name !== 'Error' ? `${err.name}: ` : '';
  const hint = host.debugMode ? '' : ' (run with debug logging for details)';
  return `${name}${errorMessage(err).split('\n')[0]}${hint}`;
}
