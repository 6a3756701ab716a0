import { InputError } from '../errors.js';
import type { TriggerDefinition, TriggerSource } from './definition.js';
import type { TriggerInputs } from './inputs.js';
import * as v from './validate.js';

/** A trigger as the inputs describe it; the pipeline is still a name or ARN (resolved to an ARN later). */
export interface ParsedTrigger extends Omit<TriggerDefinition, 'target'> {
  target:
    | { kind: 'sagemaker-pipeline'; pipeline: string; parameters: Record<string, string> }
    | Extract<TriggerDefinition['target'], { kind: 'github-workflow' }>;
}

const FOR_KIND: Record<TriggerSource['kind'], (keyof TriggerInputs)[]> = {
  s3: ['bucket', 'prefix', 'suffix'],
  schedule: ['schedule'],
  drift: ['alarm-name'],
  'model-approved': ['model-package-group'],
};

/** Every input checked before any AWS call; inputs that belong to another kind are refused. */
export function parseTrigger(i: TriggerInputs, apiUrl: string): ParsedTrigger {
  const kind = i.kind;
  for (const [other, names] of Object.entries(FOR_KIND)) {
    if (other === kind) continue;
    for (const n of names) {
      if (i[n] !== undefined) throw new InputError(n, `is for kind ${other}, not ${kind}`);
    }
  }
  const source = parseSource(i);
  let target: ParsedTrigger['target'];
  if (i.target === 'sagemaker-pipeline') {
    for (const n of ['repository', 'workflow'] as const) {
      if (i[n] !== undefined)
        throw new InputError(n, 'is for target github-workflow, not sagemaker-pipeline');
    }
    target = {
      kind: 'sagemaker-pipeline',
      pipeline: required('pipeline-name', i['pipeline-name'], 'the name or ARN of a SageMaker pipeline'),
      parameters: v.pipelineParameters('pipeline-parameters', i['pipeline-parameters']),
    };
  } else {
    for (const n of ['pipeline-name'] as const) {
      if (i[n] !== undefined)
        throw new InputError(n, 'is for target sagemaker-pipeline, not github-workflow');
    }
    if (Object.keys(i['pipeline-parameters']).length)
      throw new InputError('pipeline-parameters', 'is for target sagemaker-pipeline, not github-workflow');
    target = {
      kind: 'github-workflow',
      repository: required('repository', i.repository, 'a GitHub repository as owner/name'),
      workflow: required(
        'workflow',
        i.workflow,
        'a workflow file name in .github/workflows (deploy.yml) or a workflow id',
      ),
      ref: i.ref,
      apiUrl,
    };
  }
  const maxAge = i['max-event-age'];
  if (maxAge % 1000)
    throw new InputError('max-event-age', 'must be a whole number of seconds', `${maxAge}ms`);
  const dlq = i['dead-letter-queue-arn'];
  return {
    name: i.name,
    description: i.description ?? defaultDescription(source, target),
    state: i.enabled ? 'ENABLED' : 'DISABLED',
    source,
    target,
    roleArn: i['role-arn'],
    retry: { maximumRetryAttempts: i['max-retry-attempts'], maximumEventAgeInSeconds: maxAge / 1000 },
    ...(dlq ? { deadLetterQueueArn: dlq } : {}),
  };
}

function required<T>(input: string, value: T | undefined, what: string): T {
  if (value === undefined) throw new InputError(input, `is required: ${what}`);
  return value;
}

function parseSource(i: TriggerInputs): TriggerSource {
  switch (i.kind) {
    case 's3':
      return {
        kind: 's3',
        bucket: required('bucket', i.bucket, 'an S3 bucket name'),
        ...(i.prefix ? { prefix: i.prefix } : {}),
        ...(i.suffix ? { suffix: i.suffix } : {}),
      };
    case 'schedule':
      return { kind: 'schedule', expression: required('schedule', i.schedule, 'rate(...) or cron(...)') };
    case 'drift':
      return { kind: 'drift', alarmName: required('alarm-name', i['alarm-name'], 'a CloudWatch alarm name') };
    case 'model-approved':
      return {
        kind: 'model-approved',
        modelPackageGroup: required(
          'model-package-group',
          i['model-package-group'],
          'a model package group name',
        ),
      };
  }
}

function defaultDescription(source: TriggerSource, target: ParsedTrigger['target']): string {
  const what =
    target.kind === 'sagemaker-pipeline'
      ? `SageMaker pipeline ${target.pipeline.split('/').pop()}`
      : `GitHub workflow ${target.workflow} on ${target.repository}`;
  const when = {
    s3: () => `objects created in s3://${(source as { bucket: string }).bucket}`,
    schedule: () => (source as { expression: string }).expression,
    drift: () => `alarm ${(source as { alarmName: string }).alarmName} in ALARM`,
    'model-approved': () =>
      `model approved in ${(source as { modelPackageGroup: string }).modelPackageGroup}`,
  }[source.kind]();
  return `Starts ${what} on ${when} (sagemaker-cicd)`.slice(0, 512);
}
