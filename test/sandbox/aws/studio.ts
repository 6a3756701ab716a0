import { SageMakerClient, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import type { AwsSandbox } from './server.js';

/**
 * A person approving a model package in SageMaker Studio: an UpdateModelPackage request signed with
 * their own credentials (not a workflow's role), as the console sends it.
 */
export async function approveInStudio(aws: AwsSandbox, arn: string, description: string): Promise<void> {
  const client = new SageMakerClient({
    endpoint: aws.url,
    region: aws.region,
    credentials: { accessKeyId: 'AKIASTUDIOLEE0000000', secretAccessKey: 'studio' },
  });
  await client.send(
    new UpdateModelPackageCommand({
      ModelPackageArn: arn,
      ModelApprovalStatus: 'Approved',
      ApprovalDescription: description,
    }),
  );
}
