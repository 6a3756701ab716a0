import { AwsError, epochSeconds, type AwsSandbox } from './server.js';
import type { ModelRegistryWorld } from './sagemaker-model-registry.js';
import {
  checkAlarms,
  checkAsync,
  checkDataCapture,
  checkVariant,
  range,
  type Variant,
} from './sagemaker-endpoint-configs.js';

/**
 * SageMaker hosting in the sandbox: models (from a model package), endpoint configs and endpoints.
 * CreateEndpoint goes Creating → InService after `createMs`; UpdateEndpoint goes Updating → the
 * outcome of `nextUpdate` after `updateMs` (sandbox time): success (the new config), a rollback
 * (InService on the OLD config, with a FailureReason naming the alarm), or UpdateRollbackFailed.
 * Requests are checked as SageMaker does: name patterns, DeploymentConfig limits and enums.
 */
export type UpdateOutcome =
  | { kind: 'success' }
  | { kind: 'rollback'; alarm?: string }
  | { kind: 'rollback-failed' }
  | { kind: 'failed'; reason: string };

export interface SandboxEndpoint {
  name: string;
  arn: string;
  configName: string;
  status: string;
  failureReason?: string;
  creationTime: number;
  lastModified: number;
  /** While Creating/Updating: when it ends, to which config, and how. */
  pending?: { config: string; until: number; outcome: UpdateOutcome; startTime: number };
  lastDeploymentConfig?: unknown;
}

const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const ROLE = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;

function bad(message: string): never {
  throw new AwsError('ValidationException', message);
}

export class EndpointsWorld {
  readonly models = new Map<string, { name: string; arn: string; packageArn: string; role: string }>();
  readonly configs = new Map<
    string,
    { name: string; arn: string; body: Record<string, unknown>; created: number }
  >();
  readonly endpoints = new Map<string, SandboxEndpoint>();
  createMs = 6 * 60_000;
  updateMs = 10 * 60_000;
  /** How the next UpdateEndpoint ends. */
  nextUpdate: UpdateOutcome = { kind: 'success' };
  /** Told of an endpoint before each read of it (other worlds that change endpoints, e.g. shadow tests). */
  readonly observers: ((name: string) => void)[] = [];

  constructor(
    readonly sandbox: AwsSandbox,
    readonly registry?: ModelRegistryWorld,
  ) {
    sandbox.on('SageMaker.CreateModel', (input: CreateModelInput) => this.createModel(input));
    sandbox.on('SageMaker.DescribeModel', (input: { ModelName: string }) => {
      const m =
        this.models.get(input.ModelName) ??
        bad(
          `Could not find model "${this.sandbox.arn('sagemaker', `model/${input.ModelName.toLowerCase()}`)}".`,
        );
      return {
        ModelName: m.name,
        ModelArn: m.arn,
        ExecutionRoleArn: m.role,
        PrimaryContainer: { ModelPackageName: m.packageArn },
        CreationTime: epochSeconds(this.sandbox.now()),
      };
    });
    sandbox.on('SageMaker.CreateEndpointConfig', (input: Record<string, unknown>) =>
      this.createConfig(input),
    );
    sandbox.on('SageMaker.DescribeEndpointConfig', (input: { EndpointConfigName: string }) => {
      const c =
        this.configs.get(input.EndpointConfigName) ??
        bad(
          `Could not find endpoint configuration "${this.sandbox.arn('sagemaker', `endpoint-config/${input.EndpointConfigName.toLowerCase()}`)}".`,
        );
      return { ...c.body, EndpointConfigArn: c.arn, CreationTime: epochSeconds(c.created) };
    });
    sandbox.on(
      'SageMaker.CreateEndpoint',
      (input: { EndpointName: string; EndpointConfigName: string; DeploymentConfig?: unknown }) => {
        if (!NAME.test(input.EndpointName ?? ''))
          bad(
            `1 validation error detected: Value '${input.EndpointName}' at 'endpointName' failed to satisfy constraint`,
          );
        if (this.endpoints.has(input.EndpointName))
          bad(`Cannot create already existing endpoint "${this.endpointArn(input.EndpointName)}".`);
        this.config(input.EndpointConfigName);
        if (input.DeploymentConfig) checkDeploymentConfig(input.DeploymentConfig);
        const now = this.sandbox.now();
        const e: SandboxEndpoint = {
          name: input.EndpointName,
          arn: this.endpointArn(input.EndpointName),
          configName: input.EndpointConfigName,
          status: 'Creating',
          creationTime: now,
          lastModified: now,
          pending: {
            config: input.EndpointConfigName,
            until: now + this.createMs,
            outcome: { kind: 'success' },
            startTime: now,
          },
        };
        this.endpoints.set(e.name, e);
        return { EndpointArn: e.arn };
      },
    );
    sandbox.on(
      'SageMaker.UpdateEndpoint',
      (input: {
        EndpointName: string;
        EndpointConfigName: string;
        DeploymentConfig?: unknown;
        RetainAllVariantProperties?: boolean;
      }) => {
        const e = this.endpoint(input.EndpointName);
        this.config(input.EndpointConfigName);
        if (e.status !== 'InService') bad(`Cannot update in-progress endpoint "${e.arn}".`);
        if (input.DeploymentConfig) checkDeploymentConfig(input.DeploymentConfig);
        const rolling = (input.DeploymentConfig as { RollingUpdatePolicy?: unknown } | undefined)
          ?.RollingUpdatePolicy;
        if (rolling && this.isServerless(input.EndpointConfigName))
          bad('RollingUpdatePolicy is not supported for serverless endpoints.');
        const now = this.sandbox.now();
        e.status = 'Updating';
        delete e.failureReason;
        e.lastModified = now;
        e.lastDeploymentConfig = input.DeploymentConfig;
        e.pending = {
          config: input.EndpointConfigName,
          until: now + this.updateMs,
          outcome: this.nextUpdate,
          startTime: now,
        };
        return { EndpointArn: e.arn };
      },
    );
    sandbox.on('SageMaker.DescribeEndpoint', (input: { EndpointName: string }) =>
      this.describe(this.endpoint(input.EndpointName)),
    );
  }

  /**
   * An endpoint already serving `configName` (for tests that start from an existing deployment),
   * whose config was created `deployedInMs` before the endpoint last changed (its previous
   * deployment's length, as DescribeEndpointConfig and DescribeEndpoint show it).
   */
  addEndpoint(name: string, configName: string, deployedInMs = 0, variants?: Variant[]): void {
    const now = this.sandbox.now();
    if (!this.configs.has(configName)) {
      this.configs.set(configName, {
        name: configName,
        arn: this.sandbox.arn('sagemaker', `endpoint-config/${configName.toLowerCase()}`),
        body: { EndpointConfigName: configName, ...(variants ? { ProductionVariants: variants } : {}) },
        created: now - deployedInMs,
      });
    }
    this.endpoints.set(name, {
      name,
      arn: this.endpointArn(name),
      configName,
      status: 'InService',
      creationTime: now,
      lastModified: now,
    });
  }

  private isServerless(configName: string): boolean {
    const variants = this.configs.get(configName)?.body.ProductionVariants as Variant[] | undefined;
    return Boolean(variants?.some((v) => v.ServerlessConfig));
  }

  /** The endpoint, settled to where its deployment has got to (for worlds built on endpoints). */
  describeEndpoint(name: string): { status: string; configName: string; arn: string } | undefined {
    if (!this.endpoints.has(name)) return undefined;
    return this.endpoint(name);
  }

  /** The variant names of an endpoint config. */
  variantNames(configName: string): string[] {
    const variants = this.configs.get(configName)?.body.ProductionVariants as Variant[] | undefined;
    return (variants ?? []).map((v) => String(v.VariantName));
  }

  private endpointArn(name: string) {
    return this.sandbox.arn('sagemaker', `endpoint/${name.toLowerCase()}`);
  }

  private endpoint(name: string): SandboxEndpoint {
    for (const observe of this.observers) observe(name);
    const e = this.endpoints.get(name) ?? bad(`Could not find endpoint "${this.endpointArn(name)}".`);
    this.settle(e);
    return e;
  }

  private config(name: string) {
    return (
      this.configs.get(name) ??
      bad(
        `Could not find endpoint configuration "${this.sandbox.arn('sagemaker', `endpoint-config/${name.toLowerCase()}`)}".`,
      )
    );
  }

  /** Moves a Creating/Updating endpoint to where its deployment ends, once its time has come. */
  private settle(e: SandboxEndpoint): void {
    const p = e.pending;
    if (!p || this.sandbox.now() < p.until) return;
    delete e.pending;
    e.lastModified = p.until;
    const o = p.outcome;
    if (o.kind === 'success') Object.assign(e, { status: 'InService', configName: p.config });
    else if (o.kind === 'rollback') {
      e.status = 'InService';
      e.failureReason = o.alarm
        ? `Deployment was rolled back: CloudWatch alarm ${o.alarm} went into ALARM state.`
        : 'Deployment was rolled back: the new fleet failed its health checks.';
    } else if (o.kind === 'rollback-failed') {
      e.status = 'UpdateRollbackFailed';
      e.failureReason = 'Both the deployment and its automatic rollback failed.';
    } else Object.assign(e, { status: 'Failed', failureReason: o.reason });
  }

  private describe(e: SandboxEndpoint) {
    const config = this.configs.get(e.configName)?.body as
      | {
          ProductionVariants?: Variant[];
          DataCaptureConfig?: {
            EnableCapture?: boolean;
            InitialSamplingPercentage: number;
            DestinationS3Uri: string;
          };
        }
      | undefined;
    return {
      EndpointName: e.name,
      EndpointArn: e.arn,
      EndpointConfigName: e.configName,
      EndpointStatus: e.status,
      ...(e.failureReason ? { FailureReason: e.failureReason } : {}),
      CreationTime: epochSeconds(e.creationTime),
      LastModifiedTime: epochSeconds(e.lastModified),
      ProductionVariants: (config?.ProductionVariants ?? []).map((v) => ({
        VariantName: v.VariantName,
        ...(v.ServerlessConfig
          ? { CurrentServerlessConfig: v.ServerlessConfig, DesiredServerlessConfig: v.ServerlessConfig }
          : { CurrentInstanceCount: v.InitialInstanceCount, DesiredInstanceCount: v.InitialInstanceCount }),
        CurrentWeight: 1,
        DesiredWeight: 1,
      })),
      ...(config?.DataCaptureConfig
        ? {
            DataCaptureConfig: {
              EnableCapture: config.DataCaptureConfig.EnableCapture ?? true,
              CaptureStatus: 'Started',
              CurrentSamplingPercentage: config.DataCaptureConfig.InitialSamplingPercentage,
              DestinationS3Uri: config.DataCaptureConfig.DestinationS3Uri,
            },
          }
        : {}),
      ...(e.lastDeploymentConfig ? { LastDeploymentConfig: e.lastDeploymentConfig } : {}),
      ...(e.pending && e.status === 'Updating'
        ? {
            PendingDeploymentSummary: {
              EndpointConfigName: e.pending.config,
              StartTime: epochSeconds(e.pending.startTime),
            },
          }
        : {}),
    };
  }

  private createModel(input: CreateModelInput) {
    if (!NAME.test(input.ModelName ?? ''))
      bad(
        `1 validation error detected: Value '${input.ModelName}' at 'modelName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}`,
      );
    if (!ROLE.test(input.ExecutionRoleArn ?? ''))
      bad(
        `1 validation error detected: Value '${input.ExecutionRoleArn}' at 'executionRoleArn' failed to satisfy constraint`,
      );
    const arn = this.sandbox.arn('sagemaker', `model/${input.ModelName.toLowerCase()}`);
    if (this.models.has(input.ModelName)) bad(`Cannot create already existing model "${arn}".`);
    const packageArn = input.PrimaryContainer?.ModelPackageName ?? input.Containers?.[0]?.ModelPackageName;
    if (!packageArn) bad('Either PrimaryContainer or Containers must be specified.');
    this.registry?.find(packageArn);
    this.models.set(input.ModelName, {
      name: input.ModelName,
      arn,
      packageArn,
      role: input.ExecutionRoleArn,
    });
    return { ModelArn: arn };
  }

  private createConfig(input: Record<string, unknown>) {
    const name = String(input.EndpointConfigName ?? '');
    if (!NAME.test(name))
      bad(
        `1 validation error detected: Value '${name}' at 'endpointConfigName' failed to satisfy constraint`,
      );
    const arn = this.sandbox.arn('sagemaker', `endpoint-config/${name.toLowerCase()}`);
    if (this.configs.has(name)) bad(`Cannot create already existing endpoint configuration "${arn}".`);
    const variants = input.ProductionVariants as Variant[] | undefined;
    if (!variants?.length || variants.length > 10)
      bad(
        "1 validation error detected: Value at 'productionVariants' failed to satisfy constraint: Member must have length between 1 and 10",
      );
    variants.forEach((v, i) => checkVariant(v, i, (model) => this.models.has(model)));
    if (input.DataCaptureConfig) checkDataCapture(input.DataCaptureConfig as never, variants);
    if (input.AsyncInferenceConfig) checkAsync(input.AsyncInferenceConfig as never, variants);
    this.configs.set(name, { name, arn, body: input, created: this.sandbox.now() });
    return { EndpointConfigArn: arn };
  }
}

interface CreateModelInput {
  ModelName: string;
  ExecutionRoleArn: string;
  PrimaryContainer?: { ModelPackageName?: string };
  Containers?: { ModelPackageName?: string }[];
}

/** DeploymentConfig as SageMaker validates it (API reference: DeploymentConfig and its members). */
function checkDeploymentConfig(config: unknown): void {
  const c = config as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const known = ['BlueGreenUpdatePolicy', 'RollingUpdatePolicy', 'AutoRollbackConfiguration'];
  for (const key of Object.keys(c))
    if (!known.includes(key)) bad(`Unknown parameter in DeploymentConfig: "${key}"`);
  if (c.BlueGreenUpdatePolicy && c.RollingUpdatePolicy)
    bad('Only one of BlueGreenUpdatePolicy and RollingUpdatePolicy can be specified.');
  const size = (
    path: string,
    s: { Type?: string; Value?: number } | undefined,
    maxPct: number,
    minPct = 1,
  ) => {
    if (!s) bad(`${path} is required`);
    if (!['INSTANCE_COUNT', 'CAPACITY_PERCENT'].includes(s.Type ?? ''))
      bad(
        `Value '${s.Type}' at '${path}.type' failed to satisfy constraint: Member must satisfy enum value set: [INSTANCE_COUNT, CAPACITY_PERCENT]`,
      );
    range(`${path}.value`, s.Value, 1, 100_000);
    if (s.Type === 'CAPACITY_PERCENT' && (s.Value! > maxPct || s.Value! < minPct))
      bad(`${path} must be between ${minPct}% and ${maxPct}% of the variant's capacity.`);
  };
  const bg = c.BlueGreenUpdatePolicy;
  if (bg) {
    const t =
      bg.TrafficRoutingConfiguration ?? bad('BlueGreenUpdatePolicy.TrafficRoutingConfiguration is required');
    if (!['ALL_AT_ONCE', 'CANARY', 'LINEAR'].includes(t.Type))
      bad(
        `Value '${t.Type}' at 'deploymentConfig.blueGreenUpdatePolicy.trafficRoutingConfiguration.type' failed to satisfy constraint: Member must satisfy enum value set: [ALL_AT_ONCE, CANARY, LINEAR]`,
      );
    range('trafficRoutingConfiguration.waitIntervalInSeconds', t.WaitIntervalInSeconds, 0, 3600);
    if (t.Type === 'CANARY') size('CanarySize', t.CanarySize, 50);
    if (t.Type === 'LINEAR') size('LinearStepSize', t.LinearStepSize, 50, 10);
    range('blueGreenUpdatePolicy.terminationWaitInSeconds', bg.TerminationWaitInSeconds, 0, 3600, false);
    range(
      'blueGreenUpdatePolicy.maximumExecutionTimeoutInSeconds',
      bg.MaximumExecutionTimeoutInSeconds,
      600,
      28800,
      false,
    );
  }
  const r = c.RollingUpdatePolicy;
  if (r) {
    size('MaximumBatchSize', r.MaximumBatchSize, 50, 5);
    range('rollingUpdatePolicy.waitIntervalInSeconds', r.WaitIntervalInSeconds, 0, 3600);
    range(
      'rollingUpdatePolicy.maximumExecutionTimeoutInSeconds',
      r.MaximumExecutionTimeoutInSeconds,
      600,
      28800,
      false,
    );
  }
  checkAlarms(c.AutoRollbackConfiguration);
}
