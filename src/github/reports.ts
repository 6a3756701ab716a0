import { WriteRefusedError, type IssueComment, type ReportGateway } from '../core/metrics/publish.js';
import { lazyOctokit, type GitHubContext } from './octokit.js';
import { NO_RETRY, createOnce } from './writes.js';

export interface ReportsContext extends GitHubContext {
  /** `owner/name`. */
  repository: string;
  now: () => number;
}

/**
 * Check runs and pull request comments through Octokit; a 403 becomes WriteRefusedError. A create
 * whose response was lost is looked for (the check run by its external_id, the comment by its
 * marker) before it is sent again.
 */
export function githubReports(ctx: ReportsContext): ReportGateway {
  const octokit = lazyOctokit(ctx);
  const [owner, repo] = ctx.repository.split('/') as [string, string];
  const refused = (err: unknown): never => {
    const e = err as { status?: number; message?: string };
    if (e.status === 403) throw new WriteRefusedError(e.message ?? 'Resource not accessible by integration');
    throw err;
  };
  const comment = (c: { id: number; body?: string | null; html_url?: string }): IssueComment => ({
    id: c.id,
    body: c.body ?? undefined,
    url: c.html_url,
  });
  const gateway: ReportGateway = {
    async createCheckRun(req) {
      const gh = await octokit();
      const run = (r: { id: number; html_url?: string | null }) => ({
        id: r.id,
        url: r.html_url ?? undefined,
      });
      return createOnce({
        what: `check run '${req.name}'`,
        log: ctx.log,
        create: async () => {
          const res = await gh.rest.checks
            .create({
              owner,
              repo,
              name: req.name,
              head_sha: req.headSha,
              status: 'completed',
              conclusion: req.conclusion,
              completed_at: new Date(ctx.now()).toISOString(),
              output: req.output,
              external_id: req.externalId,
              ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
              ...NO_RETRY,
            })
            .catch(refused);
          return run(res.data);
        },
        find: async () => {
          const { data } = await gh.rest.checks.listForRef({
            owner,
            repo,
            ref: req.headSha,
            check_name: req.name,
            filter: 'all',
            per_page: 100,
          });
          const found = data.check_runs.find((c) => c.external_id === req.externalId);
          return found ? run(found) : undefined;
        },
      });
    },
    async updateCheckRun(id, output) {
      const gh = await octokit();
      await gh.rest.checks.update({ owner, repo, check_run_id: id, output }).catch(refused);
    },
    async *commentPages(issue) {
      const gh = await octokit();
      const pages = gh.paginate.iterator(gh.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      for await (const page of pages) yield page.data.map(comment);
    },
    async createComment(issue, body, marker) {
      const gh = await octokit();
      return createOnce({
        what: `the report comment on #${issue}`,
        log: ctx.log,
        create: async () => {
          const res = await gh.rest.issues
            .createComment({ owner, repo, issue_number: issue, body, ...NO_RETRY })
            .catch(refused);
          return comment(res.data);
        },
        find: async () => {
          for await (const page of gateway.commentPages(issue)) {
            const found = page.find((c) => c.body?.includes(marker));
            if (found) return found;
          }
          return undefined;
        },
      });
    },
    async updateComment(id, body) {
      const gh = await octokit();
      const res = await gh.rest.issues.updateComment({ owner, repo, comment_id: id, body }).catch(refused);
      return comment(res.data);
    },
  };
  return gateway;
}
