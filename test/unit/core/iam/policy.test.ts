import { describe, expect, it } from '@jest/globals';
import { combinedPolicy, commandPolicy } from '../../../../src/core/iam/policy.js';
import { scaffold } from '../../../../src/core/init/scaffold.js';
import { specs } from '../../../../src/commands/specs.js';
import { evaluatePolicy, type PolicyDocument } from '../../../sandbox/aws/iam.js';

/** The generated policies, judged by a real IAM evaluator (iam-simulate), not by their text. */
const ACCOUNT = '123456789012';
const CALLER = `arn:aws:sts::${ACCOUNT}:assumed-role/github-sagemaker/run`;
const TRIGGER_ROLE = `arn:aws:iam::${ACCOUNT}:role/sagemaker-cicd-trigger`;
const passRole = (policy: PolicyDocument, service: string) =>
  evaluatePolicy(
    policy,
    CALLER,
    { action: 'iam:PassRole', resource: TRIGGER_ROLE, context: { 'iam:PassedToService': service } },
    ACCOUNT,
  );

const answers = {
  pipelineName: 'churn-train',
  modelPackageGroup: 'churn',
  endpointName: 'churn-prod',
  region: 'eu-west-1',
  strategy: 'canary',
  instanceType: 'ml.m5.large',
  environment: 'production',
  actions: 'acme/sagemaker-cicd@v1',
  dataBucket: 'churn-data',
  deployOnApproval: true,
  toolkitVersion: '0.1.0',
};

describe('generated IAM policies', () => {
  it("init's combined role may pass a role to EventBridge (triggers) and to SageMaker (pipelines, models), nothing else", async () => {
    const files = scaffold(answers, specs);
    expect(files['.github/workflows/sagemaker-triggers.yml']).toBeDefined();
    const policy = JSON.parse(files['iam/github-actions-role.json']!) as PolicyDocument;
    expect(await passRole(policy, 'events.amazonaws.com')).toBe('Allowed');
    expect(await passRole(policy, 'sagemaker.amazonaws.com')).toBe('Allowed');
    expect(await passRole(policy, 'lambda.amazonaws.com')).toBe('ImplicitlyDenied');
    expect(policy.Statement[1]).toEqual({
      Sid: 'GithubActionsRolePassRole',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: '*',
      Condition: {
        StringEquals: { 'iam:PassedToService': ['events.amazonaws.com', 'sagemaker.amazonaws.com'] },
      },
    });
  });

  it('without triggers, the combined role passes roles to SageMaker only', async () => {
    const files = scaffold({ ...answers, dataBucket: undefined, deployOnApproval: false }, specs);
    expect(files['.github/workflows/sagemaker-triggers.yml']).toBeUndefined();
    const policy = JSON.parse(files['iam/github-actions-role.json']!) as PolicyDocument;
    expect(await passRole(policy, 'sagemaker.amazonaws.com')).toBe('Allowed');
    expect(await passRole(policy, 'events.amazonaws.com')).toBe('ImplicitlyDenied');
  });

  it("create-trigger's own policy (iam-policy create-trigger) passes roles to EventBridge only", async () => {
    const policy = commandPolicy('create-trigger', specs['create-trigger']!.permissions);
    expect(await passRole(policy, 'events.amazonaws.com')).toBe('Allowed');
    expect(await passRole(policy, 'sagemaker.amazonaws.com')).toBe('ImplicitlyDenied');
  });

  it('a combined policy is the union of its commands’ actions, each once, sorted', () => {
    const policy = combinedPolicy('ci', {
      'describe-pipeline': specs['describe-pipeline']!.permissions,
      'create-trigger': ['sagemaker:DescribePipeline', 'events:PutRule'],
    });
    expect(policy.Statement).toEqual([
      {
        Sid: 'Ci',
        Effect: 'Allow',
        Action: ['events:PutRule', 'sagemaker:DescribePipeline', 'sagemaker:ListPipelineExecutions'],
        Resource: '*',
      },
    ]);
  });
});
