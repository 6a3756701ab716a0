import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AwsSandbox, HEAD_SHA, runAction, runCli, scaledClock } from './harness.js';
import { ModelRegistryWorld } from '../sandbox/aws/sagemaker-model-registry.js';
import { EndpointsWorld } from '../sandbox/aws/sagemaker-endpoints.js';

// Sandbox time runs 1200× faster: a 10-minute update takes 0.5 s, a 15 s poll 12.5 ms.
jest.setTimeout(30_000);
let aws: AwsSandbox;
let registry: ModelRegistryWorld;
let hosting: EndpointsWorld;
let approved: string;
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-hosting';

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(1200) });
  registry = new ModelRegistryWorld(aws);
  hosting = new EndpointsWorld(aws, registry);
  await aws.start();
  approved = registry.addPackage('churn', { status: 'Approved' }).arn;
});
afterEach(() => aws.stop());

const deployInputs = (over: Record<string, string> = {}) => ({
  'endpoint-name': 'churn-prod',
  'model-package-arn': approved,
  'instance-type': 'ml.m5.large',
  'instance-count': '4',
  'execution-role-arn': ROLE,
  ...over,
});
/** Workflow commands escape % as %25 (the runner decodes it). */
const decoded = (stdout: string) => stdout.replace(/%25/g, '%');

describe('deploy (bundled action under Node 24)', () => {
  it('creates the endpoint on the first deploy: model from the package, config named after the commit', async () => {
    const r = await runAction('deploy', { aws, inputs: deployInputs({ strategy: 'canary' }) });
    expect(r.exitCode).toBe(0);
    const config = r.outputs['endpoint-config-name']!;
    expect(config).toMatch(/^churn-prod-4f2c1a9-[0-9a-f]{6}$/);
    expect(r.outputs).toMatchObject({
      'endpoint-arn': 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-prod',
      status: 'InService',
      'rolled-back': 'false',
      'deployment-config': '',
    });
    expect(aws.calls('CreateModel')[0]!.body).toEqual({
      ModelName: config,
      ExecutionRoleArn: ROLE,
      PrimaryContainer: { ModelPackageName: approved },
    });
    expect(aws.calls('CreateEndpointConfig')[0]!.body).toEqual({
      EndpointConfigName: config,
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ModelName: config,
          InstanceType: 'ml.m5.large',
          InitialInstanceCount: 4,
          InitialVariantWeight: 1,
        },
      ],
    });
    expect(aws.calls('CreateEndpoint')[0]!.body).toEqual({
      EndpointName: 'churn-prod',
      EndpointConfigName: config,
    });
    expect(aws.calls('UpdateEndpoint')).toHaveLength(0);
    expect(r.summary).toContain('first deploy: the endpoint is created');
    // A re-run on the same commit changes nothing.
    const again = await runAction('deploy', { aws, inputs: deployInputs({ strategy: 'canary' }) });
    expect(again.exitCode).toBe(0);
    expect(aws.calls('CreateEndpoint')).toHaveLength(1);
    expect(again.summary).toContain('already serving this deployment');
  });

  it.each([
    ['all-at-once', {}, undefined],
    [
      'blue-green',
      { 'termination-wait': '10m', 'max-execution-timeout': '2h' },
      {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 300 },
          TerminationWaitInSeconds: 600,
          MaximumExecutionTimeoutInSeconds: 7200,
        },
      },
    ],
    [
      'canary',
      { 'canary-size': '1', 'wait-interval': '10m', 'rollback-alarms': 'churn-5xx\nchurn-p99' },
      {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: {
            Type: 'CANARY',
            WaitIntervalInSeconds: 600,
            CanarySize: { Type: 'INSTANCE_COUNT', Value: 1 },
          },
          TerminationWaitInSeconds: 0,
        },
        AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'churn-5xx' }, { AlarmName: 'churn-p99' }] },
      },
    ],
    [
      'linear',
      { 'linear-step-size': '25%', 'wait-interval': '120' },
      {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: {
            Type: 'LINEAR',
            WaitIntervalInSeconds: 120,
            LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 25 },
          },
          TerminationWaitInSeconds: 0,
        },
      },
    ],
    [
      'rolling',
      { 'rolling-batch-size': '2', 'wait-interval': '60' },
      {
        RollingUpdatePolicy: {
          MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 2 },
          WaitIntervalInSeconds: 60,
        },
      },
    ],
    [
      'CodeDeployDefault.Linear10PercentEvery3Minutes',
      {},
      {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: {
            Type: 'LINEAR',
            WaitIntervalInSeconds: 180,
            LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 10 },
          },
          TerminationWaitInSeconds: 0,
        },
      },
    ],
  ])('updates an existing endpoint with the DeploymentConfig for %s', async (strategy, extra, expected) => {
    hosting.addEndpoint('churn-prod', 'churn-prod-old');
    const r = await runAction('deploy', { aws, inputs: deployInputs({ strategy, ...extra }) });
    expect(r.exitCode).toBe(0);
    const body = aws.calls('UpdateEndpoint')[0]!.body;
    expect(body).toEqual({
      EndpointName: 'churn-prod',
      EndpointConfigName: r.outputs['endpoint-config-name'],
      ...(expected ? { DeploymentConfig: expected } : {}),
    });
    expect(r.outputs['deployment-config']).toBe(expected ? JSON.stringify(expected) : '');
    expect(r.outputs.status).toBe('InService');
    expect(aws.calls('CreateEndpoint')).toHaveLength(0);
    expect(r.summary).toContain(`Strategy | **${strategy.startsWith('CodeDeploy') ? 'linear' : strategy}**`);
    expect(r.summary).toContain('#### Traffic over time');
  });

  it('detects a rollback: fails with rolled-back true and the alarm that fired', async () => {
    hosting.addEndpoint('churn-prod', 'churn-prod-old');
    hosting.nextUpdate = { kind: 'rollback', alarm: 'churn-p99' };
    const r = await runAction('deploy', {
      aws,
      inputs: deployInputs({
        strategy: 'Canary10Percent5Minutes',
        'rollback-alarms': 'churn-5xx, churn-p99',
      }),
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['rolled-back']).toBe('true');
    expect(r.outputs.status).toBe('InService');
    expect(r.stdout).toContain(
      `::error::deployment of ${r.outputs['endpoint-config-name']} to churn-prod was rolled back (alarm churn-p99 fired); the endpoint still serves churn-prod-old`,
    );
    expect(r.summary).toContain('rolled back by alarm `churn-p99`; still serving `churn-prod-old`');
  });

  it('fails on UpdateRollbackFailed', async () => {
    hosting.addEndpoint('churn-prod', 'churn-prod-old');
    hosting.nextUpdate = { kind: 'rollback-failed' };
    const r = await runAction('deploy', { aws, inputs: deployInputs({ strategy: 'linear' }) });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('UpdateRollbackFailed');
    expect(r.stdout).toMatch(/::error::.*failed and so did its rollback \(UpdateRollbackFailed\)/);
  });

  it('refuses an unapproved package before any change', async () => {
    const pending = registry.addPackage('churn').arn;
    const r = await runAction('deploy', { aws, inputs: deployInputs({ 'model-package-arn': pending }) });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      `::error::model package ${pending} is PendingManualApproval, not Approved: approve it first (approve-promotion); nothing was deployed`,
    );
    expect(aws.operations()).toEqual(['DescribeModelPackage']);
  });

  it.each([
    [
      { strategy: 'canary', 'canary-size': '60%' },
      "input 'canary-size' is outside SageMaker's limit (canary at most 50% of capacity), got \"60%\"",
    ],
    [
      { strategy: 'linear', 'linear-step-size': '5%' },
      "input 'linear-step-size' is outside SageMaker's limit (linear step 10-50% of capacity), got \"5%\"",
    ],
    [
      { strategy: 'rolling', 'rolling-batch-size': '3' },
      "input 'rolling-batch-size' is outside SageMaker's limit (rolling batch 5-50% of capacity): 3 of 4 instances is 75%, got \"3\"",
    ],
    [
      { 'wait-interval': '3601' },
      "input 'wait-interval' is outside SageMaker's limit (wait interval 0-3600 s), got \"3601\"",
    ],
    [
      { 'termination-wait': '2h' },
      "input 'termination-wait' is outside SageMaker's limit (termination wait 0-3600 s), got \"2h\"",
    ],
    [
      { 'max-execution-timeout': '300' },
      "input 'max-execution-timeout' is outside SageMaker's limit (maximum execution timeout 600-28800 s), got \"300\"",
    ],
    [
      { 'max-execution-timeout': '28801' },
      "input 'max-execution-timeout' is outside SageMaker's limit (maximum execution timeout 600-28800 s), got \"28801\"",
    ],
    [
      { 'rollback-alarms': 'a,b,c,d,e,f,g,h,i,j,k' },
      "input 'rollback-alarms' names too many alarms; SageMaker allows 1-10 CloudWatch alarms",
    ],
    [
      { 'data-capture-percent': '101', 'data-capture-s3-uri': 's3://b/c' },
      'input \'data-capture-percent\' must be a whole number of percent from 0 to 100, got "101"',
    ],
    [
      { strategy: 'Canary60Percent5Minutes' },
      "input 'strategy' is outside SageMaker's limit (canary at most 50% of capacity), got \"60%\"",
    ],
  ])('refuses %j with an error naming the limit and no AWS call', async (over, message) => {
    const r = await runAction('deploy', { aws, inputs: deployInputs(over) });
    expect(r.exitCode).toBe(1);
    expect(decoded(r.stdout).trim()).toBe(`::error::${message}`);
    expect(aws.requests).toHaveLength(0);
  });

  it('turns on data capture for Model Monitor', async () => {
    const r = await runAction('deploy', {
      aws,
      inputs: deployInputs({
        'data-capture-percent': '20',
        'data-capture-s3-uri': 's3://churn-capture/prod',
      }),
    });
    expect(r.exitCode).toBe(0);
    expect(aws.calls('CreateEndpointConfig')[0]!.body.DataCaptureConfig).toEqual({
      EnableCapture: true,
      InitialSamplingPercentage: 20,
      DestinationS3Uri: 's3://churn-capture/prod',
      CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
    });
  });

  it('polls through throttling and 503s during the wait', async () => {
    hosting.addEndpoint('churn-prod', 'churn-prod-old');
    aws.faults({ rate: 0.5, kinds: ['throttle', '503'], operations: ['DescribeEndpoint'], seed: 3 });
    const r = await runAction('deploy', { aws, inputs: deployInputs({ strategy: 'canary' }) });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('InService');
    expect(aws.requests.some((q) => q.fault)).toBe(true);
  });

  it('cancelled during the update: says what state the endpoint is in; a re-run resumes the wait', async () => {
    hosting.addEndpoint('churn-prod', 'churn-prod-old');
    const r = await runAction('deploy', {
      aws,
      inputs: deployInputs({ strategy: 'canary' }),
      signal: { name: 'SIGINT', when: /Updating endpoint churn-prod/ },
    });
    expect(r.exitCode).toBe(1);
    const config = r.outputs['endpoint-config-name']!;
    expect(r.outputs['endpoint-arn']).toBe('arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-prod');
    expect(r.stdout).toContain(
      `::error::cancelled while endpoint churn-prod was Updating (serving churn-prod-old), deploying endpoint config ${config} made by this run.`,
    );
    expect(r.stdout).toContain('SageMaker cannot stop a deployment in progress');
    const again = await runAction('deploy', { aws, inputs: deployInputs({ strategy: 'canary' }) });
    expect(again.exitCode).toBe(0);
    expect(aws.calls('UpdateEndpoint')).toHaveLength(1);
    expect(aws.calls('CreateEndpointConfig')).toHaveLength(1);
  });

  it('runs through the root action (command: deploy)', async () => {
    const r = await runAction('main', {
      aws,
      inputs: { command: 'deploy', ...deployInputs({ strategy: 'rolling' }) },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('InService');
  });

  it('runs as the CLI (promote deploy), and --help shows the strategies table', async () => {
    const r = await runCli(
      [
        'promote',
        'deploy',
        ...Object.entries(deployInputs({ commit: HEAD_SHA })).flatMap(([k, v]) => [`--${k}`, v]),
      ],
      { aws },
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('status=InService');
    const help = await runCli(['promote', 'deploy', '--help'], {});
    expect(help.stdout).toMatch(
      /canary\s+risk lowest \(incremental, alarms watched on a small share\); cost medium; complexity high/,
    );
    expect(help.stdout).toContain('CodeDeploy presets: AllAtOnce, Canary10Percent5Minutes');
  });
});
