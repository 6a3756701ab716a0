import { OutcomeError } from '../errors.js';

/**
 * Who counts as "self" for a promotion: people whose approval of the run's environment would be
 * approving their own change. On a push to main the change is the pull request the pushed commit
 * came from, whichever way it was merged (merge commit, squash, rebase), so it is looked up
 * (GET /repos/{o}/{r}/commits/{sha}/pulls) and its author and the authors and committers of all
 * its commits (GET /repos/{o}/{r}/pulls/{n}/commits) count, alongside who triggered the run and
 * who authored the pushed commit (for a merge commit, the merger).
 */
export interface SelfPerson {
  login: string;
  /** Why they count, for the summary: `authored pull request #7`. */
  why: string;
}

/** The people on one commit: GitHub accounts (null when the email maps to none) and git emails. */
export interface CommitPeople {
  sha: string;
  author?: string;
  committer?: string;
  authorEmail?: string;
  committerEmail?: string;
}

export interface ChangePullRequest {
  number: number;
  author?: string;
  /** Its commits as GitHub lists them (at most 250). */
  commits: CommitPeople[];
  /** How many commits it has (GET /pulls/{n} `commits`); more than listed means some are unseen. */
  totalCommits: number;
}

export interface SelfFacts {
  actor?: string;
  triggeringActor?: string;
  /** A pull_request event's author. */
  pullRequestAuthor?: string;
  /** The GitHub account that authored the commit the run is for. */
  headCommitAuthor?: string;
  /** The pull requests the commit came from (push, workflow_dispatch) or the event's (pull_request). */
  pullRequests: ChangePullRequest[];
}

/** GitHub's own committer on web merges and squashes: not a person. */
const GITHUB_COMMITTERS = new Set(['web-flow']);
/** `12345+login@users.noreply.github.com` or `login@users.noreply.github.com`. */
const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))@users\.noreply\.github\.com$/i;

/** Every self person, each login once (the first reason found), in the order of the rules. */
export function selfPeople(facts: SelfFacts): SelfPerson[] {
  const found = new Map<string, SelfPerson>();
  const add = (login: string | undefined, why: string) => {
    if (!login || GITHUB_COMMITTERS.has(login.toLowerCase())) return;
    if (!found.has(login.toLowerCase())) found.set(login.toLowerCase(), { login, why });
  };
  add(facts.triggeringActor, 'triggered the run');
  add(facts.actor, 'triggered the run');
  add(facts.pullRequestAuthor, 'authored the pull request');
  add(facts.headCommitAuthor, 'authored the commit');
  const emails = emailLogins(facts.pullRequests.flatMap((pr) => pr.commits));
  for (const pr of facts.pullRequests) {
    if (pr.totalCommits > pr.commits.length) {
      throw new OutcomeError(
        `pull request #${pr.number} has ${pr.totalCommits} commits and GitHub lists only the first ${pr.commits.length}: ` +
          'who wrote the others cannot be checked, so self-approval cannot be ruled out; approve this promotion ' +
          "from a smaller pull request, or set 'forbid-self-approval: false' if another control covers it",
      );
    }
    add(pr.author, `authored pull request #${pr.number}`);
    for (const c of pr.commits) {
      const short = c.sha.slice(0, 7);
      add(c.author ?? emails.get(c.authorEmail?.toLowerCase() ?? ''), `authored ${short} in #${pr.number}`);
      add(
        c.committer ?? emails.get(c.committerEmail?.toLowerCase() ?? ''),
        `committed ${short} in #${pr.number}`,
      );
    }
  }
  return [...found.values()];
}

/**
 * Git emails that can be tied to a GitHub account: GitHub's noreply addresses, and any email
 * GitHub itself linked to an account on another of these commits.
 */
function emailLogins(commits: CommitPeople[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of commits) {
    for (const [email, login] of [
      [c.authorEmail, c.author],
      [c.committerEmail, c.committer],
    ] as const) {
      if (!email) continue;
      const noreply = NOREPLY.exec(email)?.[1];
      const who = login ?? noreply;
      if (who && !map.has(email.toLowerCase())) map.set(email.toLowerCase(), who);
    }
  }
  return map;
}
