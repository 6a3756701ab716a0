import { AwsError, epochSeconds, type AwsSandbox } from './server.js';
import type { EndpointsWorld } from './sagemaker-endpoints.js';

/**
 * SageMaker shadow tests (inference experiments) in the sandbox, on EndpointsWorld's endpoints.
 * CreateInferenceExperiment is checked as the API reference states (Name 1-120 and its pattern,
 * Type ShadowMode, RoleArn, ModelVariants 1-2 with RealTimeInference, exactly one shadow variant
 * with SamplingPercentage ≤ 100, Schedule ≤ 30 days, DataStorageConfig.Destination), on an
 * InService endpoint whose production variant it names, with no other experiment running.
 * Timeline (sandbox time): Creating → Created (`createMs`) → Starting at the scheduled start,
 * the endpoint Updating for `startMs` → Running (the endpoint InService on a config with the
 * shadow) → at the scheduled end Completed and the endpoint back on its config. StopInference-
 * Experiment: Stopping for `stopMs` (endpoint Updating), then DesiredState; Promote puts the
 * shadow's model in production (a new config), Remove/Retain leaves the endpoint on its old one.
 */
interface Variant {
  ModelName: string;
  VariantName: string;
  InfrastructureConfig: {
    InfrastructureType: string;
    RealTimeInferenceConfig: { InstanceType: string; InstanceCount: number };
  };
}

interface Experiment {
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  arn: string;
  status: string;
  statusReason?: string;
  created: number;
  start: number;
  end: number;
  lastModified: number;
  originalConfig: string;
  stop?: {
    at: number;
    desiredState: string;
    actions: Record<string, string>;
    desired?: Variant[];
    reason?: string;
  };
  completed?: number;
}

const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$/;
const VARIANT = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
const ROLE = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const ACTIVE = new Set(['Creating', 'Created', 'Updating', 'Starting', 'Running', 'Stopping']);

function bad(message: string, type = 'ValidationException'): never {
  throw new AwsError(type, message);
}

export class ExperimentsWorld {
  readonly experiments = new Map<string, Experiment>();
  createMs = 30_000;
  startMs = 5 * 60_000;
  stopMs = 3 * 60_000;

  constructor(
    readonly sandbox: AwsSandbox,
    readonly hosting: EndpointsWorld,
  ) {
    sandbox.on('SageMaker.CreateInferenceExperiment', (b: Record<string, any>) => this.create(b)); // eslint-disable-line @typescript-eslint/no-explicit-any
    sandbox.on('SageMaker.DescribeInferenceExperiment', (b: { Name: string }) =>
      this.describe(this.get(b.Name)),
    );
    sandbox.on('SageMaker.StopInferenceExperiment', (b: Record<string, any>) => this.stopRequest(b)); // eslint-disable-line @typescript-eslint/no-explicit-any
    hosting.observers.push((endpoint) => {
      for (const e of this.experiments.values()) if (e.body.EndpointName === endpoint) this.advance(e);
    });
  }

  /** An InService endpoint with one instance-based production variant (model, config, endpoint). */
  addProductionEndpoint(
    name: string,
    v: { variant: string; model: string; instanceType: string; count: number; config?: string },
  ): void {
    this.hosting.models.set(v.model, {
      name: v.model,
      arn: this.sandbox.arn('sagemaker', `model/${v.model.toLowerCase()}`),
      packageArn: this.sandbox.arn('sagemaker', 'model-package/churn/1'),
      role: 'arn:aws:iam::123456789012:role/sagemaker-hosting',
    });
    const config = v.config ?? `${name}-prod-config`;
    this.hosting.configs.set(config, {
      name: config,
      arn: this.sandbox.arn('sagemaker', `endpoint-config/${config}`),
      body: {
        EndpointConfigName: config,
        ProductionVariants: [
          {
            VariantName: v.variant,
            ModelName: v.model,
            InstanceType: v.instanceType,
            InitialInstanceCount: v.count,
            InitialVariantWeight: 1,
          },
        ],
      },
      created: this.sandbox.now(),
    });
    this.hosting.addEndpoint(name, config);
  }

  private get(name: string): Experiment {
    const e =
      this.experiments.get(name) ??
      bad(`Could not find inference experiment "${this.arn(name)}".`, 'ResourceNotFound');
    this.advance(e);
    return e;
  }

  private arn(name: string) {
    return this.sandbox.arn('sagemaker', `inference-experiment/${name.toLowerCase()}`);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private create(b: Record<string, any>) {
    const name = String(b.Name ?? '');
    if (!NAME.test(name))
      bad(
        `1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}`,
      );
    if (b.Type !== 'ShadowMode')
      bad(
        `1 validation error detected: Value '${b.Type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [ShadowMode]`,
      );
    if (!ROLE.test(b.RoleArn ?? ''))
      bad(`1 validation error detected: Value '${b.RoleArn}' at 'roleArn' failed to satisfy constraint`);
    const variants = (b.ModelVariants ?? []) as Variant[];
    if (variants.length < 1 || variants.length > 2)
      bad(
        "1 validation error detected: Value at 'modelVariants' failed to satisfy constraint: Member must have length between 1 and 2",
      );
    for (const v of variants) {
      if (!VARIANT.test(v.VariantName ?? '') || v.VariantName.length > 63)
        bad(`Value '${v.VariantName}' at 'modelVariants.member.variantName' failed to satisfy constraint`);
      if (!this.hosting.models.has(v.ModelName))
        bad(
          `Could not find model "${this.sandbox.arn('sagemaker', `model/${String(v.ModelName).toLowerCase()}`)}".`,
        );
      const infra = v.InfrastructureConfig;
      if (infra?.InfrastructureType !== 'RealTimeInference')
        bad(
          `Value '${infra?.InfrastructureType}' at 'modelVariants.member.infrastructureConfig.infrastructureType' failed to satisfy constraint: Member must satisfy enum value set: [RealTimeInference]`,
        );
      const rt = infra.RealTimeInferenceConfig;
      if (!/^ml\.[a-z0-9]+\.[a-z0-9]+$/.test(rt?.InstanceType ?? ''))
        bad(
          `Value '${rt?.InstanceType}' at 'realTimeInferenceConfig.instanceType' failed to satisfy enum value set`,
        );
      if (!Number.isInteger(rt.InstanceCount) || rt.InstanceCount < 1)
        bad(
          `Value '${rt.InstanceCount}' at 'realTimeInferenceConfig.instanceCount' failed to satisfy constraint: Member must have value greater than or equal to 1`,
        );
    }
    const shadowCfg = b.ShadowModeConfig ?? bad('ShadowModeConfig is required for a ShadowMode experiment.');
    const shadows = shadowCfg.ShadowModelVariants ?? [];
    if (shadows.length !== 1)
      bad(
        "1 validation error detected: Value at 'shadowModeConfig.shadowModelVariants' failed to satisfy constraint: Member must have length between 1 and 1",
      );
    const pct = shadows[0].SamplingPercentage;
    if (!Number.isInteger(pct) || pct < 0 || pct > 100)
      bad(
        `Value '${pct}' at 'shadowModeConfig.shadowModelVariants.1.member.samplingPercentage' failed to satisfy constraint: Member must have value less than or equal to 100`,
      );
    const names = variants.map((v) => v.VariantName);
    if (
      !names.includes(shadowCfg.SourceModelVariantName) ||
      !names.includes(shadows[0].ShadowModelVariantName) ||
      shadowCfg.SourceModelVariantName === shadows[0].ShadowModelVariantName
    )
      bad(
        'SourceModelVariantName and ShadowModelVariantName must name two different variants of ModelVariants.',
      );
    const endpoint =
      this.hosting.endpoints.get(b.EndpointName) ??
      bad(
        `Could not find endpoint "${this.sandbox.arn('sagemaker', `endpoint/${String(b.EndpointName).toLowerCase()}`)}".`,
      );
    if (endpoint.status !== 'InService')
      bad(
        `Endpoint ${endpoint.arn} is ${endpoint.status}: an inference experiment needs an InService endpoint.`,
      );
    const prod = (this.hosting.configs.get(endpoint.configName)?.body.ProductionVariants ?? []) as {
      VariantName: string;
    }[];
    if (!prod.some((p) => p.VariantName === shadowCfg.SourceModelVariantName))
      bad(`Endpoint ${b.EndpointName} has no production variant ${shadowCfg.SourceModelVariantName}.`);
    const now = this.sandbox.now();
    const start = b.Schedule?.StartTime !== undefined ? b.Schedule.StartTime * 1000 : now;
    const end = b.Schedule?.EndTime !== undefined ? b.Schedule.EndTime * 1000 : start + 7 * 86_400_000;
    if (end <= start) bad('Schedule EndTime must be after StartTime.');
    if (end - start > 30 * 86_400_000) bad('The maximum duration of an inference experiment is 30 days.');
    const dest = b.DataStorageConfig?.Destination;
    if (b.DataStorageConfig && (!/^(https|s3):\/\/([^/])\/?(.*)$/.test(dest ?? '') || dest.length > 512))
      bad("Value at 'dataStorageConfig.destination' failed to satisfy constraint");
    if (this.experiments.has(name))
      bad(`Inference experiment ${this.arn(name)} already exists.`, 'ResourceInUse');
    for (const e of this.experiments.values()) {
      this.advance(e);
      if (e.body.EndpointName === b.EndpointName && ACTIVE.has(e.status))
        bad(
          `Endpoint ${endpoint.arn} already has an inference experiment in progress (${e.body.Name}).`,
          'ResourceInUse',
        );
    }
    const e: Experiment = {
      body: b,
      arn: this.arn(name),
      status: 'Creating',
      created: now,
      start: Math.max(start, now + this.createMs),
      end,
      lastModified: now,
      originalConfig: endpoint.configName,
    };
    this.experiments.set(name, e);
    return { InferenceExperimentArn: e.arn };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private stopRequest(b: Record<string, any>) {
    const e = this.get(String(b.Name));
    if (!['Created', 'Starting', 'Running'].includes(e.status))
      bad(`Inference experiment ${e.arn} is ${e.status}: it cannot be stopped.`);
    const names = (e.body.ModelVariants as Variant[]).map((v) => v.VariantName);
    const actions = (b.ModelVariantActions ?? {}) as Record<string, string>;
    const entries = Object.entries(actions);
    if (entries.length < 1 || entries.length > 2)
      bad(
        "Value at 'modelVariantActions' failed to satisfy constraint: Member must have length between 1 and 2",
      );
    for (const [variant, action] of entries) {
      if (!names.includes(variant)) bad(`Variant ${variant} is not part of inference experiment ${e.arn}.`);
      if (!['Promote', 'Remove', 'Retain'].includes(action))
        bad(
          `Value '${action}' at 'modelVariantActions.${variant}' failed to satisfy constraint: Member must satisfy enum value set: [Promote, Remove, Retain]`,
        );
      if (
        action === 'Promote' &&
        variant !== e.body.ShadowModeConfig.ShadowModelVariants[0].ShadowModelVariantName
      )
        bad('Only the shadow variant can be promoted.');
    }
    const desired = b.DesiredModelVariants as Variant[] | undefined;
    if (desired && (desired.length < 1 || desired.length > 2))
      bad(
        "Value at 'desiredModelVariants' failed to satisfy constraint: Member must have length between 1 and 2",
      );
    if (b.DesiredState !== undefined && !['Completed', 'Cancelled'].includes(b.DesiredState))
      bad(
        `Value '${b.DesiredState}' at 'desiredState' failed to satisfy constraint: Member must satisfy enum value set: [Completed, Cancelled]`,
      );
    if (b.Reason !== undefined && String(b.Reason).length > 1024)
      bad(
        "Value at 'reason' failed to satisfy constraint: Member must have length less than or equal to 1024",
      );
    const now = this.sandbox.now();
    e.stop = {
      at: now,
      desiredState: b.DesiredState ?? 'Completed',
      actions,
      ...(desired ? { desired } : {}),
      ...(b.Reason ? { reason: b.Reason } : {}),
    };
    e.status = 'Stopping';
    e.lastModified = now;
    const endpoint = this.hosting.endpoints.get(e.body.EndpointName);
    if (endpoint) Object.assign(endpoint, { status: 'Updating', lastModified: now });
    return { InferenceExperimentArn: e.arn };
  }

  /** Moves an experiment (and its endpoint) to where its times put it. */
  private advance(e: Experiment): void {
    const now = this.sandbox.now();
    const endpoint = this.hosting.endpoints.get(e.body.EndpointName);
    const set = (status: string, at: number, reason?: string) => {
      if (e.status === status) return;
      e.status = status;
      e.lastModified = at;
      if (reason) e.statusReason = reason;
    };
    if (e.stop) {
      if (now >= e.stop.at + this.stopMs && e.status === 'Stopping') {
        set(e.stop.desiredState, e.stop.at + this.stopMs, e.stop.reason);
        e.completed = e.stop.at + this.stopMs;
        if (endpoint)
          Object.assign(endpoint, {
            status: 'InService',
            configName: this.finalConfig(e),
            lastModified: e.completed,
          });
      }
      return;
    }
    if (['Completed', 'Cancelled'].includes(e.status)) return;
    if (now >= e.end) {
      set('Completed', e.end, 'The inference experiment reached its scheduled end time.');
      e.completed = e.end;
      if (endpoint)
        Object.assign(endpoint, { status: 'InService', configName: e.originalConfig, lastModified: e.end });
      return;
    }
    if (now >= e.created + this.createMs && e.status === 'Creating')
      set('Created', e.created + this.createMs);
    if (now >= e.start && ['Created'].includes(e.status)) {
      set('Starting', e.start);
      if (endpoint) Object.assign(endpoint, { status: 'Updating', lastModified: e.start });
    }
    if (now >= e.start + this.startMs && e.status === 'Starting') {
      set('Running', e.start + this.startMs);
      if (endpoint)
        Object.assign(endpoint, {
          status: 'InService',
          configName: this.shadowConfig(e),
          lastModified: e.start + this.startMs,
        });
    }
  }

  private variantConfig(v: Variant) {
    return {
      VariantName: v.VariantName,
      ModelName: v.ModelName,
      InstanceType: v.InfrastructureConfig.RealTimeInferenceConfig.InstanceType,
      InitialInstanceCount: v.InfrastructureConfig.RealTimeInferenceConfig.InstanceCount,
      InitialVariantWeight: 1,
    };
  }

  private addConfig(name: string, body: Record<string, unknown>): string {
    if (!this.hosting.configs.has(name))
      this.hosting.configs.set(name, {
        name,
        arn: this.sandbox.arn('sagemaker', `endpoint-config/${name.toLowerCase()}`),
        body: { EndpointConfigName: name, ...body },
        created: this.sandbox.now(),
      });
    return name;
  }

  /** While running: production as it was, plus the shadow (ShadowProductionVariants). */
  private shadowConfig(e: Experiment): string {
    const variants = e.body.ModelVariants as Variant[];
    const source = e.body.ShadowModeConfig.SourceModelVariantName;
    return this.addConfig(`${e.body.Name}-shadow`.slice(0, 63), {
      ProductionVariants: variants.filter((v) => v.VariantName === source).map((v) => this.variantConfig(v)),
      ShadowProductionVariants: variants
        .filter((v) => v.VariantName !== source)
        .map((v) => this.variantConfig(v)),
    });
  }

  /** After a stop: the shadow promoted into production, or the endpoint as it was. */
  private finalConfig(e: Experiment): string {
    const promoted = Object.entries(e.stop!.actions).find(([, a]) => a === 'Promote')?.[0];
    if (!promoted) return e.originalConfig;
    const variant =
      e.stop!.desired?.find((v) => v.VariantName === promoted) ??
      (e.body.ModelVariants as Variant[]).find((v) => v.VariantName === promoted)!;
    return this.addConfig(`${e.body.Name}-promoted`.slice(0, 63), {
      ProductionVariants: [this.variantConfig(variant)],
    });
  }

  private describe(e: Experiment) {
    const b = e.body;
    const endpoint = this.hosting.endpoints.get(b.EndpointName);
    return {
      Arn: e.arn,
      Name: b.Name,
      Type: b.Type,
      ...(b.Description ? { Description: b.Description } : {}),
      Schedule: { StartTime: epochSeconds(e.start), EndTime: epochSeconds(e.end) },
      Status: e.status,
      ...(e.statusReason ? { StatusReason: e.statusReason } : {}),
      CreationTime: epochSeconds(e.created),
      LastModifiedTime: epochSeconds(e.lastModified),
      ...(e.completed ? { CompletionTime: epochSeconds(e.completed) } : {}),
      RoleArn: b.RoleArn,
      EndpointMetadata: {
        EndpointName: b.EndpointName,
        ...(endpoint ? { EndpointConfigName: endpoint.configName, EndpointStatus: endpoint.status } : {}),
      },
      ModelVariants: (b.ModelVariants as Variant[]).map((v) => ({
        ...v,
        Status: e.status === 'Running' ? 'InService' : 'Creating',
      })),
      ShadowModeConfig: b.ShadowModeConfig,
      ...(b.DataStorageConfig ? { DataStorageConfig: b.DataStorageConfig } : {}),
    };
  }
}
