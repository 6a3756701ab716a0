import { createHash } from 'node:crypto';

/** Where and why this step runs: a GitHub workflow run, or a CodeBuild build. Hosts fill it in. */
export interface PullRequestInfo {
  number: number;
  headSha: string;
  author?: string;
  /** A pull request from a fork gets a read-only token. */
  fromFork: boolean;
}

/** The commits a change spans: a pull request's base and head, or a push's before and after. */
export interface ChangeRange {
  base: string;
  head: string;
  /** The branch the change goes into (`refs/heads/main`): whose executions it builds on. */
  baseRef?: string;
}

export interface RunInfo {
  /** `owner/name`. */
  repository?: string;
  /** The commit being built: the pull request head for pull requests. */
  sha?: string;
  ref?: string;
  runId?: string;
  runAttempt?: string;
  job?: string;
  /** The step's id within the job (GITHUB_ACTION), or the CodeBuild build id. */
  step?: string;
  /** A link a person can open to this run. */
  runUrl?: string;
  actor?: string;
  triggeringActor?: string;
  eventName?: string;
  pullRequest?: PullRequestInfo;
  change?: ChangeRange;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
}

/**
 * The identity behind an idempotency token: the same for the same step of the same run attempt
 * (and the same `parts`), new for a new attempt ("Re-run jobs"). A sha256 in hex; undefined
 * outside a CI run, where there is no run to be idempotent within.
 */
export function runScopedHash(run: RunInfo, scope: string, parts: string[]): string | undefined {
  if (!run.runId) return undefined;
  const key = [
    scope,
    run.repository ?? '',
    run.runId,
    run.runAttempt ?? '',
    run.job ?? '',
    run.step ?? '',
    ...parts,
  ];
  return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}
