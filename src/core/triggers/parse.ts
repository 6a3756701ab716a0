import { InputError } from '../errors.js';
import { boolean, choice, duration, integer, stringMap } from '../inputs.js';
import { pipelineName } from '../pipelines/names.js';
import { TARGET_KINDS, TRIGGER_KINDS, type TriggerDefinition, type TriggerSource } from './definition.js';
import { scheduleExpression } from './schedule.js';
import * as v from './validate.js';

/** A trigger as the inputs describe it; the pipeline is still a name or ARN (resolved to an ARN later). */
export interface ParsedTrigger extends Omit<TriggerDefinition, 'target'> {
  target:
    | { kind: 'sagemaker-pipeline'; pipeline: string; parameters: Record<string, string> }
    | Extract<TriggerDefinition['target'], { kind: 'github-workflow' }>;
}

const FOR_KIND: Record<TriggerSource['kind'], string[]> = {
  s3: ['bucket', 'prefix', 'suffix'],
  schedule: ['schedule'],
  drift: ['alarm-name'],
  'model-approved': ['model-package-group'],
};

/** Every input checked before any AWS call; inputs that belong to another kind are refused. */
export function parseTrigger(input: (name: string) => string, apiUrl: string): ParsedTrigger {
  const name = v.ruleName('name', input('name'));
  const kind = choice('kind', input('kind'), TRIGGER_KINDS);
  for (const [other, names] of Object.entries(FOR_KIND)) {
    if (other === kind) continue;
    for (const n of names) {
      if (input(n)) throw new InputError(n, `is for kind ${other}, not ${kind}`);
    }
  }
  const source = parseSource(kind, input);
  const targetKind = choice('target', input('target'), TARGET_KINDS, 'sagemaker-pipeline');
  let target: ParsedTrigger['target'];
  if (targetKind === 'sagemaker-pipeline') {
    for (const n of ['repository', 'workflow']) {
      if (input(n)) throw new InputError(n, 'is for target github-workflow, not sagemaker-pipeline');
    }
    target = {
      kind: 'sagemaker-pipeline',
      pipeline: pipelineName('pipeline-name', input('pipeline-name')),
      parameters: v.pipelineParameters(
        'pipeline-parameters',
        stringMap('pipeline-parameters', input('pipeline-parameters')),
      ),
    };
  } else {
    for (const n of ['pipeline-name', 'pipeline-parameters']) {
      if (input(n)) throw new InputError(n, 'is for target sagemaker-pipeline, not github-workflow');
    }
    target = {
      kind: 'github-workflow',
      repository: v.repository('repository', input('repository')),
      workflow: v.workflowId('workflow', input('workflow')),
      ref: v.gitRef('ref', input('ref') || 'main'),
      apiUrl,
    };
  }
  const maxAge = duration('max-event-age', input('max-event-age'), 86_400_000, {
    minMs: 60_000,
    maxMs: 86_400_000,
    defaultUnit: 's',
  })!;
  if (maxAge % 1000)
    throw new InputError('max-event-age', 'must be a whole number of seconds', input('max-event-age'));
  const dlq = input('dead-letter-queue-arn');
  const description = input('description') || defaultDescription(source, target);
  if (description.length > 512) throw new InputError('description', 'must be at most 512 characters');
  return {
    name,
    description,
    state: boolean('enabled', input('enabled'), true) ? 'ENABLED' : 'DISABLED',
    source,
    target,
    roleArn: v.roleArn('role-arn', input('role-arn')),
    retry: {
      maximumRetryAttempts: integer('max-retry-attempts', input('max-retry-attempts'), 185, {
        min: 0,
        max: 185,
      }),
      maximumEventAgeInSeconds: maxAge / 1000,
    },
    ...(dlq ? { deadLetterQueueArn: v.queueArn('dead-letter-queue-arn', dlq) } : {}),
  };
}

function parseSource(kind: TriggerSource['kind'], input: (name: string) => string): TriggerSource {
  switch (kind) {
    case 's3': {
      const prefix = v.keyPart('prefix', input('prefix'));
      const suffix = v.keyPart('suffix', input('suffix'));
      return {
        kind,
        bucket: v.bucketName('bucket', input('bucket')),
        ...(prefix ? { prefix } : {}),
        ...(suffix ? { suffix } : {}),
      };
    }
    case 'schedule':
      return { kind, expression: scheduleExpression('schedule', input('schedule')) };
    case 'drift':
      return { kind, alarmName: v.alarmName('alarm-name', input('alarm-name')) };
    case 'model-approved':
      return {
        kind,
        modelPackageGroup: v.modelPackageGroup('model-package-group', input('model-package-group')),
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
