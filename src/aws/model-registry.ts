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
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { AccessDeniedError } from './errors.js';

/** The model registry and S3, as the metrics report reads them. */
export function modelRegistry(ctx: AwsContext): RegistryGateway {
  // Made on first use: a report from local files never needs AWS (nor a region or credentials).
  const sagemaker = lazyClient(ctx, 'SAGEMAKER', (config) => new SageMakerClient(config));
  const s3 = lazyClient(ctx, 'S3', (config) => new S3Client(config));
  return {
    async describePackage(arn) {
      try {
        const p = await sagemaker().send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
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
      const page = await sagemaker().send(
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
        const page = await sagemaker().send(
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
        const object = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return (await object.Body?.transformToString('utf-8')) ?? '';
      } catch (err) {
        const name = (err as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound')
          throw new ReportError(uri, 'does not exist (NoSuchKey)');
        if (name === 'NoSuchBucket') throw new ReportError(uri, 'does not exist (NoSuchBucket)');
        if (err instanceof AccessDeniedError) throw new ReportError(uri, `cannot be read: ${err.message}`);
        throw err;
      }
    },
  };
}
