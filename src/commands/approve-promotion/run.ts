import { codePipelineApprovals } from '../../aws/codepipeline-approvals.js';
import { sagemakerPromotionGateway } from '../../aws/sagemaker-promotion.js';
import { isTransient } from '../../aws/transient.js';
import { InputError, OutcomeError } from '../../core/errors.js';
import { boolean, choice, duration, integer } from '../../core/inputs.js';
import {
  approvalSummary,
  auditDescription,
  evaluateApprovals,
  parseApprovers,
  pendingApprovalToken,
  type ApprovalVerdict,
} from '../../core/promotion/approval.js';
import { approvalSummaryMarkdown } from '../../core/promotion/approval-summary.js';
import { modelPackageArn } from '../../core/promotion/names.js';
import { rejected, waitForRegistryDecision } from '../../core/promotion/registry.js';
import { gitHubApprovals } from '../../github/approvals.js';
import type { Host } from '../../hosts/host.js';
import { awsFor } from '../aws-options.js';

const SOURCES = ['github-environment', 'model-registry'] as const;
const CODEPIPELINE_NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
export const REGISTRY_POLL_MS = 30_000;

export async function run(host: Host): Promise<void> {
  const source = choice('approval-source', host.input('approval-source'), SOURCES, 'github-environment');
  const packageArn = host.input('model-package-arn')
    ? modelPackageArn('model-package-arn', host.input('model-package-arn'))
    : undefined;
  const pipeline = codePipelineTarget(host);
  const aws = awsFor(host);
  const sagemaker = () => sagemakerPromotionGateway(aws);
  const codepipeline = () => codePipelineApprovals(aws);

  let approvedBy: string[];
  let verdict: ApprovalVerdict | undefined;
  if (source === 'github-environment') {
    const approvers = parseApprovers('approvers', host.input('approvers'));
    const minApprovals = integer('min-approvals', host.input('min-approvals'), 1, { min: 1, max: 6 });
    const forbidSelf = boolean('forbid-self-approval', host.input('forbid-self-approval'), true);
    const token = host.input('github-token');
    if (!token) throw new InputError('github-token', 'is required to read the run approvals');
    host.mask(token);
    const [owner, repo] = (host.run.repository ?? '').split('/');
    const runId = Number(host.run.runId);
    if (!owner || !repo || !Number.isInteger(runId) || runId <= 0) {
      throw new InputError(
        'approval-source',
        "github-environment needs a GitHub workflow run (GITHUB_REPOSITORY, GITHUB_RUN_ID); elsewhere use 'model-registry'",
      );
    }
    const github = gitHubApprovals({ token, env: host.env, log: host });
    const reviews = await github.runApprovals(owner, repo, runId);
    const commitAuthor = host.run.sha ? await github.commitAuthor(owner, repo, host.run.sha) : undefined;
    const selfLogins = [
      host.run.triggeringActor,
      host.run.actor,
      host.run.pullRequest?.author,
      commitAuthor,
    ].filter((x): x is string => Boolean(x));
    const environment = host.input('environment') || undefined;
    verdict = await evaluateApprovals(
      reviews,
      {
        approvers,
        minApprovals,
        forbidSelfApproval: forbidSelf,
        selfLogins,
        ...(environment ? { environment } : {}),
      },
      github,
    );
    approvedBy = verdict.approvedBy;
    host.setOutput('approved-by', approvedBy.join(','));
    if (!verdict.approved) {
      host.setOutput('approved', false);
      if (pipeline) await answerPipeline(host, codepipeline(), pipeline, 'Rejected', verdict.message);
      await host.appendSummary(approvalSummaryMarkdown(verdict, host.run.runUrl));
      throw new OutcomeError(verdict.message);
    }
    host.info(verdict.message);
    if (packageArn) {
      const gateway = sagemaker();
      const pkg = await gateway.describeModelPackage(packageArn);
      if (pkg.approvalStatus === 'Rejected') throw rejected(pkg);
      if (pkg.approvalStatus === 'Approved') {
        host.info(
          `${packageArn} is already Approved in the Model Registry (${pkg.approvalDescription ?? 'no description'}); left as it is.`,
        );
      } else {
        const description = auditDescription({
          approvedBy,
          via: `GitHub environment approval${environment ? ` (${environment})` : ''}`,
          ...(host.run.runUrl ? { runUrl: host.run.runUrl } : {}),
          ...(host.run.repository ? { repository: host.run.repository } : {}),
          ...(host.run.sha ? { commit: host.run.sha } : {}),
        });
        await gateway.updateModelPackageApproval(packageArn, 'Approved', description);
        host.info(`Set ${packageArn} Approved: ${description}`);
      }
    }
  } else {
    if (!packageArn)
      throw new InputError('model-package-arn', 'is required with approval-source model-registry');
    const timeoutMs = duration('timeout', host.input('timeout'), 3_600_000, {
      minMs: 0,
      maxMs: 72 * 3_600_000,
      defaultUnit: 'm',
    })!;
    const pkg = await waitForRegistryDecision(packageArn, {
      gateway: sagemaker(),
      clock: host.clock,
      log: host,
      signal: host.signal,
      isTransient,
      pollIntervalMs: REGISTRY_POLL_MS,
      timeoutMs,
    }).catch(async (err) => {
      if (err instanceof OutcomeError) {
        host.setOutput('approved', false);
        if (pipeline) await answerPipeline(host, codepipeline(), pipeline, 'Rejected', err.message);
      }
      throw err;
    });
    approvedBy = [pkg.lastModifiedBy ?? 'model-registry'];
    host.setOutput('approved-by', approvedBy.join(','));
    host.info(
      `${packageArn} was Approved in the Model Registry${pkg.approvalDescription ? `: ${pkg.approvalDescription}` : ''}.`,
    );
  }

  if (pipeline) {
    const summary = `Approved by ${approvedBy.join(', ')}${host.run.runUrl ? ` in ${host.run.runUrl}` : ''}${host.run.sha ? ` (commit ${host.run.sha.slice(0, 12)})` : ''}`;
    await answerPipeline(host, codepipeline(), pipeline, 'Approved', summary);
  }
  host.setOutput('approved', true);
  if (packageArn) host.setOutput('model-package-arn', packageArn);
  if (verdict) await host.appendSummary(approvalSummaryMarkdown(verdict, host.run.runUrl));
}

interface PipelineTarget {
  pipeline: string;
  stage: string;
  action: string;
}

function codePipelineTarget(host: Host): PipelineTarget | undefined {
  const pipeline = host.input('codepipeline-name');
  const stage = host.input('codepipeline-stage');
  const action = host.input('codepipeline-action');
  if (!pipeline && !stage && !action) return undefined;
  for (const [name, value] of [
    ['codepipeline-name', pipeline],
    ['codepipeline-stage', stage],
    ['codepipeline-action', action],
  ] as const) {
    if (!value)
      throw new InputError(
        name,
        'is required when answering a CodePipeline approval (codepipeline-name, -stage and -action go together)',
      );
    if (!CODEPIPELINE_NAME.test(value))
      throw new InputError(name, 'must be 1-100 characters of letters, digits, . @ - _', value);
  }
  return { pipeline, stage, action };
}

async function answerPipeline(
  host: Host,
  codepipeline: ReturnType<typeof codePipelineApprovals>,
  target: PipelineTarget,
  status: 'Approved' | 'Rejected',
  summary: string,
): Promise<void> {
  const token = pendingApprovalToken(
    target.pipeline,
    target.stage,
    target.action,
    await codepipeline.actionStates(target.pipeline),
  );
  await codepipeline.putApprovalResult({ ...target, token, status, summary: approvalSummary(summary) });
  host.info(`Answered ${status} to CodePipeline ${target.pipeline} ${target.stage}/${target.action}.`);
}
