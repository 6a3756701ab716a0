import { createHash, randomUUID } from 'node:crypto';
import { runScopedHash, type RunInfo } from '../run-info.js';

/** TransformJobName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
export const JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** `churn` and `12` from `arn:aws:sagemaker:…:model-package/churn/12`. */
export function packageParts(arn: string): { group: string; version: string } {
  const [, group = 'model', version = '0'] = /model-package\/([^/]+)\/(\d+)$/.exec(arn) ?? [];
  return { group, version };
}

/** Fits `head` before `suffix` in 63 characters, ending on a letter or digit. */
function fit(head: string, suffix: string): string {
  const clean = head.replace(/[^a-zA-Z0-9-]/g, '-').replace(/^-+/, '');
  return `${clean.slice(0, 63 - suffix.length).replace(/-+$/, '') || 'm'}${suffix}`;
}

/**
 * The model a package runs as outside an endpoint: the package's group and version and a hash of
 * the package and role, so every job of that package with that role shares one model.
 */
export function packageModelName(packageArn: string, roleArn: string): string {
  const { group, version } = packageParts(packageArn);
  const hash = createHash('sha256')
    .update(JSON.stringify([packageArn, roleArn]))
    .digest('hex')
    .slice(0, 6);
  return fit(group, `-v${version}-${hash}`);
}

/**
 * The transform job's name, derived from the run: the run id, its attempt, the job and the step
 * (and what the job does), so a step retried within the same attempt finds the job it started
 * instead of starting another; "Re-run jobs" (a new attempt) starts a new one. Outside a CI run
 * the name is new each time.
 */
export function transformJobName(run: RunInfo, packageArn: string, settings: unknown): string {
  const { group } = packageParts(packageArn);
  const hash =
    runScopedHash(run, 'batch-transform', [JSON.stringify(settings)]) ?? randomUUID().replace(/-/g, '');
  const runPart = run.runId
    ? `-${run.runId.replace(/[^a-zA-Z0-9]/g, '').slice(-12)}-${run.runAttempt ?? '1'}`
    : '';
  return fit(group, `${runPart}-${hash.slice(0, 8)}`);
}
