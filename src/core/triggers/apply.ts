import { UserError } from '../errors.js';
import type { Log } from '../log.js';
import {
  apiDestinationRequest,
  connectionName,
  apiDestinationName,
  connectionRequest,
  ruleRequest,
  targetRequest,
  TARGET_IDS,
  type ApiDestinationRequest,
  type ConnectionRequest,
  type RuleRequest,
  type TargetRequest,
  type TriggerDefinition,
} from './definition.js';
import { ruleDifferences, targetDifferences } from './plan.js';

/** What core needs of EventBridge; src/aws/eventbridge.ts implements it with the SDK. */
export interface EventBridgeGateway {
  /** undefined when the rule does not exist. */
  describeRule(name: string): Promise<(Partial<RuleRequest> & { Arn: string }) | undefined>;
  putRule(rule: RuleRequest): Promise<string>;
  listTargets(rule: string): Promise<Record<string, unknown>[]>;
  /** Throws when EventBridge reports a failed entry. */
  putTargets(rule: string, targets: TargetRequest[]): Promise<void>;
  removeTargets(rule: string, ids: string[]): Promise<void>;
  describeConnection(name: string): Promise<{ arn: string; state: string } | undefined>;
  createConnection(request: ConnectionRequest): Promise<string>;
  updateConnection(request: ConnectionRequest): Promise<void>;
  describeApiDestination(name: string): Promise<(ApiDestinationRequest & { arn: string }) | undefined>;
  createApiDestination(request: ApiDestinationRequest): Promise<string>;
  updateApiDestination(request: ApiDestinationRequest): Promise<string>;
}

export interface ApplyOptions {
  /** The GitHub token for a new connection (or a rotation). Never logged. */
  githubToken?: string;
  /** Replace the token of an existing connection. */
  rotateToken?: boolean;
  log: Log;
}

export interface ApplyResult {
  ruleArn: string;
  /** One line per change made; empty when everything already matched. */
  changes: string[];
  apiDestinationArn?: string;
}

/**
 * Creates or updates the trigger, changing only what differs: DescribeRule and ListTargetsByRule
 * are compared with the wanted rule and target first, so a second apply sends no write at all.
 * Targets this toolkit manages (by id) but no longer wants are removed; other targets are kept.
 */
export async function applyTrigger(
  def: TriggerDefinition,
  gw: EventBridgeGateway,
  opts: ApplyOptions,
): Promise<ApplyResult> {
  const changes: string[] = [];
  let apiDestinationArn: string | undefined;
  if (def.target.kind === 'github-workflow') {
    apiDestinationArn = await applyDispatch(def, gw, opts, changes);
  }

  const wantedRule = ruleRequest(def);
  const current = await gw.describeRule(def.name);
  let ruleArn = current?.Arn ?? '';
  if (!current) {
    ruleArn = await gw.putRule(wantedRule);
    changes.push(`created rule ${def.name}`);
  } else {
    const diffs = ruleDifferences(current, wantedRule);
    if (diffs.length) {
      ruleArn = (await gw.putRule(wantedRule)) || ruleArn;
      changes.push(`updated rule ${def.name}: ${diffs.join(', ')}`);
    }
  }

  const wanted = targetRequest(def, apiDestinationArn);
  const existing = current ? await gw.listTargets(def.name) : [];
  const mine = existing.find((t) => t.Id === wanted.Id);
  if (!mine) {
    await gw.putTargets(def.name, [wanted]);
    changes.push(`added target ${wanted.Id} → ${wanted.Arn}`);
  } else {
    const diffs = targetDifferences(mine, wanted);
    if (diffs.length) {
      await gw.putTargets(def.name, [wanted]);
      changes.push(`updated target ${wanted.Id}: ${diffs.join(', ')}`);
    }
  }
  const managed = new Set(Object.values(TARGET_IDS));
  const stale = existing.map((t) => String(t.Id)).filter((id) => managed.has(id) && id !== wanted.Id);
  if (stale.length) {
    await gw.removeTargets(def.name, stale);
    changes.push(`removed target ${stale.join(', ')}`);
  }
  const foreign = existing.map((t) => String(t.Id)).filter((id) => !managed.has(id));
  if (foreign.length) opts.log.info(`Kept other targets of rule ${def.name}: ${foreign.join(', ')}`);
  return { ruleArn, changes, apiDestinationArn };
}

async function applyDispatch(
  def: TriggerDefinition,
  gw: EventBridgeGateway,
  opts: ApplyOptions,
  changes: string[],
): Promise<string> {
  const connName = connectionName(def.name);
  const connection = await gw.describeConnection(connName);
  let connectionArn: string;
  if (!connection) {
    if (!opts.githubToken) {
      throw new UserError(
        `connection ${connName} does not exist yet: give 'github-token' (a token that may run workflows: fine-grained with Actions: write) to create it`,
        2,
      );
    }
    connectionArn = await gw.createConnection(connectionRequest(def, opts.githubToken));
    changes.push(`created connection ${connName}`);
  } else {
    connectionArn = connection.arn;
    if (opts.rotateToken) {
      if (!opts.githubToken) throw new UserError("'rotate-token' needs 'github-token'", 2);
      await gw.updateConnection(connectionRequest(def, opts.githubToken));
      changes.push(`replaced the token of connection ${connName}`);
    } else if (connection.state === 'DEAUTHORIZED') {
      opts.log.warning(
        `connection ${connName} is DEAUTHORIZED (GitHub refused its token): run again with 'rotate-token: true' and a new 'github-token'`,
      );
    }
  }

  const wanted = apiDestinationRequest(def, connectionArn);
  const current = await gw.describeApiDestination(apiDestinationName(def.name));
  if (!current) {
    const arn = await gw.createApiDestination(wanted);
    changes.push(`created API destination ${wanted.Name} → ${wanted.InvocationEndpoint}`);
    return arn;
  }
  const fields = [
    'ConnectionArn',
    'InvocationEndpoint',
    'HttpMethod',
    'InvocationRateLimitPerSecond',
    'Description',
  ] as const;
  const diffs = fields.filter((f) => current[f] !== wanted[f]);
  if (diffs.length) {
    await gw.updateApiDestination(wanted);
    changes.push(`updated API destination ${wanted.Name}: ${diffs.join(', ')}`);
  }
  return current.arn;
}
