import { randomUUID } from 'node:crypto';
import { runScopedHash, type RunInfo } from '../run-info.js';

/** InferenceExperiment Name: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$`. */
export const EXPERIMENT_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$/;

/**
 * The experiment's name, derived from the run like a transform job's (run id, attempt, job,
 * step): a retried step finds the experiment it started; a new attempt starts a new test.
 */
export function experimentName(run: RunInfo, endpointName: string, settings: unknown): string {
  const hash =
    runScopedHash(run, 'shadow-test', [endpointName, JSON.stringify(settings)]) ??
    randomUUID().replace(/-/g, '');
  const runPart = run.runId
    ? `-${run.runId.replace(/[^a-zA-Z0-9]/g, '').slice(-12)}-${run.runAttempt ?? '1'}`
    : '';
  const suffix = `-shadow${runPart}-${hash.slice(0, 8)}`;
  return `${endpointName.slice(0, 120 - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The shadow variant's name: `shadow`, unless production already has it. */
export function shadowVariantName(production: string): string {
  return production.toLowerCase() === 'shadow' ? 'shadow-candidate' : 'shadow';
}
