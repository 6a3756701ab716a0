import { describe, expect, it } from '@jest/globals';
import { authorizationChecks, coveredOperations } from '../../sandbox/aws/iam-actions.js';
import { evaluatePolicy } from '../../sandbox/aws/iam.js';
import type { RecordedRequest } from '../../sandbox/aws/server.js';

/**
 * Every operation in the sandbox IAM's table gives an action and a resource ARN the evaluator
 * (iam-simulate, with AWS's service authorization data from iam-data) accepts: a known action, and
 * an ARN of one of that action's resource types. A wrong ARN shape would make it refuse.
 */
const A = { region: 'us-east-1', accountId: '123456789012' };
const EXEC = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train/execution/abc123def456';
const PKG = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3';
const ROLE = 'arn:aws:iam::123456789012:role/r';
const SFN = 'arn:aws:states:us-east-1:123456789012';
const SAMPLES: Record<string, Record<string, unknown>> = {
  'sagemaker:DescribePipeline': { PipelineName: 'Churn-Train' },
  'sagemaker:ListPipelineExecutions': { PipelineName: 'churn-train' },
  'sagemaker:StartPipelineExecution': { PipelineName: 'churn-train' },
  'sagemaker:CreatePipeline': { PipelineName: 'churn-train', RoleArn: ROLE },
  'sagemaker:UpdatePipeline': { PipelineName: 'churn-train', RoleArn: ROLE },
  'sagemaker:DescribePipelineExecution': { PipelineExecutionArn: EXEC },
  'sagemaker:ListPipelineExecutionSteps': { PipelineExecutionArn: EXEC },
  'sagemaker:DescribePipelineDefinitionForExecution': { PipelineExecutionArn: EXEC },
  'sagemaker:StopPipelineExecution': { PipelineExecutionArn: EXEC },
  'sagemaker:RetryPipelineExecution': { PipelineExecutionArn: EXEC },
  'sagemaker:ListPipelineParametersForExecution': { PipelineExecutionArn: EXEC },
  'sagemaker:ListPipelineVersions': { PipelineName: 'churn-train' },
  'sagemaker:DescribeModelPackage': { ModelPackageName: PKG },
  'sagemaker:ListModelPackages': { ModelPackageGroupName: 'churn' },
  'sagemaker:UpdateModelPackage': { ModelPackageArn: PKG },
  'sagemaker:DescribeModelPackageGroup': { ModelPackageGroupName: 'churn' },
  'sagemaker:CreateModel': { ModelName: 'churn-3', ExecutionRoleArn: ROLE },
  'sagemaker:DescribeModel': { ModelName: 'churn-3' },
  'sagemaker:CreateEndpointConfig': { EndpointConfigName: 'churn-3-cfg' },
  'sagemaker:DescribeEndpointConfig': { EndpointConfigName: 'churn-3-cfg' },
  'sagemaker:CreateEndpoint': { EndpointName: 'churn-prod', EndpointConfigName: 'churn-3-cfg' },
  'sagemaker:UpdateEndpoint': { EndpointName: 'churn-prod', EndpointConfigName: 'churn-3-cfg' },
  'sagemaker:DescribeEndpoint': { EndpointName: 'churn-prod' },
  'sagemaker:CreateTransformJob': { TransformJobName: 'churn-123-1-abcdef12' },
  'sagemaker:DescribeTransformJob': { TransformJobName: 'churn-123-1-abcdef12' },
  'sagemaker:StopTransformJob': { TransformJobName: 'churn-123-1-abcdef12' },
  'sagemaker:CreateInferenceExperiment': { Name: 'churn-prod-shadow-1', RoleArn: ROLE },
  'sagemaker:DescribeInferenceExperiment': { Name: 'churn-prod-shadow-1' },
  'sagemaker:StopInferenceExperiment': { Name: 'churn-prod-shadow-1' },
  'sagemaker:CreateInferenceComponent': { InferenceComponentName: 'llm-chat', EndpointName: 'llm-prod' },
  'sagemaker:UpdateInferenceComponent': { InferenceComponentName: 'llm-chat' },
  'sagemaker:DescribeInferenceComponent': { InferenceComponentName: 'llm-chat' },
  'sagemaker:DescribeTrainingJob': { TrainingJobName: 'pipelines-abc123def456-Train-Xy12Ab34Cd' },
  'sagemaker:DescribeProcessingJob': { ProcessingJobName: 'pipelines-abc123def456-Evaluate-Xy12Ab34Cd' },
  'codebuild:StartBuild': { projectName: 'churn-image', serviceRoleOverride: ROLE },
  'codebuild:BatchGetBuilds': { ids: ['churn-image:0b1c2d3e-4f5a'] },
  'codebuild:StopBuild': { id: 'churn-image:0b1c2d3e-4f5a' },
  'codebuild:ListBuildsForProject': { projectName: 'churn-image' },
  'logs:DescribeLogStreams': {
    logGroupName: '/aws/sagemaker/TrainingJobs',
    logStreamNamePrefix: 'pipelines-abc123def456-Train-Xy12Ab34Cd/',
  },
  'logs:GetLogEvents': { logGroupName: '/aws/codebuild/churn-image', logStreamName: '0b1c2d3e' },
  'codepipeline:StartPipelineExecution': { name: 'churn-release' },
  'codepipeline:GetPipelineExecution': { pipelineName: 'churn-release' },
  'codepipeline:GetPipelineState': { name: 'churn-release' },
  'codepipeline:ListPipelineExecutions': { pipelineName: 'churn-release' },
  'codepipeline:StopPipelineExecution': { pipelineName: 'churn-release' },
  'codepipeline:PutApprovalResult': {
    pipelineName: 'churn-release',
    stageName: 'Approve',
    actionName: 'Gate',
  },
  'events:PutRule': { Name: 'churn-on-data' },
  'events:DescribeRule': { Name: 'churn-on-data' },
  'events:ListTargetsByRule': { Rule: 'churn-on-data' },
  'events:PutTargets': { Rule: 'churn-on-data', Targets: [{ Id: 't', RoleArn: ROLE }] },
  'events:RemoveTargets': { Rule: 'churn-on-data' },
  'events:DescribeConnection': { Name: 'c' },
  'events:CreateConnection': { Name: 'c' },
  'events:UpdateConnection': { Name: 'c' },
  'events:DescribeApiDestination': { Name: 'd' },
  'events:CreateApiDestination': { Name: 'd' },
  'events:UpdateApiDestination': { Name: 'd' },
  'states:DescribeStateMachine': { stateMachineArn: `${SFN}:stateMachine:churn-release` },
  'states:StartExecution': { stateMachineArn: `${SFN}:stateMachine:churn-release` },
  'states:ListExecutions': { stateMachineArn: `${SFN}:stateMachine:churn-release` },
  'states:StartSyncExecution': { stateMachineArn: `${SFN}:stateMachine:churn-score` },
  'states:DescribeExecution': { executionArn: `${SFN}:express:churn-score:run-1:0b1c2d3e` },
  'states:GetExecutionHistory': { executionArn: `${SFN}:execution:churn-release:run-1` },
  'states:StopExecution': { executionArn: `${SFN}:execution:churn-release:run-1` },
  'states:DescribeStateMachineForExecution': { executionArn: `${SFN}:execution:churn-release:run-1` },
  's3:GetObject': { bucket: 'churn-data', key: 'metrics/eval.json' },
  's3:HeadObject': { bucket: 'churn-data', key: 'metrics/eval.json' },
  's3:PutObject': { bucket: 'churn-data', key: 'train/a.csv' },
  's3:ListObjectsV2': { bucket: 'churn-capture', key: '' },
  'cloudwatch:GetMetricData': {},
  's3:GetBucketNotificationConfiguration': { bucket: 'churn-data' },
  's3:PutBucketNotificationConfiguration': { bucket: 'churn-data' },
  'cloudwatch:PutMetricData': { Namespace: 'SageMakerCICD/Drift', MetricData: [] },
  'cloudwatch:DescribeAlarms': { AlarmNames: ['churn-prod-drift'] },
  'cloudwatch:PutMetricAlarm': { AlarmName: 'churn-prod-drift' },
};
const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

describe("the sandbox IAM's table of actions and resource ARNs", () => {
  it('has a sample for every operation it covers', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(coveredOperations().sort());
  });

  it.each(coveredOperations())('%s: an action and ARN the evaluator accepts', async (operation) => {
    const [service, name] = operation.split(':') as [string, string];
    const request = { service, operation: name, body: SAMPLES[operation]! } as unknown as RecordedRequest;
    const checks = authorizationChecks(request, A)!;
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) {
      // evaluatePolicy throws when iam-simulate refuses the action or the ARN's resource type.
      expect(
        await evaluatePolicy(ALLOW_ALL, 'arn:aws:sts::123456789012:assumed-role/r/s', check, A.accountId),
      ).toBe('Allowed');
    }
  });

  it('names the resource as AWS does: SageMaker names lower-cased, PassRole with iam:PassedToService', () => {
    const request = {
      service: 'sagemaker',
      operation: 'CreatePipeline',
      body: { PipelineName: 'Churn-Train', RoleArn: ROLE },
    } as unknown as RecordedRequest;
    expect(authorizationChecks(request, A)).toEqual([
      {
        action: 'sagemaker:CreatePipeline',
        resource: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train',
        context: {},
      },
      {
        action: 'iam:PassRole',
        resource: ROLE,
        context: { 'iam:PassedToService': 'sagemaker.amazonaws.com' },
      },
    ]);
  });
});
