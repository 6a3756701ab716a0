import type { Log } from '../core/log.js';
import { WriteRefusedError, type IssueComment, type ReportGateway } from '../core/metrics/publish.js';
import { createOctokit } from './octokit.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Check runs and pull request comments through Octokit; a 403 becomes WriteRefusedError. */
export async function githubReports(
  token: string,
  repository: string,
  env: Env,
  log: Log,
  now: () => number,
): Promise<ReportGateway> {
  const octokit = await createOctokit(token, env, log);
  const [owner, repo] = repository.split('/') as [string, string];
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
  return {
    async createCheckRun(req) {
      const res = await octokit.rest.checks
        .create({
          owner,
          repo,
          name: req.name,
          head_sha: req.headSha,
          status: 'completed',
          conclusion: req.conclusion,
          completed_at: new Date(now()).toISOString(),
          output: req.output,
          ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
          ...(req.externalId ? { external_id: req.externalId } : {}),
        })
        .catch(refused);
      return { id: res.data.id, url: res.data.html_url ?? undefined };
    },
    async updateCheckRun(id, output) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, output }).catch(refused);
    },
    async *commentPages(issue) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      for await (const page of pages) yield page.data.map(comment);
    },
    async createComment(issue, body) {
      const res = await octokit.rest.issues
        .createComment({ owner, repo, issue_number: issue, body })
        .catch(refused);
      return comment(res.data);
    },
    async updateComment(id, body) {
      const res = await octokit.rest.issues
        .updateComment({ owner, repo, comment_id: id, body })
        .catch(refused);
      return comment(res.data);
    },
  };
}
