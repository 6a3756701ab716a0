import type { GitHubSandbox } from './github.js';
import { PullRequestsWorld } from './github-pulls.js';

/**
 * GitHub's deployment reviews in the sandbox: GET /repos/{o}/{r}/actions/runs/{id}/approvals,
 * team membership (GET /orgs/{org}/teams/{slug}/memberships/{user}: 200 active, or 404), a
 * commit's author (GET /repos/{o}/{r}/commits/{ref}), and the pull requests behind a commit
 * (`pulls`, see github-pulls.ts: a commit in no pull request has none, as GitHub answers).
 */
export interface SandboxReview {
  login: string;
  state: 'approved' | 'rejected';
  environment?: string;
  comment?: string;
}

export class ApprovalsWorld {
  readonly reviews = new Map<string, SandboxReview[]>();
  /** `org/team` → members. */
  readonly teams = new Map<string, string[]>();
  /** Commit sha → author login. */
  readonly authors = new Map<string, string>();
  /** Tokens that cannot read org teams (as the workflow's GITHUB_TOKEN cannot). */
  readonly noOrgRead = new Set<string>();

  /** Pull requests, their commits, and how they were merged. */
  readonly pulls: PullRequestsWorld;

  constructor(readonly github: GitHubSandbox) {
    this.pulls = new PullRequestsWorld(github, this);
    github.route('GET', '/repos/:owner/:repo/actions/runs/:run_id/approvals', (_req, p) => ({
      body: (this.reviews.get(p.run_id!) ?? []).map((r, i) => ({
        environments: [
          {
            id: 161088068 + i,
            node_id: 'MDExOkVudmlyb25tZW50MTYxMDg4MDY4',
            name: r.environment ?? 'production',
            url: `https://api.github.com/repos/${p.owner}/${p.repo}/environments/${r.environment ?? 'production'}`,
            html_url: `https://github.com/${p.owner}/${p.repo}/deployments/activity_log?environments_filter=${r.environment ?? 'production'}`,
            created_at: '2026-01-01T00:00:00Z',
            updated_at: '2026-01-01T00:00:00Z',
          },
        ],
        state: r.state,
        user: { login: r.login, id: 1000 + i, type: 'User', site_admin: false },
        comment: r.comment ?? '',
      })),
    }));
    github.route('GET', '/orgs/:org/teams/:team_slug/memberships/:username', (req, p) => {
      const token = String(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
      if (this.noOrgRead.has(token)) {
        return { status: 403, body: { message: 'Resource not accessible by integration', status: '403' } };
      }
      const members = this.teams.get(`${p.org}/${p.team_slug}`) ?? [];
      if (!members.some((m) => m.toLowerCase() === p.username!.toLowerCase())) {
        return {
          status: 404,
          body: {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user',
            status: '404',
          },
        };
      }
      return {
        body: {
          url: `https://api.github.com/teams/1/memberships/${p.username}`,
          role: 'member',
          state: 'active',
        },
      };
    });
    github.route('GET', '/repos/:owner/:repo/commits/:ref', (_req, p) => {
      const login = this.authors.get(p.ref!);
      return {
        body: {
          sha: p.ref,
          commit: {
            author: { name: login ?? 'Someone', email: 'someone@example.com', date: '2026-01-01T00:00:00Z' },
            message: 'Tune learning rate',
          },
          author: login ? { login, id: 5, type: 'User' } : null,
        },
      };
    });
  }
}
