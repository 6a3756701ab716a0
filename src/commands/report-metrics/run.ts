import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { modelRegistry } from '../../aws/model-registry.js';
import { OutcomeError, UserError } from '../../core/errors.js';
import { thresholdAnnotations, workflowPath } from '../../core/metrics/annotations.js';
import { compareMetrics } from '../../core/metrics/compare.js';
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
import type { RunContext } from '../../hosts/host.js';
import { spec } from './spec.js';
import { awsFor } from '../aws-options.js';
import { postToGitHub } from '../github-report.js';

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
  await postToGitHub(host, {
    token,
    repository,
    sha: commit,
    pullRequest: prInput ?? host.run.pullRequest?.number,
    name: checkName,
    conclusion: comparison.conclusion,
    title: headline(checkName, comparison),
    summary,
    comment: (prefix, footer) => renderReport(ctx, comparison, { prefix, footer }),
    annotations: async () => {
      const path = workflowPath(host.env.GITHUB_WORKFLOW_REF, repository);
      if (!path) return [];
      const text = await readFile(join(host.run.workspace, path), 'utf8').catch(() => undefined);
      return thresholdAnnotations(comparison.failed, path, text);
    },
    requireReport,
  });

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
