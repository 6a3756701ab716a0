import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AwsSandbox, GitHubSandbox, pullRequestEvent, runAction, runCli, scaledClock } from './harness.js';
import { ModelRegistryWorld } from '../sandbox/aws/sagemaker-model-registry.js';
import { EndpointsWorld } from '../sandbox/aws/sagemaker-endpoints.js';
import { ExperimentsWorld } from '../sandbox/aws/sagemaker-experiments.js';
import { MetricsWorld, type VariantStats } from '../sandbox/aws/cloudwatch-metrics.js';
import { ReportsWorld } from '../sandbox/github-reports.js';

// Sandbox time runs 1200× faster: a 30-minute test takes 1.5 s.
jest.setTimeout(40_000);
let aws: AwsSandbox;
let github: GitHubSandbox;
let reports: ReportsWorld;
let registry: ModelRegistryWorld;
let hosting: EndpointsWorld;
let metrics: MetricsWorld;
let experiments: ExperimentsWorld;
let candidate: string;
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-hosting';
const TOKEN = 'ghs_shadowtoken0000000000000000000000';
const PRODUCTION: VariantStats = {
  invocations: 12_000,
  errors4xx: 3,
  errors5xx: 1,
  latencyUs: { p50: 18_000, p90: 31_000, p99: 52_000 },
};

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(1200) });
  github = new GitHubSandbox();
  reports = new ReportsWorld(github);
  registry = new ModelRegistryWorld(aws);
  hosting = new EndpointsWorld(aws, registry);
  experiments = new ExperimentsWorld(aws, hosting);
  metrics = new MetricsWorld(aws);
  await Promise.all([aws.start(), github.start()]);
  registry.addPackage('churn', { status: 'Approved' });
  candidate = registry.addPackage('churn', { status: 'Approved' }).arn;
  experiments.addProductionEndpoint('churn-prod', {
    variant: 'AllTraffic',
    model: 'churn-prod-4f2c1a9-0a1b2c',
    instanceType: 'ml.m5.large',
    count: 2,
  });
  metrics.setVariant('churn-prod', 'AllTraffic', PRODUCTION);
});
afterEach(() => Promise.all([aws.stop(), github.stop()]));

const inputs = (over: Record<string, string> = {}) => ({
  'endpoint-name': 'churn-prod',
  'model-package-arn': candidate,
  'execution-role-arn': ROLE,
  duration: '30m',
  'sampling-percentage': '50',
  thresholds: 'shadow.p99_latency <= production.p99_latency * 1.1\nshadow.error_rate <= 0.001',
  ...over,
});
const endpointConfig = () => hosting.endpoints.get('churn-prod')!.configName;

describe('shadow-test (bundled action under Node 24)', () => {
  it('passing thresholds with an Approved package: promotes the shadow, reports on the pull request', async () => {
    metrics.setVariant('churn-prod', 'shadow', {
      ...PRODUCTION,
      invocations: 6000,
      errors5xx: 0,
      latencyUs: { p50: 17_000, p90: 30_000, p99: 55_000 },
    });
    const r = await runAction('shadow-test', {
      aws,
      github,
      event: pullRequestEvent(),
      inputs: inputs({ 'github-token': TOKEN }),
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const name = r.outputs['experiment-name']!;
    expect(name).toMatch(/^churn-prod-shadow-9876543210-1-[0-9a-f]{8}$/);
    const model = r.outputs['model-name']!;
    expect(aws.calls('CreateModel')[0]!.body).toEqual({
      ModelName: model,
      ExecutionRoleArn: ROLE,
      PrimaryContainer: { ModelPackageName: candidate },
    });
    const create = aws.calls('CreateInferenceExperiment')[0]!.body;
    const { Schedule, ...rest } = create as { Schedule: { StartTime: number; EndTime: number } };
    expect(rest).toEqual({
      Name: name,
      Type: 'ShadowMode',
      Description: `Shadow test of ${candidate} by sagemaker-cicd`,
      RoleArn: ROLE,
      EndpointName: 'churn-prod',
      ModelVariants: [
        {
          ModelName: 'churn-prod-4f2c1a9-0a1b2c',
          VariantName: 'AllTraffic',
          InfrastructureConfig: {
            InfrastructureType: 'RealTimeInference',
            RealTimeInferenceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 2 },
          },
        },
        {
          ModelName: model,
          VariantName: 'shadow',
          InfrastructureConfig: {
            InfrastructureType: 'RealTimeInference',
            RealTimeInferenceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 2 },
          },
        },
      ],
      ShadowModeConfig: {
        SourceModelVariantName: 'AllTraffic',
        ShadowModelVariants: [{ ShadowModelVariantName: 'shadow', SamplingPercentage: 50 }],
      },
    });
    // The schedule: 30 minutes of test, plus an hour to start and an hour to decide.
    expect(Schedule.EndTime - Schedule.StartTime).toBe(2.5 * 3600);
    const queries = aws.calls('GetMetricData')[0]!.body.MetricDataQueries as {
      Id: string;
      MetricStat: unknown;
    }[];
    expect(queries).toHaveLength(12);
    // One period for the whole window (30 minutes of shadow traffic, to the minute).
    const { Period } = queries.find((q) => q.Id === 'shadow_p99')!.MetricStat as { Period: number };
    expect(Period % 60 === 0 && Period >= 1800 && Period < 3600).toBe(true);
    expect(queries.find((q) => q.Id === 'shadow_p99')!.MetricStat).toEqual({
      Metric: {
        Namespace: 'AWS/SageMaker',
        MetricName: 'ModelLatency',
        Dimensions: [
          { Name: 'EndpointName', Value: 'churn-prod' },
          { Name: 'VariantName', Value: 'shadow' },
        ],
      },
      Period,
      Stat: 'p99',
    });
    expect(aws.calls('StopInferenceExperiment')[0]!.body).toEqual({
      Name: name,
      ModelVariantActions: { AllTraffic: 'Remove', shadow: 'Promote' },
      DesiredModelVariants: [(create as { ModelVariants: unknown[] }).ModelVariants[1]],
      DesiredState: 'Completed',
      Reason: 'thresholds passed and the package is Approved',
    });
    expect(r.outputs).toMatchObject({ passed: 'true', promoted: 'true', 'endpoint-status': 'InService' });
    expect(JSON.parse(r.outputs.metrics!)).toMatchObject({
      shadow: { p99_latency: 55, error_rate: 0.0005, invocations: 6000 },
      production: { p99_latency: 52, error_rate: 0.000333333 },
      agreement: null,
    });
    expect(hosting.configs.get(endpointConfig())!.body.ProductionVariants).toEqual([
      expect.objectContaining({ ModelName: model, VariantName: 'shadow' }),
    ]);
    expect(r.summary).toContain('### ✅ Shadow test: all thresholds passed');
    expect(r.summary).toContain('| Metric | Shadow | Production | Change | Threshold | Result |');
    expect(r.summary).toContain('| p99_latency | 55 | 52 |');
    expect(r.summary).toContain('<= production.p99_latency * 1.1 (57.2)');
    expect(r.summary).toContain('**Outcome:** 🚀 promoted `shadow`');
    expect(reports.checkRuns.map((c) => [c.name, c.conclusion])).toEqual([['Shadow test', 'success']]);
    expect(reports.comments[0]!.body).toContain('**Outcome:** 🚀 promoted `shadow`');
    expect(aws.calls('UpdateEndpoint')).toHaveLength(0);
  });

  it('failing a latency threshold: removes the shadow, fails the step, leaves the endpoint as it was', async () => {
    const before = endpointConfig();
    metrics.setVariant('churn-prod', 'shadow', {
      ...PRODUCTION,
      errors5xx: 0,
      latencyUs: { p50: 40_000, p90: 70_000, p99: 90_000 },
    });
    const r = await runAction('shadow-test', { aws, inputs: inputs() });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', promoted: 'false', 'endpoint-status': 'InService' });
    expect(r.outputs['failed-thresholds']).toBe('["shadow.p99_latency <= production.p99_latency * 1.1"]');
    expect(aws.calls('StopInferenceExperiment')[0]!.body).toMatchObject({
      ModelVariantActions: { AllTraffic: 'Retain', shadow: 'Remove' },
      DesiredState: 'Completed',
      Reason: '1 threshold(s) failed: shadow.p99_latency <= production.p99_latency * 1.1',
    });
    expect(aws.calls('StopInferenceExperiment')[0]!.body.DesiredModelVariants).toBeUndefined();
    expect(r.stdout).toContain(
      '::error::shadow test failed, shadow removed and endpoint churn-prod left on AllTraffic: shadow.p99_latency <= production.p99_latency * 1.1 (p99_latency 90 is not <= 57.2)',
    );
    expect(endpointConfig()).toBe(before);
    expect(hosting.endpoints.get('churn-prod')!.status).toBe('InService');
    expect(aws.calls('UpdateEndpoint')).toHaveLength(0);
    expect(r.summary).toContain('### ❌ Shadow test: 1 of 2 thresholds failed');
    expect(r.summary).toContain(
      '**Outcome:** shadow removed; `AllTraffic` (model `churn-prod-4f2c1a9-0a1b2c`) keeps serving',
    );
  });

  it('passing, but the package is not Approved: the approval gate holds it; the shadow is removed', async () => {
    const pending = registry.addPackage('churn').arn;
    metrics.setVariant('churn-prod', 'shadow', PRODUCTION);
    const r = await runAction('shadow-test', { aws, inputs: inputs({ 'model-package-arn': pending }) });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', promoted: 'false' });
    expect(r.stdout).toContain(
      '::warning::not promoted: thresholds passed, but the package is PendingManualApproval, not Approved: the approval gate holds promotion',
    );
    expect(aws.calls('StopInferenceExperiment')[0]!.body.ModelVariantActions).toEqual({
      AllTraffic: 'Retain',
      shadow: 'Remove',
    });
  });

  it('agreement from the captured outputs, paired by inference id', async () => {
    metrics.setVariant('churn-prod', 'shadow', PRODUCTION);
    const line = (id: string, out: string) =>
      JSON.stringify({
        captureData: {
          endpointInput: { observedContentType: 'text/csv', mode: 'INPUT', data: '1,2,3', encoding: 'CSV' },
          endpointOutput: { observedContentType: 'text/csv', mode: 'OUTPUT', data: out, encoding: 'CSV' },
        },
        eventMetadata: { eventId: `e-${id}-${out}`, inferenceId: id, inferenceTime: '2026-12-01T17:40:00Z' },
        eventVersion: '0',
      });
    const ids = Array.from({ length: 50 }, (_, i) => `req-${i}`);
    aws.putObject(
      'churn-capture',
      'shadow/churn-prod/AllTraffic/2026/12/01/17/a.jsonl',
      ids.map((id) => line(id, '0.8')).join('\n'),
    );
    aws.putObject(
      'churn-capture',
      'shadow/churn-prod/shadow/2026/12/01/17/b.jsonl',
      ids.map((id, i) => line(id, i < 2 ? '0.1' : '0.8')).join('\n'),
    );
    const r = await runAction('shadow-test', {
      aws,
      inputs: inputs({ 'data-capture-s3-uri': 's3://churn-capture/shadow', thresholds: 'agreement >= 0.98' }),
    });
    expect(r.exitCode).toBe(1);
    expect(aws.calls('CreateInferenceExperiment')[0]!.body.DataStorageConfig).toEqual({
      Destination: 's3://churn-capture/shadow',
    });
    expect(JSON.parse(r.outputs.metrics!).agreement).toBe(0.96);
    expect(r.summary).toContain('**Agreement:** 48 of 50 captured requests answered alike');
    expect(r.stdout).toContain('agreement >= 0.98 (agreement 0.96 is not >= 0.98)');
  });

  it('cancelled: stops the experiment removing the shadow, and says what state the endpoint is in', async () => {
    const r = await runAction('shadow-test', {
      aws,
      inputs: inputs({ duration: '2h' }),
      signal: { name: 'SIGINT', when: /Shadow test .*: Running/ },
    });
    expect(r.exitCode).toBe(1);
    expect(aws.calls('StopInferenceExperiment')[0]!.body).toMatchObject({
      ModelVariantActions: { AllTraffic: 'Retain', shadow: 'Remove' },
      DesiredState: 'Cancelled',
    });
    expect(r.stdout).toMatch(
      /::error::cancelled: stopped shadow test churn-prod-shadow-\S+; the shadow variant is being removed; endpoint churn-prod is Updating and keeps serving production variant AllTraffic \(model churn-prod-4f2c1a9-0a1b2c\)/,
    );
  });

  it('not running within an hour: stops the experiment, removes the shadow, fails', async () => {
    experiments.startMs = 2 * 3_600_000;
    const r = await runAction('shadow-test', { aws, inputs: inputs() });
    expect(r.exitCode).toBe(1);
    expect(aws.calls('StopInferenceExperiment')[0]!.body).toMatchObject({
      ModelVariantActions: { AllTraffic: 'Retain', shadow: 'Remove' },
      DesiredState: 'Cancelled',
    });
    expect(r.stdout).toMatch(
      /::error::shadow test churn-prod-shadow-\S+ did not start running within 1h \(still Starting\): stopped it; the shadow variant is being removed; endpoint churn-prod is Updating/,
    );
    expect(aws.calls('GetMetricData')).toHaveLength(0);
  });

  it('a retried step attaches to the experiment it started', async () => {
    metrics.setVariant('churn-prod', 'shadow', PRODUCTION);
    const first = await runAction('shadow-test', {
      aws,
      inputs: inputs(),
      signal: { name: 'SIGKILL', when: /Started shadow test/ },
    });
    expect(first.exitCode).not.toBe(0);
    const again = await runAction('shadow-test', { aws, inputs: inputs() });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('exists (an earlier try of this step started it): attaching to it');
    expect(aws.calls('CreateInferenceExperiment')).toHaveLength(1);
    expect(again.outputs.promoted).toBe('true');
  });

  it.each([
    [{ thresholds: 'shadow.p99_latency <= baseline * 1.1' }, "input 'thresholds' line 1"],
    [
      { thresholds: 'production.error_rate <= 0.01' },
      'input \'thresholds\' line 1 ("production.error_rate <= 0.01"): expected a metric name',
    ],
    [
      { thresholds: 'shadow.accuracy >= 0.9' },
      'input \'thresholds\' line 1 ("shadow.accuracy >= 0.9"): the left side must be one of',
    ],
    [
      { thresholds: 'agreement >= 0.98' },
      'input \'thresholds\' line 1 ("agreement >= 0.98") needs data-capture-s3-uri',
    ],
    [{ 'sampling-percentage': '0' }, "input 'sampling-percentage'"],
    [{ duration: '31d' }, "input 'duration'"],
    [{ 'agreement-tolerance': '-1' }, "input 'agreement-tolerance' must be a number ≥ 0"],
  ])('refuses %j before any AWS call', async (over, message) => {
    const r = await runAction('shadow-test', { aws, inputs: inputs(over) });
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toContain(`::error::${message}`);
    expect(aws.requests).toHaveLength(0);
  });

  it('30% faults (throttling, 5xx, dropped connections) change nothing', async () => {
    metrics.setVariant('churn-prod', 'shadow', PRODUCTION);
    aws.faults({ rate: 0.3, kinds: ['throttle', '500', '503', 'drop'], seed: 5 });
    const r = await runAction('shadow-test', { aws, inputs: inputs() });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.promoted).toBe('true');
    expect(aws.calls('CreateInferenceExperiment')).toHaveLength(1);
    expect(aws.calls('StopInferenceExperiment')).toHaveLength(1);
    expect(aws.requests.filter((q) => q.fault).length).toBeGreaterThan(2);
  });

  it('runs as the CLI (promote shadow)', async () => {
    metrics.setVariant('churn-prod', 'shadow', PRODUCTION);
    const r = await runCli(
      ['promote', 'shadow', ...Object.entries(inputs()).flatMap(([k, v]) => [`--${k}`, v])],
      { aws },
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('promoted=true');
  });
});
