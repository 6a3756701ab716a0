import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { approveInStudio } from '../sandbox/aws/studio.js';
import { push, workflowDispatch } from '../workflows/events.js';
import { ACCOUNT, DISPATCH_TOKEN, GROUP, TRIGGER_ROLE, startTeam, type Team } from './world.js';

jest.setTimeout(120_000);
const MAIN_SHA = 'd4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5';
let team: Team;
beforeEach(async () => (team = await startTeam()));
afterEach(async () => {
  // Every request of a journey that succeeds is allowed by the policies init wrote.
  expect(team.denied()).toEqual([]);
  await team.stop();
});

const s3Upload = (key: string) => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Object Created',
  source: 'aws.s3',
  account: ACCOUNT,
  time: '2026-12-01T15:00:00Z',
  region: 'us-east-1',
  resources: ['arn:aws:s3:::churn-data'],
  detail: {
    version: '0',
    bucket: { name: 'churn-data' },
    object: {
      key,
      size: 52_428_800,
      etag: 'b1946ac92492d2347c6235b4d2611184',
      sequencer: '00617F08299329D189',
    },
    'request-id': 'N4N7GDK58NMKJ12R',
    requester: ACCOUNT,
    'source-ip-address': '203.0.113.15',
    reason: 'PutObject',
  },
});

describe('journey: triggers', () => {
  it('applies the rules; new data starts the pipeline as the trigger role; an approval in the registry deploys exactly once', async () => {
    const { runner, events, delivery, aws, registry, dispatches, hosting, approvals } = team;
    events.eventBridgeBuckets.add('churn-data');
    const bound = new Map<string, string>();
    const bind = delivery.bindRole;
    delivery.bindRole = (key, role) => {
      bound.set(key, role);
      bind(key, role);
    };

    // The triggers workflow runs when it changes on main, and applies the rules.
    const unrelated = await runner.run('sagemaker-triggers.yml', {
      ...push({ sha: MAIN_SHA, pusher: 'maria', author: 'maria', message: 'Tune' }),
      changedFiles: ['train.py'],
    });
    expect(unrelated.triggered).toBe(false);
    const applied = await runner.run('sagemaker-triggers.yml', {
      ...push({ sha: MAIN_SHA, pusher: 'maria', author: 'maria', message: 'Add triggers' }),
      changedFiles: ['.github/workflows/sagemaker-triggers.yml'],
    });
    expect(applied.warnings).toEqual([]);
    expect(applied.jobs.triggers!.steps.map((s) => s.outcome)).toEqual(['success', 'success', 'success']);
    expect([...events.rules.keys()].sort()).toEqual([
      'churn-train-on-data',
      'churn-train-on-drift',
      'deploy-on-approval',
    ]);

    // An upload under the prefix starts the pipeline, signed as the trigger role; one elsewhere does not.
    expect(await delivery.deliver(s3Upload('archive/old.csv'))).toEqual([]);
    const [started] = await delivery.deliver(s3Upload('incoming/2026-12-01.csv'));
    expect(started).toMatchObject({ rule: 'churn-train-on-data', roleArn: TRIGGER_ROLE });
    const request = aws.calls('StartPipelineExecution').at(-1)!;
    expect(request.body.PipelineName).toBe('churn-train');
    const key = /Credential=([A-Z0-9]+)\//.exec(String(request.headers.authorization))![1]!;
    expect(bound.get(key)).toBe(TRIGGER_ROLE);
    expect(started!.result).toMatch(/:pipeline\/churn-train\/execution\//);

    // A merge deploys: the toolkit records the reviewer's approval in the registry, and that
    // approval does not start the deploy workflow a second time.
    approvals.authors.set(MAIN_SHA, 'maria');
    const merged = await runner.run(
      'sagemaker-deploy.yml',
      push({ sha: MAIN_SHA, pusher: 'maria', author: 'maria', message: 'Merge pull request #42' }),
    );
    expect(merged.conclusion).toBe('success');
    await team.settle();
    const toolkitApproval = aws.calls('UpdateModelPackage').at(-1)!.body;
    expect(toolkitApproval.ApprovalDescription).toMatch(/^Approved by carol via GitHub environment approval/);
    expect(delivery.invocations.filter((i) => i.rule === 'deploy-on-approval')).toEqual([]);
    expect(dispatches.dispatches).toEqual([]);
    expect(aws.calls('UpdateEndpoint')).toHaveLength(1);

    // A person approves a package in the registry: exactly one workflow_dispatch of the deploy workflow.
    const candidate = registry.addPackage(GROUP, {
      metrics: { binary_classification_metrics: { accuracy: { value: 0.93 } } },
    });
    await approveInStudio(aws, candidate.arn, 'Reviewed the evaluation report; good to ship');
    await team.settle();
    expect(dispatches.dispatches).toEqual([
      {
        repository: 'acme/churn-model',
        workflow: 'sagemaker-deploy.yml',
        ref: 'main',
        inputs: { 'model-package-arn': candidate.arn },
        token: DISPATCH_TOKEN,
      },
    ]);

    // The dispatched run: no training, the reviewer approves, one deploy, and nothing dispatched again.
    const d = dispatches.dispatches[0]!;
    const run = await runner.run(
      'sagemaker-deploy.yml',
      workflowDispatch({ workflow: d.workflow, sha: MAIN_SHA, actor: 'release-bot', inputs: d.inputs }),
    );
    expect(run.jobs.train!.result).toBe('skipped');
    expect(run.jobs.deploy!.result).toBe('success');
    expect(run.environmentRequests).toHaveLength(1);
    await team.settle();
    expect(dispatches.dispatches).toHaveLength(1);
    expect(aws.calls('UpdateEndpoint')).toHaveLength(2);
    expect(hosting.endpoints.get('churn-prod')).toMatchObject({
      status: 'InService',
      configName: run.jobs.deploy!.steps.at(-1)!.outputs['endpoint-config-name'],
    });
  });
});
