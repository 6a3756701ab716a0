/**
 * One ARN pattern per resource the toolkit accepts as input, so every input and every API call
 * checks the same shape. Patterns follow the AWS API references (SageMaker's ModelPackageArn,
 * PipelineExecutionArn, RoleArn; IAM role names; SQS queue names), narrowed where the API's `.*`
 * would let whitespace or control characters through: none of them match a newline.
 */
export interface ArnShape {
  /** What the ARN names, for messages: "an IAM role ARN". */
  what: string;
  /** Its shape with placeholders, for messages. */
  form: string;
  pattern: RegExp;
  /** The API's length limit. */
  maxLength: number;
}

const PARTITION = 'arn:aws[a-z-]*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
const ACCOUNT = '\\d{12}';
/** SageMaker resource names (pipelines, model package groups): `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,N}$`. */
const sageMakerName = (max: number) => `[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,${max - 1}}`;
const anchored = (body: string) => new RegExp(`^${body}$`);

export const ARNS = {
  iamRole: {
    what: 'an IAM role ARN',
    form: 'arn:aws:iam::<account>:role/<name>',
    // Optional path, then a role name of 1-64 of [\w+=,.@-]; IAM's limit for path + name is 512.
    pattern: anchored(`${PARTITION}:iam::${ACCOUNT}:role\\/[\\w+=,.@/-]{1,512}`),
    maxLength: 2048,
  },
  sageMakerPipeline: {
    what: 'a SageMaker pipeline ARN',
    form: 'arn:aws:sagemaker:<region>:<account>:pipeline/<name>',
    pattern: anchored(`${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:pipeline\\/${sageMakerName(256)}`),
    maxLength: 2048,
  },
  pipelineExecution: {
    what: 'a pipeline execution ARN',
    form: 'arn:aws:sagemaker:<region>:<account>:pipeline/<name>/execution/<id>',
    pattern: anchored(
      `${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:pipeline\\/${sageMakerName(256)}\\/execution\\/[a-zA-Z0-9]{1,256}`,
    ),
    maxLength: 2048,
  },
  modelPackage: {
    what: 'a model package ARN',
    form: 'arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>',
    // A versioned package (<group>/<version>) or an unversioned one (<name>).
    pattern: anchored(
      `${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:model-package\\/${sageMakerName(63)}(?:\\/\\d+)?`,
    ),
    maxLength: 2048,
  },
  modelPackageGroup: {
    what: 'a model package group ARN',
    form: 'arn:aws:sagemaker:<region>:<account>:model-package-group/<name>',
    pattern: anchored(
      `${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:model-package-group\\/${sageMakerName(63)}`,
    ),
    maxLength: 2048,
  },
  sqsQueue: {
    what: 'an SQS queue ARN',
    form: 'arn:aws:sqs:<region>:<account>:<queue>',
    // Queue names: 1-80 of [\w-], a FIFO queue's ending in .fifo (within the 80).
    pattern: anchored(`${PARTITION}:sqs:${REGION}:${ACCOUNT}:(?=[\\w.-]{1,80}$)[\\w-]+(?:\\.fifo)?`),
    maxLength: 1600,
  },
} as const satisfies Record<string, ArnShape>;

export type ArnKind = keyof typeof ARNS;

export function isArn(kind: ArnKind, value: string): boolean {
  const shape: ArnShape = ARNS[kind];
  return value.length <= shape.maxLength && shape.pattern.test(value);
}

/** "an IAM role ARN (arn:aws:iam::<account>:role/<name>)": what an input of this kind must be. */
export function describeArn(kind: ArnKind): string {
  return `${ARNS[kind].what} (${ARNS[kind].form})`;
}
