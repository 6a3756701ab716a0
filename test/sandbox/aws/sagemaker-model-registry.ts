import { randomUUID } from 'node:crypto';
import { AwsError, epochSeconds, type AwsSandbox } from './server.js';

/**
 * The SageMaker Model Registry in the sandbox: model package groups and versioned packages with an
 * approval status and model-quality metrics in S3. DescribeModelPackage, ListModelPackages,
 * UpdateModelPackage (approval changes), DescribeModelPackageGroup.
 */
export type ApprovalStatus = 'Approved' | 'Rejected' | 'PendingManualApproval';

export interface SandboxModelPackage {
  arn: string;
  group: string;
  version: number;
  status: ApprovalStatus;
  approvalDescription?: string;
  creationTime: number;
  /** s3://bucket/key of the model-quality statistics JSON. */
  statisticsUri?: string;
  image?: string;
  modelDataUrl?: string;
  description?: string;
}

export class ModelRegistryWorld {
  readonly packages: SandboxModelPackage[] = [];
  /**
   * Listeners of "SageMaker Model Package State Change" events (as EventBridge delivers them),
   * emitted when UpdateModelPackage sets an approval status.
   */
  readonly stateChangeListeners: ((event: Record<string, unknown>) => void | Promise<void>)[] = [];

  constructor(readonly sandbox: AwsSandbox) {
    sandbox.on('SageMaker.DescribeModelPackage', (input: { ModelPackageName: string }) =>
      this.describe(this.find(input.ModelPackageName)),
    );
    sandbox.on('SageMaker.DescribeModelPackageGroup', (input: { ModelPackageGroupName: string }) => {
      const group = input.ModelPackageGroupName;
      if (!this.packages.some((p) => p.group === group)) {
        throw new AwsError('ValidationException', `ModelPackageGroup ${group} does not exist.`);
      }
      return {
        ModelPackageGroupName: group,
        ModelPackageGroupArn: this.sandbox.arn('sagemaker', `model-package-group/${group.toLowerCase()}`),
        ModelPackageGroupStatus: 'Completed',
        CreationTime: epochSeconds(
          Math.min(...this.packages.filter((p) => p.group === group).map((p) => p.creationTime)),
        ),
      };
    });
    sandbox.on('SageMaker.ListModelPackages', (input: ListInput) => this.list(input));
    sandbox.on('SageMaker.UpdateModelPackage', (input: UpdateInput) => {
      const p = this.find(input.ModelPackageArn);
      if (input.ModelApprovalStatus) {
        if (!['Approved', 'Rejected', 'PendingManualApproval'].includes(input.ModelApprovalStatus)) {
          throw new AwsError(
            'ValidationException',
            `Value '${input.ModelApprovalStatus}' at 'modelApprovalStatus' failed to satisfy constraint`,
          );
        }
        p.status = input.ModelApprovalStatus as ApprovalStatus;
      }
      if (input.ApprovalDescription !== undefined) {
        if (input.ApprovalDescription.length > 1024) {
          throw new AwsError(
            'ValidationException',
            'ApprovalDescription must have length less than or equal to 1024',
          );
        }
        p.approvalDescription = input.ApprovalDescription;
      }
      if (input.ModelApprovalStatus) this.emitStateChange(p);
      return { ModelPackageArn: p.arn };
    });
  }

  /** Adds the next version to a group; with `metrics`, stores them in S3 as model-quality JSON. */
  addPackage(
    group: string,
    fields: Partial<Omit<SandboxModelPackage, 'arn' | 'group' | 'version'>> & { metrics?: unknown } = {},
  ): SandboxModelPackage {
    const version = this.packages.filter((p) => p.group === group).length + 1;
    const { metrics, ...rest } = fields;
    const p: SandboxModelPackage = {
      arn: this.sandbox.arn('sagemaker', `model-package/${group.toLowerCase()}/${version}`),
      group,
      version,
      status: 'PendingManualApproval',
      creationTime: this.sandbox.now(),
      image: `${this.sandbox.accountId}.dkr.ecr.${this.sandbox.region}.amazonaws.com/${group.toLowerCase()}:v${version}`,
      modelDataUrl: `s3://models-${this.sandbox.accountId}/${group}/${version}/model.tar.gz`,
      ...rest,
    };
    if (metrics !== undefined) {
      const key = `${group}/${version}/evaluation.json`;
      this.sandbox.putObject(`models-${this.sandbox.accountId}`, key, JSON.stringify(metrics));
      p.statisticsUri ??= `s3://models-${this.sandbox.accountId}/${key}`;
    }
    this.packages.push(p);
    return p;
  }

  find(arn: string): SandboxModelPackage {
    const p = this.packages.find((x) => x.arn === arn);
    if (!p) throw new AwsError('ValidationException', `ModelPackage ${arn} does not exist.`);
    return p;
  }

  private describe(p: SandboxModelPackage) {
    return {
      ModelPackageName: p.group,
      ModelPackageGroupName: p.group,
      ModelPackageVersion: p.version,
      ModelPackageArn: p.arn,
      ModelPackageDescription: p.description,
      CreationTime: epochSeconds(p.creationTime),
      ModelPackageStatus: 'Completed',
      ModelApprovalStatus: p.status,
      ApprovalDescription: p.approvalDescription,
      InferenceSpecification: {
        Containers: [{ Image: p.image, ModelDataUrl: p.modelDataUrl }],
        SupportedContentTypes: ['text/csv'],
        SupportedResponseMIMETypes: ['text/csv'],
      },
      ...(p.statisticsUri
        ? {
            ModelMetrics: {
              ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: p.statisticsUri } },
            },
          }
        : {}),
    };
  }

  /** The event SageMaker sends on an approval change (fields as in the SageMaker developer guide). */
  private emitStateChange(p: SandboxModelPackage): void {
    const event = {
      version: '0',
      id: randomUUID(),
      'detail-type': 'SageMaker Model Package State Change',
      source: 'aws.sagemaker',
      account: this.sandbox.accountId,
      time: new Date(this.sandbox.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
      region: this.sandbox.region,
      resources: [p.arn],
      detail: {
        ModelPackageGroupName: p.group,
        ModelPackageVersion: p.version,
        ModelPackageArn: p.arn,
        CreationTime: new Date(p.creationTime).toISOString().replace(/\.\d+Z$/, 'Z'),
        ModelPackageStatus: 'Completed',
        ModelApprovalStatus: p.status,
        ...(p.approvalDescription !== undefined ? { ApprovalDescription: p.approvalDescription } : {}),
        LastModifiedTime: new Date(this.sandbox.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
      },
    };
    for (const listener of this.stateChangeListeners) void listener(event);
  }

  private list(input: ListInput) {
    let rows = this.packages.filter(
      (p) =>
        (!input.ModelPackageGroupName || p.group === input.ModelPackageGroupName) &&
        (!input.ModelApprovalStatus || p.status === input.ModelApprovalStatus),
    );
    rows = [...rows].sort((a, b) => a.creationTime - b.creationTime || a.version - b.version);
    if (input.SortOrder === 'Descending') rows.reverse();
    const max = input.MaxResults ?? 10;
    if (max < 1 || max > 100)
      throw new AwsError('ValidationException', 'MaxResults must be between 1 and 100');
    const start = input.NextToken ? Number(input.NextToken) : 0;
    return {
      ModelPackageSummaryList: rows.slice(start, start + max).map((p) => ({
        ModelPackageArn: p.arn,
        ModelPackageGroupName: p.group,
        ModelPackageVersion: p.version,
        ModelPackageStatus: 'Completed',
        ModelApprovalStatus: p.status,
        CreationTime: epochSeconds(p.creationTime),
      })),
      ...(start + max < rows.length ? { NextToken: String(start + max) } : {}),
    };
  }
}

interface ListInput {
  ModelPackageGroupName?: string;
  ModelApprovalStatus?: string;
  SortBy?: string;
  SortOrder?: string;
  MaxResults?: number;
  NextToken?: string;
}

interface UpdateInput {
  ModelPackageArn: string;
  ModelApprovalStatus?: string;
  ApprovalDescription?: string;
}
