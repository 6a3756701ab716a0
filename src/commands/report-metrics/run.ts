import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { modelRegistry } from '../../aws/model-registry.js';
import { OutcomeError, UserError } from '../../core/errors.js';
import { thresholdAnnotations, workflowPath } from '../../core/metrics/annotations.js';
import { compareMetrics } from '../../core/metrics/compare.js';
import { checkRunExternalId, commentMarker, publishReport } from '../../core/metrics/publish.js';
import { headline, renderReport, type ReportContext } from '../../core/metrics/render.js';
import { ReportError, type Metrics } from '../../core/metrics/report.js';
import {
  executionPackage,
  locationText,
  packageMetrics,
  readReport,
  type FileReader,
  type PackageInfo,
} from '../../core/metrics/sources.js';
import { githubReports } from '../../github/reports.js';
import type { RunContext } from '../../hosts/host.js';
import { spec } from './spec.js';
import { awsFor } from '../aws-options.js';

export async function run({ host, inputs, checked, aws: awsInputs }: RunContext<typeof spec>): Promise<void> {
  const { candidate: candidateSource, baseline: baselineSource, directions } = checked;
  const group = inputs['model-package-group'];
  const thresholds = inputs.thresholds ?? [];
  const checkName = inputs['check-name'];
  const requireReport = inputs['require-report'];
  const failOnThreshold = inputs['fail-on-threshold'];
  const prInput = inputs['pull-request'];
  const commit = inputs.commit;
  const repository = inputs.repository ?? host.run.repository;
  const token = inputs['github-token'] ?? '';

  const aws = modelRegistry(awsFor(host, awsInputs, spec.action));
  const files = workspaceReader(host.run.workspace);

  // The candidate.
  let candidatePackage: PackageInfo | undefined;
  let candidate: Metrics;
  let candidateLabel: string;
  if (candidateSource.kind === 'report') {
    candidate = await readReport(candidateSource.location, aws, files);
    candidateLabel = locationText(candidateSource.location);
  } else {
    const arn =
      candidateSource.kind === 'package'
        ? candidateSource.arn
        : await executionPackage(candidateSource.arn, aws);
    candidatePackage = await aws.describePackage(arn);
    host.setOutput('model-package-arn', candidatePackage.arn);
    const metrics = await packageMetrics(candidatePackage, aws, files);
    if (!metrics) {
      throw new UserError(
        `model package ${candidatePackage.arn} has no model-quality report (ModelMetrics.ModelQuality.Statistics); ` +
          "register it with model metrics, or give the report as 'evaluation-report'",
        1,
      );
    }
    candidate = metrics;
    candidateLabel = candidatePackage.arn;
  }
  host.setOutput('metrics', candidate);

  // The baseline.
  const ctx: ReportContext = { name: checkName, candidate: candidateLabel };
  let baseline: Metrics | undefined;
  if (baselineSource.kind === 'none') {
    ctx.noBaselineReason = 'baseline: none';
  } else if (baselineSource.kind === 'report') {
    baseline = await readReport(baselineSource.location, aws, files);
    ctx.baseline = locationText(baselineSource.location);
  } else {
    const groupOfCandidate = group ?? candidatePackage?.group;
    let info: PackageInfo | undefined;
    if (baselineSource.kind === 'package') info = await aws.describePackage(baselineSource.arn);
    else if (groupOfCandidate) info = await aws.latestApproved(groupOfCandidate, candidatePackage?.arn);
    else ctx.noBaselineReason = "no 'model-package-group' to find the approved model in";
    if (info) {
      host.setOutput('baseline-model-package-arn', info.arn);
      baseline = (await packageMetrics(info, aws, files)) ?? {};
      ctx.baseline = info.arn;
      if (baselineSource.kind === 'approved') ctx.baselineNote = `latest Approved in ${groupOfCandidate}`;
      if (!info.statisticsUri)
        host.warning(
          `baseline model package ${info.arn} has no model-quality report; comparing with nothing`,
        );
    } else if (groupOfCandidate) {
      ctx.noBaselineReason = `no Approved model package in group ${groupOfCandidate} yet: this is the first model`;
    }
  }
  host.setOutput('baseline-metrics', baseline ?? '');

  const comparison = compareMetrics({ candidate, baseline, thresholds, directions });
  host.setOutput('passed', comparison.failed.length === 0);
  host.setOutput(
    'failed-thresholds',
    comparison.failed.map((o) => o.threshold.text),
  );
  host.info(headline(checkName, comparison));
  for (const o of comparison.failed) host.info(`  ✗ ${o.threshold.text}: ${o.reason}`);

  const summary = renderReport(ctx, comparison);
  await host.appendSummary(summary);
  if (inputs.format === 'markdown') host.print(summary);

  // GitHub: check run and pull request comment.
  const sha = commit || host.run.sha;
  const pullRequest = prInput ?? host.run.pullRequest?.number;
  if (!token || !repository || (!sha && !pullRequest)) {
    host.info('No GitHub token, repository or commit: the report is not posted to GitHub.');
  } else {
    const marker = commentMarker(checkName);
    const footer = `\n<sub>Reported by sagemaker-cicd for ${sha ? sha.slice(0, 7) : 'this pull request'}${host.run.runUrl ? ` in [this run](${host.run.runUrl})` : ''}.</sub>`;
    const path = workflowPath(host.env.GITHUB_WORKFLOW_REF, repository);
    const workflowText = path
      ? await readFile(join(host.run.workspace, path), 'utf8').catch(() => undefined)
      : undefined;
    const gh = githubReports({ token, repository, env: host.env, log: host, now: () => host.clock.now() });
    const published = await publishReport(
      gh,
      {
        name: checkName,
        sha,
        pullRequest,
        conclusion: comparison.conclusion,
        check: {
          title: headline(checkName, comparison),
          summary,
          annotations: path ? thresholdAnnotations(comparison.failed, path, workflowText) : [],
        },
        comment: renderReport(ctx, comparison, { prefix: marker, footer }),
        marker,
        externalId: checkRunExternalId(host.run, checkName),
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
      if (requireReport) throw new OutcomeError(`${why}, and 'require-report' is true`);
      host.warning(`${why}. Set 'require-report: true' to fail instead.`);
    }
  }

  if (comparison.failed.length && failOnThreshold) {
    throw new OutcomeError(
      `${comparison.failed.length} threshold${comparison.failed.length === 1 ? '' : 's'} failed: ` +
        comparison.failed.map((o) => `${o.threshold.text} (${o.reason})`).join('; '),
    );
  }
}

/** Reads report files relative to the workspace, with a ReportError naming the file. */
function workspaceReader(workspace: string): FileReader {
  return async (path) => {
    try {
      return await readFile(isAbsolute(path) ? path : join(workspace, path), 'utf8');
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new ReportError(
        path,
        code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`,
      );
    }
  };
}
