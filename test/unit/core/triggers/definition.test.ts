import { describe, expect, it } from '@jest/globals';
import {
  ruleRequest,
  targetRequest,
  connectionRequest,
  apiDestinationRequest,
  type TriggerDefinition,
} from '../../../../src/core/triggers/definition.js';
import { parseTrigger } from '../../../../src/core/triggers/parse.js';
import { TRIGGER_INPUTS } from '../../../../src/core/triggers/inputs.js';
import { parseInputGroup } from '../../../../src/core/spec/parse.js';
import { cloudFormation } from '../../../../src/core/triggers/cloudformation.js';

const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger';
const PIPELINE = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train';
const DLQ = 'arn:aws:sqs:us-east-1:123456789012:trigger-dlq';

/** The inputs as a workflow writes them, parsed as the host parses them, then the trigger rules. */
const parse = (inputs: Record<string, string>) =>
  parseTrigger(
    parseInputGroup(TRIGGER_INPUTS, (n) => inputs[n]),
    'https://api.github.com',
  );

function pipelineTrigger(inputs: Record<string, string>): TriggerDefinition {
  const p = parse({ 'role-arn': ROLE, 'pipeline-name': PIPELINE, ...inputs });
  const t = p.target as { pipeline: string; parameters: Record<string, string> };
  return { ...p, target: { kind: 'sagemaker-pipeline', pipelineArn: t.pipeline, parameters: t.parameters } };
}

const PIPELINE_TARGET = {
  Id: 'sagemaker-pipeline',
  Arn: PIPELINE,
  RoleArn: ROLE,
  RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
  SageMakerPipelineParameters: { PipelineParameterList: [] },
};

describe('trigger kinds → PutRule and PutTargets bodies', () => {
  it('s3 with prefix and suffix: one wildcard key filter (two filters would be OR)', () => {
    const def = pipelineTrigger({
      name: 'churn-data',
      kind: 's3',
      bucket: 'churn-data',
      prefix: 'train/',
      suffix: '.csv',
      'pipeline-parameters': 'InputData: s3://churn-data/train/\nEpochs: 10',
      'max-retry-attempts': '3',
      'max-event-age': '2h',
      'dead-letter-queue-arn': DLQ,
    });
    expect(ruleRequest(def)).toEqual({
      Name: 'churn-data',
      Description:
        'Starts SageMaker pipeline churn-train on objects created in s3://churn-data (sagemaker-cicd)',
      State: 'ENABLED',
      EventPattern: JSON.stringify({
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: ['churn-data'] }, object: { key: [{ wildcard: 'train/*.csv' }] } },
      }),
    });
    expect(targetRequest(def)).toEqual({
      Id: 'sagemaker-pipeline',
      Arn: PIPELINE,
      RoleArn: ROLE,
      RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 },
      DeadLetterConfig: { Arn: DLQ },
      SageMakerPipelineParameters: {
        PipelineParameterList: [
          { Name: 'InputData', Value: 's3://churn-data/train/' },
          { Name: 'Epochs', Value: '10' },
        ],
      },
    });
  });

  it('s3 with a prefix only, and a wildcard character escaped when combined', () => {
    const only = pipelineTrigger({ name: 'r', kind: 's3', bucket: 'b-1', prefix: 'in/' });
    expect(JSON.parse(ruleRequest(only).EventPattern!).detail.object).toEqual({ key: [{ prefix: 'in/' }] });
    const both = pipelineTrigger({ name: 'r', kind: 's3', bucket: 'b-1', prefix: 'a*b/', suffix: '.csv' });
    expect(JSON.parse(ruleRequest(both).EventPattern!).detail.object).toEqual({
      key: [{ wildcard: 'a\\*b/*.csv' }],
    });
  });

  it('schedule: ScheduleExpression and no EventPattern', () => {
    const def = pipelineTrigger({
      name: 'nightly',
      kind: 'schedule',
      schedule: 'cron(0 3 ? * MON-FRI *)',
      enabled: 'false',
    });
    expect(ruleRequest(def)).toEqual({
      Name: 'nightly',
      Description: 'Starts SageMaker pipeline churn-train on cron(0 3 ? * MON-FRI *) (sagemaker-cicd)',
      State: 'DISABLED',
      ScheduleExpression: 'cron(0 3 ? * MON-FRI *)',
    });
    expect(targetRequest(def)).toEqual(PIPELINE_TARGET);
  });

  it('drift: the alarm entering ALARM', () => {
    const def = pipelineTrigger({
      name: 'retrain-on-drift',
      kind: 'drift',
      'alarm-name': 'churn-endpoint-drift',
    });
    expect(JSON.parse(ruleRequest(def).EventPattern!)).toEqual({
      source: ['aws.cloudwatch'],
      'detail-type': ['CloudWatch Alarm State Change'],
      detail: { alarmName: ['churn-endpoint-drift'], state: { value: ['ALARM'] } },
    });
  });

  it('model-approved → GitHub workflow_dispatch through an API destination and connection', () => {
    const p = parse({
      name: 'deploy-on-approval',
      kind: 'model-approved',
      'model-package-group': 'churn',
      target: 'github-workflow',
      repository: 'acme/churn-model',
      workflow: 'deploy.yml',
      'role-arn': ROLE,
    });
    const def = {
      ...p,
      target: p.target as Extract<TriggerDefinition['target'], { kind: 'github-workflow' }>,
    };
    expect(JSON.parse(ruleRequest(def).EventPattern!)).toEqual({
      source: ['aws.sagemaker'],
      'detail-type': ['SageMaker Model Package State Change'],
      detail: {
        ModelPackageGroupName: ['churn'],
        ModelApprovalStatus: ['Approved'],
        $or: [
          { ApprovalDescription: [{ exists: false }] },
          { ApprovalDescription: [{ 'anything-but': { wildcard: '*via GitHub environment approval*' } }] },
        ],
      },
    });
    const dest = 'arn:aws:events:us-east-1:123456789012:api-destination/deploy-on-approval-dispatch/abc';
    const target = targetRequest(def, dest);
    expect(target).toEqual({
      Id: 'github-workflow-dispatch',
      Arn: dest,
      RoleArn: ROLE,
      RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
      InputTransformer: {
        InputPathsMap: { modelPackageArn: '$.detail.ModelPackageArn' },
        InputTemplate: '{"ref": "main", "inputs": {"model-package-arn": "<modelPackageArn>"}}',
      },
    });
    // The template with a value filled in is the dispatch body GitHub expects.
    const body = JSON.parse(target.InputTransformer!.InputTemplate.replace('<modelPackageArn>', 'arn:x'));
    expect(body).toEqual({ ref: 'main', inputs: { 'model-package-arn': 'arn:x' } });
    expect(connectionRequest(def, 'ghp_secret')).toEqual({
      Name: 'deploy-on-approval-github',
      Description: 'GitHub token for workflow_dispatch on acme/churn-model (sagemaker-cicd)',
      AuthorizationType: 'API_KEY',
      AuthParameters: {
        ApiKeyAuthParameters: { ApiKeyName: 'Authorization', ApiKeyValue: 'Bearer ghp_secret' },
        InvocationHttpParameters: {
          HeaderParameters: [
            { Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false },
            { Key: 'X-GitHub-Api-Version', Value: '2022-11-28', IsValueSecret: false },
          ],
        },
      },
    });
    expect(apiDestinationRequest(def, 'arn:conn')).toEqual({
      Name: 'deploy-on-approval-dispatch',
      Description: 'workflow_dispatch of deploy.yml on acme/churn-model (sagemaker-cicd)',
      ConnectionArn: 'arn:conn',
      InvocationEndpoint:
        'https://api.github.com/repos/acme/churn-model/actions/workflows/deploy.yml/dispatches',
      HttpMethod: 'POST',
      InvocationRateLimitPerSecond: 1,
    });
    const cfn = cloudFormation(def) as {
      Parameters: object;
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    expect(Object.keys(cfn.Resources)).toEqual([
      'DeployOnApprovalConnection',
      'DeployOnApprovalApiDestination',
      'DeployOnApprovalRule',
    ]);
    expect(JSON.stringify(cfn)).not.toContain('TOKEN');
    expect(cfn.Parameters).toEqual({
      GitHubToken: expect.objectContaining({ Type: 'String', NoEcho: true }),
    });
    const rule = cfn.Resources.DeployOnApprovalRule!.Properties;
    expect((rule.Targets as { Arn: unknown }[])[0]!.Arn).toEqual({
      'Fn::GetAtt': ['DeployOnApprovalApiDestination', 'Arn'],
    });
    expect(rule.EventPattern).toEqual(JSON.parse(ruleRequest(def).EventPattern!));
  });
});

describe('trigger inputs are refused before any call', () => {
  const base = {
    name: 'r',
    kind: 's3',
    bucket: 'data-bucket',
    'role-arn': ROLE,
    'pipeline-name': 'churn-train',
  };
  it.each([
    [{ kind: 'upload' }, 'input \'kind\' must be one of s3, schedule, drift, model-approved, got "upload"'],
    [
      { bucket: 's3://data-bucket' },
      'input \'bucket\' must be an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens (a name, not s3:// or an ARN), got "s3://data-bucket"',
    ],
    [{ schedule: 'rate(1 day)' }, "input 'schedule' is for kind schedule, not s3"],
    [
      { name: 'my rule' },
      'input \'name\' must be an EventBridge rule name: 1-55 letters, digits, . - _, got "my rule"',
    ],
    [
      { 'role-arn': 'sagemaker-cicd-trigger' },
      expect.stringContaining("input 'role-arn' must be an IAM role ARN"),
    ],
    [
      { 'max-retry-attempts': '200' },
      'input \'max-retry-attempts\' must be a whole number from 0 to 185, got "200"',
    ],
    [
      { 'max-event-age': '30s' },
      expect.stringContaining("input 'max-event-age' must be a duration from 1m to 24h"),
    ],
    [
      { 'dead-letter-queue-arn': 'my-queue' },
      expect.stringContaining("input 'dead-letter-queue-arn' must be an SQS queue ARN"),
    ],
    [
      { 'pipeline-parameters': 'bad name: 1' },
      "input 'pipeline-parameters' has a bad parameter name 'bad name': 1-256 letters, digits, - and _",
    ],
    [{ repository: 'acme/x' }, "input 'repository' is for target github-workflow, not sagemaker-pipeline"],
    [
      { target: 'lambda' },
      'input \'target\' must be one of sagemaker-pipeline, github-workflow, got "lambda"',
    ],
  ])('%j', (override, message) => {
    expect(() => parse({ ...base, ...override } as Record<string, string>)).toThrow(
      expect.objectContaining({ message }),
    );
  });
});
