/**
 * A Step Functions name (state machine, alias, execution) as StartExecution's reference allows it:
 * 1-80 characters, no whitespace, brackets < > { } [ ], wildcards ? *, special characters
 * " # % \\ ^ | ~ ` $ & , ; : / or control characters (U+0000-001F, U+007F-009F, U+FFFE-FFFF).
 */
export const STEP_FUNCTIONS_NAME = String.raw`[^\s<>{}[\]?*"#%\\^|~\x60$&,;:/\u0000-\u001f\u007f-\u009f\ufffe\uffff]{1,80}`;

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
  'state-machine': {
    pattern: new RegExp(
      `^arn:aws[a-z-]*:states:[a-z0-9-]{9,16}:\\d{12}:stateMachine:${STEP_FUNCTIONS_NAME}(?::${STEP_FUNCTIONS_NAME})?$`,
    ),
    shape:
      'a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>, optionally :<version> or :<alias>)',
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
