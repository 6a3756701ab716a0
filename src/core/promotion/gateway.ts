import type { DeploymentConfig } from './deployment-config.js';
import type { AsyncConfig, ServerlessConfig } from './hosting.js';

/** What the promotion core needs of SageMaker. src/aws/sagemaker-promotion.ts implements it. */
export type ApprovalStatus = 'Approved' | 'Rejected' | 'PendingManualApproval';

export interface ModelPackage {
  arn: string;
  approvalStatus: ApprovalStatus | string;
  approvalDescription?: string;
  /** Pending | InProgress | Completed | Failed | Deleting */
  packageStatus?: string;
  /** Who last changed the package (a Studio user profile or an IAM identity), when SageMaker says. */
  lastModifiedBy?: string;
}

export interface Endpoint {
  arn: string;
  name: string;
  /** OutOfService | Creating | Updating | SystemUpdating | RollingBack | InService | Deleting | Failed | UpdateRollbackFailed */
  status: string;
  configName: string;
  failureReason?: string;
  /** The config the endpoint is moving to, while an update runs (PendingDeploymentSummary). */
  pendingConfigName?: string;
  /** When the endpoint last changed (epoch ms): the end of its previous deployment once InService. */
  lastModifiedTime?: number;
  /** Its production variants' names (an inference component goes on one of them). */
  variantNames?: string[];
}

export interface DataCapture {
  percent: number;
  destinationS3Uri: string;
}

export interface EndpointConfigRequest {
  name: string;
  modelName: string;
  /** Instances (real-time and async endpoints); a serverless variant has none. */
  instanceType?: string;
  instanceCount?: number;
  dataCapture?: DataCapture;
  serverless?: ServerlessConfig;
  async?: AsyncConfig;
}

export interface PromotionGateway {
  describeModelPackage(arn: string): Promise<ModelPackage>;
  updateModelPackageApproval(arn: string, status: ApprovalStatus, description: string): Promise<void>;
  modelExists(name: string): Promise<boolean>;
  createModel(name: string, packageArn: string, roleArn: string): Promise<void>;
  endpointConfigExists(name: string): Promise<boolean>;
  /** When the endpoint config was created (epoch ms); undefined when there is no such config. */
  endpointConfigCreationTime(name: string): Promise<number | undefined>;
  createEndpointConfig(request: EndpointConfigRequest): Promise<void>;
  /** undefined when there is no such endpoint. */
  describeEndpoint(name: string): Promise<Endpoint | undefined>;
  createEndpoint(name: string, configName: string): Promise<string>;
  updateEndpoint(
    name: string,
    configName: string,
    deploymentConfig: DeploymentConfig | undefined,
  ): Promise<string>;
}
