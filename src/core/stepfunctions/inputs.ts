import { randomUUID } from 'node:crypto';
import { InputError } from '../errors.js';
import { runScopedHash, type RunInfo } from '../run-info.js';
import { STEP_FUNCTIONS_NAME } from '../spec/arns.js';

/** StartExecution's `input`: at most 262,144 bytes of UTF-8. */
export const MAX_INPUT_BYTES = 262_144;

const NAME = new RegExp(`^${STEP_FUNCTIONS_NAME}$`);

/**
 * The execution's input as sent: the JSON given, compacted (so the same value is the same string
 * on every retry: StartExecution is idempotent only for the same name *and* input), and within
 * the API's limit. Checked here so a refused input never reaches StartExecution.
 */
export function executionInput(input: string, raw: string): string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new InputError(input, `must be JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const text = JSON.stringify(value);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_INPUT_BYTES) {
    throw new InputError(
      input,
      `is ${bytes.toLocaleString('en-US')} bytes as JSON; Step Functions accepts at most 262,144 bytes (256 KB): pass a reference (an S3 URI) instead`,
    );
  }
  return text;
}

/** An execution name given explicitly: the API's rules, checked before any call. */
export function explicitExecutionName(input: string, raw: string): string {
  if (!NAME.test(raw)) {
    throw new InputError(
      input,
      'must be 1-80 characters without whitespace, brackets < > { } [ ], ? *, " # % \\ ^ | ~ ` $ & , ; : / or control characters',
      raw,
    );
  }
  return raw;
}

/**
 * The execution's name: derived from the run, its attempt, the job and the step (and the state
 * machine), so a retried step finds the execution it started, and "Re-run jobs" (a new attempt)
 * starts a new one. Only `[A-Za-z0-9_-]`, as CloudWatch Logs needs for execution logging, and at
 * most 80 characters. Outside CI: a UUID, as Step Functions itself would choose.
 */
export function executionName(run: RunInfo, stateMachineArn: string, explicit: string | undefined): string {
  if (explicit) return explicit;
  const hash = runScopedHash(run, 'start-state-machine', [unqualified(stateMachineArn)]);
  if (!hash) return randomUUID();
  const safe = (s: string | undefined, max: number) =>
    (s ?? '').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, max);
  return `${safe(run.runId, 40)}-${safe(run.runAttempt || '1', 6)}-${hash.slice(0, 24)}`;
}

/** The state machine's own ARN, without a version or alias qualifier. */
export function unqualified(stateMachineArn: string): string {
  return stateMachineArn.split(':').slice(0, 7).join(':');
}

/** The ARN an execution of this state machine gets (versions and aliases run as the machine's executions). */
export function executionArnFor(stateMachineArn: string, name: string): string {
  const parts = stateMachineArn.split(':');
  return [...parts.slice(0, 5), 'execution', parts[6], name].join(':');
}

/** `traceHeader`: 0-256 ASCII characters (the X-Ray trace header). */
export function traceHeader(input: string, raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (raw.length > 256 || !/^[\x00-\x7f]*$/.test(raw))
    throw new InputError(input, 'must be at most 256 ASCII characters (an X-Ray trace header)', raw);
  return raw;
}
