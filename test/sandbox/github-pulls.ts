import type { GitHubRequest, GitHubSandbox } from './github.js';
import type { ApprovalsWorld } from './github-approvals.js';

/**
 * Pull requests and how they reached the base branch, as GitHub serves them:
 * - GET /repos/{o}/{r}/commits/{sha}/pulls: the pull requests a commit belongs to (a merged PR's
 *   merge commit, squashed commit or rebased commits, and its own commits); items are
 *   pull-request-simple (no `merged_by`, no `commits` count);
 * - GET /repos/{o}/{r}/pulls/{n}/commits: its commits, at most 250 however many it has, paginated
 *   with `per_page`/`page` and a `Link` header as GitHub does;
 * - GET /repos/{o}/{r}/pulls/{n}: the pull request with `commits`, `merged_by`.
 *
 * Created by ApprovalsWorld (`approvals.pulls`). `merge(pr, { method, by })` lands it on main the way GitHub's merge button does and returns the
 * commit pushed to main; the pushed commits' authors are registered on the ApprovalsWorld
 * (GET /repos/{o}/{r}/commits/{sha}): for a merge commit the merger, for a squash the PR's author,
 * for a rebase each original commit's author. GitHub (`web-flow`) commits squashes and rebases.
 */
export interface SandboxCommit {
  sha: string;
  /** GitHub accounts; null when the git email maps to no account. */
  author: string | null;
  committer: string | null;
  authorEmail: string;
  committerEmail: string;
  message?: string;
}

export interface SandboxPullRequest {
  number: number;
  author: string;
  title: string;
  commits: SandboxCommit[];
  /** Set by merge(). */
  merged?: { method: 'merge' | 'squash' | 'rebase'; by: string; sha: string; shas: string[] };
}

const LISTED = 250;
let counter = 0;
/** A fresh 40-hex sha. */
export const sha = (seed = 'c') =>
  `${seed}${(++counter).toString(16).padStart(8, '0')}`.padEnd(40, '0').replace(/[^0-9a-f]/g, 'a');

export class PullRequestsWorld {
  readonly pulls = new Map<number, SandboxPullRequest>();
  /** Tokens of jobs without `pull-requests: read`: GitHub answers 403 on these routes. */
  readonly noPullRequestsRead = new Set<string>();

  constructor(
    readonly github: GitHubSandbox,
    private readonly approvals: ApprovalsWorld,
  ) {
    github.route('GET', '/repos/:owner/:repo/commits/:sha/pulls', (req, p) => {
      if (this.forbidden(req)) return forbidden();
      const found = [...this.pulls.values()].filter(
        (pr) => pr.merged?.shas.includes(p.sha!) || pr.commits.some((c) => c.sha === p.sha),
      );
      return this.page(
        req,
        found.map((pr) => this.simple(pr, p.owner!, p.repo!)),
      );
    });
    github.route('GET', '/repos/:owner/:repo/pulls/:number/commits', (req, p) => {
      if (this.forbidden(req)) return forbidden();
      const pr = this.pulls.get(Number(p.number));
      if (!pr) return notFound();
      return this.page(req, pr.commits.slice(0, LISTED).map(commitItem));
    });
    github.route('GET', '/repos/:owner/:repo/pulls/:number', (_req, p) => {
      const pr = this.pulls.get(Number(p.number));
      if (!pr) return notFound();
      return {
        body: {
          ...this.simple(pr, p.owner!, p.repo!),
          merged: Boolean(pr.merged),
          merged_by: pr.merged ? user(pr.merged.by) : null,
          commits: pr.commits.length,
        },
      };
    });
  }

  /** A pull request whose commits are written by `authors` (login, or `{ email }` for an unmapped git email). */
  open(number: number, author: string, authors: (string | { login?: string; email: string })[]) {
    const commits = authors.map((a): SandboxCommit => {
      const login = typeof a === 'string' ? a : (a.login ?? null);
      const email = typeof a === 'string' ? `${a}@example.com` : a.email;
      return { sha: sha('a'), author: login, committer: login, authorEmail: email, committerEmail: email };
    });
    const pr: SandboxPullRequest = { number, author, title: `Change ${number}`, commits };
    this.pulls.set(number, pr);
    return pr;
  }

  /** Lands the pull request on main as GitHub's merge button does; returns the sha pushed to main. */
  merge(number: number, how: { method: 'merge' | 'squash' | 'rebase'; by: string }): string {
    const pr = this.pulls.get(number)!;
    let shas: string[];
    if (how.method === 'merge') {
      shas = [sha('m')];
      this.approvals.authors.set(shas[0]!, how.by);
    } else if (how.method === 'squash') {
      shas = [sha('s')];
      this.approvals.authors.set(shas[0]!, pr.author);
    } else {
      shas = pr.commits.map((c) => {
        const rebased = sha('r');
        if (c.author) this.approvals.authors.set(rebased, c.author);
        return rebased;
      });
    }
    pr.merged = { method: how.method, by: how.by, sha: shas.at(-1)!, shas };
    return pr.merged.sha;
  }

  private forbidden(req: GitHubRequest): boolean {
    const token = String(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    return this.noPullRequestsRead.has(token);
  }

  private simple(pr: SandboxPullRequest, owner: string, repo: string) {
    return {
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/${pr.number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${pr.number}`,
      number: pr.number,
      state: pr.merged ? 'closed' : 'open',
      title: pr.title,
      user: user(pr.author),
      merged_at: pr.merged ? '2026-01-02T10:00:00Z' : null,
      merge_commit_sha: pr.merged?.sha ?? null,
      head: { ref: `change-${pr.number}`, sha: pr.commits.at(-1)?.sha },
      base: { ref: 'main' },
    };
  }

  /** GitHub's pagination: `per_page` (default 30, at most 100), `page`, and a Link header. */
  private page(req: GitHubRequest, items: unknown[]) {
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30), 100);
    const page = Number(req.query.get('page') ?? 1);
    const body = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(req.path, this.github.url);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return { body, headers };
  }
}

const user = (login: string) => ({ login, id: 4000 + login.length, type: 'User', site_admin: false });

function commitItem(c: SandboxCommit) {
  return {
    sha: c.sha,
    commit: {
      author: { name: c.author ?? 'Someone', email: c.authorEmail, date: '2026-01-01T00:00:00Z' },
      committer: { name: c.committer ?? 'Someone', email: c.committerEmail, date: '2026-01-01T00:00:00Z' },
      message: c.message ?? 'Tune the model',
    },
    author: c.author ? user(c.author) : null,
    committer: c.committer ? user(c.committer) : null,
    parents: [],
  };
}

const notFound = () => ({
  status: 404,
  body: {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
    status: '404',
  },
});

const forbidden = () => ({
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url:
      'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
    status: '403',
  },
});
