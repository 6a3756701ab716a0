import type { RecordedRequest } from './server.js';

/**
 * What IAM authorizes for each request the sandbox serves: the action, the ARN of the resource the
 * request names, and the condition keys the request sets. One request can need several checks:
 * a request that hands a role to a service (CreateModel's ExecutionRoleArn, PutTargets' RoleArn,
 * CreatePipeline's RoleArn, StartBuild's serviceRoleOverride) also needs `iam:PassRole` on that
 * role with `iam:PassedToService`, as AWS checks it.
 *
 * Resource ARNs follow the IAM service authorization reference (the evaluator, iam-simulate, checks
 * each ARN against the action's resource types and refuses one it does not know). Actions without
 * resource types (List*) are authorized on `*`.
 */
export interface AuthorizationCheck {
  /** `sagemaker:DescribePipeline`. */
  action: string;
  resource: string;
  context: Record<string, string | string[]>;
}

interface Arns {
  region: string;
  accountId: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies as the wire sends them
type Body = Record<string, any>;
type Table = Record<string, (body: Body, arns: Arns) => AuthorizationCheck[]>;

const check = (action: string, resource: string, context: AuthorizationCheck['context'] = {}) => ({
  action,
  resource,
  context,
});
const arn = (a: Arns, service: string, resource: string) =>
  `arn:aws:${service}:${a.region}:${a.accountId}:${resource}`;
/** A name or an ARN (SageMaker accepts either); names are lower-cased in SageMaker ARNs. */
const sm = (a: Arns, type: string, nameOrArn: string) =>
  String(nameOrArn).startsWith('arn:')
    ? String(nameOrArn)
    : arn(a, 'sagemaker', `${type}/${String(nameOrArn).toLowerCase()}`);
const passRole = (role: string | undefined, service: string): AuthorizationCheck[] =>
  role ? [check('iam:PassRole', role, { 'iam:PassedToService': service })] : [];

const SAGEMAKER = 'sagemaker.amazonaws.com';

const sagemaker: Table = {
  DescribePipeline: (b, a) => [check('sagemaker:DescribePipeline', sm(a, 'pipeline', b.PipelineName))],
  ListPipelineExecutions: (b, a) => [
    check('sagemaker:ListPipelineExecutions', sm(a, 'pipeline', b.PipelineName)),
  ],
  StartPipelineExecution: (b, a) => [
    check('sagemaker:StartPipelineExecution', sm(a, 'pipeline', b.PipelineName)),
  ],
  CreatePipeline: (b, a) => [
    check('sagemaker:CreatePipeline', sm(a, 'pipeline', b.PipelineName)),
    ...passRole(b.RoleArn, SAGEMAKER),
  ],
  UpdatePipeline: (b, a) => [
    check('sagemaker:UpdatePipeline', sm(a, 'pipeline', b.PipelineName)),
    ...passRole(b.RoleArn, SAGEMAKER),
  ],
  DescribePipelineExecution: (b) => [
    check('sagemaker:DescribePipelineExecution', String(b.PipelineExecutionArn)),
  ],
  ListPipelineExecutionSteps: (b) => [
    check('sagemaker:ListPipelineExecutionSteps', String(b.PipelineExecutionArn)),
  ],
  DescribePipelineDefinitionForExecution: (b) => [
    check('sagemaker:DescribePipelineDefinitionForExecution', String(b.PipelineExecutionArn)),
  ],
  StopPipelineExecution: (b) => [check('sagemaker:StopPipelineExecution', String(b.PipelineExecutionArn))],
  RetryPipelineExecution: (b) => [check('sagemaker:RetryPipelineExecution', String(b.PipelineExecutionArn))],
  ListPipelineParametersForExecution: (b) => [
    check('sagemaker:ListPipelineParametersForExecution', String(b.PipelineExecutionArn)),
  ],
  ListPipelineVersions: (b, a) => [
    check('sagemaker:ListPipelineVersions', sm(a, 'pipeline', b.PipelineName)),
  ],
  DescribeModelPackage: (b, a) => [
    check('sagemaker:DescribeModelPackage', sm(a, 'model-package', b.ModelPackageName)),
  ],
  ListModelPackages: () => [check('sagemaker:ListModelPackages', '*')],
  UpdateModelPackage: (b) => [check('sagemaker:UpdateModelPackage', String(b.ModelPackageArn))],
  DescribeModelPackageGroup: (b, a) => [
    check('sagemaker:DescribeModelPackageGroup', sm(a, 'model-package-group', b.ModelPackageGroupName)),
  ],
  CreateModel: (b, a) => [
    check('sagemaker:CreateModel', sm(a, 'model', b.ModelName)),
    ...passRole(b.ExecutionRoleArn, SAGEMAKER),
  ],
  DescribeModel: (b, a) => [check('sagemaker:DescribeModel', sm(a, 'model', b.ModelName))],
  CreateEndpointConfig: (b, a) => [
    check('sagemaker:CreateEndpointConfig', sm(a, 'endpoint-config', b.EndpointConfigName)),
  ],
  DescribeEndpointConfig: (b, a) => [
    check('sagemaker:DescribeEndpointConfig', sm(a, 'endpoint-config', b.EndpointConfigName)),
  ],
  // CreateEndpoint and UpdateEndpoint name two resources: the endpoint and its new config.
  CreateEndpoint: (b, a) => [
    check('sagemaker:CreateEndpoint', sm(a, 'endpoint', b.EndpointName)),
    check('sagemaker:CreateEndpoint', sm(a, 'endpoint-config', b.EndpointConfigName)),
  ],
  UpdateEndpoint: (b, a) => [
    check('sagemaker:UpdateEndpoint', sm(a, 'endpoint', b.EndpointName)),
    check('sagemaker:UpdateEndpoint', sm(a, 'endpoint-config', b.EndpointConfigName)),
  ],
  DescribeEndpoint: (b, a) => [check('sagemaker:DescribeEndpoint', sm(a, 'endpoint', b.EndpointName))],
  CreateTransformJob: (b, a) => [
    check('sagemaker:CreateTransformJob', sm(a, 'transform-job', b.TransformJobName)),
  ],
  DescribeTransformJob: (b, a) => [
    check('sagemaker:DescribeTransformJob', sm(a, 'transform-job', b.TransformJobName)),
  ],
  CreateInferenceExperiment: (b, a) => [
    check('sagemaker:CreateInferenceExperiment', sm(a, 'inference-experiment', b.Name)),
    ...passRole(b.RoleArn, SAGEMAKER),
  ],
  DescribeInferenceExperiment: (b, a) => [
    check('sagemaker:DescribeInferenceExperiment', sm(a, 'inference-experiment', b.Name)),
  ],
  StopInferenceExperiment: (b, a) => [
    check('sagemaker:StopInferenceExperiment', sm(a, 'inference-experiment', b.Name)),
  ],
  StopTransformJob: (b, a) => [
    check('sagemaker:StopTransformJob', sm(a, 'transform-job', b.TransformJobName)),
  ],
  // CreateInferenceComponent names the component and the endpoint it goes on (both required).
  CreateInferenceComponent: (b, a) => [
    check('sagemaker:CreateInferenceComponent', sm(a, 'inference-component', b.InferenceComponentName)),
    check('sagemaker:CreateInferenceComponent', sm(a, 'endpoint', b.EndpointName)),
  ],
  UpdateInferenceComponent: (b, a) => [
    check('sagemaker:UpdateInferenceComponent', sm(a, 'inference-component', b.InferenceComponentName)),
  ],
  DescribeInferenceComponent: (b, a) => [
    check('sagemaker:DescribeInferenceComponent', sm(a, 'inference-component', b.InferenceComponentName)),
  ],
  DescribeTrainingJob: (b, a) => [
    check('sagemaker:DescribeTrainingJob', sm(a, 'training-job', b.TrainingJobName)),
  ],
  DescribeProcessingJob: (b, a) => [
    check('sagemaker:DescribeProcessingJob', sm(a, 'processing-job', b.ProcessingJobName)),
  ],
};

const project = (a: Arns, name: string) => arn(a, 'codebuild', `project/${name}`);
const codebuild: Table = {
  StartBuild: (b, a) => [
    check('codebuild:StartBuild', project(a, b.projectName)),
    ...passRole(b.serviceRoleOverride, 'codebuild.amazonaws.com'),
  ],
  // Build ids are `<project>:<uuid>`.
  BatchGetBuilds: (b, a) =>
    [...new Set((b.ids as string[]).map((id) => id.split(':')[0]!))].map((p) =>
      check('codebuild:BatchGetBuilds', project(a, p)),
    ),
  StopBuild: (b, a) => [check('codebuild:StopBuild', project(a, String(b.id).split(':')[0]!))],
  ListBuildsForProject: (b, a) => [check('codebuild:ListBuildsForProject', project(a, b.projectName))],
};

const logs: Table = {
  DescribeLogStreams: (b, a) => [
    check('logs:DescribeLogStreams', arn(a, 'logs', `log-group:${b.logGroupName ?? b.logGroupIdentifier}`)),
  ],
  GetLogEvents: (b, a) => [
    check(
      'logs:GetLogEvents',
      b.logGroupIdentifier?.startsWith?.('arn:')
        ? `${b.logGroupIdentifier}:log-stream:${b.logStreamName}`
        : arn(a, 'logs', `log-group:${b.logGroupName ?? b.logGroupIdentifier}:log-stream:${b.logStreamName}`),
    ),
  ],
};

const pipeline = (a: Arns, name: string) => arn(a, 'codepipeline', name);
const codepipeline: Table = {
  StartPipelineExecution: (b, a) => [check('codepipeline:StartPipelineExecution', pipeline(a, b.name))],
  GetPipelineExecution: (b, a) => [check('codepipeline:GetPipelineExecution', pipeline(a, b.pipelineName))],
  GetPipelineState: (b, a) => [check('codepipeline:GetPipelineState', pipeline(a, b.name))],
  ListPipelineExecutions: (b, a) => [
    check('codepipeline:ListPipelineExecutions', pipeline(a, b.pipelineName)),
  ],
  StopPipelineExecution: (b, a) => [check('codepipeline:StopPipelineExecution', pipeline(a, b.pipelineName))],
  // An approval is authorized on the action: <pipeline>/<stage>/<action>.
  PutApprovalResult: (b, a) => [
    check('codepipeline:PutApprovalResult', pipeline(a, `${b.pipelineName}/${b.stageName}/${b.actionName}`)),
  ],
};

const rule = (a: Arns, name: string) => arn(a, 'events', `rule/${name}`);
const EVENTS = 'events.amazonaws.com';
const events: Table = {
  PutRule: (b, a) => [check('events:PutRule', rule(a, b.Name))],
  DescribeRule: (b, a) => [check('events:DescribeRule', rule(a, b.Name))],
  ListTargetsByRule: (b, a) => [check('events:ListTargetsByRule', rule(a, b.Rule))],
  // EventBridge checks iam:PassRole once per role its targets name.
  PutTargets: (b, a) => [
    check('events:PutTargets', rule(a, b.Rule)),
    ...[...new Set(((b.Targets ?? []) as Body[]).map((t) => t.RoleArn).filter(Boolean))].flatMap((r) =>
      passRole(r as string, EVENTS),
    ),
  ],
  RemoveTargets: (b, a) => [check('events:RemoveTargets', rule(a, b.Rule))],
  DescribeConnection: (b, a) => [
    check('events:DescribeConnection', arn(a, 'events', `connection/${b.Name}`)),
  ],
  CreateConnection: (b, a) => [check('events:CreateConnection', arn(a, 'events', `connection/${b.Name}`))],
  UpdateConnection: (b, a) => [check('events:UpdateConnection', arn(a, 'events', `connection/${b.Name}`))],
  DescribeApiDestination: (b, a) => [
    check('events:DescribeApiDestination', arn(a, 'events', `api-destination/${b.Name}`)),
  ],
  CreateApiDestination: (b, a) => [
    check('events:CreateApiDestination', arn(a, 'events', `api-destination/${b.Name}`)),
  ],
  UpdateApiDestination: (b, a) => [
    check('events:UpdateApiDestination', arn(a, 'events', `api-destination/${b.Name}`)),
  ],
};

// Executions are authorized on their own ARN (execution:<machine>:<name>, or express:...).
const states: Table = {
  DescribeStateMachine: (b) => [check('states:DescribeStateMachine', String(b.stateMachineArn))],
  StartExecution: (b) => [check('states:StartExecution', String(b.stateMachineArn))],
  ListExecutions: (b) => [check('states:ListExecutions', String(b.stateMachineArn))],
  StartSyncExecution: (b) => [check('states:StartSyncExecution', String(b.stateMachineArn))],
  DescribeExecution: (b) => [check('states:DescribeExecution', String(b.executionArn))],
  GetExecutionHistory: (b) => [check('states:GetExecutionHistory', String(b.executionArn))],
  StopExecution: (b) => [check('states:StopExecution', String(b.executionArn))],
  DescribeStateMachineForExecution: (b) => [
    check('states:DescribeStateMachineForExecution', String(b.executionArn)),
  ],
};

const s3: Table = {
  GetObject: (b) => [check('s3:GetObject', `arn:aws:s3:::${b.bucket}/${b.key}`)],
  // HEAD is authorized as s3:GetObject.
  HeadObject: (b) => [check('s3:GetObject', `arn:aws:s3:::${b.bucket}/${b.key}`)],
  PutObject: (b) => [check('s3:PutObject', `arn:aws:s3:::${b.bucket}/${b.key}`)],
  ListObjectsV2: (b) => [check('s3:ListBucket', `arn:aws:s3:::${b.bucket}`)],
  GetBucketNotificationConfiguration: (b) => [
    check('s3:GetBucketNotification', `arn:aws:s3:::${b.bucket ?? b.Bucket}`),
  ],
  PutBucketNotificationConfiguration: (b) => [
    check('s3:PutBucketNotification', `arn:aws:s3:::${b.bucket ?? b.Bucket}`),
  ],
};

// GetMetricData has no resource type: authorized on *. PutMetricData has no required resource type
// (its namespace is a condition key); the alarms' do.
const cloudwatch: Table = {
  GetMetricData: () => [check('cloudwatch:GetMetricData', '*')],
  PutMetricData: (b) => [
    check('cloudwatch:PutMetricData', '*', { 'cloudwatch:namespace': String(b.Namespace) }),
  ],
  DescribeAlarms: (b, a) => [
    check(
      'cloudwatch:DescribeAlarms',
      arn(a, 'cloudwatch', `alarm:${b.AlarmNames?.length === 1 ? b.AlarmNames[0] : '*'}`),
    ),
  ],
  PutMetricAlarm: (b, a) => [
    check('cloudwatch:PutMetricAlarm', arn(a, 'cloudwatch', `alarm:${b.AlarmName}`)),
  ],
};

const TABLES: Record<string, Table> = {
  sagemaker,
  codebuild,
  logs,
  codepipeline,
  events,
  states,
  s3,
  cloudwatch,
};

/**
 * The checks one recorded request needs; `undefined` when the sandbox has no entry for it (an
 * enforcing sandbox refuses such a request rather than letting it through unchecked). STS's web
 * identity exchange is unsigned: IAM authorizes it by the role's trust policy, not the caller's.
 */
export function authorizationChecks(request: RecordedRequest, arns: Arns): AuthorizationCheck[] | undefined {
  if (request.service === 'sts' && request.operation === 'AssumeRoleWithWebIdentity') return [];
  const entry = TABLES[request.service]?.[request.operation];
  return entry?.(request.body, arns);
}

/** The operations the table covers, as `service:Operation` (for tests and reports). */
export function coveredOperations(): string[] {
  return Object.entries(TABLES).flatMap(([service, t]) => Object.keys(t).map((op) => `${service}:${op}`));
}
