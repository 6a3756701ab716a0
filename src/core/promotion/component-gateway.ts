import type { ComponentDeploymentConfig } from './deployment-config.js';

/** What deploy needs of SageMaker's inference components. src/aws/sagemaker-components.ts implements it. */
export interface InferenceComponent {
  arn: string;
  name: string;
  endpointName: string;
  /** InService | Creating | Updating | Failed | Deleting */
  status: string;
  /** The model the component serves now (Specification.ModelName): after a rollback, the old one. */
  modelName?: string;
  failureReason?: string;
  desiredCopies?: number;
  currentCopies?: number;
}

export interface ComponentRequest {
  name: string;
  endpointName: string;
  variantName: string;
  modelName: string;
  copies: number;
  memoryMb: number;
  cpuCores?: number;
  accelerators?: number;
}

export interface InferenceComponentGateway {
  /** undefined when there is no such component. */
  describeInferenceComponent(name: string): Promise<InferenceComponent | undefined>;
  /** Returns the component's ARN. */
  createInferenceComponent(request: ComponentRequest): Promise<string>;
  /** Returns the component's ARN. (An existing component keeps its endpoint and variant.) */
  updateInferenceComponent(
    request: ComponentRequest,
    deploymentConfig: ComponentDeploymentConfig | undefined,
  ): Promise<string>;
}
