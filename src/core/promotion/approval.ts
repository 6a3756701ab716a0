import { InputError, OutcomeError } from '../errors.js';
import { list } from '../inputs.js';
import type { SelfPerson } from './self-approval.js';

/** One review of a run's environment deployment (GET /repos/{o}/{r}/actions/runs/{id}/approvals). */
export interface RunApproval {
  login: string;
  /** approved | rejected */
  state: string;
  environments: string[];
  comment?: string;
}

export interface Approver {
  kind: 'user' | 'team';
  /** A login, or `org/team-slug`. */
  name: string;
}

export interface ApprovalPolicy {
  approvers: Approver[];
  minApprovals: number;
  forbidSelfApproval: boolean;
  /** Who triggered the run and who wrote the change (see self-approval.ts): they do not count when self-approval is forbidden. */
  self: SelfPerson[];
  /** Only reviews of this environment count (all when unset). */
  environment?: string;
}

export interface TeamMembership {
  isTeamMember(org: string, teamSlug: string, login: string): Promise<boolean>;
}

export interface ApprovalVerdict {
  approved: boolean;
  /** The reviewers who counted. */
  approvedBy: string[];
  /** Reviewers who approved but did not count, and why. */
  ignored: { login: string; why: string }[];
  rejectedBy: { login: string; comment?: string }[];
  /** One line: who approved, and what was missing. */
  message: string;
}

const LOGIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,38}$/;
const TEAM = /^([a-zA-Z0-9][a-zA-Z0-9-]*)\/([a-zA-Z0-9][a-zA-Z0-9._-]*)$/;

/** `alice, my-org/ml-leads` → a user and a team; a leading @ is allowed. */
export function parseApprovers(input: string, raw: string): Approver[] {
  return list(input, raw).map((item) => {
    const value = item.replace(/^@/, '');
    if (TEAM.test(value)) return { kind: 'team', name: value } as const;
    if (LOGIN.test(value)) return { kind: 'user', name: value } as const;
    throw new InputError(input, 'items must be GitHub logins or org/team-slug names', item);
  });
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Checks the run's reviews against the policy: distinct reviewers, listed (or in a listed team), not self. */
export async function evaluateApprovals(
  reviews: RunApproval[],
  policy: ApprovalPolicy,
  teams: TeamMembership,
): Promise<ApprovalVerdict> {
  const relevant = reviews.filter(
    (r) => !policy.environment || r.environments.some((e) => same(e, policy.environment!)),
  );
  const rejectedBy = relevant
    .filter((r) => r.state === 'rejected')
    .map((r) => ({ login: r.login, ...(r.comment ? { comment: r.comment } : {}) }));
  const approvedBy: string[] = [];
  const ignored: { login: string; why: string }[] = [];
  const seen = new Set<string>();
  for (const review of relevant.filter((r) => r.state === 'approved')) {
    const key = review.login.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const self = policy.forbidSelfApproval && policy.self.find((s) => same(s.login, review.login));
    if (self) {
      ignored.push({ login: review.login, why: `self-approval: ${self.why}` });
      continue;
    }
    const why = await notAnApprover(review.login, policy.approvers, teams);
    if (why) ignored.push({ login: review.login, why });
    else approvedBy.push(review.login);
  }
  const approved = !rejectedBy.length && approvedBy.length >= policy.minApprovals;
  return {
    approved,
    approvedBy,
    ignored,
    rejectedBy,
    message: verdictMessage(approved, approvedBy, ignored, rejectedBy, policy, relevant.length),
  };
}

async function notAnApprover(
  login: string,
  approvers: Approver[],
  teams: TeamMembership,
): Promise<string | undefined> {
  if (!approvers.length) return undefined;
  if (approvers.some((a) => a.kind === 'user' && same(a.name, login))) return undefined;
  for (const team of approvers.filter((a) => a.kind === 'team')) {
    const [org, slug] = team.name.split('/') as [string, string];
    if (await teams.isTeamMember(org, slug, login)) return undefined;
  }
  return `not among the approvers (${approvers.map((a) => a.name).join(', ')})`;
}

function verdictMessage(
  approved: boolean,
  approvedBy: string[],
  ignored: { login: string; why: string }[],
  rejectedBy: { login: string; comment?: string }[],
  policy: ApprovalPolicy,
  reviews: number,
): string {
  const counted = approvedBy.length ? `approved by ${approvedBy.join(', ')}` : 'no approval that counts';
  const notCounted = ignored.length
    ? `; not counted: ${ignored.map((i) => `${i.login} (${i.why})`).join(', ')}`
    : '';
  if (rejectedBy.length) {
    const who = rejectedBy.map((r) => `${r.login}${r.comment ? ` ("${r.comment}")` : ''}`).join(', ');
    return `promotion rejected by ${who}; ${counted}${notCounted}`;
  }
  if (approved)
    return `promotion ${counted} (${approvedBy.length} of ${policy.minApprovals} required)${notCounted}`;
  const where = policy.environment ? ` of environment ${policy.environment}` : '';
  const none = reviews
    ? ''
    : ` (this run has no reviews${where}: does the job use an environment with required reviewers?)`;
  return `promotion not approved: ${counted}, ${policy.minApprovals - approvedBy.length} more approval(s) needed from ${
    policy.approvers.length ? policy.approvers.map((a) => a.name).join(', ') : 'the environment reviewers'
  }${notCounted}${none}`;
}

/**
 * In every ApprovalDescription the toolkit writes after a GitHub environment approval. The
 * model-approved trigger ignores approvals carrying it: the deploy that recorded the approval is
 * already under way, and a second dispatch would ask reviewers again for the same package.
 */
export const GITHUB_ENVIRONMENT_APPROVAL = 'GitHub environment approval';
export const TOOLKIT_APPROVAL_MARKER = `via ${GITHUB_ENVIRONMENT_APPROVAL}`;

/**
 * The registry's ApprovalDescription: who approved, where and which commit. The API allows at
 * most 1024 characters of letters, marks, separators, symbols, numbers and punctuation (no
 * control characters, so no newlines).
 */
export function auditDescription(parts: {
  approvedBy: string[];
  via: string;
  runUrl?: string;
  repository?: string;
  commit?: string;
}): string {
  const text = [
    `Approved by ${parts.approvedBy.join(', ') || 'unknown'} via ${parts.via}`,
    parts.repository && parts.commit
      ? `for ${parts.repository}@${parts.commit}`
      : parts.commit
        ? `for commit ${parts.commit}`
        : '',
    parts.runUrl ? `in ${parts.runUrl}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const clean = text.replace(/[^\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]/gu, ' ');
  return clean.length > 1024 ? `${clean.slice(0, 1021)}...` : clean;
}

/** CodePipeline's state, reduced to what finding a pending approval needs. */
export interface PipelineActionState {
  stageName: string;
  actionName: string;
  /** InProgress | Abandoned | Succeeded | Failed */
  status?: string;
  token?: string;
}

/** The token of the pending manual approval (pipeline, stage, action), or an error naming what is pending. */
export function pendingApprovalToken(
  pipeline: string,
  stage: string,
  action: string,
  actions: PipelineActionState[],
): string {
  const found = actions.find((a) => a.stageName === stage && a.actionName === action);
  if (!found) {
    const known = actions.map((a) => `${a.stageName}/${a.actionName}`).join(', ');
    throw new InputError(
      'codepipeline-action',
      `names no action of pipeline ${pipeline} (it has ${known || 'none'})`,
      `${stage}/${action}`,
    );
  }
  if (found.status !== 'InProgress' || !found.token) {
    const pending = actions
      .filter((a) => a.status === 'InProgress' && a.token)
      .map((a) => `${a.stageName}/${a.actionName}`);
    throw new OutcomeError(
      `no pending approval at ${pipeline} ${stage}/${action} (its latest execution is ${found.status ?? 'not started'})` +
        (pending.length ? `; pending approvals: ${pending.join(', ')}` : ''),
    );
  }
  return found.token;
}

/** ApprovalResult.summary: at most 512 characters. */
export function approvalSummary(text: string): string {
  return text.length > 512 ? `${text.slice(0, 509)}...` : text;
}
