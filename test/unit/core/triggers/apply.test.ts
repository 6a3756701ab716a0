import { describe, expect, it } from '@jest/globals';
import { applyTrigger, type EventBridgeGateway } from '../../../../src/core/triggers/apply.js';
import type { TriggerDefinition } from '../../../../src/core/triggers/definition.js';
import { MemoryLog } from '../../../support/memory-log.js';

/** EventBridge in memory, recording writes: enough to prove what a second apply sends. */
function memoryEventBridge() {
  const rules = new Map<string, Record<string, unknown>>();
  const targets = new Map<string, Record<string, unknown>[]>();
  const connections = new Map<string, { arn: string; state: string; token: string }>();
  const destinations = new Map<string, Record<string, unknown>>();
  const writes: string[] = [];
  const gw: EventBridgeGateway = {
    async describeRule(name) {
      const r = rules.get(name);
      return r ? ({ ...r, Arn: `arn:rule/${name}` } as never) : undefined;
    },
    async putRule(rule) {
      writes.push(`PutRule ${rule.Name}`);
      rules.set(rule.Name, { ...rule });
      return `arn:rule/${rule.Name}`;
    },
    async listTargets(rule) {
      return structuredClone(targets.get(rule) ?? []);
    },
    async putTargets(rule, ts) {
      writes.push(`PutTargets ${ts.map((t) => t.Id).join(',')}`);
      const list = (targets.get(rule) ?? []).filter((t) => !ts.some((n) => n.Id === t.Id));
      targets.set(rule, [...list, ...structuredClone(ts as unknown as Record<string, unknown>[])]);
    },
    async removeTargets(rule, ids) {
      writes.push(`RemoveTargets ${ids.join(',')}`);
      targets.set(
        rule,
        (targets.get(rule) ?? []).filter((t) => !ids.includes(String(t.Id))),
      );
    },
    async describeConnection(name) {
      return connections.get(name);
    },
    async createConnection(req) {
      writes.push(`CreateConnection ${req.Name}`);
      const c = {
        arn: `arn:connection/${req.Name}`,
        state: 'AUTHORIZED',
        token: req.AuthParameters.ApiKeyAuthParameters.ApiKeyValue,
      };
      connections.set(req.Name, c);
      return c.arn;
    },
    async updateConnection(req) {
      writes.push(`UpdateConnection ${req.Name}`);
      connections.get(req.Name)!.token = req.AuthParameters.ApiKeyAuthParameters.ApiKeyValue;
    },
    async describeApiDestination(name) {
      const d = destinations.get(name);
      return d ? ({ ...d, arn: `arn:api-destination/${name}/1` } as never) : undefined;
    },
    async createApiDestination(req) {
      writes.push(`CreateApiDestination ${req.Name}`);
      destinations.set(req.Name, { ...req });
      return `arn:api-destination/${req.Name}/1`;
    },
    async updateApiDestination(req) {
      writes.push(`UpdateApiDestination ${req.Name}`);
      destinations.set(req.Name, { ...req });
      return `arn:api-destination/${req.Name}/1`;
    },
  };
  return { gw, writes, targets, connections };
}

const def: TriggerDefinition = {
  name: 'nightly',
  description: 'nightly retrain',
  state: 'ENABLED',
  source: { kind: 'schedule', expression: 'rate(1 day)' },
  target: {
    kind: 'sagemaker-pipeline',
    pipelineArn: 'arn:aws:sagemaker:us-east-1:1:pipeline/p',
    parameters: { A: '1' },
  },
  roleArn: 'arn:aws:iam::123456789012:role/t',
  retry: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86400 },
};

describe('applyTrigger: idempotent, changes only what differs', () => {
  it('creates, then a second apply writes nothing and says so', async () => {
    const eb = memoryEventBridge();
    const first = await applyTrigger(def, eb.gw, { log: new MemoryLog() });
    expect(first.changes).toEqual([
      'created rule nightly',
      'added target sagemaker-pipeline → arn:aws:sagemaker:us-east-1:1:pipeline/p',
    ]);
    expect(first.ruleArn).toBe('arn:rule/nightly');
    const writes = eb.writes.length;
    const second = await applyTrigger(def, eb.gw, { log: new MemoryLog() });
    expect(second.changes).toEqual([]);
    expect(second.ruleArn).toBe('arn:rule/nightly');
    expect(eb.writes.length).toBe(writes);
  });

  it('updates only the rule field or target field that changed', async () => {
    const eb = memoryEventBridge();
    await applyTrigger(def, eb.gw, { log: new MemoryLog() });
    eb.writes.length = 0;
    const changed = {
      ...def,
      source: { kind: 'schedule' as const, expression: 'rate(12 hours)' },
      retry: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
    };
    const r = await applyTrigger(changed, eb.gw, { log: new MemoryLog() });
    expect(r.changes).toEqual([
      'updated rule nightly: ScheduleExpression',
      'updated target sagemaker-pipeline: RetryPolicy',
    ]);
    expect(eb.writes).toEqual(['PutRule nightly', 'PutTargets sagemaker-pipeline']);
  });

  it('switching to a GitHub target removes the pipeline target, keeps foreign targets, and needs a token once', async () => {
    const eb = memoryEventBridge();
    await applyTrigger(def, eb.gw, { log: new MemoryLog() });
    eb.targets.get('nightly')!.push({ Id: 'ops-sns', Arn: 'arn:sns' });
    const github: TriggerDefinition = {
      ...def,
      target: {
        kind: 'github-workflow',
        repository: 'acme/m',
        workflow: 'retrain.yml',
        ref: 'main',
        apiUrl: 'https://api.github.com',
      },
    };
    await expect(applyTrigger(github, eb.gw, { log: new MemoryLog() })).rejects.toThrow(
      "connection nightly-github does not exist yet: give 'github-token'",
    );
    eb.writes.length = 0;
    const log = new MemoryLog();
    const r = await applyTrigger(github, eb.gw, { githubToken: 'ghp_1', log });
    expect(eb.writes).toEqual([
      'CreateConnection nightly-github',
      'CreateApiDestination nightly-dispatch',
      'PutTargets github-workflow-dispatch',
      'RemoveTargets sagemaker-pipeline',
    ]);
    expect(r.changes).toContain('removed target sagemaker-pipeline');
    expect(log.lines).toContain('Kept other targets of rule nightly: ops-sns');
    expect(eb.targets.get('nightly')!.map((t) => t.Id)).toEqual(['ops-sns', 'github-workflow-dispatch']);
    eb.writes.length = 0;
    expect((await applyTrigger(github, eb.gw, { githubToken: 'ghp_2', log })).changes).toEqual([]);
    expect(eb.connections.get('nightly-github')!.token).toBe('Bearer ghp_1');
    const rotated = await applyTrigger(github, eb.gw, { githubToken: 'ghp_2', rotateToken: true, log });
    expect(rotated.changes).toEqual(['replaced the token of connection nightly-github']);
    expect(eb.connections.get('nightly-github')!.token).toBe('Bearer ghp_2');
  });
});
