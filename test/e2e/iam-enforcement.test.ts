import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AwsSandbox, GitHubSandbox, runAction } from './harness.js';
import { PipelinesWorld } from '../sandbox/aws/sagemaker-pipelines.js';
import { EventBridgeWorld } from '../sandbox/aws/eventbridge.js';
import { StsWorld } from '../sandbox/aws/sts.js';
import { IamWorld } from '../sandbox/aws/iam.js';
import { enableOidc } from '../sandbox/github-oidc.js';
import { commandPolicy, triggerRole } from '../../src/core/iam/policy.js';
import { EventDelivery } from '../sandbox/aws/eventbridge-delivery.js';
import { leastPrivilege } from '../sandbox/least-privilege.js';
import { PipelineRuns, churnScript } from '../sandbox/aws/sagemaker-executions.js';
import { specs } from '../../src/commands/specs.js';

/**
 * The sandbox enforces IAM: a step that assumed a role is allowed exactly what that role's policy
 * (the one `iam-policy` prints) allows, and a denial reads as AWS writes it.
 */
jest.setTimeout(30_000);
let aws: AwsSandbox;
let github: GitHubSandbox;
let iam: IamWorld;
let oidcEnv: Record<string, string>;
let pipelines: PipelinesWorld;
let events: EventBridgeWorld;
const ROLE = 'arn:aws:iam::123456789012:role/github-sagemaker';
const SESSION = 'arn:aws:sts::123456789012:assumed-role/github-sagemaker/sagemaker-cicd-9876543210-1';

beforeEach(async () => {
  aws = new AwsSandbox();
  github = new GitHubSandbox();
  await Promise.all([aws.start(), github.start()]);
  pipelines = new PipelinesWorld(aws);
  new PipelineRuns(pipelines).addPipeline('churn-train', churnScript({ scale: 1 }));
  events = new EventBridgeWorld(aws);
  iam = new IamWorld(aws, new StsWorld(aws));
  oidcEnv = enableOidc(github);
});
afterEach(() => Promise.all([aws.stop(), github.stop()]));

const describePipeline = () =>
  runAction('describe-pipeline', {
    aws,
    github,
    env: oidcEnv,
    inputs: { 'pipeline-name': 'churn-train', 'role-to-assume': ROLE },
  });

describe('IAM enforced in the sandbox', () => {
  it("allows what the role's generated policy allows, and records each decision", async () => {
    iam.registerRole(ROLE, commandPolicy('describe-pipeline', specs['describe-pipeline']!.permissions));
    const r = await describePipeline();
    expect(r.exitCode).toBe(0);
    expect(iam.denied()).toEqual([]);
    expect(iam.decisions.map((d) => [d.action, d.resource, d.principal, d.decision])).toEqual([
      [
        'sagemaker:DescribePipeline',
        'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train',
        SESSION,
        'Allowed',
      ],
      [
        'sagemaker:ListPipelineExecutions',
        'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train',
        SESSION,
        'Allowed',
      ],
    ]);
  });

  it("denies what the policy does not allow, with AWS's AccessDeniedException", async () => {
    iam.registerRole(ROLE, commandPolicy('describe-pipeline', ['sagemaker:DescribePipeline']));
    const r = await describePipeline();
    expect(r.exitCode).toBe(1);
    // The sandbox sent AWS's message (test/unit/iam/sandbox-denials.test.ts); the step names the permission.
    expect(r.stdout).toMatch(/::error::.*sagemaker:ListPipelineExecutions/);
    expect(iam.denied()[0]!.principal).toBe(SESSION);
    expect(iam.denied().map((d) => d.action)).toEqual(['sagemaker:ListPipelineExecutions']);
    // Nothing reached the handler once denied.
    expect(aws.calls('ListPipelineExecutions')).toHaveLength(0);
  });

  it('a role with no registered policy is allowed nothing', async () => {
    const r = await describePipeline();
    expect(r.exitCode).toBe(1);
    expect(iam.denied().map((d) => d.action)).toEqual(['sagemaker:DescribePipeline']);
  });

  it('checks iam:PassRole with iam:PassedToService when a request hands a role to a service', async () => {
    const triggerRole = 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger';
    const inputs = {
      name: 'nightly-retrain',
      kind: 'schedule',
      schedule: 'rate(1 day)',
      'pipeline-name': 'churn-train',
      'role-arn': triggerRole,
      'role-to-assume': ROLE,
    };
    // PassRole limited to SageMaker: EventBridge's PutTargets is refused.
    const toSageMaker = commandPolicy('create-trigger', specs['create-trigger']!.permissions);
    toSageMaker.Statement[1]!.Condition = {
      StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' },
    };
    iam.registerRole(ROLE, toSageMaker);
    const refused = await runAction('create-trigger', { aws, github, env: oidcEnv, inputs });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/::error::.*iam:PassRole/);
    expect(iam.denied()).toEqual([
      expect.objectContaining({
        action: 'iam:PassRole',
        resource: triggerRole,
        context: { 'iam:PassedToService': 'events.amazonaws.com' },
        operation: 'events:PutTargets',
      }),
    ]);

    // The generated create-trigger policy passes it to events.amazonaws.com: allowed.
    iam.registerRole(ROLE, commandPolicy('create-trigger', specs['create-trigger']!.permissions));
    const allowed = await runAction('create-trigger', { aws, github, env: oidcEnv, inputs });
    expect(allowed.exitCode).toBe(0);
    expect(aws.calls('PutTargets')).toHaveLength(1);
  });

  it('the default principal (no role) is allowed everything, so tests not about IAM are unaffected', async () => {
    const r = await runAction('describe-pipeline', { aws, inputs: { 'pipeline-name': 'churn-train' } });
    expect(r.exitCode).toBe(0);
    expect(iam.decisions.every((d) => d.principal === '*' && d.decision === 'Allowed')).toBe(true);
    expect(iam.decisions).toHaveLength(2);
  });

  it("EventBridge starts a pipeline as the target's RoleArn: allowed by the trigger role, denied by one for another pipeline", async () => {
    const TRIGGER = 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger';
    events.eventBridgeBuckets.add('churn-data');
    const created = await runAction('create-trigger', {
      aws,
      inputs: {
        name: 'churn-on-data',
        kind: 's3',
        bucket: 'churn-data',
        prefix: 'train/',
        'pipeline-name': 'churn-train',
        'role-arn': TRIGGER,
      },
    });
    expect(created.exitCode).toBe(0);
    // EventBridge signs with a session of the target's role; IAM knows whose session it is.
    const delivery = new EventDelivery(events);
    delivery.bindRole = (key, role) => void iam.bindCredentials(key, role, 'eventbridge');
    const upload = {
      source: 'aws.s3',
      'detail-type': 'Object Created',
      detail: { bucket: { name: 'churn-data' }, object: { key: 'train/2026-01.csv' } },
    };
    const account = { region: 'us-east-1', account: '123456789012', dispatchRules: [] };
    iam.registerRole(TRIGGER, triggerRole({ ...account, pipelines: ['churn-train'] }).permissions);
    const [invocation] = await delivery.deliver(upload);
    expect(invocation).toMatchObject({ rule: 'churn-on-data', roleArn: TRIGGER });
    expect(invocation!.result).toMatch(/:pipeline\/churn-train\/execution\//);
    expect(aws.calls('StartPipelineExecution')).toHaveLength(1);
    const started = iam.decisions.filter((d) => d.action === 'sagemaker:StartPipelineExecution');
    expect(started).toEqual([
      expect.objectContaining({
        principal: 'arn:aws:sts::123456789012:assumed-role/sagemaker-cicd-trigger/eventbridge',
        resource: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train',
        decision: 'Allowed',
      }),
    ]);

    iam.registerRole(TRIGGER, triggerRole({ ...account, pipelines: ['other-pipeline'] }).permissions);
    await expect(delivery.deliver(upload)).rejects.toThrow(
      'is not authorized to perform: sagemaker:StartPipelineExecution on resource: arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train',
    );
    expect(aws.calls('StartPipelineExecution')).toHaveLength(1);
  });

  it("the trigger role's policy is least privilege over the deliveries: 1 of 1 permissions needed", async () => {
    const TRIGGER = 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger';
    events.eventBridgeBuckets.add('churn-data');
    const inputs = {
      name: 'churn-on-data',
      kind: 's3',
      bucket: 'churn-data',
      'pipeline-name': 'churn-train',
    };
    expect(
      (await runAction('create-trigger', { aws, inputs: { ...inputs, 'role-arn': TRIGGER } })).exitCode,
    ).toBe(0);
    const policy = triggerRole({
      region: 'us-east-1',
      account: '123456789012',
      pipelines: ['churn-train'],
      dispatchRules: [],
    });
    iam.registerRole(TRIGGER, policy.permissions);
    const delivery = new EventDelivery(events);
    delivery.bindRole = (key, role) => void iam.bindCredentials(key, role);
    await delivery.deliver({
      source: 'aws.s3',
      'detail-type': 'Object Created',
      detail: { bucket: { name: 'churn-data' }, object: { key: 'train/a.csv' } },
    });
    const report = await leastPrivilege(
      policy.permissions,
      iam.decisions.filter((d) => d.roleArn === TRIGGER),
    );
    expect(report.denied).toEqual([]);
    expect(report.figure).toBe('1 of 1 permissions needed');
  });
});
