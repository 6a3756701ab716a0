import { OutcomeError } from '../core/errors.js';
import type { Conclusion } from '../core/metrics/compare.js';
import {
  checkRunExternalId,
  commentMarker,
  publishReport,
  type CheckAnnotation,
} from '../core/metrics/publish.js';
import { githubReports } from '../github/reports.js';
import type { Host } from '../hosts/host.js';

export interface GitHubReport {
  token: string;
  repository?: string;
  /** The check run's commit; the workflow's by default. */
  sha?: string;
  pullRequest?: number;
  /** The check run's name; each name keeps its own pull request comment. */
  name: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  /** The comment's body, given its hidden marker and the footer naming the run. */
  comment(prefix: string, footer: string): string;
  annotations?: () => Promise<CheckAnnotation[]>;
  /** Fail when the token cannot write (a pull request from a fork). */
  requireReport: boolean;
}

/**
 * A report on the pull request, as report-metrics and shadow-test post it: a check run on the
 * commit and one comment kept up to date (outputs check-run-id and comment-id). Without a token,
 * repository or commit it says so; a read-only token warns (or fails with require-report).
 */
export async function postToGitHub(host: Host, r: GitHubReport): Promise<void> {
  const sha = r.sha || host.run.sha;
  if (!r.token || !r.repository || (!sha && !r.pullRequest)) {
    host.info('No GitHub token, repository or commit: the report is not posted to GitHub.');
    return;
  }
  const marker = commentMarker(r.name);
  const footer = `\n<sub>Reported by sagemaker-cicd for ${sha ? sha.slice(0, 7) : 'this pull request'}${host.run.runUrl ? ` in [this run](${host.run.runUrl})` : ''}.</sub>`;
  const gh = githubReports({
    token: r.token,
    repository: r.repository,
    env: host.env,
    log: host,
    now: () => host.clock.now(),
  });
  const published = await publishReport(
    gh,
    {
      name: r.name,
      sha,
      pullRequest: r.pullRequest,
      conclusion: r.conclusion,
      check: { title: r.title, summary: r.summary, annotations: (await r.annotations?.()) ?? [] },
      comment: r.comment(marker, footer),
      marker,
      externalId: checkRunExternalId(host.run, r.name),
      detailsUrl: host.run.runUrl,
    },
    host,
  );
  if (published.checkRunId) host.setOutput('check-run-id', published.checkRunId);
  if (published.commentId) host.setOutput('comment-id', published.commentId);
  if (published.refused) {
    const why =
      'the token cannot write check runs or comments here (pull requests from forks get a read-only token); ' +
      'the report is in the job summary';
    if (r.requireReport) throw new OutcomeError(`${why}, and 'require-report' is true`);
    host.warning(`${why}. Set 'require-report: true' to fail instead.`);
  }
}
