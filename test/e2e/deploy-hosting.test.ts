import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AwsSandbox, runAction, scaledClock } from './harness.js';
import { ModelRegistryWorld } from '../sandbox/aws/sagemaker-model-registry.js';
import { EndpointsWorld } from '../sandbox/aws/sagemaker-endpoints.js';
import { InferenceComponentsWorld } from '../sandbox/aws/sagemaker-inference-components.js';

// Sandbox time runs 1200× faster: an 8-minute component update takes 0.4 s.
jest.setTimeout(30_000);
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-hosting';
const MUTATING = [
  'CreateModel',
  'CreateEndpointConfig',
  'CreateEndpoint',
  'UpdateEndpoint',
  'CreateInferenceComponent',
  'UpdateInferenceComponent',
];

interface World {
  aws: AwsSandbox;
  hosting: EndpointsWorld;
  components: InferenceComponentsWorld;
  approved: string;
}
async function world(): Promise<World> {
  const aws = new AwsSandbox({ clock: scaledClock(1200) });
  const registry = new ModelRegistryWorld(aws);
  const hosting = new EndpointsWorld(aws, registry);
  const components = new InferenceComponentsWorld(aws, hosting);
  await aws.start();
  const approved = registry.addPackage('llm', { status: 'Approved' }).arn;
  // The endpoint that hosts inference components: instances, no model on its variant.
  hosting.addEndpoint('llm-prod', 'llm-prod-config', 0, [
    { VariantName: 'AllTraffic', InstanceType: 'ml.g5.12xlarge', InitialInstanceCount: 2 },
  ]);
  return { aws, hosting, components, approved };
}
let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(() => w.aws.stop());

const base = (over: Record<string, string> = {}) => ({
  'endpoint-name': 'llm-prod',
  'model-package-arn': w.approved,
  'execution-role-arn': ROLE,
  ...over,
});
const component = (over: Record<string, string> = {}) =>
  base({
    target: 'inference-component',
    'inference-component-name': 'llm-chat',
    'copy-count': '4',
    'memory-required': '24576',
    accelerators: '1',
    ...over,
  });
const mutating = (aws: AwsSandbox) => aws.requests.filter((r) => MUTATING.includes(r.operation));
/**
 * Runs the same deploy in this world with 30% throttling, 5xx and dropped connections and in a
 * clean one: the outputs and the mutating requests SageMaker handled must be the same.
 */
async function sameWithFaults(
  setup: (x: World) => void,
  inputs: (x: World) => Record<string, string>,
  seed: number,
): Promise<void> {
  const clean = await world();
  try {
    for (const x of [w, clean]) setup(x);
    w.aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed });
    const faulty = await runAction('deploy', { aws: w.aws, inputs: inputs(w) });
    const calm = await runAction('deploy', { aws: clean.aws, inputs: inputs(clean) });
    expect(faulty.exitCode).toBe(0);
    expect(faulty.outputs).toEqual(calm.outputs);
    const handled = (aws: AwsSandbox) =>
      MUTATING.flatMap((op) => aws.calls(op).map((c) => ({ op, body: c.body })));
    expect(handled(w.aws)).toEqual(handled(clean.aws));
    expect(w.aws.requests.filter((q) => q.fault).length).toBeGreaterThan(2);
  } finally {
    await clean.aws.stop();
  }
}
/** Workflow commands escape % as %25 (the runner decodes it). */
const decoded = (stdout: string) => stdout.replace(/%25/g, '%');

describe('deploy target inference-component (bundled action under Node 24)', () => {
  it('creates the component on the endpoint: model from the package, copies and compute resources', async () => {
    const r = await runAction('deploy', { aws: w.aws, inputs: component({ 'cpu-cores': '2.5' }) });
    expect(r.exitCode).toBe(0);
    const model = r.outputs['model-name']!;
    expect(model).toMatch(/^llm-chat-4f2c1a9-[0-9a-f]{6}$/);
    expect(r.outputs).toMatchObject({
      'inference-component-arn': 'arn:aws:sagemaker:us-east-1:123456789012:inference-component/llm-chat',
      'endpoint-arn': 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/llm-prod',
      status: 'InService',
      'rolled-back': 'false',
      'deployment-config': '',
    });
    expect(w.aws.calls('CreateInferenceComponent')[0]!.body).toEqual({
      InferenceComponentName: 'llm-chat',
      EndpointName: 'llm-prod',
      VariantName: 'AllTraffic',
      Specification: {
        ModelName: model,
        ComputeResourceRequirements: {
          MinMemoryRequiredInMb: 24576,
          NumberOfCpuCoresRequired: 2.5,
          NumberOfAcceleratorDevicesRequired: 1,
        },
      },
      RuntimeConfig: { CopyCount: 4 },
    });
    expect(w.aws.calls('CreateEndpointConfig')).toHaveLength(0);
    expect(r.summary).toContain('first deploy: the component is created');
    // A re-run of the same commit finds its component serving its model and changes nothing.
    const again = await runAction('deploy', { aws: w.aws, inputs: component({ 'cpu-cores': '2.5' }) });
    expect(again.exitCode).toBe(0);
    expect(mutating(w.aws).map((q) => q.operation)).toEqual(['CreateModel', 'CreateInferenceComponent']);
    expect(again.summary).toContain('already serving this deployment');
  });

  it('updates it with a rolling update: RollingUpdatePolicy in copies, rollback batch, alarms', async () => {
    w.components.addComponent('llm-chat', 'llm-prod', 'llm-chat-old', 4);
    const r = await runAction('deploy', {
      aws: w.aws,
      inputs: component({
        'rolling-batch-size': '1',
        'rollback-batch-size': '50%',
        'wait-interval': '2m',
        'max-execution-timeout': '1h',
        'rollback-alarms': 'llm-5xx, llm-p99',
      }),
    });
    expect(r.exitCode).toBe(0);
    const expected = {
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'COPY_COUNT', Value: 1 },
        WaitIntervalInSeconds: 120,
        MaximumExecutionTimeoutInSeconds: 3600,
        RollbackMaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 50 },
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'llm-5xx' }, { AlarmName: 'llm-p99' }] },
    };
    expect(w.aws.calls('UpdateInferenceComponent')[0]!.body).toEqual({
      InferenceComponentName: 'llm-chat',
      Specification: {
        ModelName: r.outputs['model-name'],
        ComputeResourceRequirements: { MinMemoryRequiredInMb: 24576, NumberOfAcceleratorDevicesRequired: 1 },
      },
      RuntimeConfig: { CopyCount: 4 },
      DeploymentConfig: expected,
    });
    expect(JSON.parse(r.outputs['deployment-config']!)).toEqual(expected);
    expect(r.outputs).toMatchObject({ status: 'InService', 'rolled-back': 'false' });
    expect(r.summary).toContain(`(was \`llm-chat-old\`)`);
    expect(r.summary).toContain('| 0s | 25% |');
  });

  it('detects its rollback: fails with rolled-back true and the alarm that fired', async () => {
    w.components.addComponent('llm-chat', 'llm-prod', 'llm-chat-old', 4);
    w.components.nextUpdate = { kind: 'rollback', alarm: 'llm-p99' };
    const r = await runAction('deploy', {
      aws: w.aws,
      inputs: component({ 'rollback-alarms': 'llm-5xx\nllm-p99' }),
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'InService', 'rolled-back': 'true' });
    expect(r.stdout).toContain(
      `::error::deployment of ${r.outputs['model-name']} to inference component llm-chat was rolled back (alarm llm-p99 fired); it still serves llm-chat-old: Deployment was rolled back: CloudWatch alarm llm-p99 went into ALARM state.`,
    );
    expect(r.summary).toContain('rolled back by alarm `llm-p99`; still serving `llm-chat-old`');
  });

  it('fails on a Failed update with its reason', async () => {
    w.components.addComponent('llm-chat', 'llm-prod', 'llm-chat-old', 4);
    w.components.nextUpdate = { kind: 'failed', reason: 'Insufficient accelerator capacity.' };
    const r = await runAction('deploy', { aws: w.aws, inputs: component() });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('Failed');
    expect(r.stdout).toContain(
      '::error::inference component llm-chat is Failed: Insufficient accelerator capacity.',
    );
  });

  it('cancelled during the update: says the state; a re-run resumes the wait without a second update', async () => {
    w.components.addComponent('llm-chat', 'llm-prod', 'llm-chat-old', 4);
    // An hour of sandbox time (3 s real): the update still runs when the re-run starts.
    w.components.updateMs = 60 * 60_000;
    const r = await runAction('deploy', {
      aws: w.aws,
      inputs: component(),
      signal: { name: 'SIGINT', when: /Updating inference component llm-chat/ },
    });
    expect(r.exitCode).toBe(1);
    const model = r.outputs['model-name']!;
    expect(r.outputs['inference-component-arn']).toBe(
      'arn:aws:sagemaker:us-east-1:123456789012:inference-component/llm-chat',
    );
    expect(r.stdout).toContain(
      `::error::cancelled while inference component llm-chat was Updating (serving llm-chat-old), deploying model ${model} made by this run.`,
    );
    const again = await runAction('deploy', { aws: w.aws, inputs: component() });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('is already Updating (an earlier run started it); waiting for it');
    expect(again.outputs).toMatchObject({ status: 'InService', 'rolled-back': 'false', 'model-name': model });
    expect(mutating(w.aws).map((q) => q.operation)).toEqual(['CreateModel', 'UpdateInferenceComponent']);
  });

  it('refuses a missing endpoint before any change', async () => {
    const r = await runAction('deploy', { aws: w.aws, inputs: component({ 'endpoint-name': 'llm-nope' }) });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.trim()).toBe(
      '::error::endpoint llm-nope does not exist: create the endpoint that hosts inference components first; nothing was deployed',
    );
    expect(mutating(w.aws)).toHaveLength(0);
  });

  it('gives the same outcome and the same single update with 30% throttling, 5xx and dropped connections', async () => {
    await sameWithFaults(
      (x) => x.components.addComponent('llm-chat', 'llm-prod', 'llm-chat-old', 4),
      (x) => component({ 'model-package-arn': x.approved }),
      5,
    );
  });
});

describe('deploy targets serverless and async (bundled action under Node 24)', () => {
  it('creates a serverless endpoint: ServerlessConfig, no instances', async () => {
    const r = await runAction('deploy', {
      aws: w.aws,
      inputs: base({
        'endpoint-name': 'churn-sls',
        target: 'serverless',
        'serverless-memory': '4096',
        'serverless-max-concurrency': '20',
        'serverless-provisioned-concurrency': '2',
      }),
    });
    expect(r.exitCode).toBe(0);
    const config = r.outputs['endpoint-config-name']!;
    expect(w.aws.calls('CreateEndpointConfig')[0]!.body).toEqual({
      EndpointConfigName: config,
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ModelName: config,
          ServerlessConfig: { MemorySizeInMB: 4096, MaxConcurrency: 20, ProvisionedConcurrency: 2 },
          InitialVariantWeight: 1,
        },
      ],
    });
    expect(w.aws.calls('CreateEndpoint')[0]!.body).toEqual({
      EndpointName: 'churn-sls',
      EndpointConfigName: config,
    });
    expect(r.outputs.status).toBe('InService');
    expect(r.summary).toContain('| Hosting | serverless, 4096 MB, max concurrency 20, 2 provisioned |');
  });

  it('updates a serverless endpoint with a canary by percentage (defaults 2048 MB, concurrency 5)', async () => {
    w.hosting.addEndpoint('churn-sls', 'churn-sls-old');
    const r = await runAction('deploy', {
      aws: w.aws,
      inputs: base({
        'endpoint-name': 'churn-sls',
        target: 'serverless',
        strategy: 'Canary10Percent5Minutes',
      }),
    });
    expect(r.exitCode).toBe(0);
    expect((w.aws.calls('CreateEndpointConfig')[0]!.body.ProductionVariants as unknown[])[0]).toMatchObject({
      ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 },
    });
    expect(w.aws.calls('UpdateEndpoint')[0]!.body.DeploymentConfig).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: {
          Type: 'CANARY',
          WaitIntervalInSeconds: 300,
          CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 },
        },
        TerminationWaitInSeconds: 0,
      },
    });
  });

  it('creates an asynchronous endpoint: output and failure paths, topics, client concurrency', async () => {
    const topic = (name: string) => `arn:aws:sns:us-east-1:123456789012:${name}`;
    const r = await runAction('deploy', {
      aws: w.aws,
      inputs: base({
        'endpoint-name': 'churn-async',
        target: 'async',
        'instance-type': 'ml.m5.xlarge',
        'instance-count': '2',
        'async-output-s3-uri': 's3://churn-async/out',
        'async-failure-s3-uri': 's3://churn-async/failed',
        'async-success-topic': topic('churn-ok'),
        'async-error-topic': topic('churn-error'),
        'async-max-concurrency': '4',
      }),
    });
    expect(r.exitCode).toBe(0);
    const config = r.outputs['endpoint-config-name']!;
    expect(w.aws.calls('CreateEndpointConfig')[0]!.body).toEqual({
      EndpointConfigName: config,
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ModelName: config,
          InstanceType: 'ml.m5.xlarge',
          InitialInstanceCount: 2,
          InitialVariantWeight: 1,
        },
      ],
      AsyncInferenceConfig: {
        OutputConfig: {
          S3OutputPath: 's3://churn-async/out',
          S3FailurePath: 's3://churn-async/failed',
          NotificationConfig: { SuccessTopic: topic('churn-ok'), ErrorTopic: topic('churn-error') },
        },
        ClientConfig: { MaxConcurrentInvocationsPerInstance: 4 },
      },
    });
    expect(r.outputs.status).toBe('InService');
  });

  it('gives the same serverless deploy with 30% throttling, 5xx and dropped connections', async () => {
    await sameWithFaults(
      () => undefined,
      (x) => base({ 'endpoint-name': 'churn-sls', target: 'serverless', 'model-package-arn': x.approved }),
      9,
    );
  });
});

const SLS = { target: 'serverless' };
const IC = {
  target: 'inference-component',
  'inference-component-name': 'llm-chat',
  'copy-count': '4',
  'memory-required': '1024',
};
describe('deploy refuses what AWS refuses, before any call, naming the input and the limit', () => {
  it.each([
    [
      { ...SLS, strategy: 'rolling' },
      "input 'strategy' rolling is not supported on target serverless: rolling deployments exclude serverless endpoints (https://docs.aws.amazon.com/sagemaker/latest/dg/deployment-guardrails-exclusions.html); use blue-green, canary or linear",
    ],
    [
      { ...SLS, 'serverless-memory': '1536' },
      'input \'serverless-memory\' must be 1024, 2048, 3072, 4096, 5120 or 6144 (serverless memory 1024-6144 MB in 1024 MB steps), got "1536"',
    ],
    [
      { ...SLS, 'serverless-memory': '8192' },
      'input \'serverless-memory\' must be a whole number of MB from 1024 to 6144, got "8192"',
    ],
    [
      { ...SLS, 'serverless-max-concurrency': '201' },
      'input \'serverless-max-concurrency\' must be a whole number of invocations from 1 to 200, got "201"',
    ],
    [
      { ...SLS, 'serverless-max-concurrency': '5', 'serverless-provisioned-concurrency': '10' },
      'input \'serverless-provisioned-concurrency\' must be at most serverless-max-concurrency, 5 (provisioned concurrency 1-200, at most the max concurrency), got "10"',
    ],
    [
      { ...SLS, strategy: 'canary', 'canary-size': '1' },
      'input \'canary-size\' must be a percentage on target serverless (it has no instances to count), got "1"',
    ],
    [
      { ...SLS, 'instance-type': 'ml.m5.large' },
      "input 'instance-type' does not apply to target serverless: SageMaker chooses the compute (set serverless-memory)",
    ],
    [
      { ...SLS, 'data-capture-percent': '10', 'data-capture-s3-uri': 's3://b/c' },
      "input 'data-capture-percent' is not supported on target serverless: serverless endpoints exclude data capture (https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html)",
    ],
    [
      { target: 'async', 'instance-type': 'ml.m5.large' },
      "input 'async-output-s3-uri' is required with target async: an s3://bucket/prefix URI",
    ],
    [
      {
        target: 'async',
        'instance-type': 'ml.m5.large',
        'async-output-s3-uri': 's3://b/o',
        'async-max-concurrency': '1001',
      },
      'input \'async-max-concurrency\' must be a whole number of invocations from 1 to 1000, got "1001"',
    ],
    [
      { 'instance-type': 'ml.m5.large', 'serverless-memory': '2048' },
      "input 'serverless-memory' applies only to target serverless (target is endpoint)",
    ],
    [
      { ...IC, strategy: 'canary' },
      "input 'strategy' canary is not supported on target inference-component: inference components take only a RollingUpdatePolicy (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InferenceComponentDeploymentConfig.html); use rolling, or all-at-once",
    ],
    [
      { ...IC, 'rolling-batch-size': '3' },
      "input 'rolling-batch-size' is outside SageMaker's limit (rolling batch 5-50% of capacity): 3 of 4 copies is 75%, got \"3\"",
    ],
    [
      { ...IC, 'rolling-batch-size': '60%' },
      "input 'rolling-batch-size' is outside SageMaker's limit (rolling batch 5-50% of capacity), got \"60%\"",
    ],
    [
      { ...IC, 'wait-interval': '3601' },
      "input 'wait-interval' is outside SageMaker's limit (wait interval 0-3600 s), got \"3601\"",
    ],
    [
      { ...IC, 'max-execution-timeout': '599' },
      "input 'max-execution-timeout' is outside SageMaker's limit (maximum execution timeout 600-28800 s), got \"599\"",
    ],
    [
      { ...IC, 'max-execution-timeout': '8h1s' },
      "input 'max-execution-timeout' is outside SageMaker's limit (maximum execution timeout 600-28800 s), got \"8h1s\"",
    ],
    [
      { ...IC, strategy: 'all-at-once', 'rollback-alarms': 'llm-5xx' },
      "input 'rollback-alarms' needs strategy rolling on target inference-component: AutoRollbackConfiguration goes with the RollingUpdatePolicy",
    ],
    [
      { ...IC, 'memory-required': '64' },
      'input \'memory-required\' must be a whole number of MB from 128 to 10000000, got "64"',
    ],
    [
      { ...IC, 'cpu-cores': '0.1' },
      'input \'cpu-cores\' must be a number of CPU cores (inference component CPU cores at least 0.25), e.g. 0.5 or 2, got "0.1"',
    ],
    [
      { ...IC, 'memory-required': '' },
      "input 'memory-required' is required with target inference-component (MinMemoryRequiredInMb; inference component memory at least 128 MB)",
    ],
  ])('refuses %j', async (over, message) => {
    const r = await runAction('deploy', { aws: w.aws, inputs: base(over) });
    expect(r.exitCode).toBe(1);
    expect(decoded(r.stdout).trim()).toBe(`::error::${message}`);
    // Not one request reached the sandbox, let alone a mutating one.
    expect(w.aws.requests).toHaveLength(0);
  });
});
