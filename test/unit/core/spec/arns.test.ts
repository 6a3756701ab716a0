import { describe, expect, it } from '@jest/globals';
import { isArn } from '../../../../src/core/spec/arns.js';

describe('ARN table (one pattern per resource)', () => {
  it.each([
    ['iam-role', 'arn:aws:iam::123456789012:role/github-sagemaker'],
    ['iam-role', 'arn:aws-us-gov:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole'],
    ['sagemaker-pipeline', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train'],
    ['pipeline-execution', 'arn:aws:sagemaker:eu-west-1:123456789012:pipeline/churn-train/execution/abc123'],
    ['model-package', 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/12'],
    ['model-package-group', 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn'],
    ['sqs-queue', 'arn:aws:sqs:us-east-1:123456789012:trigger-dlq.fifo'],
  ] as const)('%s accepts %s', (kind, arn) => {
    expect(isArn(kind, arn)).toBe(true);
  });

  it.each([
    ['iam-role', 'github-sagemaker'],
    ['iam-role', 'arn:aws:iam::123456789012:user/dana'],
    ['pipeline-execution', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn/execution/abc\n123'],
    ['sagemaker-pipeline', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn/execution/abc'],
    ['sagemaker-pipeline', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/-churn'],
    ['model-package', 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn'],
    ['model-package-group', 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn/1'],
    ['sqs-queue', `arn:aws:sqs:us-east-1:123456789012:${'q'.repeat(81)}`],
  ] as const)('%s refuses %j', (kind, arn) => {
    expect(isArn(kind, arn)).toBe(false);
  });
});
