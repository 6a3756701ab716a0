/**
 * One ARN pattern per resource the toolkit takes as input, as the AWS APIs accept them (partition
 * `aws`, `aws-cn`, `aws-us-gov`...). Every parser and check uses these.
 */
export const ARNS = {
  'iam-role': {
    pattern: /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
    shape: 'an IAM role ARN (arn:aws:iam::<account>:role/<name>)',
  },
  'model-package': {
    pattern:
      /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:\d{12}:model-package\/[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}(?:\/\d+)?$/,
    shape: 'a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)',
  },
  'pipeline-execution': {
    pattern:
      /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:\d{12}:pipeline\/[a-zA-Z0-9-]{1,256}\/execution\/[a-zA-Z0-9]{1,256}$/,
    shape: 'a pipeline execution ARN (arn:aws:sagemaker:<region>:<account>:pipeline/<name>/execution/<id>)',
  },
  'sagemaker-pipeline': {
    pattern:
      /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:\d{12}:pipeline\/[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,255}$/,
    shape: 'a SageMaker pipeline ARN (arn:aws:sagemaker:<region>:<account>:pipeline/<name>)',
  },
  'model-package-group': {
    pattern:
      /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:\d{12}:model-package-group\/[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$/,
    shape: 'a model package group ARN (arn:aws:sagemaker:<region>:<account>:model-package-group/<name>)',
  },
  // AsyncInferenceNotificationConfig's SuccessTopic / ErrorTopic pattern.
  'sns-topic': {
    pattern: /^arn:aws[a-z-]*:sns:[a-z0-9-]*:\d{12}:[a-zA-Z0-9_.-]+$/,
    shape: 'an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>)',
  },
  'sqs-queue': {
    pattern: /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]{1,80}(\.fifo)?$/,
    shape: 'an SQS queue ARN (arn:aws:sqs:<region>:<account>:<queue>)',
  },
} as const;

export type ArnResource = keyof typeof ARNS;

export function isArn(resource: ArnResource, value: string): boolean {
  return value.length <= 2048 && ARNS[resource].pattern.test(value);
}
