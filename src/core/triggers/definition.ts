import { TOOLKIT_APPROVAL_MARKER } from '../promotion/approval.js';
/**
 * A trigger: what event starts it (an S3 upload, a schedule, a drift alarm, a model approval) and
 * what it starts (a SageMaker pipeline, or a GitHub workflow through an EventBridge API
 * destination). `ruleAndTargets` turns it into the exact PutRule / PutTargets request bodies.
 */
export type TriggerSource =
  | { kind: 's3'; bucket: string; prefix?: string; suffix?: string }
  | { kind: 'schedule'; expression: string }
  | { kind: 'drift'; alarmName: string }
  | { kind: 'model-approved'; modelPackageGroup: string };

export type TriggerKind = TriggerSource['kind'];
export const TRIGGER_KINDS: readonly TriggerKind[] = ['s3', 'schedule', 'drift', 'model-approved'];

export type TriggerTarget =
  | { kind: 'sagemaker-pipeline'; pipelineArn: string; parameters: Record<string, string> }
  | {
      kind: 'github-workflow';
      /** `owner/name`. */
      repository: string;
      /** Workflow file name (`deploy.yml`) or id. */
      workflow: string;
      ref: string;
      /** The GitHub REST API root, e.g. https://api.github.com. */
      apiUrl: string;
    };

export type TargetKind = TriggerTarget['kind'];
export const TARGET_KINDS: readonly TargetKind[] = ['sagemaker-pipeline', 'github-workflow'];

export interface TriggerDefinition {
  name: string;
  description: string;
  state: 'ENABLED' | 'DISABLED';
  source: TriggerSource;
  target: TriggerTarget;
  /** The role EventBridge assumes to start the target. */
  roleArn: string;
  retry: { maximumRetryAttempts: number; maximumEventAgeInSeconds: number };
  deadLetterQueueArn?: string;
}

/** PutRule's body (the fields this toolkit manages). */
export interface RuleRequest {
  Name: string;
  Description: string;
  State: 'ENABLED' | 'DISABLED';
  EventPattern?: string;
  ScheduleExpression?: string;
}

/** One entry of PutTargets' `Targets`, as EventBridge accepts it. */
export interface TargetRequest {
  Id: string;
  Arn: string;
  RoleArn: string;
  SageMakerPipelineParameters?: { PipelineParameterList: { Name: string; Value: string }[] };
  InputTransformer?: { InputPathsMap: Record<string, string>; InputTemplate: string };
  RetryPolicy: { MaximumRetryAttempts: number; MaximumEventAgeInSeconds: number };
  DeadLetterConfig?: { Arn: string };
}

/** The connection and API destination that carry a GitHub workflow_dispatch (no Lambda). */
export interface ConnectionRequest {
  Name: string;
  Description: string;
  AuthorizationType: 'API_KEY';
  AuthParameters: {
    ApiKeyAuthParameters: { ApiKeyName: 'Authorization'; ApiKeyValue: string };
    InvocationHttpParameters: {
      HeaderParameters: { Key: string; Value: string; IsValueSecret: boolean }[];
    };
  };
}

export interface ApiDestinationRequest {
  Name: string;
  Description: string;
  /** Filled in with the connection's ARN once it is known. */
  ConnectionArn: string;
  InvocationEndpoint: string;
  HttpMethod: 'POST';
  InvocationRateLimitPerSecond: number;
}

export const TARGET_IDS: Record<TargetKind, string> = {
  'sagemaker-pipeline': 'sagemaker-pipeline',
  'github-workflow': 'github-workflow-dispatch',
};

/** The event pattern for each kind of event source (JSON, as PutRule takes it). */
export function eventPattern(source: TriggerSource): Record<string, unknown> | undefined {
  switch (source.kind) {
    case 's3': {
      const detail: Record<string, unknown> = { bucket: { name: [source.bucket] } };
      const key = keyFilter(source.prefix, source.suffix);
      if (key) detail.object = { key: [key] };
      return { source: ['aws.s3'], 'detail-type': ['Object Created'], detail };
    }
    case 'drift':
      return {
        source: ['aws.cloudwatch'],
        'detail-type': ['CloudWatch Alarm State Change'],
        detail: { alarmName: [source.alarmName], state: { value: ['ALARM'] } },
      };
    case 'model-approved':
      return {
        source: ['aws.sagemaker'],
        'detail-type': ['SageMaker Model Package State Change'],
        detail: {
          ModelPackageGroupName: [source.modelPackageGroup],
          ModelApprovalStatus: ['Approved'],
          // Not the approvals the toolkit records itself (its deploy is already running); the
          // event carries ApprovalDescription only when one was given.
          $or: [
            { ApprovalDescription: [{ exists: false }] },
            { ApprovalDescription: [{ 'anything-but': { wildcard: `*${TOOLKIT_APPROVAL_MARKER}*` } }] },
          ],
        },
      };
    case 'schedule':
      return undefined;
  }
}

/**
 * A key filter: a prefix, a suffix, or both. Two filters in one list would match either (OR), so
 * both together become one wildcard (`data/*.csv`), with `*` and `\` in the parts escaped.
 */
function keyFilter(prefix?: string, suffix?: string): Record<string, string> | undefined {
  if (prefix && suffix) {
    const esc = (s: string) => s.replace(/[\\*]/g, (c) => `\\${c}`);
    return { wildcard: `${esc(prefix)}*${esc(suffix)}` };
  }
  if (prefix) return { prefix };
  if (suffix) return { suffix };
  return undefined;
}

export function ruleRequest(def: TriggerDefinition): RuleRequest {
  const pattern = eventPattern(def.source);
  return {
    Name: def.name,
    Description: def.description,
    State: def.state,
    ...(pattern ? { EventPattern: JSON.stringify(pattern) } : {}),
    ...(def.source.kind === 'schedule' ? { ScheduleExpression: def.source.expression } : {}),
  };
}

/** `targetArn` is the API destination's ARN for a GitHub target (known once it exists). */
export function targetRequest(def: TriggerDefinition, apiDestinationArn = ''): TargetRequest {
  const common = {
    RoleArn: def.roleArn,
    RetryPolicy: {
      MaximumRetryAttempts: def.retry.maximumRetryAttempts,
      MaximumEventAgeInSeconds: def.retry.maximumEventAgeInSeconds,
    },
    ...(def.deadLetterQueueArn ? { DeadLetterConfig: { Arn: def.deadLetterQueueArn } } : {}),
  };
  const t = def.target;
  if (t.kind === 'sagemaker-pipeline') {
    return {
      Id: TARGET_IDS[t.kind],
      Arn: t.pipelineArn,
      ...common,
      SageMakerPipelineParameters: {
        PipelineParameterList: Object.entries(t.parameters).map(([Name, Value]) => ({ Name, Value })),
      },
    };
  }
  return { Id: TARGET_IDS[t.kind], Arn: apiDestinationArn, ...common, InputTransformer: dispatchBody(def) };
}

/**
 * The body of `POST /repos/{owner}/{repo}/actions/workflows/{id}/dispatches`. A model approval
 * passes the package's ARN as the `model-package-arn` input (the deploy workflow `init` writes
 * declares it); other events pass no inputs, since GitHub refuses inputs a workflow does not declare.
 */
function dispatchBody(def: TriggerDefinition): TargetRequest['InputTransformer'] & object {
  const ref = JSON.stringify((def.target as { ref: string }).ref);
  if (def.source.kind === 'model-approved') {
    return {
      InputPathsMap: { modelPackageArn: '$.detail.ModelPackageArn' },
      InputTemplate: `{"ref": ${ref}, "inputs": {"model-package-arn": "<modelPackageArn>"}}`,
    };
  }
  return { InputPathsMap: {}, InputTemplate: `{"ref": ${ref}}` };
}

export function connectionRequest(def: TriggerDefinition, token: string): ConnectionRequest {
  const t = def.target as Extract<TriggerTarget, { kind: 'github-workflow' }>;
  return {
    Name: connectionName(def.name),
    Description: `GitHub token for workflow_dispatch on ${t.repository} (sagemaker-cicd)`,
    AuthorizationType: 'API_KEY',
    AuthParameters: {
      ApiKeyAuthParameters: { ApiKeyName: 'Authorization', ApiKeyValue: `Bearer ${token}` },
      InvocationHttpParameters: {
        HeaderParameters: [
          { Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false },
          { Key: 'X-GitHub-Api-Version', Value: '2022-11-28', IsValueSecret: false },
        ],
      },
    },
  };
}

export function apiDestinationRequest(def: TriggerDefinition, connectionArn: string): ApiDestinationRequest {
  const t = def.target as Extract<TriggerTarget, { kind: 'github-workflow' }>;
  return {
    Name: apiDestinationName(def.name),
    Description: `workflow_dispatch of ${t.workflow} on ${t.repository} (sagemaker-cicd)`,
    ConnectionArn: connectionArn,
    InvocationEndpoint: `${t.apiUrl.replace(/\/+$/, '')}/repos/${t.repository}/actions/workflows/${encodeURIComponent(t.workflow)}/dispatches`,
    HttpMethod: 'POST',
    InvocationRateLimitPerSecond: 1,
  };
}

/** Names are 1-64 of `[.\-_A-Za-z0-9]`: the rule name is at most 48 so these suffixes fit. */
export const connectionName = (rule: string) => `${rule}-github`;
export const apiDestinationName = (rule: string) => `${rule}-dispatch`;
