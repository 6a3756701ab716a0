import { InputError, UserError, errorMessage } from '../core/errors.js';
import { awsInputsOf } from '../core/spec/aws-inputs.js';
import { MissingInputsError, parseInputs } from '../core/spec/parse.js';
import type { CommandSpec } from '../core/spec/types.js';
import type { AnyCommandRun, CommandRun, HostRuntime, RunContext } from './host.js';

/**
 * Parses and checks every input against the spec, then runs the command, and turns its end into
 * an exit code. Nothing runs before every input is valid, so bad input never reaches AWS.
 * A UserError is one line with no stack (the stack only in debug mode); anything else is
 * reported as an internal error.
 */
export async function execute<S extends CommandSpec>(
  runtime: HostRuntime,
  spec: S,
  run: CommandRun<S> | AnyCommandRun,
): Promise<{ code: number; error?: string }> {
  const { host } = runtime;
  try {
    const inputs = parseInputs(spec, runtime.raw, runtime.parseOptions);
    for (const [name, input] of Object.entries(spec.inputs)) {
      const value = (inputs as Record<string, unknown>)[name];
      if (input.secret && typeof value === 'string') host.mask(value);
    }
    const checked = spec.check?.(inputs, host.run);
    const ctx = { host, inputs, checked, aws: awsInputsOf(inputs) } as RunContext<S>;
    await run(ctx);
    return { code: 0 };
  } catch (err) {
    const message = describeError(runtime, err);
    // Through the host, so masked values stay hidden (the CLI host prints `error: ...` on stderr).
    host.error(message);
    if (host.debugMode && err instanceof Error && err.stack) host.debug(err.stack);
    return { code: runtime.exitCode(err), error: message };
  }
}

function describeError(runtime: HostRuntime, err: unknown): string {
  if (err instanceof MissingInputsError) {
    // "missing required options: --a, --b" / "missing required inputs: 'a', 'b'"
    const labels = err.inputs.map(runtime.inputLabel);
    const word = labels[0]!.split(' ')[0]!;
    return `missing required ${word}s: ${labels.map((l) => l.slice(word.length + 1)).join(', ')}`;
  }
  if (err instanceof InputError)
    return err.message.replace(`input '${err.input}'`, runtime.inputLabel(err.input));
  if (err instanceof UserError) return err.message;
  const name = err instanceof Error && err.name && err.name !== 'Error' ? `${err.name}: ` : '';
  const hint = runtime.host.debugMode ? '' : ' (run with debug logging for details)';
  return `${name}${errorMessage(err).split('\n')[0]}${hint}`;
}
