import { randomUUID } from 'node:crypto';
import { AwsError, epochSeconds, type AwsSandbox, type Handler, type RawRoute } from './server.js';

/**
 * EventBridge in the sandbox (default bus): rules, targets, connections and API destinations,
 * checked as EventBridge checks them (names, ranges, a SageMaker target's RoleArn), plus S3's
 * `GET /<bucket>?notification` so a test can turn a bucket's EventBridge notifications on or off.
 * `matches(event)` runs the rules' patterns against an event, as EventBridge would.
 */
export interface SandboxRule {
  Name: string;
  Arn: string;
  State: string;
  Description?: string;
  EventPattern?: string;
  ScheduleExpression?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies as the wire sends them
type Json = Record<string, any>;

const NAME = /^[.\-_A-Za-z0-9]{1,64}$/;

export class EventBridgeWorld {
  readonly rules = new Map<string, SandboxRule>();
  readonly targets = new Map<string, Record<string, unknown>[]>();
  readonly connections = new Map<string, Record<string, unknown> & { secret: string }>();
  readonly apiDestinations = new Map<string, Record<string, unknown>>();
  /** Buckets whose notification configuration has EventBridgeConfiguration. */
  readonly eventBridgeBuckets = new Set<string>();

  constructor(readonly sandbox: AwsSandbox) {
    const on = (op: string, fn: Handler) => sandbox.on(`AWSEvents.${op}`, fn);
    on('PutRule', (i) => this.putRule(i));
    on('DescribeRule', (i: { Name: string }) => {
      const r = this.rule(i.Name);
      return { ...r, EventBusName: 'default', CreatedBy: sandbox.accountId };
    });
    on('ListTargetsByRule', (i: { Rule: string }) => {
      this.rule(i.Rule);
      return { Targets: this.targets.get(i.Rule) ?? [] };
    });
    on('PutTargets', (i) => this.putTargets(i));
    on('RemoveTargets', (i: { Rule: string; Ids: string[] }) => {
      this.rule(i.Rule);
      this.targets.set(
        i.Rule,
        (this.targets.get(i.Rule) ?? []).filter((t) => !i.Ids.includes(String(t.Id))),
      );
      return { FailedEntryCount: 0, FailedEntries: [] };
    });
    on('CreateConnection', (i) => this.createConnection(i));
    on('UpdateConnection', (i) => this.updateConnection(i));
    on('DescribeConnection', (i: { Name: string }) => {
      const c = this.connections.get(i.Name);
      if (!c)
        throw new AwsError(
          'ResourceNotFoundException',
          `Failed to describe the connection(s). Connection '${i.Name}' does not exist.`,
        );
      const { AuthParameters, ...rest } = c;
      delete (rest as Partial<typeof c>).secret;
      const auth = AuthParameters as {
        ApiKeyAuthParameters: { ApiKeyName: string };
        InvocationHttpParameters?: unknown;
      };
      // The key's value lives in Secrets Manager and is never returned.
      return {
        ...rest,
        AuthParameters: {
          ApiKeyAuthParameters: { ApiKeyName: auth.ApiKeyAuthParameters.ApiKeyName },
          InvocationHttpParameters: auth.InvocationHttpParameters,
        },
      };
    });
    on('CreateApiDestination', (i) => this.createApiDestination(i));
    on('UpdateApiDestination', (i) => this.updateApiDestination(i));
    on('DescribeApiDestination', (i: { Name: string }) => {
      const d = this.apiDestinations.get(i.Name);
      if (!d)
        throw new AwsError(
          'ResourceNotFoundException',
          `Failed to describe the api-destination(s). An api-destination '${i.Name}' does not exist.`,
        );
      return d;
    });
    sandbox.rawRoutes.push(this.notificationRoute());
  }

  rule(name: string): SandboxRule {
    const r = this.rules.get(name);
    if (!r)
      throw new AwsError('ResourceNotFoundException', `Rule ${name} does not exist on EventBus default.`);
    return r;
  }

  private putRule(i: SandboxRule): { RuleArn: string } {
    if (!NAME.test(i.Name ?? ''))
      throw validation(
        `Value '${i.Name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+`,
      );
    if (!i.EventPattern && !i.ScheduleExpression)
      throw validation('Parameter(s) EventPattern or ScheduleExpression must be specified.');
    if (i.EventPattern) {
      try {
        JSON.parse(i.EventPattern);
      } catch {
        throw new AwsError(
          'InvalidEventPatternException',
          'Event pattern is not valid. Reason: invalid JSON',
        );
      }
    }
    if (
      i.State &&
      !['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'].includes(i.State)
    )
      throw validation(
        `Value '${i.State}' at 'state' failed to satisfy constraint: Member must satisfy enum value set`,
      );
    const arn = this.sandbox.arn('events', `rule/${i.Name}`);
    // PutRule replaces the rule: fields left out are cleared, as EventBridge does.
    this.rules.set(i.Name, {
      Name: i.Name,
      Arn: arn,
      State: i.State ?? 'ENABLED',
      ...(i.Description ? { Description: i.Description } : {}),
      ...(i.EventPattern ? { EventPattern: i.EventPattern } : {}),
      ...(i.ScheduleExpression ? { ScheduleExpression: i.ScheduleExpression } : {}),
    });
    return { RuleArn: arn };
  }

  private putTargets(i: { Rule: string; Targets: Json[] }) {
    this.rule(i.Rule);
    if (!i.Targets?.length || i.Targets.length > 10) throw validation('Targets must have 1 to 10 entries');
    const failed: { TargetId: string; ErrorCode: string; ErrorMessage: string }[] = [];
    const list = this.targets.get(i.Rule) ?? [];
    for (const t of i.Targets) {
      const fail = (ErrorMessage: string) =>
        failed.push({ TargetId: t.Id, ErrorCode: 'ValidationException', ErrorMessage });
      if (!NAME.test(t.Id ?? ''))
        throw validation(`Value '${t.Id}' at 'targets.1.member.id' failed to satisfy constraint`);
      const retry = t.RetryPolicy;
      if (retry && (retry.MaximumRetryAttempts < 0 || retry.MaximumRetryAttempts > 185))
        throw validation('RetryPolicy.MaximumRetryAttempts must be between 0 and 185');
      if (retry && (retry.MaximumEventAgeInSeconds < 60 || retry.MaximumEventAgeInSeconds > 86400))
        throw validation('RetryPolicy.MaximumEventAgeInSeconds must be between 60 and 86400');
      if (t.DeadLetterConfig && !/^arn:aws[a-z-]*:sqs:/.test(t.DeadLetterConfig.Arn ?? '')) {
        fail('DeadLetterConfig.Arn must be an SQS queue ARN');
        continue;
      }
      const arn = String(t.Arn ?? '');
      if (arn.includes(':sagemaker:') && !t.RoleArn) {
        fail('RoleArn is required for target arn: ' + arn);
        continue;
      }
      if (t.SageMakerPipelineParameters && !arn.includes(':pipeline/')) {
        fail('SageMakerPipelineParameters is only for a SageMaker pipeline target');
        continue;
      }
      if (
        arn.includes(':api-destination/') &&
        ![...this.apiDestinations.values()].some((d) => d.ApiDestinationArn === arn)
      ) {
        fail(`API destination ${arn} does not exist`);
        continue;
      }
      const at = list.findIndex((x) => x.Id === t.Id);
      if (at >= 0) list[at] = t;
      else list.push(t);
    }
    this.targets.set(i.Rule, list);
    return { FailedEntryCount: failed.length, FailedEntries: failed };
  }

  private createConnection(i: Json) {
    if (!NAME.test(i.Name ?? ''))
      throw validation(`Value '${i.Name}' at 'name' failed to satisfy constraint`);
    if (this.connections.has(i.Name))
      throw new AwsError('ResourceAlreadyExistsException', `Connection ${i.Name} already exists.`);
    if (!['API_KEY', 'BASIC', 'OAUTH_CLIENT_CREDENTIALS'].includes(i.AuthorizationType))
      throw validation('AuthorizationType');
    const key = i.AuthParameters?.ApiKeyAuthParameters;
    if (i.AuthorizationType === 'API_KEY' && (!key?.ApiKeyName || !key?.ApiKeyValue))
      throw validation('ApiKeyAuthParameters needs ApiKeyName and ApiKeyValue');
    const now = epochSeconds(this.sandbox.now());
    const arn = this.sandbox.arn('events', `connection/${i.Name}/${randomUUID()}`);
    this.connections.set(i.Name, {
      ConnectionArn: arn,
      Name: i.Name,
      Description: i.Description,
      AuthorizationType: i.AuthorizationType,
      AuthParameters: i.AuthParameters,
      ConnectionState: 'AUTHORIZED',
      SecretArn: this.sandbox.arn('secretsmanager', `secret:events!connection/${i.Name}/${randomUUID()}`),
      CreationTime: now,
      LastModifiedTime: now,
      secret: key?.ApiKeyValue ?? '',
    });
    return { ConnectionArn: arn, ConnectionState: 'AUTHORIZED', CreationTime: now, LastModifiedTime: now };
  }

  private updateConnection(i: Json) {
    const c = this.connections.get(i.Name);
    if (!c) throw new AwsError('ResourceNotFoundException', `Connection '${i.Name}' does not exist.`);
    if (i.AuthParameters) c.AuthParameters = i.AuthParameters;
    if (i.AuthParameters?.ApiKeyAuthParameters?.ApiKeyValue)
      c.secret = i.AuthParameters.ApiKeyAuthParameters.ApiKeyValue;
    c.ConnectionState = 'AUTHORIZED';
    c.LastModifiedTime = epochSeconds(this.sandbox.now());
    return { ConnectionArn: c.ConnectionArn, ConnectionState: c.ConnectionState };
  }

  private createApiDestination(i: Json) {
    if (!NAME.test(i.Name ?? ''))
      throw validation(`Value '${i.Name}' at 'name' failed to satisfy constraint`);
    if (this.apiDestinations.has(i.Name))
      throw new AwsError('ResourceAlreadyExistsException', `An api-destination '${i.Name}' already exists.`);
    if (![...this.connections.values()].some((c) => c.ConnectionArn === i.ConnectionArn))
      throw new AwsError('ResourceNotFoundException', `Connection '${i.ConnectionArn}' does not exist.`);
    if (
      !/^https:\/\//.test(i.InvocationEndpoint ?? '') &&
      !/^http:\/\/127\.0\.0\.1/.test(i.InvocationEndpoint ?? '')
    )
      throw validation('InvocationEndpoint must be an https URL');
    if (!['POST', 'GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'].includes(i.HttpMethod))
      throw validation('HttpMethod');
    const now = epochSeconds(this.sandbox.now());
    const arn = this.sandbox.arn('events', `api-destination/${i.Name}/${randomUUID()}`);
    this.apiDestinations.set(i.Name, {
      ApiDestinationArn: arn,
      Name: i.Name,
      Description: i.Description,
      ApiDestinationState: 'ACTIVE',
      ConnectionArn: i.ConnectionArn,
      InvocationEndpoint: i.InvocationEndpoint,
      HttpMethod: i.HttpMethod,
      InvocationRateLimitPerSecond: i.InvocationRateLimitPerSecond ?? 300,
      CreationTime: now,
      LastModifiedTime: now,
    });
    return {
      ApiDestinationArn: arn,
      ApiDestinationState: 'ACTIVE',
      CreationTime: now,
      LastModifiedTime: now,
    };
  }

  private updateApiDestination(i: Json) {
    const d = this.apiDestinations.get(i.Name);
    if (!d) throw new AwsError('ResourceNotFoundException', `An api-destination '${i.Name}' does not exist.`);
    for (const k of [
      'Description',
      'ConnectionArn',
      'InvocationEndpoint',
      'HttpMethod',
      'InvocationRateLimitPerSecond',
    ])
      if (i[k] !== undefined) d[k] = i[k];
    d.LastModifiedTime = epochSeconds(this.sandbox.now());
    return { ApiDestinationArn: d.ApiDestinationArn, ApiDestinationState: 'ACTIVE' };
  }

  /** The enabled rules whose pattern matches `event` (an event as EventBridge delivers it). */
  matches(event: Record<string, unknown>): SandboxRule[] {
    return [...this.rules.values()].filter(
      (r) => r.State !== 'DISABLED' && r.EventPattern && matchPattern(JSON.parse(r.EventPattern), event),
    );
  }

  private notificationRoute(): RawRoute {
    const isNotification = (url: URL) => url.searchParams.has('notification');
    return {
      match: (req, url) => req.method === 'GET' && isNotification(url),
      describe: (_req, url) => ({
        service: 's3',
        operation: 'GetBucketNotificationConfiguration',
        body: { bucket: url.pathname.split('/')[1] },
      }),
      handle: (_req, res, _body, sandbox) => {
        const bucket = new URL(_req.url ?? '/', 'http://s').pathname.split('/')[1] ?? '';
        void sandbox;
        const inner = this.eventBridgeBuckets.has(bucket)
          ? '<EventBridgeConfiguration></EventBridgeConfiguration>'
          : '';
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${inner}</NotificationConfiguration>`;
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
        res.end(xml);
      },
    };
  }
}

const validation = (message: string) => new AwsError('ValidationException', message);

/**
 * EventBridge pattern matching: arrays list allowed values or filters (prefix, suffix, wildcard,
 * exists, anything-but with a value, a list, a prefix, a suffix or a wildcard); `$or` lists
 * alternative sub-patterns. A field missing from the event matches only `exists: false`.
 */
export function matchPattern(pattern: Record<string, unknown>, event: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([key, want]) => {
    if (key === '$or') return (want as Record<string, unknown>[]).some((alt) => matchPattern(alt, event));
    const have = event[key];
    if (Array.isArray(want)) return want.some((w) => matchValue(w, have));
    return (
      !!have &&
      typeof have === 'object' &&
      matchPattern(want as Record<string, unknown>, have as Record<string, unknown>)
    );
  });
}

type Filter = {
  prefix?: string;
  suffix?: string;
  wildcard?: string;
  exists?: boolean;
  'anything-but'?: unknown;
};

function matchValue(w: unknown, have: unknown): boolean {
  if (!w || typeof w !== 'object') return have === w;
  const f = w as Filter;
  if (f.exists !== undefined) return f.exists === (have !== undefined);
  if (have === undefined) return false;
  if (f['anything-but'] !== undefined) {
    const not = f['anything-but'];
    if (Array.isArray(not)) return !not.includes(have);
    if (not && typeof not === 'object') return typeof have === 'string' && !matchValue(not, have);
    return have !== not;
  }
  if (typeof have !== 'string') return false;
  if (f.prefix !== undefined) return have.startsWith(f.prefix);
  if (f.suffix !== undefined) return have.endsWith(f.suffix);
  if (f.wildcard !== undefined) return wildcard(f.wildcard).test(have);
  return false;
}

function wildcard(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') re += (pattern[++i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '*') re += '.*';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
