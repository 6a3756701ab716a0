import { instanceType, modelPackageArn } from '../../core/promotion/names.js';
import { JOB_NAME } from '../../core/inference/transform-names.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';
import { checkTransform } from './check.js';

/** S3Uri in the API: `^(https|s3)://([^/]+)/?(.*)$`, at most 1024 characters. */
const S3_URI = {
  kind: 'string',
  pattern: /^(https|s3):\/\/([^/]+)\/?(.*)$/,
  allowed: 'an s3://bucket/prefix URI',
  maxLength: 1024,
} as const;
/** ContentType and Accept: at most 256 characters of `.*`. */
const MEDIA_TYPE = { kind: 'string', maxLength: 256 } as const;
/** DataProcessing's InputFilter and OutputFilter: JSONPath, at most 63 characters. */
const JSON_PATH = {
  kind: 'string',
  maxLength: 63,
  pattern: /^\$/,
  allowed: 'a JSONPath starting with $',
} as const;

export const spec = defineSpec({
  action: 'batch-transform',
  cli: ['inference', 'transform'],
  title: 'SageMaker CI/CD: batch transform',
  description:
    'Run a SageMaker batch transform job from a model package over an S3 prefix, wait for it, and report its output location; a retried step attaches to the job it started, a cancelled one stops it.',
  icon: 'layers',
  inputs: {
    'model-package-arn': {
      kind: 'string',
      parse: modelPackageArn,
      description:
        'ARN of the model package version to run (refused when Rejected or not Completed); its model is made as deploy makes it.',
      required: true,
    },
    'execution-role-arn': {
      kind: 'arn',
      resource: 'iam-role',
      description: 'IAM role the model runs as (reads the input prefix, writes the output path).',
      required: true,
    },
    'input-s3-uri': { ...S3_URI, description: 'S3 prefix whose objects are transformed.', required: true },
    'output-s3-uri': {
      ...S3_URI,
      description: 'S3 path the results are written to (one `<input object>.out` per input object).',
      required: true,
    },
    'content-type': {
      ...MEDIA_TYPE,
      description: 'MIME type of the input, sent to the model (e.g. text/csv).',
    },
    'split-type': {
      kind: 'enum',
      choices: ['None', 'Line', 'RecordIO', 'TFRecord'],
      description:
        'How input objects are split into records: None (whole objects), Line, RecordIO, TFRecord.',
    },
    'compression-type': {
      kind: 'enum',
      choices: ['None', 'Gzip'],
      description: 'Compression of the input objects.',
    },
    'batch-strategy': {
      kind: 'enum',
      choices: ['SingleRecord', 'MultiRecord'],
      description:
        'Records per request: SingleRecord, or MultiRecord (as many as fit in max-payload). Needs split-type Line, RecordIO or TFRecord.',
    },
    accept: { ...MEDIA_TYPE, description: 'MIME type of the output (e.g. text/csv).' },
    'assemble-with': {
      kind: 'enum',
      choices: ['None', 'Line'],
      description: 'How results are joined in an output object: None (concatenated) or Line (one per line).',
    },
    'instance-type': {
      kind: 'string',
      parse: instanceType,
      description: 'Instance type of the job, e.g. ml.m5.xlarge.',
      required: true,
    },
    'instance-count': {
      kind: 'integer',
      min: 1,
      max: 100,
      unit: 'instances',
      description: 'How many instances run the job.',
      default: '1',
    },
    'max-payload': {
      kind: 'integer',
      min: 0,
      max: 100,
      unit: 'MB',
      description:
        'Largest request payload in MB (0-100; SageMaker defaults to 6); max-concurrent-transforms × max-payload must stay ≤ 100.',
    },
    'max-concurrent-transforms': {
      kind: 'integer',
      min: 0,
      max: 100,
      unit: 'requests',
      description: 'Parallel requests per instance (0 or unset: the container decides, else 1).',
    },
    'join-source': {
      kind: 'enum',
      choices: ['None', 'Input'],
      description: 'Input joins the input record to its result in the output (DataProcessing.JoinSource).',
    },
    'input-filter': {
      ...JSON_PATH,
      description: 'JSONPath selecting what of each input record is sent, e.g. $[1:].',
    },
    'output-filter': {
      ...JSON_PATH,
      description: 'JSONPath selecting what of the (joined) record is written, e.g. $[0,-1].',
    },
    'job-name': {
      kind: 'string',
      pattern: JOB_NAME,
      allowed: 'letters, digits and hyphens, up to 63, starting and ending with a letter or digit',
      description:
        'Name of the transform job. Default: derived from the run (run id, attempt, job, step), so a retried step attaches to its job; give the name of a running job to wait for it.',
    },
    timeout: {
      kind: 'duration',
      bareUnit: 'minutes',
      minMs: 60_000,
      maxMs: 7 * 24 * 3_600_000,
      description: 'How long to wait for the job; after it the job goes on and the step fails.',
      default: '6h',
    },
    'stop-on-cancel': {
      kind: 'boolean',
      description: 'Stop the transform job when the workflow is cancelled (a stopped job writes no output).',
      default: 'true',
    },
    ...AWS_INPUTS,
  },
  check: checkTransform,
  outputs: {
    'transform-job-name': { description: 'Name of the transform job.' },
    'transform-job-arn': { description: 'ARN of the transform job (set as soon as it exists).' },
    'output-s3-uri': { description: 'Where the results are: one `<input object>.out` per input object.' },
    status: { description: "The job's status at the end: Completed, Failed or Stopped." },
    'model-name': { description: 'The SageMaker model the job ran.' },
  },
  githubPermissions: { ...ROLE_TO_ASSUME },
  permissions: [
    'sagemaker:DescribeModelPackage',
    'sagemaker:DescribeModel',
    'sagemaker:CreateModel',
    'sagemaker:CreateTransformJob',
    'sagemaker:DescribeTransformJob',
    'sagemaker:StopTransformJob',
    'logs:DescribeLogStreams',
    'logs:GetLogEvents',
    'iam:PassRole',
  ],
});
