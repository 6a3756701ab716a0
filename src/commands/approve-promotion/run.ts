import { codePipelineApprovals } from '../../aws/codepipeline-approvals.js';
import { sagemakerPromotionGateway } from '../../aws/sagemaker-promotion.js';
import { isTransient } from '../../aws/transient.js';
import { InputError, OutcomeError } from '../../core/errors.js';
import {
  approvalSummary,
  auditDescription,
  evaluateApprovals,
  GITHUB_ENVIRONMENT_APPROVAL,
  pendingApprovalToken,
  type ApprovalVerdict,
} from '../../core/promotion/approval.js';
import { approvalSummaryMarkdown } from '../../core/promotion/approval-summary.js';
import { rejected, waitForRegistryDecision } from '../../core/promotion/registry.js';
import { selfPeople } from '../../core/promotion/self-approval.js';
import { gitHubApprovals, type GitHubApprovals } from '../../github/approvals.js';
import type { Host, RunContext } from '../../hosts/host.js';
import type { PipelineTarget } from './check.js';
import { spec } from './spec.js';
import { awsFor } from '../aws-options.js';

export const REGISTRY_POLL_MS = 30_000;

export async function run({ host, inputs, checked, aws: awsInputs }: RunContext<typeof spec>): Promise<void> {
  const source = inputs['approval-source'];
  const packageArn = inputs['model-package-arn'];
  const { pipeline, registryPackage } = checked;
  const aws = awsFor(host, awsInputs, spec.action);
  const sagemaker = () => sagemakerPromotionGateway(aws);
  const codepipeline = () => codePipelineApprovals(aws);

  let approvedBy: string[] = [];
  let verdict: ApprovalVerdict | undefined;
  if (source === 'github-environment') {
    const approvers = inputs.approvers ?? [];
    const minApprovals = inputs['min-approvals'];
    const forbidSelf = inputs['forbid-self-approval'];
    const token = inputs['github-token'] ?? '';
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
    // Who wrote the change is looked up only when it matters: self-approval forbidden, someone approved.
    const self =
      forbidSelf && reviews.some((r) => r.state === 'approved')
        ? await whoIsSelf(host, github, owner, repo)
        : [];
    const environment = inputs.environment;
    verdict = await evaluateApprovals(
      reviews,
      {
        approvers,
        minApprovals,
        forbidSelfApproval: forbidSelf,
        self,
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
          via: `${GITHUB_ENVIRONMENT_APPROVAL}${environment ? ` (${environment})` : ''}`,
          ...(host.run.runUrl ? { runUrl: host.run.runUrl } : {}),
          ...(host.run.repository ? { repository: host.run.repository } : {}),
          ...(host.run.sha ? { commit: host.run.sha } : {}),
        });
        await gateway.updateModelPackageApproval(packageArn, 'Approved', description);
        host.info(`Set ${packageArn} Approved: ${description}`);
      }
    }
  } else if (registryPackage) {
    const timeoutMs = inputs.timeout;
    const pkg = await waitForRegistryDecision(registryPackage, {
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
      `${registryPackage} was Approved in the Model Registry${pkg.approvalDescription ? `: ${pkg.approvalDescription}` : ''}.`,
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

/**
 * The self people of this run (see core/promotion/self-approval.ts): on push and workflow_dispatch
 * the pull requests the commit came from, on a pull_request event that pull request.
 */
async function whoIsSelf(host: Host, github: GitHubApprovals, owner: string, repo: string) {
  const { sha, eventName, pullRequest } = host.run;
  const pullRequests = pullRequest?.number
    ? [await github.pullRequest(owner, repo, pullRequest.number, pullRequest.author)]
    : sha && (eventName === 'push' || eventName === 'workflow_dispatch')
      ? await github.commitPullRequests(owner, repo, sha)
      : [];
  return selfPeople({
    ...(host.run.actor ? { actor: host.run.actor } : {}),
    ...(host.run.triggeringActor ? { triggeringActor: host.run.triggeringActor } : {}),
    ...(pullRequest?.author ? { pullRequestAuthor: pullRequest.author } : {}),
    ...(sha ? { headCommitAuthor: await github.commitAuthor(owner, repo, sha) } : {}),
    pullRequests,
  });
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
