import { cloudWatchMetricsGateway } from '../../aws/cloudwatch-metrics.js';
import { driftData } from '../../aws/drift-data.js';
import { sagemakerExperimentGateway } from '../../aws/sagemaker-experiments.js';
import { sagemakerPromotionGateway } from '../../aws/sagemaker-promotion.js';
import { isTransient } from '../../aws/transient.js';
import { OutcomeError } from '../../core/errors.js';
import { packageModelName } from '../../core/inference/transform-names.js';
import { runShadow } from '../../core/inference/shadow.js';
import { finishShadow } from '../../core/inference/shadow-finish.js';
import { captureAgreement } from '../../core/inference/shadow-agreement.js';
import { AGREEMENT, SHADOW_DIRECTIONS, variantMetrics } from '../../core/inference/shadow-metrics.js';
import { experimentName } from '../../core/inference/shadow-names.js';
import { decisionText, shadowFooter, shadowReportContext } from '../../core/inference/shadow-report.js';
import { compareMetrics } from '../../core/metrics/compare.js';
import { headline, renderReport } from '../../core/metrics/render.js';
import type { RunContext } from '../../hosts/host.js';
import { awsFor } from '../aws-options.js';
import { postToGitHub } from '../github-report.js';
import { spec } from './spec.js';

export async function run({ host, inputs, aws }: RunContext<typeof spec>): Promise<void> {
  const endpoint = inputs['endpoint-name'];
  const packageArn = inputs['model-package-arn'];
  const roleArn = inputs['execution-role-arn'];
  const capture = inputs['data-capture-s3-uri'];
  const thresholds = inputs.thresholds ?? [];
  const settings = {
    packageArn,
    roleArn,
    samplingPercentage: inputs['sampling-percentage'],
    durationMs: inputs.duration,
    ...(inputs['instance-type'] ? { instanceType: inputs['instance-type'] } : {}),
    ...(inputs['instance-count'] ? { instanceCount: inputs['instance-count'] } : {}),
    ...(capture ? { captureS3Uri: capture } : {}),
  };
  const context = awsFor(host, aws, spec.action);
  const ctx = {
    gateway: { ...sagemakerPromotionGateway(context), ...sagemakerExperimentGateway(context) },
    clock: host.clock,
    log: host,
    signal: host.signal,
    isTransient,
    onOutput: (name: string, value: string) => host.setOutput(name, value),
  };
  const shadowRun = await runShadow(
    {
      ...settings,
      experimentName: experimentName(host.run, endpoint, settings),
      endpointName: endpoint,
      modelName: packageModelName(packageArn, roleArn),
    },
    ctx,
  );

  // Judge: CloudWatch per variant, agreement from the captured outputs, the thresholds.
  const variants = { production: shadowRun.production.variantName, shadow: shadowRun.shadow.variantName };
  const measured = await variantMetrics(
    cloudWatchMetricsGateway(context),
    endpoint,
    variants,
    shadowRun.window,
  );
  const agreement = capture
    ? await captureAgreement(driftData(context), capture, endpoint, variants, inputs['agreement-tolerance'])
    : undefined;
  const candidate = { ...measured.shadow, ...(agreement ? { [AGREEMENT]: agreement.rate } : {}) };
  const comparison = compareMetrics({
    candidate,
    baseline: measured.production,
    thresholds,
    directions: SHADOW_DIRECTIONS,
  });
  host.setOutput('metrics', { ...measured, agreement: agreement ? agreement.rate : null });
  host.setOutput('passed', comparison.failed.length === 0);
  host.setOutput(
    'failed-thresholds',
    comparison.failed.map((o) => o.threshold.text),
  );
  const checkName = inputs['check-name'];
  host.info(headline(checkName, comparison));
  for (const o of comparison.failed) host.info(`  ✗ ${o.threshold.text}: ${o.reason}`);

  // Decide (the approval gate is the package's status now), then end the test accordingly.
  const approval = (await ctx.gateway.describeModelPackage(packageArn)).approvalStatus;
  const decision = decisionText(comparison, approval, inputs.promote);
  const outcome = await finishShadow(shadowRun, decision.promote, decision.why, ctx);
  host.setOutput('promoted', outcome.action === 'Promote');
  host.setOutput('endpoint-status', outcome.endpoint?.status ?? '');
  if (!decision.promote && !comparison.failed.length) host.warning(`not promoted: ${decision.why}`);

  const reportCtx = shadowReportContext(checkName, shadowRun, packageArn);
  const footer = shadowFooter(shadowRun, agreement, outcome, decision.why);
  const summary = renderReport(reportCtx, comparison, { footer });
  await host.appendSummary(summary);
  await postToGitHub(host, {
    token: inputs['github-token'] ?? '',
    repository: inputs.repository ?? host.run.repository,
    sha: inputs.commit,
    pullRequest: inputs['pull-request'] ?? host.run.pullRequest?.number,
    name: checkName,
    conclusion: comparison.conclusion,
    title: headline(checkName, comparison),
    summary,
    comment: (prefix, runFooter) =>
      renderReport(reportCtx, comparison, { prefix, footer: footer + runFooter }),
    requireReport: false,
  });

  if (comparison.failed.length)
    throw new OutcomeError(
      `shadow test failed, shadow removed and endpoint ${endpoint} left on ${shadowRun.production.variantName}: ` +
        comparison.failed.map((o) => `${o.threshold.text} (${o.reason})`).join('; '),
    );
  host.info(
    outcome.action === 'Promote'
      ? `Shadow test passed: ${shadowRun.shadow.variantName} promoted on ${endpoint}.`
      : `Shadow test passed; shadow removed (${decision.why}).`,
  );
}
