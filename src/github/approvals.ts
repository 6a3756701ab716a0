import { UserError } from '../core/errors.js';
import type { RunApproval, TeamMembership } from '../core/promotion/approval.js';
import { lazyOctokit, type GitHubContext } from './octokit.js';

/** The GitHub calls approve-promotion makes: the run's environment reviews, team membership, commit author. */
export interface GitHubApprovals extends TeamMembership {
  runApprovals(owner: string, repo: string, runId: number): Promise<RunApproval[]>;
  commitAuthor(owner: string, repo: string, sha: string): Promise<string | undefined>;
}

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
