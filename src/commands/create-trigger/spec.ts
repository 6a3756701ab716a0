import { AWS_INPUTS } from '../aws-inputs.js';
import { ROLE_TO_ASSUME } from '../github-permissions.js';
import type { CommandSpec } from '../spec.js';

export const spec: CommandSpec = {
  action: 'create-trigger',
  cli: ['trigger', 'create'],
  title: 'SageMaker CI/CD: create trigger',
  description:
    'Create or update an EventBridge rule that starts a SageMaker pipeline (or a GitHub workflow) when data lands in S3, on a schedule, when a drift alarm fires, or when a model is approved.',
  icon: 'zap',
  inputs: {
    name: { description: 'Name of the EventBridge rule (1-55 letters, digits, . - _).', required: true },
    kind: { description: 'What starts it: s3, schedule, drift or model-approved.', required: true },
    bucket: { description: 's3: the bucket whose Object Created events start it.' },
    prefix: { description: 's3: only keys starting with this (e.g. data/train/).' },
    suffix: { description: 's3: only keys ending with this (e.g. .csv).' },
    schedule: {
      description:
        'schedule: an EventBridge schedule in UTC, rate(1 day) or cron(0 3 ? * MON-FRI *) (six fields, one of day-of-month/day-of-week is ?).',
    },
    'alarm-name': {
      description:
        'drift: the CloudWatch alarm (e.g. a Model Monitor violation alarm) whose ALARM state starts it.',
    },
    'model-package-group': {
      description: 'model-approved: the model package group whose approvals start it.',
    },
    target: {
      description:
        'What it starts: sagemaker-pipeline, or github-workflow (a workflow_dispatch through an EventBridge API destination).',
      default: 'sagemaker-pipeline',
    },
    'pipeline-name': { description: 'sagemaker-pipeline: name or ARN of the SageMaker pipeline.' },
    'pipeline-parameters': {
      description:
        'sagemaker-pipeline: parameters as a YAML or JSON map, e.g. {InputData: s3://bucket/data}.',
    },
    repository: { description: 'github-workflow: owner/name of the repository.' },
    workflow: {
      description:
        'github-workflow: the workflow file (deploy.yml) or id; it must have a workflow_dispatch trigger.',
    },
    ref: { description: 'github-workflow: the branch or tag to run the workflow on.', default: 'main' },
    'github-token': {
      description:
        'github-workflow: a token that may dispatch workflows (fine-grained, Actions: write), stored in the EventBridge connection. Needed to create the connection or rotate its token.',
    },
    'rotate-token': {
      description: 'github-workflow: replace the token of an existing connection.',
      default: 'false',
    },
    'role-arn': {
      description:
        'IAM role EventBridge assumes to start the target (see sagemaker-cicd iam-policy trigger-role).',
      required: true,
    },
    'max-retry-attempts': {
      description: 'RetryPolicy: how many times EventBridge retries a failed delivery (0-185).',
      default: '185',
    },
    'max-event-age': {
      description: 'RetryPolicy: how long an event may wait for delivery (1m to 24h).',
      default: '24h',
    },
    'dead-letter-queue-arn': { description: 'SQS queue ARN for events that could not be delivered.' },
    description: { description: 'Description of the rule.' },
    enabled: { description: 'Create the rule enabled (true) or disabled (false).', default: 'true' },
    'dry-run': {
      description: 'Print the rule and targets as JSON and as CloudFormation, and change nothing.',
      default: 'false',
    },
    ...AWS_INPUTS,
  },
  outputs: {
    'rule-arn': { description: 'ARN of the rule (empty in a dry run when the rule does not exist).' },
    changed: { description: 'true when the apply changed anything; false when everything already matched.' },
    changes: { description: 'JSON list of the changes made (or, in a dry run, that would be made).' },
    rule: { description: 'JSON of the PutRule request.' },
    targets: { description: 'JSON of the PutTargets Targets list.' },
    cloudformation: { description: 'The trigger as a CloudFormation template (JSON).' },
  },
  githubPermissions: { ...ROLE_TO_ASSUME },
  permissions: [
    'sagemaker:DescribePipeline',
    's3:GetBucketNotification',
    'events:DescribeRule',
    'events:PutRule',
    'events:ListTargetsByRule',
    'events:PutTargets',
    'events:RemoveTargets',
    'events:DescribeConnection',
    'events:CreateConnection',
    'events:UpdateConnection',
    'events:DescribeApiDestination',
    'events:CreateApiDestination',
    'events:UpdateApiDestination',
    'iam:PassRole',
  ],
};
