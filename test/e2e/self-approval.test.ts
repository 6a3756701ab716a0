import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  AwsSandbox,
  GitHubSandbox,
  REPOSITORY,
  pullRequestEvent,
  runAction,
  scaledClock,
} from './harness.js';
import { ModelRegistryWorld } from '../sandbox/aws/sagemaker-model-registry.js';
import { ApprovalsWorld } from '../sandbox/github-approvals.js';
import type { PullRequestsWorld } from '../sandbox/github-pulls.js';

/**
 * After a pull request lands on main (merge commit, squash or rebase), the deploy workflow's run is
 * triggered by the push (its actor is the merger). Whoever wrote the change must not be able to
 * approve its promotion: the pull request's author, and the authors and committers of its commits.
 */
jest.setTimeout(30_000);
const RUN_ID = '9876543210';
let aws: AwsSandbox;
let github: GitHubSandbox;
let registry: ModelRegistryWorld;
let approvals: ApprovalsWorld;
let pulls: PullRequestsWorld;
let pkg: string;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(1200) });
  registry = new ModelRegistryWorld(aws);
  github = new GitHubSandbox();
  approvals = new ApprovalsWorld(github);
  pulls = approvals.pulls;
  await Promise.all([aws.start(), github.start()]);
  pkg = registry.addPackage('churn').arn;
});
afterEach(() => Promise.all([aws.stop(), github.stop()]));

/** approve-promotion in the run of a push to main by `merger` (GitHub's merge button). */
const approveAfterPush = (pushed: string, reviewer: string, eventName = 'push') => {
  approvals.reviews.set(RUN_ID, [{ login: reviewer, state: 'approved', environment: 'production' }]);
  return runAction('approve-promotion', {
    aws,
    github,
    eventName,
    event: {
      ref: 'refs/heads/main',
      after: pushed,
      repository: { full_name: REPOSITORY, name: 'churn-model', owner: { login: 'acme' } },
      sender: { login: 'maya' },
      pusher: { name: 'maya' },
    },
    env: {
      GITHUB_SHA: pushed,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_ACTOR: 'maya',
      GITHUB_TRIGGERING_ACTOR: 'maya',
    },
    inputs: { 'github-token': 'ghs_workflowtoken', environment: 'production', 'model-package-arn': pkg },
  });
};

const refused = (r: Awaited<ReturnType<typeof runAction>>, reviewer: string, why: string) => {
  expect(r.exitCode).toBe(1);
  expect(r.outputs.approved).toBe('false');
  expect(r.stdout).toContain(
    `::error::promotion not approved: no approval that counts, 1 more approval(s) needed from the environment reviewers; not counted: ${reviewer} (self-approval: ${why})`,
  );
  expect(aws.calls('UpdateModelPackage')).toHaveLength(0);
  expect(registry.find(pkg).status).toBe('PendingManualApproval');
};

describe('self-approval after a pull request is merged', () => {
  it("merge commit: the pull request's author is refused (the merge commit's author is the merger)", async () => {
    pulls.open(7, 'dana', ['dana']);
    const pushed = pulls.merge(7, { method: 'merge', by: 'maya' });
    const r = await approveAfterPush(pushed, 'dana');
    refused(r, 'dana', 'authored pull request #7');
    expect(github.find('GET', `/repos/${REPOSITORY}/commits/${pushed}/pulls`)).toHaveLength(1);
    expect(github.find('GET', `/repos/${REPOSITORY}/pulls/7/commits`)).toHaveLength(1);
  });

  it('squash: a co-author whose commit was squashed away is refused', async () => {
    const pr = pulls.open(8, 'dana', ['dana', 'erin']);
    const pushed = pulls.merge(8, { method: 'squash', by: 'maya' });
    refused(
      await approveAfterPush(pushed, 'erin'),
      'erin',
      `authored ${pr.commits[1]!.sha.slice(0, 7)} in #8`,
    );
  });

  it('rebase: an author known only by a GitHub noreply email is refused', async () => {
    const pr = pulls.open(9, 'dana', [{ email: '4242+frank@users.noreply.github.com' }, 'dana']);
    const pushed = pulls.merge(9, { method: 'rebase', by: 'maya' });
    refused(
      await approveAfterPush(pushed, 'frank'),
      'frank',
      `authored ${pr.commits[0]!.sha.slice(0, 7)} in #9`,
    );
  });

  it('workflow_dispatch on the merged commit: the same people are refused', async () => {
    pulls.open(10, 'dana', ['dana']);
    const pushed = pulls.merge(10, { method: 'merge', by: 'maya' });
    refused(await approveAfterPush(pushed, 'dana', 'workflow_dispatch'), 'dana', 'authored pull request #10');
  });

  it("pull_request event: a co-author of the pull request's commits is refused", async () => {
    const pr = pulls.open(42, 'dana', ['dana', 'erin']);
    approvals.reviews.set(RUN_ID, [{ login: 'erin', state: 'approved', environment: 'production' }]);
    const r = await runAction('approve-promotion', {
      aws,
      github,
      event: pullRequestEvent({ number: 42, author: 'dana' }),
      inputs: { 'github-token': 'ghs_workflowtoken', environment: 'production', 'model-package-arn': pkg },
    });
    refused(r, 'erin', `authored ${pr.commits[1]!.sha.slice(0, 7)} in #42`);
    // The event names the pull request: no lookup by commit.
    expect(github.find('GET', /\/commits\/[0-9a-f]+\/pulls$/)).toHaveLength(0);
  });

  it('a reviewer who wrote none of the change is counted, and the package is set Approved', async () => {
    pulls.open(11, 'dana', ['dana', 'erin']);
    const pushed = pulls.merge(11, { method: 'merge', by: 'maya' });
    const r = await approveAfterPush(pushed, 'carol');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ approved: 'true', 'approved-by': 'carol' });
    expect(registry.find(pkg).status).toBe('Approved');
  });

  it("fails closed, naming the permission, when the job's token may not read pull requests", async () => {
    pulls.open(13, 'dana', ['dana']);
    const pushed = pulls.merge(13, { method: 'merge', by: 'maya' });
    pulls.noPullRequestsRead.add('ghs_workflowtoken');
    const r = await approveAfterPush(pushed, 'carol');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      `::error::cannot read the pull requests of commit ${pushed} (HTTP 403) to rule out self-approval: give the job 'permissions: pull-requests: read' (and contents: read), or set 'forbid-self-approval: false'`,
    );
    expect(aws.calls('UpdateModelPackage')).toHaveLength(0);
  });

  it('fails closed when the pull request has more commits than GitHub lists (250)', async () => {
    pulls.open(
      12,
      'dana',
      Array.from({ length: 260 }, (_, i) => (i === 259 ? 'erin' : 'dana')),
    );
    const pushed = pulls.merge(12, { method: 'merge', by: 'maya' });
    const r = await approveAfterPush(pushed, 'erin');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      '::error::pull request #12 has 260 commits and GitHub lists only the first 250: who wrote the others cannot be checked, so self-approval cannot be ruled out',
    );
    // All three pages of the list were read, then the pull request's count.
    expect(github.find('GET', `/repos/${REPOSITORY}/pulls/12/commits`)).toHaveLength(3);
    expect(github.find('GET', `/repos/${REPOSITORY}/pulls/12`)).toHaveLength(1);
    expect(aws.calls('UpdateModelPackage')).toHaveLength(0);
  });
});
