import { randomUUID } from 'node:crypto';
import { SageMakerClient, StartPipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import type { GitHubSandbox } from '../github.js';
import type { EventBridgeWorld } from './eventbridge.js';

/** The session token of EventBridge's own requests (a target's role acting), told apart from a command's. */
export const EVENTS_SESSION_TOKEN = 'events';

/**
 * EventBridge delivering an event to the targets of the rules it matches, as the service does:
 * a SageMaker pipeline target is started *as the target's role* (a request signed with a session of
 * that role; `bindRole` tells the sandbox's IAM whose it is) with the target's parameters and the
 * event id as idempotency token; an API destination target is called with the connection's
 * API key header and the body its InputTransformer makes (api.github.com → the GitHub sandbox).
 */
export interface Invocation {
  rule: string;
  targetArn: string;
  roleArn: string;
  /** StartPipelineExecution's answer, or the API destination's HTTP status. */
  result: string;
}

export class EventDelivery {
  readonly invocations: Invocation[] = [];
  /** Called with the access key a role's session signs with (e.g. IamWorld.bindCredentials). */
  bindRole: (accessKeyId: string, roleArn: string) => void = () => {};

  constructor(
    readonly events: EventBridgeWorld,
    readonly github?: GitHubSandbox,
  ) {}

  async deliver(event: Record<string, unknown>): Promise<Invocation[]> {
    const made: Invocation[] = [];
    for (const rule of this.events.matches(event)) {
      for (const target of this.events.targets.get(rule.Name) ?? []) {
        const arn = String(target.Arn);
        const roleArn = String(target.RoleArn ?? '');
        const result = arn.includes(':pipeline/')
          ? await this.startPipeline(arn, roleArn, target, event)
          : arn.includes(':api-destination/')
            ? await this.callApi(arn, target, event)
            : unsupported(arn);
        made.push({ rule: rule.Name, targetArn: arn, roleArn, result });
      }
    }
    this.invocations.push(...made);
    return made;
  }

  private async startPipeline(
    arn: string,
    roleArn: string,
    target: Record<string, unknown>,
    event: Record<string, unknown>,
  ) {
    const sandbox = this.events.sandbox;
    const accessKeyId = `ASIAEVENTS${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
    this.bindRole(accessKeyId, roleArn);
    const client = new SageMakerClient({
      endpoint: sandbox.url,
      region: sandbox.region,
      credentials: {
        accessKeyId,
        secretAccessKey: 'events-service-session',
        sessionToken: EVENTS_SESSION_TOKEN,
      },
      maxAttempts: 1,
    });
    const params = (
      target.SageMakerPipelineParameters as { PipelineParameterList?: { Name: string; Value: string }[] }
    )?.PipelineParameterList;
    const out = await client.send(
      new StartPipelineExecutionCommand({
        PipelineName: arn.split(':pipeline/')[1]!,
        ClientRequestToken: String(event.id ?? randomUUID()),
        ...(params?.length ? { PipelineParameters: params } : {}),
      }),
    );
    return out.PipelineExecutionArn ?? '';
  }

  private async callApi(arn: string, target: Record<string, unknown>, event: Record<string, unknown>) {
    const dest = [...this.events.apiDestinations.values()].find((d) => d.ApiDestinationArn === arn);
    if (!dest) throw new Error(`no API destination ${arn}`);
    const connection = [...this.events.connections.values()].find(
      (c) => c.ConnectionArn === dest.ConnectionArn,
    );
    const key = (connection?.AuthParameters as { ApiKeyAuthParameters?: { ApiKeyName: string } })
      ?.ApiKeyAuthParameters;
    const transformer = target.InputTransformer as
      { InputPathsMap: Record<string, string>; InputTemplate: string } | undefined;
    let body = JSON.stringify(event);
    if (transformer) {
      body = transformer.InputTemplate;
      for (const [name, path] of Object.entries(transformer.InputPathsMap))
        body = body.split(`<${name}>`).join(String(jsonPath(event, path) ?? ''));
    }
    if (!this.github) throw new Error('an API destination target needs the GitHub sandbox');
    const url = String(dest.InvocationEndpoint).replace(/^https:\/\/api\.github\.com/, this.github.url);
    const response = await fetch(url, {
      method: String(dest.HttpMethod),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(key && connection ? { [key.ApiKeyName]: connection.secret } : {}),
      },
      body,
    });
    return String(response.status);
  }
}

function jsonPath(value: unknown, path: string): unknown {
  return path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean)
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      value,
    );
}

function unsupported(arn: string): never {
  throw new Error(`the sandbox does not deliver to target ${arn}`);
}
