import { AwsError, epochSeconds, type AwsSandbox } from './server.js';
import type { EndpointsWorld } from './sagemaker-endpoints.js';
import { checkAlarms, range } from './sagemaker-endpoint-configs.js';

/**
 * SageMaker inference components in the sandbox, on EndpointsWorld's endpoints and models.
 * CreateInferenceComponent goes Creating → InService after `createMs`; UpdateInferenceComponent
 * goes Updating → the outcome of `nextUpdate` after `updateMs` (sandbox time): success (the new
 * Specification), a rollback (InService on the OLD Specification, FailureReason naming the alarm)
 * or Failed. Requests are checked as the API reference says: the name pattern, the endpoint and
 * variant, the model, ComputeResourceRequirements, CopyCount and InferenceComponentDeploymentConfig
 * (RollingUpdatePolicy required; batch 5-50% of the copies; waits; timeout; 1-10 alarms).
 */
export type ComponentOutcome =
  { kind: 'success' } | { kind: 'rollback'; alarm?: string } | { kind: 'failed'; reason: string };

interface Spec {
  ModelName?: string;
  ComputeResourceRequirements?: {
    MinMemoryRequiredInMb?: number;
    MaxMemoryRequiredInMb?: number;
    NumberOfCpuCoresRequired?: number;
    NumberOfAcceleratorDevicesRequired?: number;
  };
}

interface Component {
  name: string;
  arn: string;
  endpointName: string;
  variantName: string;
  status: string;
  spec: Spec;
  copies: number;
  failureReason?: string;
  created: number;
  modified: number;
  lastDeploymentConfig?: unknown;
  pending?: { until: number; spec: Spec; copies: number; outcome: ComponentOutcome };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies as the wire sends them
type Body = Record<string, any>;

const NAME = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;

function bad(message: string): never {
  throw new AwsError('ValidationException', message);
}

export class InferenceComponentsWorld {
  readonly components = new Map<string, Component>();
  createMs = 4 * 60_000;
  updateMs = 8 * 60_000;
  /** How the next UpdateInferenceComponent ends. */
  nextUpdate: ComponentOutcome = { kind: 'success' };

  constructor(
    readonly sandbox: AwsSandbox,
    readonly hosting: EndpointsWorld,
  ) {
    sandbox.on('SageMaker.CreateInferenceComponent', (input: Body) => this.create(input));
    sandbox.on('SageMaker.UpdateInferenceComponent', (input: Body) => this.update(input));
    sandbox.on('SageMaker.DescribeInferenceComponent', (input: { InferenceComponentName: string }) =>
      this.describe(this.component(input.InferenceComponentName)),
    );
  }

  /** A component already serving `modelName` (for tests that start from an existing deployment). */
  addComponent(name: string, endpointName: string, modelName: string, copies = 1): void {
    const now = this.sandbox.now();
    this.components.set(name, {
      name,
      arn: this.arn(name),
      endpointName,
      variantName: 'AllTraffic',
      status: 'InService',
      spec: { ModelName: modelName, ComputeResourceRequirements: { MinMemoryRequiredInMb: 1024 } },
      copies,
      created: now,
      modified: now,
    });
  }

  private arn(name: string) {
    return this.sandbox.arn('sagemaker', `inference-component/${name.toLowerCase()}`);
  }

  private component(name: string): Component {
    if (!NAME.test(name ?? '') || name.length > 63)
      bad(
        `1 validation error detected: Value '${name}' at 'inferenceComponentName' failed to satisfy constraint`,
      );
    const c = this.components.get(name) ?? bad(`Could not find inference component "${this.arn(name)}".`);
    this.settle(c);
    return c;
  }

  private create(input: Body) {
    const name = String(input.InferenceComponentName ?? '');
    if (!NAME.test(name) || name.length > 63)
      bad(
        `1 validation error detected: Value '${name}' at 'inferenceComponentName' failed to satisfy constraint`,
      );
    if (this.components.has(name))
      bad(`Cannot create already existing inference component "${this.arn(name)}".`);
    const endpoint =
      this.hosting.describeEndpoint(input.EndpointName) ??
      bad(
        `Could not find endpoint "${this.sandbox.arn('sagemaker', `endpoint/${String(input.EndpointName).toLowerCase()}`)}".`,
      );
    if (endpoint.status !== 'InService')
      bad(`Endpoint ${input.EndpointName} is ${endpoint.status}, not InService.`);
    const variants = this.hosting.variantNames(endpoint.configName);
    if (variants.length && !variants.includes(input.VariantName))
      bad(`Variant ${input.VariantName} does not exist on endpoint ${input.EndpointName}.`);
    const spec = this.checkSpec(input.Specification);
    const copies = this.checkCopies(input.RuntimeConfig);
    const now = this.sandbox.now();
    this.components.set(name, {
      name,
      arn: this.arn(name),
      endpointName: input.EndpointName,
      variantName: input.VariantName,
      status: 'Creating',
      spec,
      copies,
      created: now,
      modified: now,
      pending: { until: now + this.createMs, spec, copies, outcome: { kind: 'success' } },
    });
    return { InferenceComponentArn: this.arn(name) };
  }

  private update(input: Body) {
    const c = this.component(input.InferenceComponentName);
    if (c.status !== 'InService') bad(`Cannot update in-progress inference component "${c.arn}".`);
    const spec = input.Specification ? this.checkSpec(input.Specification) : c.spec;
    const copies = input.RuntimeConfig ? this.checkCopies(input.RuntimeConfig) : c.copies;
    if (input.DeploymentConfig) checkComponentDeploymentConfig(input.DeploymentConfig, copies);
    const now = this.sandbox.now();
    c.status = 'Updating';
    delete c.failureReason;
    c.modified = now;
    c.lastDeploymentConfig = input.DeploymentConfig;
    c.pending = { until: now + this.updateMs, spec, copies, outcome: this.nextUpdate };
    return { InferenceComponentArn: c.arn };
  }

  private checkSpec(spec: Spec | undefined): Spec {
    if (!spec) bad('Specification is required.');
    if (!spec.ModelName || !this.hosting.models.has(spec.ModelName))
      bad(
        `Could not find model "${this.sandbox.arn('sagemaker', `model/${String(spec.ModelName).toLowerCase()}`)}".`,
      );
    const r = spec.ComputeResourceRequirements ?? bad('ComputeResourceRequirements is required.');
    const min = (path: string, v: unknown, least: number, integer: boolean, required = false) => {
      if (v === undefined && !required) return;
      if (typeof v !== 'number' || v < least || (integer && !Number.isInteger(v)))
        bad(
          `1 validation error detected: Value '${String(v)}' at 'specification.computeResourceRequirements.${path}' failed to satisfy constraint: Member must have value greater than or equal to ${least}`,
        );
    };
    min('minMemoryRequiredInMb', r.MinMemoryRequiredInMb, 128, true, true);
    min('maxMemoryRequiredInMb', r.MaxMemoryRequiredInMb, 128, true);
    min('numberOfCpuCoresRequired', r.NumberOfCpuCoresRequired, 0.25, false);
    min('numberOfAcceleratorDevicesRequired', r.NumberOfAcceleratorDevicesRequired, 1, false);
    return spec;
  }

  private checkCopies(runtime: { CopyCount?: number } | undefined): number {
    const n = runtime?.CopyCount;
    if (!Number.isInteger(n) || n! < 0)
      bad(
        `1 validation error detected: Value '${String(n)}' at 'runtimeConfig.copyCount' failed to satisfy constraint`,
      );
    return n!;
  }

  /** Moves a Creating/Updating component to where its deployment ends, once its time has come. */
  private settle(c: Component): void {
    const p = c.pending;
    if (!p || this.sandbox.now() < p.until) return;
    delete c.pending;
    c.modified = p.until;
    const o = p.outcome;
    if (o.kind === 'success') Object.assign(c, { status: 'InService', spec: p.spec, copies: p.copies });
    else if (o.kind === 'rollback') {
      c.status = 'InService';
      c.failureReason = o.alarm
        ? `Deployment was rolled back: CloudWatch alarm ${o.alarm} went into ALARM state.`
        : 'Deployment was rolled back: the new copies failed their health checks.';
    } else Object.assign(c, { status: 'Failed', failureReason: o.reason });
  }

  private describe(c: Component) {
    const endpoint = this.hosting.describeEndpoint(c.endpointName);
    const updating = c.pending && c.status === 'Updating';
    return {
      InferenceComponentName: c.name,
      InferenceComponentArn: c.arn,
      EndpointName: c.endpointName,
      EndpointArn: endpoint?.arn ?? this.sandbox.arn('sagemaker', `endpoint/${c.endpointName.toLowerCase()}`),
      VariantName: c.variantName,
      ...(c.failureReason ? { FailureReason: c.failureReason } : {}),
      Specification: c.spec,
      RuntimeConfig: {
        DesiredCopyCount: updating ? c.pending!.copies : c.copies,
        CurrentCopyCount: c.status === 'Creating' ? 0 : c.copies,
      },
      CreationTime: epochSeconds(c.created),
      LastModifiedTime: epochSeconds(c.modified),
      InferenceComponentStatus: c.status,
      ...(c.lastDeploymentConfig ? { LastDeploymentConfig: c.lastDeploymentConfig } : {}),
    };
  }
}

/** InferenceComponentDeploymentConfig as SageMaker validates it (sizes against the copies). */
function checkComponentDeploymentConfig(config: Body, copies: number): void {
  for (const key of Object.keys(config))
    if (!['RollingUpdatePolicy', 'AutoRollbackConfiguration'].includes(key))
      bad(`Unknown parameter in DeploymentConfig: "${key}"`);
  const r = config.RollingUpdatePolicy ?? bad('DeploymentConfig.RollingUpdatePolicy is required.');
  const size = (
    path: string,
    s: { Type?: string; Value?: number } | undefined,
    minPct: number,
    maxPct: number,
  ) => {
    if (!s) bad(`${path} is required`);
    if (!['COPY_COUNT', 'CAPACITY_PERCENT'].includes(s.Type ?? ''))
      bad(
        `Value '${s.Type}' at '${path}.type' failed to satisfy constraint: Member must satisfy enum value set: [COPY_COUNT, CAPACITY_PERCENT]`,
      );
    range(`${path}.value`, s.Value, 1, 100_000);
    const pct = s.Type === 'CAPACITY_PERCENT' ? s.Value! : (s.Value! / copies) * 100;
    if (pct < minPct || pct > maxPct)
      bad(`${path} must be between ${minPct}% and ${maxPct}% of the copy count.`);
  };
  size('rollingUpdatePolicy.maximumBatchSize', r.MaximumBatchSize, 5, 50);
  range('rollingUpdatePolicy.waitIntervalInSeconds', r.WaitIntervalInSeconds, 0, 3600);
  range(
    'rollingUpdatePolicy.maximumExecutionTimeoutInSeconds',
    r.MaximumExecutionTimeoutInSeconds,
    600,
    28800,
    false,
  );
  if (r.RollbackMaximumBatchSize)
    size('rollingUpdatePolicy.rollbackMaximumBatchSize', r.RollbackMaximumBatchSize, 1, 100);
  checkAlarms(config.AutoRollbackConfiguration);
}
