import { createHash, randomUUID } from 'node:crypto';
import { InputError } from '../errors.js';
import { runScopedHash, type RunInfo } from '../run-info.js';
import type { PipelineParameter } from './parameters.js';

/** PipelineExecutionDisplayName: 1-82 characters, `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}`. */
const DISPLAY_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/;
const MAX_DISPLAY_NAME = 82;
/** PipelineExecutionDescription: 0-3072 characters. */
const MAX_DESCRIPTION = 3072;

/** Any text turned into a valid display name: other characters become hyphens, ends trimmed. */
export function toDisplayName(text: string): string {
  const cleaned = text
    .replace(/[^a-zA-Z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_DISPLAY_NAME)
    .replace(/-+$/, '');
  return cleaned || 'execution';
}

/** The default display name: `<repo>-<sha7>-run-<id>-<attempt>`, e.g. `churn-model-1a2b3c4-run-42-1`. */
export function defaultDisplayName(run: RunInfo): string {
  const repo = run.repository?.split('/')[1] ?? 'sagemaker-cicd';
  const parts = [
    repo,
    run.sha?.slice(0, 7),
    run.runId ? `run-${shortRunId(run.runId)}` : undefined,
    run.runAttempt,
  ];
  return toDisplayName(parts.filter(Boolean).join('-'));
}

/** A CodeBuild build id is `project:uuid`: its uuid's first block is enough to tell builds apart. */
function shortRunId(id: string): string {
  const colon = id.lastIndexOf(':');
  return colon >= 0 ? id.slice(colon + 1, colon + 9) : id;
}

export function displayName(input: string, raw: string, run: RunInfo): string {
  const value = raw.trim();
  if (!value) return defaultDisplayName(run);
  if (!DISPLAY_NAME.test(value)) {
    throw new InputError(
      input,
      'must be 1-82 letters, digits and hyphens, starting and ending with a letter or digit',
      raw,
    );
  }
  return value;
}

/** The default description: what started the execution, so the SageMaker console links back to the run. */
export function defaultDescription(run: RunInfo): string {
  const what = [run.repository, run.sha ? `@${run.sha}` : ''].join('');
  const parts = [
    `Started by sagemaker-cicd${what ? ` for ${what}` : ''}`,
    run.ref ? `ref ${run.ref}` : '',
    run.actor ? `by ${run.actor}` : '',
    run.runUrl ? `run ${run.runUrl}` : '',
  ].filter(Boolean);
  return parts.join(', ').slice(0, MAX_DESCRIPTION);
}

export function description(input: string, raw: string, run: RunInfo): string {
  if (!raw.trim()) return defaultDescription(run);
  if (raw.length > MAX_DESCRIPTION)
    throw new InputError(input, `must be at most ${MAX_DESCRIPTION} characters`);
  return raw;
}

/**
 * The ClientRequestToken (32-128 characters): a hash of the run, its attempt, the job, the step,
 * the pipeline and the parameters. A step retried within one attempt sends the same token, and
 * SageMaker returns the execution it already started; "Re-run jobs" is a new attempt, so a new
 * execution. The parameters are part of it so matrix legs (one job id) start one execution each.
 * Outside CI (no run id) there is nothing to be idempotent against: a random token.
 */
export function clientRequestToken(run: RunInfo, pipeline: string, parameters: PipelineParameter[]): string {
  const params = [...parameters]
    .sort((a, b) => a.Name.localeCompare(b.Name))
    .map((p) => `${p.Name}=${p.Value}`);
  return runScopedHash(run, 'start-pipeline', [pipeline, ...params]) ?? randomUUID().replace(/-/g, '');
}

/** A token for StopPipelineExecution (also required, 32-128): one per execution, so repeated stops are one. */
export function stopToken(executionArn: string): string {
  return createHash('sha256').update(`stop-pipeline-execution\n${executionArn}`).digest('hex');
}

/** A token for CreatePipeline: the same definition from the same run creates once. */
export function createToken(pipeline: string, definition: string, run: RunInfo): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        'create-pipeline',
        pipeline,
        definition,
        run.runId ?? randomUUID(),
        run.runAttempt ?? '',
      ]),
    )
    .digest('hex');
}
