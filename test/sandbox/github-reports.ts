import type { GitHubRequest, GitHubResponse, GitHubSandbox } from './github.js';

/**
 * Check runs and pull request comments on the loopback GitHub API, as api.github.com answers
 * them: 422 for a summary or comment over 65,535 characters or more than 50 annotations in one
 * request, comments listed 30 (up to 100) a page with a Link header.
 */
export interface SandboxCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string; annotations: unknown[] };
  details_url?: string;
  external_id?: string;
}

export interface SandboxComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

const TEXT_LIMIT = 65_535;
const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
];

export class ReportsWorld {
  readonly checkRuns: SandboxCheckRun[] = [];
  readonly comments: SandboxComment[] = [];
  private nextId = 1000;

  constructor(readonly github: GitHubSandbox) {
    github.route('POST', '/repos/:owner/:repo/check-runs', (req, p) => this.createCheck(req, p));
    github.route('PATCH', '/repos/:owner/:repo/check-runs/:id', (req, p) => this.updateCheck(req, p));
    github.route('GET', '/repos/:owner/:repo/commits/:ref/check-runs', (req, p) => this.listChecks(req, p));
    github.route('GET', '/repos/:owner/:repo/issues/:number/comments', (req, p) => this.listComments(req, p));
    github.route('POST', '/repos/:owner/:repo/issues/:number/comments', (req, p) =>
      this.createComment(req, p),
    );
    github.route('PATCH', '/repos/:owner/:repo/issues/comments/:id', (req, p) => this.updateComment(req, p));
  }

  /** Comments someone else wrote earlier, to fill pages before the report's own. */
  addComment(issue: number, body: string, login = 'dana'): SandboxComment {
    const now = new Date().toISOString();
    const c = {
      id: this.nextId++,
      issue,
      body,
      user: { login, type: 'User' },
      created_at: now,
      updated_at: now,
    };
    this.comments.push(c);
    return c;
  }

  private createCheck(req: GitHubRequest, p: Record<string, string>): GitHubResponse {
    const b = req.body ?? {};
    if (!b.name || !b.head_sha) return invalid('name and head_sha are required');
    const problem = this.checkOutputProblem(b);
    if (problem) return invalid(problem);
    const run: SandboxCheckRun = {
      id: this.nextId++,
      name: b.name,
      head_sha: b.head_sha,
      status: b.status ?? 'queued',
      conclusion: b.conclusion,
      output: {
        title: b.output?.title,
        summary: b.output?.summary,
        annotations: [...(b.output?.annotations ?? [])],
      },
      details_url: b.details_url,
      external_id: b.external_id,
    };
    this.checkRuns.push(run);
    return { status: 201, body: this.checkBody(run, p) };
  }

  /** GET .../commits/{ref}/check-runs: the commit's check runs, newest first, `check_name` filtering. */
  private listChecks(req: GitHubRequest, p: Record<string, string>): GitHubResponse {
    const name = req.query.get('check_name');
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100);
    const runs = this.checkRuns.filter((r) => r.head_sha === p.ref && (!name || r.name === name)).reverse();
    return {
      status: 200,
      body: { total_count: runs.length, check_runs: runs.slice(0, perPage).map((r) => this.checkBody(r, p)) },
    };
  }

  private updateCheck(req: GitHubRequest, p: Record<string, string>): GitHubResponse {
    const run = this.checkRuns.find((r) => r.id === Number(p.id));
    if (!run) return notFound();
    const b = req.body ?? {};
    const problem = this.checkOutputProblem(b);
    if (problem) return invalid(problem);
    if (b.output) {
      run.output.title = b.output.title;
      run.output.summary = b.output.summary;
      run.output.annotations.push(...(b.output.annotations ?? []));
    }
    if (b.conclusion) run.conclusion = b.conclusion;
    return { status: 200, body: this.checkBody(run, p) };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private checkOutputProblem(b: Record<string, any>): string | undefined {
    if (b.conclusion !== undefined && !CONCLUSIONS.includes(b.conclusion))
      return `conclusion ${b.conclusion} is not valid`;
    if (b.status === 'completed' && !b.conclusion) return 'conclusion is required when status is completed';
    const out = b.output;
    if (!out) return undefined;
    if (!out.title || !out.summary) return 'output.title and output.summary are required';
    if (String(out.summary).length > TEXT_LIMIT)
      return 'output.summary is too long (maximum is 65535 characters)';
    if (out.text && String(out.text).length > TEXT_LIMIT)
      return 'output.text is too long (maximum is 65535 characters)';
    if ((out.annotations ?? []).length > 50)
      return 'output.annotations: no more than 50 annotations per request';
    for (const a of out.annotations ?? []) {
      if (!a.path || !a.start_line || !a.end_line || !a.annotation_level || !a.message) {
        return 'annotations need path, start_line, end_line, annotation_level and message';
      }
      if (!['notice', 'warning', 'failure'].includes(a.annotation_level))
        return `annotation_level ${a.annotation_level} is not valid`;
    }
    return undefined;
  }

  private checkBody(run: SandboxCheckRun, p: Record<string, string>) {
    return {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion ?? null,
      html_url: `https://github.com/${p.owner}/${p.repo}/runs/${run.id}`,
      details_url: run.details_url ?? null,
      external_id: run.external_id ?? null,
      output: {
        title: run.output.title ?? null,
        summary: run.output.summary ?? null,
        annotations_count: run.output.annotations.length,
      },
    };
  }

  private listComments(req: GitHubRequest, p: Record<string, string>): GitHubResponse {
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
    const all = this.comments.filter((c) => c.issue === Number(p.number));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (n: number) =>
      `<${this.github.url}/repos/${p.owner}/${p.repo}/issues/${p.number}/comments?per_page=${perPage}&page=${n}>`;
    const links = page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : [];
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentBody(c, p)),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private createComment(req: GitHubRequest, p: Record<string, string>): GitHubResponse {
    const body = req.body?.body;
    if (typeof body !== 'string' || !body) return invalid('body is required');
    if (body.length > 65_536) return invalid('body is too long (maximum is 65536 characters)');
    const c = this.addComment(Number(p.number), body, 'github-actions[bot]');
    c.user.type = 'Bot';
    return { status: 201, body: this.commentBody(c, p) };
  }

  private updateComment(req: GitHubRequest, p: Record<string, string>): GitHubResponse {
    const c = this.comments.find((x) => x.id === Number(p.id));
    if (!c) return notFound();
    const body = req.body?.body;
    if (typeof body !== 'string' || !body) return invalid('body is required');
    if (body.length > 65_536) return invalid('body is too long (maximum is 65536 characters)');
    c.body = body;
    c.updated_at = new Date().toISOString();
    return { status: 200, body: this.commentBody(c, p) };
  }

  private commentBody(c: SandboxComment, p: Record<string, string>) {
    return {
      id: c.id,
      body: c.body,
      user: c.user,
      html_url: `https://github.com/${p.owner}/${p.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `https://api.github.com/repos/${p.owner}/${p.repo}/issues/${c.issue}`,
      created_at: c.created_at,
      updated_at: c.updated_at,
    };
  }
}

function invalid(message: string): GitHubResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ message }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

function notFound(): GitHubResponse {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  };
}
