import { randomUUID } from 'node:crypto';
import { InputError } from '../errors.js';
import { runScopedHash, type RunInfo } from '../run-info.js';

/** CodePipeline names: 1-100 of `[A-Za-z0-9.@\-_]`. */
export function codePipelineName(input: string, raw: string): string {
  const value = raw.trim();
  if (!value) throw new InputError(input, 'is required: the name of a CodePipeline pipeline');
  if (!/^[A-Za-z0-9.@\-_]{1,100}$/.test(value))
    throw new InputError(input, 'must be a CodePipeline name: 1-100 letters, digits, . @ - _', raw);
  return value;
}

/** Pipeline variables: names 1-128 of `[A-Za-z0-9@\-_]`, values 1-1000 characters; at most 50. */
export function variables(input: string, map: Record<string, string>): { name: string; value: string }[] {
  const entries = Object.entries(map);
  if (entries.length > 50) throw new InputError(input, 'may have at most 50 variables');
  return entries.map(([name, value]) => {
    if (!/^[A-Za-z0-9@\-_]{1,128}$/.test(name))
      throw new InputError(input, `has a bad variable name '${name}': 1-128 letters, digits, @ - _`);
    if (value.length < 1 || value.length > 1000)
      throw new InputError(input, `has a value for '${name}' that is not 1-1000 characters`);
    return { name, value };
  });
}

/**
 * clientRequestToken (1-128 of `[a-zA-Z0-9-]`): a hash of the run, its attempt, the job, the step,
 * the pipeline and the variables, so a step retried within one attempt gets the execution it
 * already started, and "Re-run jobs" (a new attempt) starts a new one. Outside CI: random.
 */
export function clientRequestToken(
  run: RunInfo,
  pipeline: string,
  vars: { name: string; value: string }[],
  explicit: string,
): string {
  if (explicit) {
    if (!/^[a-zA-Z0-9-]{1,128}$/.test(explicit))
      throw new InputError('client-request-token', 'must be 1-128 letters, digits and hyphens', explicit);
    return explicit;
  }
  const variables = [...vars].sort((a, b) => a.name.localeCompare(b.name)).map((v) => `${v.name}=${v.value}`);
  return runScopedHash(run, 'run-codepipeline', [pipeline, ...variables]) ?? randomUUID();
}
