import { VirtualClock } from '../../../../src/core/clock.js';
import { MemoryLog } from '../../../../src/core/log.js';
import {
  auditDescription,
  evaluateApprovals,
  parseApprovers,
  pendingApprovalToken,
  type RunApproval,
} from '../../../../src/core/promotion/approval.js';
import { waitForRegistryDecision } from '../../../../src/core/promotion/registry.js';

const review = (login: string, state = 'approved', environments = ['production']): RunApproval => ({
  login,
  state,
  environments,
});
const teams = {
  isTeamMember: async (org: string, team: string, login: string) =>
    org === 'acme' && team === 'ml-leads' && login === 'carol',
};
const policy = (over = {}) => ({
  approvers: parseApprovers('approvers', 'alice, acme/ml-leads'),
  minApprovals: 1,
  forbidSelfApproval: true,
  self: [{ login: 'dave', why: 'authored pull request #7' }],
  ...over,
});

describe('GitHub environment approvals', () => {
  it('counts a listed user', async () => {
    const v = await evaluateApprovals([review('alice')], policy(), teams);
    expect(v).toMatchObject({ approved: true, approvedBy: ['alice'] });
  });

  it('accepts a team member and refuses an approver outside the list', async () => {
    expect(await evaluateApprovals([review('carol')], policy(), teams)).toMatchObject({
      approved: true,
      approvedBy: ['carol'],
    });
    const v = await evaluateApprovals([review('mallory')], policy(), teams);
    expect(v.approved).toBe(false);
    expect(v.message).toBe(
      'promotion not approved: no approval that counts, 1 more approval(s) needed from alice, acme/ml-leads; not counted: mallory (not among the approvers (alice, acme/ml-leads))',
    );
  });

  it('refuses self-approval (case-insensitive), and allows it when told', async () => {
    const v = await evaluateApprovals([review('Dave')], policy({ approvers: [] }), teams);
    expect(v.approved).toBe(false);
    expect(v.message).toContain('not counted: Dave (self-approval: authored pull request #7)');
    expect(
      (await evaluateApprovals([review('dave')], policy({ approvers: [], forbidSelfApproval: false }), teams))
        .approved,
    ).toBe(true);
  });

  it('needs min-approvals distinct people, and only reviews of the environment when given', async () => {
    const v = await evaluateApprovals([review('alice'), review('alice')], policy({ minApprovals: 2 }), teams);
    expect(v.approved).toBe(false);
    expect(v.message).toMatch(/approved by alice, 1 more approval\(s\) needed/);
    const staging = await evaluateApprovals(
      [review('alice', 'approved', ['staging'])],
      policy({ environment: 'production' }),
      teams,
    );
    expect(staging.message).toMatch(/this run has no reviews of environment production/);
  });

  it('a rejection fails, with its comment', async () => {
    const v = await evaluateApprovals(
      [review('alice'), { ...review('carol', 'rejected'), comment: 'drift too high' }],
      policy(),
      teams,
    );
    expect(v.approved).toBe(false);
    expect(v.message).toMatch(/^promotion rejected by carol \("drift too high"\)/);
  });

  it('parses approvers and refuses what is neither a login nor org/team', () => {
    expect(parseApprovers('approvers', '@alice\nacme/ml-leads')).toEqual([
      { kind: 'user', name: 'alice' },
      { kind: 'team', name: 'acme/ml-leads' },
    ]);
    expect(() => parseApprovers('approvers', 'bad name!')).toThrow(
      /input 'approvers' items must be GitHub logins or org\/team-slug names/,
    );
  });
});

describe('registry audit text', () => {
  it('records who, where and which commit, on one line within 1024 characters', () => {
    const text = auditDescription({
      approvedBy: ['alice', 'carol'],
      via: 'GitHub environment approval (production)',
      runUrl: 'https://github.com/acme/churn/actions/runs/42',
      repository: 'acme/churn',
      commit: 'abc123',
    });
    expect(text).toBe(
      'Approved by alice, carol via GitHub environment approval (production) for acme/churn@abc123 in https://github.com/acme/churn/actions/runs/42',
    );
    const long = auditDescription({ approvedBy: ['x'.repeat(2000)], via: 'line\nbreak' });
    expect(long.length).toBe(1024);
    expect(long).not.toMatch(/\n/);
  });
});

describe('model registry wait', () => {
  const ctx = (statuses: string[]) => {
    let i = 0;
    return {
      gateway: {
        describeModelPackage: async (arn: string) => ({
          arn,
          approvalStatus: statuses[Math.min(i++, statuses.length - 1)]!,
          approvalDescription: 'accuracy dropped',
        }),
      },
      clock: new VirtualClock(),
      log: new MemoryLog(),
      signal: new AbortController().signal,
      isTransient: () => false,
      pollIntervalMs: 30_000,
      timeoutMs: 600_000,
    };
  };
  it('returns once a person approves', async () => {
    await expect(
      waitForRegistryDecision('arn:p', ctx(['PendingManualApproval', 'PendingManualApproval', 'Approved'])),
    ).resolves.toMatchObject({ approvalStatus: 'Approved' });
  });
  it('fails with the reason on Rejected, and times out', async () => {
    await expect(waitForRegistryDecision('arn:p', ctx(['Rejected']))).rejects.toThrow(
      'model package arn:p was Rejected in the Model Registry: accuracy dropped',
    );
    await expect(waitForRegistryDecision('arn:p', ctx(['PendingManualApproval']))).rejects.toThrow(
      /no decision on arn:p in the Model Registry after 10m/,
    );
  });
});

describe('CodePipeline pending approval', () => {
  const actions = [
    { stageName: 'Source', actionName: 'Checkout', status: 'Succeeded' },
    {
      stageName: 'Approve',
      actionName: 'ModelGate',
      status: 'InProgress',
      token: '11111111-2222-3333-4444-555555555555',
    },
  ];
  it('finds the token of the pending action', () => {
    expect(pendingApprovalToken('p', 'Approve', 'ModelGate', actions)).toBe(
      '11111111-2222-3333-4444-555555555555',
    );
  });
  it('says what is pending when the named action is not', () => {
    expect(() => pendingApprovalToken('p', 'Source', 'Checkout', actions)).toThrow(
      /no pending approval at p Source\/Checkout \(its latest execution is Succeeded\); pending approvals: Approve\/ModelGate/,
    );
    expect(() => pendingApprovalToken('p', 'Nope', 'X', actions)).toThrow(/names no action of pipeline p/);
  });
});
