import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import type { Endpoint, EndpointConfigRequest, PromotionGateway } from '../core/promotion/gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

/** SageMaker answers a Describe* of a missing resource with a ValidationException "Could not find ...". */
export function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; message?: string };
  return (
    (e?.name === 'ValidationException' || e?.name === 'ResourceNotFound') &&
    /could not find|not found|does not exist/i.test(e.message ?? '')
  );
}

/** A Describe* call's answer, or undefined for a resource that does not exist. */
export async function orUndefined<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** The promotion core's SageMaker calls, made with the AWS SDK. */
export function sagemakerPromotionGateway(ctx: AwsContext): PromotionGateway {
  const client = lazyClient(ctx, 'SAGEMAKER', (config) => new SageMakerClient(config));
  return {
    async describeModelPackage(arn) {
      const out = await client().send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
      const by = out.LastModifiedBy?.UserProfileName || out.LastModifiedBy?.IamIdentity?.Arn;
      return {
        arn: out.ModelPackageArn ?? arn,
        approvalStatus: out.ModelApprovalStatus ?? 'PendingManualApproval',
        ...(out.ApprovalDescription ? { approvalDescription: out.ApprovalDescription } : {}),
        ...(out.ModelPackageStatus ? { packageStatus: out.ModelPackageStatus } : {}),
        ...(by ? { lastModifiedBy: by } : {}),
      };
    },
    async updateModelPackageApproval(arn, status, description) {
      await client().send(
        new UpdateModelPackageCommand({
          ModelPackageArn: arn,
          ModelApprovalStatus: status,
          ApprovalDescription: description,
        }),
      );
    },
    async modelExists(name) {
      return Boolean(await orUndefined(client().send(new DescribeModelCommand({ ModelName: name }))));
    },
    async createModel(name, packageArn, roleArn) {
      await client().send(
        new CreateModelCommand({
          ModelName: name,
          ExecutionRoleArn: roleArn,
          PrimaryContainer: { ModelPackageName: packageArn },
        }),
      );
    },
    async endpointConfigExists(name) {
      return Boolean(
        await orUndefined(client().send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }))),
      );
    },
    async endpointConfigCreationTime(name) {
      const out = await orUndefined(
        client().send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })),
      );
      return out?.CreationTime?.getTime();
    },
    async createEndpointConfig(req: EndpointConfigRequest) {
      const s = req.serverless;
      const a = req.async;
      await client().send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: req.name,
          ProductionVariants: [
            {
              VariantName: 'AllTraffic',
              ModelName: req.modelName,
              ...(s
                ? {
                    ServerlessConfig: {
                      MemorySizeInMB: s.memoryMb,
                      MaxConcurrency: s.maxConcurrency,
                      ...(s.provisionedConcurrency
                        ? { ProvisionedConcurrency: s.provisionedConcurrency }
                        : {}),
                    },
                  }
                : { InstanceType: req.instanceType as never, InitialInstanceCount: req.instanceCount }),
              InitialVariantWeight: 1,
            },
          ],
          ...(a
            ? {
                AsyncInferenceConfig: {
                  OutputConfig: {
                    S3OutputPath: a.outputS3Uri,
                    ...(a.failureS3Uri ? { S3FailurePath: a.failureS3Uri } : {}),
                    ...(a.successTopic || a.errorTopic
                      ? {
                          NotificationConfig: {
                            ...(a.successTopic ? { SuccessTopic: a.successTopic } : {}),
                            ...(a.errorTopic ? { ErrorTopic: a.errorTopic } : {}),
                          },
                        }
                      : {}),
                  },
                  ...(a.maxConcurrentInvocationsPerInstance
                    ? {
                        ClientConfig: {
                          MaxConcurrentInvocationsPerInstance: a.maxConcurrentInvocationsPerInstance,
                        },
                      }
                    : {}),
                },
              }
            : {}),
          ...(req.dataCapture
            ? {
                DataCaptureConfig: {
                  EnableCapture: true,
                  InitialSamplingPercentage: req.dataCapture.percent,
                  DestinationS3Uri: req.dataCapture.destinationS3Uri,
                  CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
                },
              }
            : {}),
        }),
      );
    },
    async describeEndpoint(name): Promise<Endpoint | undefined> {
      const out = await orUndefined(client().send(new DescribeEndpointCommand({ EndpointName: name })));
      if (!out) return undefined;
      return {
        arn: out.EndpointArn ?? '',
        name: out.EndpointName ?? name,
        status: out.EndpointStatus ?? 'Unknown',
        configName: out.EndpointConfigName ?? '',
        ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
        ...(out.LastModifiedTime ? { lastModifiedTime: out.LastModifiedTime.getTime() } : {}),
        ...(out.ProductionVariants?.length
          ? { variantNames: out.ProductionVariants.map((v) => v.VariantName ?? '') }
          : {}),
        ...(out.PendingDeploymentSummary?.EndpointConfigName
          ? { pendingConfigName: out.PendingDeploymentSummary.EndpointConfigName }
          : {}),
      };
    },
    async createEndpoint(name, configName) {
      const out = await client().send(
        new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: configName }),
      );
      return out.EndpointArn ?? '';
    },
    async updateEndpoint(name, configName, deploymentConfig) {
      const out = await client().send(
        new UpdateEndpointCommand({
          EndpointName: name,
          EndpointConfigName: configName,
          ...(deploymentConfig ? { DeploymentConfig: deploymentConfig } : {}),
        }),
      );
      return out.EndpointArn ?? '';
    },
  };
}
