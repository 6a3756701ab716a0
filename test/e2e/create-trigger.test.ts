import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsSandbox, GitHubSandbox, runAction, runCli } from './harness.js';
import { PipelinesWorld } from '../sandbox/aws/sagemaker-pipelines.js';
import { EventBridgeWorld } from '../sandbox/aws/eventbridge.js';
import { specs } from '../../src/commands/specs.js';
import { commandPolicy } from '../../src/core/iam/policy.js';

const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger';
const PIPELINE_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train';
const DLQ = 'arn:aws:sqs:us-east-1:123456789012:trigger-dlq';

let aws: AwsSandbox;
let github: GitHubSandbox;
let events: EventBridgeWorld;

beforeEach(async () => {
  aws = new AwsSandbox();
  github = new GitHubSandbox();
  new PipelinesWorld(aws).addPipeline('churn-train');
  events = new EventBridgeWorld(aws);
  await Promise.all([aws.start(), github.start()]);
});
afterEach(() => Promise.all([aws.stop(), github.stop()]));

/** Every operation the run sent is in the action's printed policy. */
function expectWithinPolicy() {
  const granted = commandPolicy('create-trigger', specs['create-trigger']!.permissions).Statement.flatMap(
    (s) => s.Action,
  );
  const iam = (op: string, service: string) =>
    service === 's3' && op === 'GetBucketNotificationConfiguration'
      ? 's3:GetBucketNotification'
      : `${service}:${op}`;
  for (const r of aws.requests) expect(granted).toContain(iam(r.operation, r.service));
}

const s3Inputs = {
  name: 'churn-on-data',
  kind: 's3',
  bucket: 'churn-data',
  prefix: 'train/',
  suffix: '.csv',
  'pipeline-name': 'churn-train',
  'pipeline-parameters': '{InputData: "s3://churn-data/train/", Epochs: 10}',
  'role-arn': ROLE,
  'max-retry-attempts': '5',
  'max-event-age': '1h',
  'dead-letter-queue-arn': DLQ,
};

describe('create-trigger (bundled action under Node 24)', () => {
  it('s3 → pipeline: sends the exact PutRule and PutTargets; a second apply sends no write and says so', async () => {
    events.eventBridgeBuckets.add('churn-data');
    const first = await runAction('create-trigger', { aws, inputs: s3Inputs });
    expect(first.exitCode).toBe(0);
    expect(aws.operations()).toEqual([
      'DescribePipeline',
      'GetBucketNotificationConfiguration',
      'DescribeRule',
      'PutRule',
      'PutTargets',
    ]);
    expect(aws.calls('PutRule')[0]!.body).toEqual({
      Name: 'churn-on-data',
      Description:
        'Starts SageMaker pipeline churn-train on objects created in s3://churn-data (sagemaker-cicd)',
      State: 'ENABLED',
      EventPattern: JSON.stringify({
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: ['churn-data'] }, object: { key: [{ wildcard: 'train/*.csv' }] } },
      }),
    });
    expect(aws.calls('PutTargets')[0]!.body).toEqual({
      Rule: 'churn-on-data',
      Targets: [
        {
          Id: 'sagemaker-pipeline',
          Arn: PIPELINE_ARN,
          RoleArn: ROLE,
          RetryPolicy: { MaximumRetryAttempts: 5, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: DLQ },
          SageMakerPipelineParameters: {
            PipelineParameterList: [
              { Name: 'InputData', Value: 's3://churn-data/train/' },
              { Name: 'Epochs', Value: '10' },
            ],
          },
        },
      ],
    });
    expect(first.outputs['rule-arn']).toBe('arn:aws:events:us-east-1:123456789012:rule/churn-on-data');
    expect(first.outputs.changed).toBe('true');
    expect(JSON.parse(first.outputs.changes!)).toEqual([
      'created rule churn-on-data',
      `added target sagemaker-pipeline → ${PIPELINE_ARN}`,
    ]);
    expect(first.summary).toContain('### Trigger `churn-on-data`');
    expectWithinPolicy();

    // The rule matches a real-shaped upload under the prefix, and not others.
    const upload = (key: string) => ({
      source: 'aws.s3',
      'detail-type': 'Object Created',
      detail: { bucket: { name: 'churn-data' }, object: { key, size: 10 } },
    });
    expect(events.matches(upload('train/2026-11-24.csv')).map((r) => r.Name)).toEqual(['churn-on-data']);
    expect(events.matches(upload('train/readme.md'))).toEqual([]);
    expect(events.matches(upload('eval/x.csv'))).toEqual([]);

    const before = aws.requests.length;
    const second = await runAction('create-trigger', { aws, inputs: s3Inputs });
    expect(second.exitCode).toBe(0);
    expect(aws.operations().slice(before)).toEqual([
      'DescribePipeline',
      'GetBucketNotificationConfiguration',
      'DescribeRule',
      'ListTargetsByRule',
    ]);
    expect(second.outputs.changed).toBe('false');
    expect(second.outputs.changes).toBe('[]');
    expect(second.stdout).toContain('No changes: rule churn-on-data and its target already match.');
    expect(second.summary).toContain('No changes: the rule and its target already match.');
  });

  it('warns, with the fix, when the bucket does not send events to EventBridge', async () => {
    const r = await runAction('create-trigger', { aws, inputs: s3Inputs });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      '::warning::bucket churn-data does not send events to EventBridge, so this rule will never fire.',
    );
    expect(r.summary).toContain('> [!WARNING]');
    expect(aws.calls('GetBucketNotificationConfiguration')[0]!.path).toBe('/churn-data/?notification=');
  });

  it('changes only what differs: a new schedule updates the rule and leaves the target alone', async () => {
    const inputs = {
      name: 'nightly',
      kind: 'schedule',
      schedule: 'cron(0 3 * * ? *)',
      'pipeline-name': PIPELINE_ARN,
      'role-arn': ROLE,
    };
    expect((await runAction('create-trigger', { aws, inputs })).exitCode).toBe(0);
    expect(aws.calls('DescribePipeline')).toHaveLength(0); // an ARN needs no look-up
    const before = aws.requests.length;
    const r = await runAction('create-trigger', { aws, inputs: { ...inputs, schedule: 'rate(12 hours)' } });
    expect(r.exitCode).toBe(0);
    expect(aws.operations().slice(before)).toEqual(['DescribeRule', 'PutRule', 'ListTargetsByRule']);
    expect(aws.calls('PutRule')[1]!.body).toMatchObject({
      Name: 'nightly',
      ScheduleExpression: 'rate(12 hours)',
    });
    // The default description names the schedule, so it changes too.
    expect(JSON.parse(r.outputs.changes!)).toEqual(['updated rule nightly: ScheduleExpression, Description']);
  });

  it('--dry-run reads, writes nothing, and prints the rule, targets and CloudFormation', async () => {
    const r = await runAction('create-trigger', {
      aws,
      inputs: {
        name: 'retrain-on-drift',
        kind: 'drift',
        'alarm-name': 'churn-prod-drift',
        'pipeline-name': 'churn-train',
        'role-arn': ROLE,
        'dry-run': 'true',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(aws.operations()).toEqual(['DescribePipeline', 'DescribeRule']);
    expect(events.rules.size).toBe(0);
    expect(r.outputs.changed).toBe('false');
    expect(JSON.parse(r.outputs.changes!)).toEqual([
      'created rule retrain-on-drift',
      `added target sagemaker-pipeline → ${PIPELINE_ARN}`,
    ]);
    expect(JSON.parse(r.outputs.rule!).EventPattern).toBe(
      JSON.stringify({
        source: ['aws.cloudwatch'],
        'detail-type': ['CloudWatch Alarm State Change'],
        detail: { alarmName: ['churn-prod-drift'], state: { value: ['ALARM'] } },
      }),
    );
    const cfn = JSON.parse(r.outputs.cloudformation!);
    expect(cfn.Resources.RetrainOnDriftRule.Type).toBe('AWS::Events::Rule');
    expect(cfn.Resources.RetrainOnDriftRule.Properties.Targets[0].Arn).toBe(PIPELINE_ARN);
    expect(r.stdout).toContain('would have created rule retrain-on-drift');
    expect(r.summary).toContain('(dry run)');
  });

  it('model-approved → GitHub workflow_dispatch: connection, API destination, target; the token never printed', async () => {
    const inputs = {
      name: 'deploy-on-approval',
      kind: 'model-approved',
      'model-package-group': 'churn',
      target: 'github-workflow',
      repository: 'acme/churn-model',
      workflow: 'sagemaker-deploy.yml',
      'github-token': 'ghp_supersecret123',
      'role-arn': ROLE,
    };
    const r = await runAction('create-trigger', { aws, github, inputs });
    expect(r.exitCode).toBe(0);
    expect(aws.operations()).toEqual([
      'DescribeConnection',
      'CreateConnection',
      'DescribeApiDestination',
      'CreateApiDestination',
      'DescribeRule',
      'PutRule',
      'PutTargets',
    ]);
    expect(aws.calls('CreateConnection')[0]!.body).toMatchObject({
      Name: 'deploy-on-approval-github',
      AuthorizationType: 'API_KEY',
      AuthParameters: {
        ApiKeyAuthParameters: { ApiKeyName: 'Authorization', ApiKeyValue: 'Bearer ghp_supersecret123' },
      },
    });
    const dest = events.apiDestinations.get('deploy-on-approval-dispatch')!;
    expect(dest.InvocationEndpoint).toBe(
      `${github.url}/repos/acme/churn-model/actions/workflows/sagemaker-deploy.yml/dispatches`,
    );
    const target = (aws.calls('PutTargets')[0]!.body.Targets as Record<string, unknown>[])[0]!;
    expect(target).toEqual({
      Id: 'github-workflow-dispatch',
      Arn: dest.ApiDestinationArn,
      RoleArn: ROLE,
      RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
      InputTransformer: {
        InputPathsMap: { modelPackageArn: '$.detail.ModelPackageArn' },
        InputTemplate: '{"ref": "main", "inputs": {"model-package-arn": "<modelPackageArn>"}}',
      },
    });
    const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(r.stdout).toContain('::add-mask::ghp_supersecret123'); // masked in the runner's log from the start
    expect(shown.join('\n') + r.stderr + JSON.stringify(r.outputs) + r.summary).not.toContain(
      'ghp_supersecret123',
    );
    expectWithinPolicy();
    // A person's approval matches (with or without a description); a rejection does not, nor the
    // approval the toolkit records itself after a GitHub environment approval (its deploy is running).
    const event = (status: string, description?: string) => ({
      source: 'aws.sagemaker',
      'detail-type': 'SageMaker Model Package State Change',
      detail: {
        ModelPackageGroupName: 'churn',
        ModelApprovalStatus: status,
        ModelPackageArn: 'arn:x',
        ...(description ? { ApprovalDescription: description } : {}),
      },
    });
    expect(events.matches(event('Approved')).map((x) => x.Name)).toEqual(['deploy-on-approval']);
    expect(events.matches(event('Approved', 'Looks good, ship it')).map((x) => x.Name)).toEqual([
      'deploy-on-approval',
    ]);
    expect(events.matches(event('Rejected'))).toEqual([]);
    expect(
      events.matches(
        event(
          'Approved',
          'Approved by carol via GitHub environment approval (production) for acme/churn-model@4f2c1a9',
        ),
      ),
    ).toEqual([]);

    const before = aws.requests.length;
    const again = await runAction('create-trigger', { aws, github, inputs });
    expect(again.outputs.changed).toBe('false');
    expect(aws.operations().slice(before)).toEqual([
      'DescribeConnection',
      'DescribeApiDestination',
      'DescribeRule',
      'ListTargetsByRule',
    ]);
  });

  it('retargets a rule and rotates its token: removes the old target, updates the connection and API destination', async () => {
    const base = { name: 'churn-retrain', kind: 's3', bucket: 'churn-data', 'role-arn': ROLE };
    const toPipeline = await runAction('create-trigger', {
      aws,
      inputs: { ...base, 'pipeline-name': 'churn-train' },
    });
    expect(toPipeline.exitCode).toBe(0);
    const github1 = {
      ...base,
      target: 'github-workflow',
      repository: 'acme/churn-model',
      workflow: 'retrain.yml',
    };
    const before = aws.requests.length;
    const toWorkflow = await runAction('create-trigger', {
      aws,
      github,
      inputs: { ...github1, 'github-token': 'ghp_first' },
    });
    expect(toWorkflow.exitCode).toBe(0);
    expect(aws.calls('RemoveTargets').map((c) => c.body)).toEqual([
      { Rule: 'churn-retrain', Ids: ['sagemaker-pipeline'] },
    ]);
    expect(events.targets.get('churn-retrain')!.map((t) => t.Id)).toEqual(['github-workflow-dispatch']);
    expect(aws.operations().slice(before)).toContain('CreateApiDestination');

    const rotated = await runAction('create-trigger', {
      aws,
      github,
      inputs: {
        ...github1,
        workflow: 'retrain-v2.yml',
        'github-token': 'ghp_second',
        'rotate-token': 'true',
      },
    });
    expect(rotated.exitCode).toBe(0);
    expect(aws.calls('UpdateConnection')).toHaveLength(1);
    expect(events.connections.get('churn-retrain-github')!.secret).toBe('Bearer ghp_second');
    expect(aws.calls('UpdateApiDestination')).toHaveLength(1);
    expect(events.apiDestinations.get('churn-retrain-dispatch')!.InvocationEndpoint).toBe(
      `${github.url}/repos/acme/churn-model/actions/workflows/retrain-v2.yml/dispatches`,
    );
    expectWithinPolicy();
  });

  it('refuses bad input with one line naming it, exit 1, and no AWS call', async () => {
    const r = await runAction('create-trigger', {
      aws,
      inputs: {
        name: 'nightly',
        kind: 'schedule',
        schedule: 'cron(0 3 * * *)',
        'pipeline-name': 'churn-train',
        'role-arn': ROLE,
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.trim()).toBe(
      `::error::input 'schedule' must have 6 cron fields (minutes hours day-of-month month day-of-week year), not 5; EventBridge cron has a year field and no seconds, got "cron(0 3 * * *)"`,
    );
    expect(aws.requests).toHaveLength(0);
  });

  it('applies the same through 30% throttling, 5xx and dropped connections', async () => {
    events.eventBridgeBuckets.add('churn-data');
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 7 });
    const r = await runAction('create-trigger', { aws, inputs: s3Inputs });
    expect(r.exitCode).toBe(0);
    expect(events.targets.get('churn-on-data')).toHaveLength(1);
    expect(aws.requests.some((x) => x.fault)).toBe(true);
  });
});

describe('sagemaker-cicd trigger create (CLI)', () => {
  it('prints outputs and exits 2 naming the option on bad input', async () => {
    const ok = await runCli(
      [
        'trigger',
        'create',
        '--name',
        'nightly',
        '--kind',
        'schedule',
        '--schedule',
        'rate(1 day)',
        '--pipeline-name',
        'churn-train',
        '--role-arn',
        ROLE,
      ],
      { aws },
    );
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.changed).toBe('true');
    const bad = await runCli(
      [
        'trigger',
        'create',
        '--name',
        'n',
        '--kind',
        'schedule',
        '--schedule',
        'rate(1 days)',
        '--pipeline-name',
        'churn-train',
        '--role-arn',
        ROLE,
      ],
      { aws },
    );
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'error: option --schedule must use the singular unit for 1: rate(1 day), got "rate(1 days)"',
    );
  });

  it('iam-policy prints the policy from the spec, and the trigger role scoped to the pipeline', async () => {
    const r = await runCli(['iam-policy', 'create-trigger']);
    expect(r.exitCode).toBe(0);
    const policy = JSON.parse(r.stdout);
    expect(policy.Statement[0].Action).toEqual(
      specs['create-trigger']!.permissions.filter((p) => p !== 'iam:PassRole').sort(),
    );
    expect(policy.Statement[1]).toEqual({
      Sid: 'CreateTriggerPassRole',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: '*',
      Condition: { StringEquals: { 'iam:PassedToService': 'events.amazonaws.com' } },
    });
    const role = JSON.parse(
      (
        await runCli([
          'iam-policy',
          'trigger-role',
          '--pipeline-name',
          'churn-train',
          '--region',
          'us-east-1',
          '--account',
          '123456789012',
        ])
      ).stdout,
    );
    expect(role.permissions.Statement).toEqual([
      {
        Sid: 'StartSageMakerPipelines',
        Effect: 'Allow',
        Action: ['sagemaker:StartPipelineExecution'],
        Resource: ['arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train'],
      },
    ]);
    expect(role.trust.Statement[0].Principal).toEqual({ Service: 'events.amazonaws.com' });
    const bad = await runCli(['iam-policy', 'deploy-everything']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(
      /error: unknown policy 'deploy-everything': one of .*create-trigger, .*trigger-role, endpoint-rollback-alarms/,
    );
  });
});
