import {
  CreateInferenceExperimentCommand,
  DescribeEndpointConfigCommand,
  DescribeInferenceExperimentCommand,
  SageMakerClient,
  StopInferenceExperimentCommand,
  type ModelVariantConfig,
} from '@aws-sdk/client-sagemaker';
import type { ExperimentGateway, ExperimentVariant, InferenceExperiment } from '../core/inference/gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { isNotFound } from './sagemaker-promotion.js';

function variantConfig(v: ExperimentVariant): ModelVariantConfig {
  return {
    ModelName: v.modelName,
    VariantName: v.variantName,
    InfrastructureConfig: {
      InfrastructureType: 'RealTimeInference',
      RealTimeInferenceConfig: { InstanceType: v.instanceType as never, InstanceCount: v.instanceCount },
    },
  };
}

/** Inference experiments (shadow tests), with the AWS SDK. */
export function sagemakerExperimentGateway(ctx: AwsContext): ExperimentGateway {
  const client = lazyClient(ctx, 'SAGEMAKER', (config) => new SageMakerClient(config));
  return {
    async describeExperiment(name): Promise<InferenceExperiment | undefined> {
      let out;
      try {
        out = await client().send(new DescribeInferenceExperimentCommand({ Name: name }));
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
      const shadow = out.ShadowModeConfig?.ShadowModelVariants?.[0]?.ShadowModelVariantName;
      const production = out.ShadowModeConfig?.SourceModelVariantName;
      return {
        name: out.Name ?? name,
        arn: out.Arn ?? '',
        endpointName: out.EndpointMetadata?.EndpointName ?? '',
        status: out.Status ?? 'Creating',
        ...(out.StatusReason ? { statusReason: out.StatusReason } : {}),
        ...(out.Schedule?.StartTime ? { scheduleStart: out.Schedule.StartTime.getTime() } : {}),
        ...(out.Schedule?.EndTime ? { scheduleEnd: out.Schedule.EndTime.getTime() } : {}),
        ...(out.LastModifiedTime ? { lastModifiedTime: out.LastModifiedTime.getTime() } : {}),
        variants: (out.ModelVariants ?? []).map((v) => ({
          modelName: v.ModelName ?? '',
          variantName: v.VariantName ?? '',
          instanceType: v.InfrastructureConfig?.RealTimeInferenceConfig?.InstanceType ?? '',
          instanceCount: v.InfrastructureConfig?.RealTimeInferenceConfig?.InstanceCount ?? 0,
        })),
        ...(shadow ? { shadowVariantName: shadow } : {}),
        ...(production ? { productionVariantName: production } : {}),
        ...(out.DataStorageConfig?.Destination ? { captureS3Uri: out.DataStorageConfig.Destination } : {}),
      };
    },
    async createExperiment(req) {
      const out = await client().send(
        new CreateInferenceExperimentCommand({
          Name: req.name,
          Type: 'ShadowMode',
          ...(req.description ? { Description: req.description } : {}),
          RoleArn: req.roleArn,
          EndpointName: req.endpointName,
          Schedule: { StartTime: new Date(req.startTime), EndTime: new Date(req.endTime) },
          ModelVariants: [variantConfig(req.production), variantConfig(req.shadow)],
          ShadowModeConfig: {
            SourceModelVariantName: req.production.variantName,
            ShadowModelVariants: [
              { ShadowModelVariantName: req.shadow.variantName, SamplingPercentage: req.samplingPercentage },
            ],
          },
          ...(req.captureS3Uri ? { DataStorageConfig: { Destination: req.captureS3Uri } } : {}),
        }),
      );
      return out.InferenceExperimentArn ?? '';
    },
    async stopExperiment(req) {
      await client().send(
        new StopInferenceExperimentCommand({
          Name: req.name,
          ModelVariantActions: req.actions,
          ...(req.desiredVariants ? { DesiredModelVariants: req.desiredVariants.map(variantConfig) } : {}),
          DesiredState: req.desiredState,
          Reason: req.reason,
        }),
      );
    },
    async configVariants(configName) {
      const out = await client().send(new DescribeEndpointConfigCommand({ EndpointConfigName: configName }));
      return (out.ProductionVariants ?? []).map((v) => ({
        variantName: v.VariantName ?? '',
        modelName: v.ModelName ?? '',
        ...(v.InstanceType ? { instanceType: v.InstanceType } : {}),
        ...(v.InitialInstanceCount ? { instanceCount: v.InitialInstanceCount } : {}),
      }));
    },
  };
}
