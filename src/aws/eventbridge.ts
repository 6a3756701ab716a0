import {
  CreateApiDestinationCommand,
  CreateConnectionCommand,
  DescribeApiDestinationCommand,
  DescribeConnectionCommand,
  DescribeRuleCommand,
  EventBridgeClient,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  UpdateApiDestinationCommand,
  UpdateConnectionCommand,
} from '@aws-sdk/client-eventbridge';
import { OutcomeError } from '../core/errors.js';
import type { EventBridgeGateway } from '../core/triggers/apply.js';
import type { ApiDestinationRequest } from '../core/triggers/definition.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

const notFound = (err: unknown) => (err as { name?: string }).name === 'ResourceNotFoundException';

/** EventBridge through the SDK (the default event bus). */
export function eventBridgeGateway(ctx: AwsContext): EventBridgeGateway {
  const client = lazyClient(ctx, 'EVENTBRIDGE', (config) => new EventBridgeClient(config));
  return {
    async describeRule(name) {
      try {
        const r = await client().send(new DescribeRuleCommand({ Name: name }));
        return {
          Arn: r.Arn ?? '',
          Name: r.Name,
          Description: r.Description,
          State: r.State as 'ENABLED' | 'DISABLED' | undefined,
          EventPattern: r.EventPattern,
          ScheduleExpression: r.ScheduleExpression,
        };
      } catch (err) {
        if (notFound(err)) return undefined;
        throw err;
      }
    },
    async putRule(rule) {
      const r = await client().send(new PutRuleCommand(rule));
      return r.RuleArn ?? '';
    },
    async listTargets(rule) {
      const targets: Record<string, unknown>[] = [];
      let NextToken: string | undefined;
      do {
        const page = await client().send(new ListTargetsByRuleCommand({ Rule: rule, NextToken }));
        targets.push(...((page.Targets ?? []) as unknown as Record<string, unknown>[]));
        NextToken = page.NextToken;
      } while (NextToken);
      return targets;
    },
    async putTargets(rule, targets) {
      const r = await client().send(new PutTargetsCommand({ Rule: rule, Targets: targets }));
      const failed = r.FailedEntries ?? [];
      if (r.FailedEntryCount || failed.length) {
        const why = failed.map((f) => `${f.TargetId}: ${f.ErrorCode} ${f.ErrorMessage}`).join('; ');
        throw new OutcomeError(`EventBridge refused the target of rule ${rule}: ${why}`);
      }
    },
    async removeTargets(rule, ids) {
      await client().send(new RemoveTargetsCommand({ Rule: rule, Ids: ids }));
    },
    async describeConnection(name) {
      try {
        const r = await client().send(new DescribeConnectionCommand({ Name: name }));
        return { arn: r.ConnectionArn ?? '', state: r.ConnectionState ?? '' };
      } catch (err) {
        if (notFound(err)) return undefined;
        throw err;
      }
    },
    async createConnection(request) {
      const r = await client().send(new CreateConnectionCommand(request));
      return r.ConnectionArn ?? '';
    },
    async updateConnection(request) {
      await client().send(new UpdateConnectionCommand(request));
    },
    async describeApiDestination(name) {
      try {
        const r = await client().send(new DescribeApiDestinationCommand({ Name: name }));
        return {
          arn: r.ApiDestinationArn ?? '',
          Name: r.Name ?? name,
          Description: r.Description ?? '',
          ConnectionArn: r.ConnectionArn ?? '',
          InvocationEndpoint: r.InvocationEndpoint ?? '',
          HttpMethod: r.HttpMethod as ApiDestinationRequest['HttpMethod'],
          InvocationRateLimitPerSecond: r.InvocationRateLimitPerSecond ?? 0,
        };
      } catch (err) {
        if (notFound(err)) return undefined;
        throw err;
      }
    },
    async createApiDestination(request) {
      const r = await client().send(new CreateApiDestinationCommand(request));
      return r.ApiDestinationArn ?? '';
    },
    async updateApiDestination(request) {
      const r = await client().send(new UpdateApiDestinationCommand(request));
      return r.ApiDestinationArn ?? '';
    },
  };
}
