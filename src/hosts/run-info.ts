import { readFileSync } from 'node:fs';
import type { ChangeRange, PullRequestInfo, RunInfo } from '../core/run-info.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The run as GitHub Actions describes it (GITHUB_* variables and the event payload). */
export function githubRunInfo(env: Env): RunInfo {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY || undefined;
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = pullRequestOf(event);
  return {
    repository,
    sha: pr?.headSha ?? (env.GITHUB_SHA || undefined),
    ref: env.GITHUB_REF || undefined,
    runId: env.GITHUB_RUN_ID || undefined,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    job: env.GITHUB_JOB || undefined,
    step: env.GITHUB_ACTION || undefined,
    runUrl:
      repository && env.GITHUB_RUN_ID
        ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` +
          (env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '')
        : undefined,
    actor: env.GITHUB_ACTOR || undefined,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    pullRequest: pr,
    change: changeOf(event, env.GITHUB_REF),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
  };
}

/**
 * The run as CodeBuild describes it. A webhook build carries the pull request in
 * CODEBUILD_WEBHOOK_TRIGGER (`pr/123`) and the commit in CODEBUILD_RESOLVED_SOURCE_VERSION.
 */
export function codebuildRunInfo(env: Env): RunInfo {
  const repoUrl = env.CODEBUILD_SOURCE_REPO_URL ?? '';
  const repoMatch = /github\.com[/:]([^/]+\/[^/.]+?)(?:\.git)?$/.exec(repoUrl);
  const trigger = /^pr\/(\d+)$/.exec(env.CODEBUILD_WEBHOOK_TRIGGER ?? '');
  const sha = env.CODEBUILD_RESOLVED_SOURCE_VERSION || undefined;
  return {
    repository: env.GITHUB_REPOSITORY || repoMatch?.[1],
    sha: env.GITHUB_SHA || sha || env.CODEBUILD_SOURCE_VERSION || undefined,
    runId: env.CODEBUILD_BUILD_ID || undefined,
    runAttempt: env.CODEBUILD_BUILD_NUMBER || undefined,
    step: env.CODEBUILD_BUILD_ID || undefined,
    runUrl: env.CODEBUILD_BUILD_URL || undefined,
    actor: env.CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID || env.CODEBUILD_INITIATOR || undefined,
    triggeringActor: env.CODEBUILD_INITIATOR || undefined,
    eventName: env.CODEBUILD_WEBHOOK_EVENT || undefined,
    pullRequest: trigger ? { number: Number(trigger[1]), headSha: sha ?? '', fromFork: false } : undefined,
    // A push webhook names the commit before it; a pull request build gives only its base branch.
    change:
      env.CODEBUILD_WEBHOOK_PREV_COMMIT && sha && !NO_COMMIT.test(env.CODEBUILD_WEBHOOK_PREV_COMMIT)
        ? {
            base: env.CODEBUILD_WEBHOOK_PREV_COMMIT,
            head: sha,
            baseRef: env.CODEBUILD_WEBHOOK_HEAD_REF || undefined,
          }
        : undefined,
    workspace: env.CODEBUILD_SRC_DIR || process.cwd(),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
  };
}

function readEvent(path: string | undefined): Record<string, unknown> | undefined {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function pullRequestOf(event: Record<string, unknown> | undefined): PullRequestInfo | undefined {
  const pr = event?.pull_request as
    | {
        number?: number;
        user?: { login?: string };
        head?: { sha?: string; repo?: { full_name?: string } };
        base?: { repo?: { full_name?: string } };
      }
    | undefined;
  if (!pr?.number || !pr.head?.sha) return undefined;
  const head = pr.head.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    author: pr.user?.login,
    fromFork: Boolean(head && base && head !== base),
  };
}

/** A push that created a branch has no commit before it. */
const NO_COMMIT = /^0+$/;

function changeOf(
  event: Record<string, unknown> | undefined,
  ref: string | undefined,
): ChangeRange | undefined {
  const pr = event?.pull_request as
    { base?: { sha?: string; ref?: string }; head?: { sha?: string } } | undefined;
  if (pr?.base?.sha && pr.head?.sha)
    return {
      base: pr.base.sha,
      head: pr.head.sha,
      ...(pr.base.ref ? { baseRef: `refs/heads/${pr.base.ref}` } : {}),
    };
  const before = typeof event?.before === 'string' ? event.before : undefined;
  const after = typeof event?.after === 'string' ? event.after : undefined;
  if (before && after && !NO_COMMIT.test(before))
    return { base: before, head: after, ...(ref ? { baseRef: ref } : {}) };
  return undefined;
}
