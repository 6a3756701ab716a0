import {
  CreateInferenceComponentCommand,
  DescribeInferenceComponentCommand,
  SageMakerClient,
  UpdateInferenceComponentCommand,
  type InferenceComponentSpecification,
} from '@aws-sdk/client-sagemaker';
import type {
  ComponentRequest,
  InferenceComponent,
  InferenceComponentGateway,
} from '../core/promotion/component-gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { orUndefined } from './sagemaker-promotion.js';

function specification(r: ComponentRequest): InferenceComponentSpecification {
  return {
    ModelName: r.modelName,
    ComputeResourceRequirements: {
      MinMemoryRequiredInMb: r.memoryMb,
      ...(r.cpuCores !== undefined ? { NumberOfCpuCoresRequired: r.cpuCores } : {}),
      ...(r.accelerators !== undefined ? { NumberOfAcceleratorDevicesRequired: r.accelerators } : {}),
    },
  };
}

/** Inference components, made with the AWS SDK. */
export function sagemakerComponentsGateway(ctx: AwsContext): InferenceComponentGateway {
  const client = lazyClient(ctx, 'SAGEMAKER', (config) => new SageMakerClient(config));
  return {
    async describeInferenceComponent(name): Promise<InferenceComponent | undefined> {
      const out = await orUndefined(
        client().send(new DescribeInferenceComponentCommand({ InferenceComponentName: name })),
      );
      if (!out) return undefined;
      return {
        arn: out.InferenceComponentArn ?? '',
        name: out.InferenceComponentName ?? name,
        endpointName: out.EndpointName ?? '',
        status: out.InferenceComponentStatus ?? 'Unknown',
        ...(out.Specification?.ModelName ? { modelName: out.Specification.ModelName } : {}),
        ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
        ...(out.RuntimeConfig?.DesiredCopyCount !== undefined
          ? { desiredCopies: out.RuntimeConfig.DesiredCopyCount }
          : {}),
        ...(out.RuntimeConfig?.CurrentCopyCount !== undefined
          ? { currentCopies: out.RuntimeConfig.CurrentCopyCount }
          : {}),
      };
    },
    async createInferenceComponent(r) {
      const out = await client().send(
        new CreateInferenceComponentCommand({
          InferenceComponentName: r.name,
          EndpointName: r.endpointName,
          VariantName: r.variantName,
          Specification: specification(r),
          RuntimeConfig: { CopyCount: r.copies },
        }),
      );
      return out.InferenceComponentArn ?? '';
    },
    async updateInferenceComponent(r, deploymentConfig) {
      const out = await client().send(
        new UpdateInferenceComponentCommand({
          InferenceComponentName: r.name,
          Specification: specification(r),
          RuntimeConfig: { CopyCount: r.copies },
          ...(deploymentConfig ? { DeploymentConfig: deploymentConfig } : {}),
        }),
      );
      return out.InferenceComponentArn ?? '';
    },
  };
}
