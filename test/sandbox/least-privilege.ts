import { evaluatePolicy, type Decision, type PolicyDocument } from './aws/iam.js';
import type { AuthorizationCheck } from './aws/iam-actions.js';

/**
 * Least privilege, proven both ways over recorded requests (the e2e runs' or a journey's):
 * (a) enough: every recorded request is allowed by the policy (no AccessDenied);
 * (b) no more: for every action the policy allows, removing just that action denies at least one
 *     recorded request that was allowed; an action whose removal denies nothing is not needed by
 *     anything recorded.
 * Evaluated with the same evaluator the sandbox enforces with (iam-simulate).
 */
export interface LeastPrivilegeReport {
  /** Requests the policy denies (should be none for runs that succeed). */
  denied: AuthorizationCheck[];
  /** Every action the policy allows, and the first recorded request that needs it (if any). */
  permissions: { action: string; neededBy?: AuthorizationCheck }[];
  /** Actions no recorded request needs. */
  unneeded: string[];
  /** "N of M permissions needed". */
  figure: string;
}

interface Statement {
  Effect: string;
  Action?: string | string[];
  [key: string]: unknown;
}

const ACCOUNT = '123456789012';
const PRINCIPAL = `arn:aws:sts::${ACCOUNT}:assumed-role/least-privilege/check`;

export async function leastPrivilege(
  policy: PolicyDocument,
  requests: AuthorizationCheck[],
  accountId = ACCOUNT,
): Promise<LeastPrivilegeReport> {
  const unique = dedupe(requests);
  const decide = (p: PolicyDocument, r: AuthorizationCheck) => evaluatePolicy(p, PRINCIPAL, r, accountId);
  const before: Decision[] = [];
  for (const r of unique) before.push(await decide(policy, r));
  const denied = unique.filter((_, i) => before[i] !== 'Allowed');
  const allowed = unique.filter((_, i) => before[i] === 'Allowed');

  const permissions: LeastPrivilegeReport['permissions'] = [];
  for (const action of allowedActions(policy)) {
    const without = withoutAction(policy, action);
    let neededBy: AuthorizationCheck | undefined;
    for (const r of allowed.filter((x) => matches(action, x.action))) {
      if ((await decide(without, r)) !== 'Allowed') {
        neededBy = r;
        break;
      }
    }
    permissions.push({ action, ...(neededBy ? { neededBy } : {}) });
  }
  const unneeded = permissions.filter((p) => !p.neededBy).map((p) => p.action);
  const needed = permissions.length - unneeded.length;
  return { denied, permissions, unneeded, figure: `${needed} of ${permissions.length} permissions needed` };
}

/** The actions of the policy's Allow statements, each once, in order. */
export function allowedActions(policy: PolicyDocument): string[] {
  const statements = policy.Statement as Statement[];
  return [...new Set(statements.filter((s) => s.Effect === 'Allow').flatMap((s) => [s.Action ?? []].flat()))];
}

/** The policy with one action taken out of every Allow statement (emptied statements dropped). */
function withoutAction(policy: PolicyDocument, action: string): PolicyDocument {
  const statements = (policy.Statement as Statement[]).flatMap((s) => {
    if (s.Effect !== 'Allow') return [s];
    const rest = [s.Action ?? []].flat().filter((a) => a !== action);
    return rest.length ? [{ ...s, Action: rest }] : [];
  });
  return { ...policy, Statement: statements };
}

/** IAM action matching: case-insensitive, `*` and `?` wildcards. */
function matches(pattern: string, action: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 'i').test(action);
}

function dedupe(requests: AuthorizationCheck[]): AuthorizationCheck[] {
  const seen = new Map<string, AuthorizationCheck>();
  for (const r of requests) {
    const key = JSON.stringify([r.action, r.resource, r.context]);
    if (!seen.has(key)) seen.set(key, { action: r.action, resource: r.resource, context: r.context });
  }
  return [...seen.values()];
}
