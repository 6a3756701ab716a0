import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { TRIGGER_INPUTS, type TriggerInputs } from '../../core/triggers/inputs.js';
import { parseTrigger } from '../../core/triggers/parse.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';

export const spec = defineSpec({
  action: 'create-trigger',
  cli: ['trigger', 'create'],
  title: 'SageMaker CI/CD: create trigger',
  description:
    'Create or update an EventBridge rule that starts a SageMaker pipeline (or a GitHub workflow) when data lands in S3, on a schedule, when a drift alarm fires, or when a model is approved.',
  icon: 'zap',
  inputs: { ...TRIGGER_INPUTS, ...AWS_INPUTS },
  check: (i: TriggerInputs, run) => parseTrigger(i, run.apiUrl),
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
});
