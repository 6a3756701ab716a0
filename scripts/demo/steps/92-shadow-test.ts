import { EndpointsWorld } from '../../../test/sandbox/aws/sagemaker-endpoints.js';
import { ExperimentsWorld } from '../../../test/sandbox/aws/sagemaker-experiments.js';
import { MetricsWorld } from '../../../test/sandbox/aws/cloudwatch-metrics.js';
import { ModelRegistryWorld } from '../../../test/sandbox/aws/sagemaker-model-registry.js';
import type { DemoStep } from '../context.js';

/**
 * Before any user depends on it, the approved candidate answers a copy of production's traffic
 * for a while (a SageMaker shadow test); CloudWatch and the captured outputs say whether it is as
 * fast, as reliable and answers alike. Here it only judges (promote: false): the canary rolls out.
 */
const step: DemoStep = {
  title: 'Shadow test: the candidate answers a copy of production traffic',
  async run(ctx) {
    const registry = (ctx.worlds.modelRegistry ??= new ModelRegistryWorld(ctx.aws)) as ModelRegistryWorld;
    const hosting = (ctx.worlds.endpoints ??= new EndpointsWorld(ctx.aws, registry)) as EndpointsWorld;
    const experiments = (ctx.worlds.experiments ??= new ExperimentsWorld(
      ctx.aws,
      hosting,
    )) as ExperimentsWorld;
    const metrics = (ctx.worlds.metrics ??= new MetricsWorld(ctx.aws)) as MetricsWorld;
    // At demo speed (60×), starting and stopping the shadow take a second each.
    experiments.startMs = 60_000;
    experiments.stopMs = 60_000;
    if (!hosting.endpoints.has('churn-prod'))
      experiments.addProductionEndpoint('churn-prod', {
        variant: 'AllTraffic',
        model: 'churn-prod-lastweek',
        instanceType: 'ml.m5.large',
        count: 4,
        config: 'churn-prod-lastweek',
      });
    const candidate =
      ctx.outputs['approve-promotion']?.['model-package-arn'] ??
      registry.addPackage('churn', { status: 'Approved' }).arn;
    const traffic = { invocations: 9_000, errors4xx: 2, errors5xx: 0 };
    metrics.setVariant('churn-prod', 'AllTraffic', {
      ...traffic,
      latencyUs: { p50: 18_000, p90: 30_000, p99: 51_000 },
    });
    metrics.setVariant('churn-prod', 'shadow', {
      ...traffic,
      latencyUs: { p50: 17_000, p90: 29_000, p99: 53_000 },
    });
    // Both variants' captured answers: 200 requests, 197 answered alike.
    const line = (id: number, score: string) =>
      JSON.stringify({
        captureData: {
          endpointOutput: { observedContentType: 'text/csv', mode: 'OUTPUT', data: score, encoding: 'CSV' },
        },
        eventMetadata: {
          eventId: `${id}-${score}`,
          inferenceId: `req-${id}`,
          inferenceTime: '2026-12-01T09:12:00Z',
        },
        eventVersion: '0',
      });
    const ids = Array.from({ length: 200 }, (_, i) => i);
    ctx.aws.putObject(
      'churn-capture',
      'shadow/churn-prod/AllTraffic/2026/12/01/09/a.jsonl',
      ids.map((i) => line(i, '0.82')).join('\n'),
    );
    ctx.aws.putObject(
      'churn-capture',
      'shadow/churn-prod/shadow/2026/12/01/09/b.jsonl',
      ids.map((i) => line(i, i < 3 ? '0.41' : '0.82')).join('\n'),
    );
    const r = await ctx.run('shadow-test', {
      inputs: {
        'endpoint-name': 'churn-prod',
        'model-package-arn': candidate,
        'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-hosting',
        'sampling-percentage': '100',
        duration: '10m',
        'data-capture-s3-uri': 's3://churn-capture/shadow',
        thresholds:
          'shadow.p99_latency <= production.p99_latency * 1.1\nshadow.error_rate <= 0.001\nagreement >= 0.98',
        promote: 'false',
      },
    });
    if (r.exitCode !== 0) throw new Error('shadow test failed');
  },
};
export default step;
