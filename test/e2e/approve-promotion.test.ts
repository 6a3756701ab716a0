import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  AwsSandbox,
  GitHubSandbox,
  HEAD_SHA,
  REPOSITORY,
  runAction,
  runCli,
  scaledClock,
} from './harness.js';
import { ModelRegistryWorld } from '../sandbox/aws/sagemaker-model-registry.js';
import { CodePipelineApprovalsWorld } from '../sandbox/aws/codepipeline-approvals.js';
import { ApprovalsWorld } from '../sandbox/github-approvals.js';

jest.setTimeout(30_000);
const RUN_ID = '9876543210';
const RUN_URL = `https://github.com/${REPOSITORY}/actions/runs/${RUN_ID}/attempts/1`;
let aws: AwsSandbox;
let github: GitHubSandbox;
let registry: ModelRegistryWorld;
let pipelines: CodePipelineApprovalsWorld;
let approvals: ApprovalsWorld;
let pkg: string;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(1200) });
  registry = new ModelRegistryWorld(aws);
  pipelines = new CodePipelineApprovalsWorld(aws);
  github = new GitHubSandbox();
  approvals = new ApprovalsWorld(github);
  approvals.teams.set('acme/ml-leads', ['carol']);
  approvals.authors.set(HEAD_SHA, 'erin');
  // The default event's pull request (#42 by dana): its commits are read to rule out self-approval.
  approvals.pulls.open(42, 'dana', ['dana']);
  await Promise.all([aws.start(), github.start()]);
  pkg = registry.addPackage('churn').arn;
});
afterEach(async () => {
  await Promise.all([aws.stop(), github.stop()]);
});

const approve = (inputs: Record<string, string>) =>
  runAction('approve-promotion', { aws, github, inputs: { 'github-token': 'ghs_workflowtoken', ...inputs } });
const decoded = (stdout: string) => stdout.replace(/%25/g, '%');

describe('approve-promotion (bundled action under Node 24)', () => {
  it('accepts a team approver, records the approval in the registry with its audit text, and answers CodePipeline with the token', async () => {
    approvals.reviews.set(RUN_ID, [{ login: 'carol', state: 'approved', environment: 'production' }]);
    const token = pipelines.addPendingApproval('churn-release', 'Approve', 'ModelGate');
    const r = await approve({
      approvers: 'alice, acme/ml-leads',
      environment: 'production',
      'model-package-arn': pkg,
      'codepipeline-name': 'churn-release',
      'codepipeline-stage': 'Approve',
      'codepipeline-action': 'ModelGate',
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ approved: 'true', 'approved-by': 'carol', 'model-package-arn': pkg });
    expect(github.find('GET', `/repos/${REPOSITORY}/actions/runs/${RUN_ID}/approvals`)).toHaveLength(1);
    expect(github.find('GET', '/orgs/acme/teams/ml-leads/memberships/carol')).toHaveLength(1);
    const audit = `Approved by carol via GitHub environment approval (production) for ${REPOSITORY}@${HEAD_SHA} in ${RUN_URL}`;
    expect(aws.calls('UpdateModelPackage')[0]!.body).toEqual({
      ModelPackageArn: pkg,
      ModelApprovalStatus: 'Approved',
      ApprovalDescription: audit,
    });
    expect(registry.find(pkg).status).toBe('Approved');
    expect(aws.calls('PutApprovalResult')[0]!.body).toEqual({
      pipelineName: 'churn-release',
      stageName: 'Approve',
      actionName: 'ModelGate',
      token,
      result: {
        status: 'Approved',
        summary: `Approved by carol in ${RUN_URL} (commit ${HEAD_SHA.slice(0, 12)})`,
      },
    });
    expect(r.summary).toContain('| @carol | ✅ approved | counted |');
  });

  it('refuses self-approval: the person who triggered the run does not count', async () => {
    approvals.reviews.set(RUN_ID, [{ login: 'dana', state: 'approved' }]);
    const r = await approve({ 'model-package-arn': pkg });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.approved).toBe('false');
    expect(decoded(r.stdout)).toContain(
      '::error::promotion not approved: no approval that counts, 1 more approval(s) needed from the environment reviewers; not counted: dana (self-approval: triggered the run)',
    );
    expect(aws.calls('UpdateModelPackage')).toHaveLength(0);
  });

  it('the commit author does not count either', async () => {
    approvals.reviews.set(RUN_ID, [{ login: 'erin', state: 'approved' }]);
    const r = await approve({});
    expect(r.exitCode).toBe(1);
    expect(decoded(r.stdout)).toContain('not counted: erin (self-approval');
  });

  it('refuses an approver outside the list, and answers CodePipeline Rejected', async () => {
    approvals.reviews.set(RUN_ID, [{ login: 'mallory', state: 'approved' }]);
    const token = pipelines.addPendingApproval('churn-release', 'Approve', 'ModelGate');
    const r = await approve({
      approvers: 'alice\nacme/ml-leads',
      'model-package-arn': pkg,
      'codepipeline-name': 'churn-release',
      'codepipeline-stage': 'Approve',
      'codepipeline-action': 'ModelGate',
    });
    expect(r.exitCode).toBe(1);
    const message =
      'promotion not approved: no approval that counts, 1 more approval(s) needed from alice, acme/ml-leads; not counted: mallory (not among the approvers (alice, acme/ml-leads))';
    expect(decoded(r.stdout)).toContain(`::error::${message}`);
    expect(aws.calls('PutApprovalResult')[0]!.body).toMatchObject({
      token,
      result: { status: 'Rejected', summary: message },
    });
    expect(aws.calls('UpdateModelPackage')).toHaveLength(0);
    expect(r.summary).toContain('not counted: not among the approvers');
  });

  it('needs min-approvals distinct approvers', async () => {
    approvals.reviews.set(RUN_ID, [{ login: 'alice', state: 'approved' }]);
    const r = await approve({ approvers: 'alice, bob', 'min-approvals': '2' });
    expect(r.exitCode).toBe(1);
    expect(decoded(r.stdout)).toContain('approved by alice, 1 more approval(s) needed from alice, bob');
    approvals.reviews.set(RUN_ID, [
      { login: 'alice', state: 'approved' },
      { login: 'bob', state: 'approved' },
    ]);
    const ok = await approve({ approvers: 'alice, bob', 'min-approvals': '2' });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs['approved-by']).toBe('alice,bob');
  });

  it('model-registry: waits for a person to approve in SageMaker', async () => {
    // A person approves in SageMaker once the action has seen the package pending.
    const watcher = setInterval(() => {
      if (aws.calls('DescribeModelPackage').length) registry.find(pkg).status = 'Approved';
    }, 5);
    const r = await approve({ 'approval-source': 'model-registry', 'model-package-arn': pkg });
    clearInterval(watcher);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.approved).toBe('true');
    expect(r.stdout).toContain(
      `Waiting for someone to approve ${pkg} in the SageMaker Model Registry (now PendingManualApproval).`,
    );
    expect(aws.calls('DescribeModelPackage').length).toBeGreaterThan(1);
    expect(aws.calls('UpdateModelPackage')).toHaveLength(0);
  });

  it('model-registry: a rejection fails with the reason given', async () => {
    Object.assign(registry.find(pkg), { status: 'Rejected', approvalDescription: 'AUC below the baseline' });
    const r = await approve({ 'approval-source': 'model-registry', 'model-package-arn': pkg });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      `::error::model package ${pkg} was Rejected in the Model Registry: AUC below the baseline`,
    );
  });

  it('cannot read a team without read:org: says which token is needed', async () => {
    approvals.noOrgRead.add('ghs_workflowtoken');
    approvals.reviews.set(RUN_ID, [{ login: 'carol', state: 'approved' }]);
    const r = await approve({ approvers: 'acme/ml-leads' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /::error::cannot read the members of team acme\/ml-leads \(HTTP 403\).*'read:org'/,
    );
    expect(r.stdout.split('\n').filter((l) => l.includes('ghs_workflowtoken'))).toEqual([
      '::add-mask::ghs_workflowtoken',
    ]);
  });

  it('CLI (promote approve) in CodeBuild: model-registry source', async () => {
    registry.find(pkg).status = 'Approved';
    const r = await runCli(
      ['promote', 'approve', '--approval-source', 'model-registry', '--model-package-arn', pkg],
      { aws },
    );
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ approved: 'true', 'model-package-arn': pkg });
  });
});
