import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  DescribeModelPackageCommand,
  ListModelPackagesCommand,
  ListPipelineExecutionStepsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { UserError } from '../core/errors.js';
import { ReportError } from '../core/metrics/report.js';
import type { PackageInfo, RegisteredPackage, RegistryGateway } from '../core/metrics/sources.js';
import { clientConfig, type AwsOptions } from './clients.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The model registry and S3, as the metrics report reads them. */
export function modelRegistry(env: Env, options: AwsOptions): RegistryGateway {
  const sagemaker = new SageMakerClient(clientConfig(env, 'SAGEMAKER', options));
  const s3 = new S3Client(clientConfig(env, 'S3', options));
  return {
    async describePackage(arn) {
      try {
        const p = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
        return {
          arn: p.ModelPackageArn ?? arn,
          group: p.ModelPackageGroupName,
          version: p.ModelPackageVersion,
          approvalStatus: p.ModelApprovalStatus,
          statisticsUri: p.ModelMetrics?.ModelQuality?.Statistics?.S3Uri,
        } satisfies PackageInfo;
      } catch (err) {
        if (
          (err as { name?: string }).name === 'ValidationException' ||
          (err as { name?: string }).name === 'ResourceNotFound'
        ) {
          throw new UserError(`model package ${arn} was not found: ${(err as Error).message}`, 1);
        }
        throw err;
      }
    },
    async latestApproved(group, except) {
      // Two are enough: the newest may be the candidate itself (approved before this report ran).
      const page = await sagemaker.send(
        new ListModelPackagesCommand({
          ModelPackageGroupName: group,
          ModelApprovalStatus: 'Approved',
          ModelPackageType: 'Versioned',
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
          MaxResults: 2,
        }),
      );
      const found = (page.ModelPackageSummaryList ?? []).find(
        (p) => p.ModelPackageArn && p.ModelPackageArn !== except,
      );
      return found?.ModelPackageArn ? this.describePackage(found.ModelPackageArn) : undefined;
    },
    async registeredPackages(executionArn) {
      const out: RegisteredPackage[] = [];
      let NextToken: string | undefined;
      do {
        const page = await sagemaker.send(
          new ListPipelineExecutionStepsCommand({
            PipelineExecutionArn: executionArn,
            MaxResults: 100,
            NextToken,
          }),
        );
        for (const step of page.PipelineExecutionSteps ?? []) {
          const arn = step.Metadata?.RegisterModel?.Arn;
          if (arn) out.push({ stepName: step.StepName ?? '', stepStatus: step.StepStatus ?? '', arn });
        }
        NextToken = page.NextToken;
      } while (NextToken);
      return out;
    },
    async getObject(bucket, key, uri) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return (await object.Body?.transformToString('utf-8')) ?? '';
      } catch (err) {
        const name = (err as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound')
          throw new ReportError(uri, 'does not exist (NoSuchKey)');
        if (name === 'NoSuchBucket') throw new ReportError(uri, 'does not exist (NoSuchBucket)');
        if (name === 'AccessDenied')
          throw new ReportError(uri, 'cannot be read: access denied (s3:GetObject)');
        throw err;
      }
    },
  };
}
