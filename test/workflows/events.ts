import { REPOSITORY } from '../sandbox/runner.js';

/**
 * Real-shaped webhook payloads (the fields GitHub sends that the toolkit and the workflows read),
 * with the event name and the ref/sha the run gets, as GitHub sets GITHUB_REF and GITHUB_SHA.
 */
export interface WorkflowEvent {
  name: string;
  payload: Record<string, unknown>;
  ref: string;
  sha: string;
  actor: string;
  /** Files the push changed (for workflows with `paths:` filters; GitHub computes them from the commits). */
  changedFiles?: string[];
}

const [OWNER, NAME] = REPOSITORY.split('/') as [string, string];
const repository = {
  id: 700112233,
  name: NAME,
  full_name: REPOSITORY,
  owner: { login: OWNER, type: 'Organization' },
  default_branch: 'main',
  html_url: `https://github.com/${REPOSITORY}`,
};
const user = (login: string) => ({ login, id: 1000 + login.length, type: 'User' });

export function pullRequest(o: {
  number: number;
  author: string;
  headSha: string;
  baseSha?: string;
  headRef?: string;
  action?: 'opened' | 'synchronize' | 'reopened';
  fork?: boolean;
}): WorkflowEvent {
  const headRepo = o.fork
    ? { ...repository, full_name: `${o.author}/${NAME}`, owner: user(o.author) }
    : repository;
  return {
    name: 'pull_request',
    ref: `refs/pull/${o.number}/merge`,
    // GitHub runs pull_request workflows on the test merge commit; here: a stable fake of it.
    sha: `${o.headSha.slice(0, 32)}00000000`,
    actor: o.author,
    payload: {
      action: o.action ?? 'opened',
      number: o.number,
      pull_request: {
        number: o.number,
        state: 'open',
        title: 'Tune the learning rate',
        user: user(o.author),
        head: { sha: o.headSha, ref: o.headRef ?? 'tune-lr', repo: headRepo, user: headRepo.owner },
        base: { sha: o.baseSha ?? '0123456789abcdef0123456789abcdef01234567', ref: 'main', repo: repository },
        merged: false,
      },
      repository,
      sender: user(o.author),
    },
  };
}

/** A push to main: the merge (or squash, or rebase) of a pull request, pushed by the merger. */
export function push(o: {
  sha: string;
  before?: string;
  pusher: string;
  /** The head commit's author (the PR author for a squash or rebase merge, the merger for a merge commit). */
  author: string;
  message: string;
  ref?: string;
}): WorkflowEvent {
  const commit = {
    id: o.sha,
    tree_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    message: o.message,
    timestamp: '2026-12-01T15:00:00Z',
    author: { name: o.author, email: `${o.author}@example.com`, username: o.author },
    committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
  };
  return {
    name: 'push',
    ref: o.ref ?? 'refs/heads/main',
    sha: o.sha,
    actor: o.pusher,
    payload: {
      ref: o.ref ?? 'refs/heads/main',
      before: o.before ?? '0123456789abcdef0123456789abcdef01234567',
      after: o.sha,
      created: false,
      deleted: false,
      forced: false,
      commits: [commit],
      head_commit: commit,
      pusher: { name: o.pusher, email: `${o.pusher}@example.com` },
      repository,
      sender: user(o.pusher),
    },
  };
}

/** A `workflow_dispatch` (by a person, or by an EventBridge API destination with a token's owner). */
export function workflowDispatch(o: {
  workflow: string;
  ref?: string;
  sha: string;
  actor: string;
  inputs?: Record<string, string>;
}): WorkflowEvent {
  return {
    name: 'workflow_dispatch',
    ref: o.ref ?? 'refs/heads/main',
    sha: o.sha,
    actor: o.actor,
    payload: {
      inputs: o.inputs ?? {},
      ref: o.ref ?? 'refs/heads/main',
      repository,
      sender: user(o.actor),
      workflow: `.github/workflows/${o.workflow}`,
    },
  };
}

/** A `schedule` run: GitHub runs it on the default branch's latest commit, as github-actions. */
export function schedule(o: { cron: string; sha: string }): WorkflowEvent {
  return {
    name: 'schedule',
    ref: 'refs/heads/main',
    sha: o.sha,
    actor: 'github-actions[bot]',
    payload: { schedule: o.cron, repository, workflow: '.github/workflows/sagemaker-drift.yml' },
  };
}
