import { UserError } from '../core/errors.js';
import type { RunApproval, TeamMembership } from '../core/promotion/approval.js';
import type { ChangePullRequest } from '../core/promotion/self-approval.js';
import { lazyOctokit, type GitHubContext } from './octokit.js';

/**
 * The GitHub calls approve-promotion makes: the run's environment reviews, team membership, the
 * commit's author, and who wrote the change (the pull requests of a commit and their commits).
 */
export interface GitHubApprovals extends TeamMembership {
  runApprovals(owner: string, repo: string, runId: number): Promise<RunApproval[]>;
  commitAuthor(owner: string, repo: string, sha: string): Promise<string | undefined>;
  /** The pull requests a commit came from (GET /repos/{o}/{r}/commits/{sha}/pulls), with their commits. */
  commitPullRequests(owner: string, repo: string, sha: string): Promise<ChangePullRequest[]>;
  /** One pull request (a pull_request event's), with its commits. */
  pullRequest(owner: string, repo: string, number: number, author?: string): Promise<ChangePullRequest>;
}

/** GitHub lists at most 250 commits of a pull request. */
const LISTED_COMMITS = 250;

const status = (err: unknown) => (err as { status?: number })?.status;

export function gitHubApprovals(ctx: GitHubContext): GitHubApprovals {
  const octokit = lazyOctokit(ctx);
  return {
    async runApprovals(owner, repo, runId) {
      const { data } = await (
        await octokit()
      ).request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', {
        owner,
        repo,
        run_id: runId,
      });
      return data.map((a) => ({
        login: a.user?.login ?? '',
        state: a.state,
        environments: (a.environments ?? []).map((e) => e.name ?? ''),
        ...(a.comment ? { comment: a.comment } : {}),
      }));
    },
    async isTeamMember(org, teamSlug, login) {
      try {
        const { data } = await (
          await octokit()
        ).request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
          org,
          team_slug: teamSlug,
          username: login,
        });
        return data.state === 'active';
      } catch (err) {
        if (status(err) === 404) return false;
        if (status(err) === 403 || status(err) === 401) {
          throw new UserError(
            `cannot read the members of team ${org}/${teamSlug} (HTTP ${status(err)}): the workflow's GITHUB_TOKEN cannot read ` +
              "organization teams; pass a token with the 'read:org' scope (or a GitHub App token with Members: read) as 'github-token'",
          );
        }
        throw err;
      }
    },
    async commitPullRequests(owner, repo, sha) {
      const pulls = await lookup(`the pull requests of commit ${sha}`, async () =>
        (await octokit()).paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
          owner,
          repo,
          commit_sha: sha,
          per_page: 100,
        }),
      );
      const result: ChangePullRequest[] = [];
      for (const pr of pulls) result.push(await this.pullRequest(owner, repo, pr.number, pr.user?.login));
      return result;
    },
    async pullRequest(owner, repo, number, author) {
      const commits = await lookup(`the commits of pull request #${number}`, async () =>
        (await octokit()).paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
          owner,
          repo,
          pull_number: number,
          per_page: 100,
        }),
      );
      // A full list may be cut short: the pull request itself says how many commits it has.
      const totalCommits =
        commits.length >= LISTED_COMMITS
          ? (
              await lookup(`pull request #${number}`, async () =>
                (await octokit()).request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
                  owner,
                  repo,
                  pull_number: number,
                }),
              )
            ).data.commits
          : commits.length;
      return {
        number,
        ...(author ? { author } : {}),
        totalCommits,
        commits: commits.map((c) => ({
          sha: c.sha,
          ...(c.author?.login ? { author: c.author.login } : {}),
          ...(c.committer?.login ? { committer: c.committer.login } : {}),
          ...(c.commit.author?.email ? { authorEmail: c.commit.author.email } : {}),
          ...(c.commit.committer?.email ? { committerEmail: c.commit.committer.email } : {}),
        })),
      };
    },
    async commitAuthor(owner, repo, sha) {
      try {
        const { data } = await (
          await octokit()
        ).request('GET /repos/{owner}/{repo}/commits/{ref}', {
          owner,
          repo,
          ref: sha,
        });
        return data.author?.login ?? undefined;
      } catch (err) {
        if (status(err) === 404 || status(err) === 422) return undefined;
        throw err;
      }
    },
  };
}

/**
 * Who wrote a change must be known to rule out self-approval: a failed lookup fails the approval
 * (closed), naming the permission the job's token needs.
 */
async function lookup<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const code = status(err);
    if (code === 401 || code === 403 || code === 404) {
      throw new UserError(
        `cannot read ${what} (HTTP ${code}) to rule out self-approval: give the job ` +
          "'permissions: pull-requests: read' (and contents: read), or set 'forbid-self-approval: false'",
      );
    }
    throw err;
  }
}
