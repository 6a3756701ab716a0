import { randomUUID } from 'node:crypto';
import type { EventBridgeWorld } from './eventbridge.js';
import type { IamWorld } from './iam.js';

/**
 * EventBridge delivering an event to the targets of the rules it matches, acting as each target's
 * RoleArn as EventBridge does:
 * - a SageMaker pipeline target: `StartPipelineExecution` sent to the sandbox over HTTP, signed
 *   with a session of the target's role (so IAM enforcement, `aws.calls()` and `iam.decisions`
 *   see it like any request), with the target's PipelineParameterList;
 * - an API destination target: `events:InvokeApiDestination` on the destination, authorized as the
 *   role, then the HTTP call with the connection's API key header and the target's InputTransformer
 *   output as body. `endpoints` rewrites a destination's base URL (https://api.github.com → the
 *   GitHub sandbox).
 *
 *   const delivery = new EventBridgeDelivery(events, { iam, endpoints: { 'https://api.github.com': github.url } });
 *   await delivery.put(s3ObjectCreated('churn-data', 'train/a.csv'));   // [{ rule, target, outcome }]
 */
export interface DeliveryResult {
  rule: string;
  targetId: string;
  roleArn?: string;
  /** `delivered`, or `failed` with the status and message (AccessDenied included). */
  outcome: 'delivered' | 'failed';
  status?: number;
  message?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- targets as the wire sent them
type Target = Record<string, any>;

export class EventBridgeDelivery {
  readonly results: DeliveryResult[] = [];
  private readonly keys = new Map<string, string>();

  constructor(
    readonly events: EventBridgeWorld,
    private readonly options: { iam?: IamWorld; endpoints?: Record<string, string> } = {},
  ) {}

  /** Delivers one event (as EventBridge delivers it: source, detail-type, detail...) to every matching target. */
  async put(event: Record<string, unknown>): Promise<DeliveryResult[]> {
    const full = {
      version: '0',
      id: randomUUID(),
      account: this.events.sandbox.accountId,
      region: this.events.sandbox.region,
      time: new Date(this.events.sandbox.now()).toISOString(),
      resources: [],
      ...event,
    };
    const results: DeliveryResult[] = [];
    for (const rule of this.events.matches(full)) {
      for (const target of (this.events.targets.get(rule.Name) ?? []) as Target[]) {
        const base = {
          rule: rule.Name,
          targetId: String(target.Id),
          ...(target.RoleArn ? { roleArn: target.RoleArn } : {}),
        };
        const r = await this.deliver(target, full).catch((err: Error) => ({
          status: 0,
          message: err.message,
        }));
        results.push({
          ...base,
          outcome: r.status >= 200 && r.status < 300 ? 'delivered' : 'failed',
          status: r.status,
          ...(r.message ? { message: r.message } : {}),
        });
      }
    }
    this.results.push(...results);
    return results;
  }

  private async deliver(
    target: Target,
    event: Record<string, unknown>,
  ): Promise<{ status: number; message?: string }> {
    const arn = String(target.Arn);
    if (arn.includes(':sagemaker:') && arn.includes(':pipeline/')) {
      const body = {
        PipelineName: arn.split(':pipeline/')[1],
        PipelineParameters: target.SageMakerPipelineParameters?.PipelineParameterList ?? [],
        ClientRequestToken: randomUUID(),
      };
      return this.aws('SageMaker.StartPipelineExecution', body, target.RoleArn);
    }
    if (arn.includes(':api-destination/')) {
      const destination = [...this.events.apiDestinations.values()].find((d) => d.ApiDestinationArn === arn);
      if (!destination) return { status: 404, message: `API destination ${arn} does not exist` };
      if (this.options.iam && target.RoleArn) {
        try {
          await this.options.iam.authorizeAs(
            target.RoleArn,
            [{ action: 'events:InvokeApiDestination', resource: arn, context: {} }],
            'events:InvokeApiDestination',
          );
        } catch (err) {
          return { status: 403, message: (err as Error).message };
        }
      }
      const connection = [...this.events.connections.values()].find(
        (c) => c.ConnectionArn === destination.ConnectionArn,
      );
      const auth = (connection?.AuthParameters as Target | undefined) ?? {};
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      for (const h of auth.InvocationHttpParameters?.HeaderParameters ?? []) headers[h.Key] = h.Value;
      if (auth.ApiKeyAuthParameters) headers[auth.ApiKeyAuthParameters.ApiKeyName] = connection!.secret;
      const res = await fetch(this.endpoint(String(destination.InvocationEndpoint)), {
        method: String(destination.HttpMethod),
        headers,
        body: transform(target, event),
      });
      return { status: res.status, message: res.ok ? '' : await res.text() };
    }
    return { status: 400, message: `the sandbox does not deliver to ${arn}` };
  }

  /** A JSON 1.1 request to the sandbox, signed (in form) with a session of `roleArn`. */
  private async aws(target: string, body: unknown, roleArn: string | undefined) {
    let key = roleArn ? this.keys.get(roleArn) : undefined;
    if (roleArn && !key) {
      key = `ASIA${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;
      this.keys.set(roleArn, key);
      this.options.iam?.bindCredentials(key, roleArn, 'eventbridge');
    }
    const service = target.startsWith('SageMaker') ? 'sagemaker' : 'events';
    const res = await fetch(this.events.sandbox.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': target,
        ...(key
          ? { authorization: `AWS4-HMAC-SHA256 Credential=${key}/20260101/us-east-1/${service}/aws4_request` }
          : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, message: res.ok ? '' : await res.text() };
  }

  private endpoint(url: string): string {
    for (const [from, to] of Object.entries(this.options.endpoints ?? {})) {
      if (url.startsWith(from)) return to + url.slice(from.length);
    }
    return url;
  }
}

/** The target's Input, or its InputTransformer applied (paths `$.a.b`, `<name>` placeholders), or the event. */
function transform(target: Target, event: Record<string, unknown>): string {
  if (target.Input) return String(target.Input);
  const t = target.InputTransformer;
  if (!t) return JSON.stringify(event);
  let out = String(t.InputTemplate);
  for (const [name, path] of Object.entries((t.InputPathsMap ?? {}) as Record<string, string>)) {
    let value: unknown = event;
    for (const part of path
      .replace(/^\$\.?/, '')
      .split('.')
      .filter(Boolean)) {
      value = (value as Record<string, unknown> | undefined)?.[part];
    }
    out = out.split(`<${name}>`).join(typeof value === 'string' ? value : JSON.stringify(value ?? null));
  }
  return out;
}
