/**
 * Errors a user can act on. The host prints their message as one line, without a stack,
 * and exits non-zero; anything else is a bug and keeps its stack in debug mode.
 */
export class UserError extends Error {
  override name = 'UserError';
  /** Exit code for the CLI; actions always exit 1. */
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A bad input value: names the input, what is allowed, and what was given. */
export class InputError extends UserError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly allowed: string,
    readonly got?: string,
  ) {
    super(`input '${input}' ${allowed}${got === undefined ? '' : `, got ${JSON.stringify(got)}`}`, 2);
  }
}

/** The remote work ended in a state the user asked to fail on (failed, stopped, rejected...). */
export class OutcomeError extends UserError {
  override name = 'OutcomeError';
  constructor(message: string) {
    super(message, 1);
  }
}

/** The wait ran out of time. */
export class TimeoutError extends UserError {
  override name = 'TimeoutError';
  constructor(message: string) {
    super(message, 3);
  }
}

/** The workflow or the user cancelled (SIGINT/SIGTERM). */
export class CancelledError extends UserError {
  override name = 'CancelledError';
  constructor(message: string) {
    super(message, 130);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
