import { ARNS } from '../spec/arns.js';
import { defineInputs, type InputValues } from '../spec/types.js';
import { pipelineName } from '../pipelines/names.js';
import { TARGET_KINDS, TRIGGER_KINDS } from './definition.js';
import { scheduleExpression } from './schedule.js';
import * as v from './validate.js';

/** create-trigger's inputs, declared once: the spec spreads them and `parseTrigger` reads them. */
export const TRIGGER_INPUTS = defineInputs({
  name: {
    kind: 'string',
    parse: v.ruleName,
    description: 'Name of the EventBridge rule (1-55 letters, digits, . - _).',
    required: true,
  },
  kind: {
    kind: 'enum',
    choices: TRIGGER_KINDS,
    description: 'What starts it: s3, schedule, drift or model-approved.',
    required: true,
  },
  bucket: {
    kind: 'string',
    parse: v.bucketName,
    description: 's3: the bucket whose Object Created events start it.',
  },
  prefix: {
    kind: 'string',
    parse: v.keyPart,
    description: 's3: only keys starting with this (e.g. data/train/).',
  },
  suffix: { kind: 'string', parse: v.keyPart, description: 's3: only keys ending with this (e.g. .csv).' },
  schedule: {
    kind: 'string',
    parse: scheduleExpression,
    description:
      'schedule: an EventBridge schedule in UTC, rate(1 day) or cron(0 3 ? * MON-FRI *) (six fields, one of day-of-month/day-of-week is ?).',
  },
  'alarm-name': {
    kind: 'string',
    parse: v.alarmName,
    description:
      'drift: the CloudWatch alarm (e.g. a Model Monitor violation alarm) whose ALARM state starts it.',
  },
  'model-package-group': {
    kind: 'string',
    parse: v.modelPackageGroup,
    description: 'model-approved: the model package group whose approvals start it.',
  },
  target: {
    kind: 'enum',
    choices: TARGET_KINDS,
    description:
      'What it starts: sagemaker-pipeline, or github-workflow (a workflow_dispatch through an EventBridge API destination).',
    default: 'sagemaker-pipeline',
  },
  'pipeline-name': {
    kind: 'string',
    parse: pipelineName,
    description: 'sagemaker-pipeline: name or ARN of the SageMaker pipeline.',
  },
  'pipeline-parameters': {
    kind: 'map',
    description: 'sagemaker-pipeline: parameters as a YAML or JSON map, e.g. {InputData: s3://bucket/data}.',
  },
  repository: {
    kind: 'string',
    parse: v.repository,
    description: 'github-workflow: owner/name of the repository.',
  },
  workflow: {
    kind: 'string',
    parse: v.workflowId,
    description:
      'github-workflow: the workflow file (deploy.yml) or id; it must have a workflow_dispatch trigger.',
  },
  ref: {
    kind: 'string',
    parse: v.gitRef,
    description: 'github-workflow: the branch or tag to run the workflow on.',
    default: 'main',
  },
  'github-token': {
    kind: 'string',
    secret: true,
    description:
      'github-workflow: a token that may dispatch workflows (fine-grained, Actions: write), stored in the EventBridge connection. Needed to create the connection or rotate its token.',
  },
  'rotate-token': {
    kind: 'boolean',
    description: 'github-workflow: replace the token of an existing connection.',
    default: 'false',
  },
  'role-arn': {
    kind: 'arn',
    resource: 'iam-role',
    description:
      'IAM role EventBridge assumes to start the target (see sagemaker-cicd iam-policy trigger-role).',
    required: true,
  },
  'max-retry-attempts': {
    kind: 'integer',
    min: 0,
    max: 185,
    description: 'RetryPolicy: how many times EventBridge retries a failed delivery (0-185).',
    default: '185',
  },
  'max-event-age': {
    kind: 'duration',
    bareUnit: 'seconds',
    minMs: 60_000,
    maxMs: 86_400_000,
    description: 'RetryPolicy: how long an event may wait for delivery.',
    default: '24h',
  },
  'dead-letter-queue-arn': {
    kind: 'arn',
    resource: 'sqs-queue',
    description: `SQS queue ARN for events that could not be delivered (${ARNS['sqs-queue'].shape.replace(/^an /, '')}).`,
  },
  description: { kind: 'string', maxLength: 512, description: 'Description of the rule.' },
  enabled: {
    kind: 'boolean',
    description: 'Create the rule enabled (true) or disabled (false).',
    default: 'true',
  },
  'dry-run': {
    kind: 'boolean',
    description: 'Print the rule and targets as JSON and as CloudFormation, and change nothing.',
    default: 'false',
  },
});

export type TriggerInputs = InputValues<typeof TRIGGER_INPUTS>;
