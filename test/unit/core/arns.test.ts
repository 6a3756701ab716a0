import { describe, expect, it } from '@jest/globals';
import { ARNS, describeArn, isArn } from '../../../src/core/arns.js';

describe('ARN table', () => {
  it.each([
    ['iamRole', 'arn:aws:iam::123456789012:role/github-sagemaker'],
    ['iamRole', 'arn:aws-us-gov:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole'],
    ['sageMakerPipeline', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train'],
    ['pipelineExecution', 'arn:aws:sagemaker:eu-west-1:123456789012:pipeline/churn-train/execution/abc123'],
    ['modelPackage', 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/12'],
    ['modelPackage', 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-unversioned'],
    ['modelPackageGroup', 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn'],
    ['sqsQueue', 'arn:aws:sqs:us-east-1:123456789012:trigger-dlq.fifo'],
  ] as const)('%s accepts %s', (kind, arn) => {
    expect(isArn(kind, arn)).toBe(true);
  });

  it.each([
    ['iamRole', 'github-sagemaker'],
    ['iamRole', 'arn:aws:iam::123456789012:user/dana'],
    ['iamRole', 'arn:aws:iam::123456789012:role/'],
    ['pipelineExecution', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn/execution/abc\n123'],
    ['pipelineExecution', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn'],
    ['modelPackage', 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn'],
    ['modelPackage', 'arn:aws:sagemaker:us-east-1:12345678901:model-package/churn/1'],
    ['modelPackageGroup', 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn/1'],
    ['sqsQueue', `arn:aws:sqs:us-east-1:123456789012:${'q'.repeat(81)}`],
    ['sageMakerPipeline', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/-churn'],
  ] as const)('%s refuses %j', (kind, arn) => {
    expect(isArn(kind, arn)).toBe(false);
  });

  it('refuses an ARN past the API length limit', () => {
    const long = `arn:aws:iam::123456789012:role/${'a/'.repeat(1100)}r`;
    expect(ARNS.iamRole.pattern.test(long)).toBe(false);
    expect(isArn('iamRole', long)).toBe(false);
  });

  it('describes each kind with its shape', () => {
    expect(describeArn('iamRole')).toBe('an IAM role ARN (arn:aws:iam::<account>:role/<name>)');
  });
});
