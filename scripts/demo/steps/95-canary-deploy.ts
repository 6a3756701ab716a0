import { EndpointsWorld } from '../../../test/sandbox/aws/sagemaker-endpoints.js';
import { ModelRegistryWorld } from '../../../test/sandbox/aws/sagemaker-model-registry.js';
import type { DemoStep } from '../context.js';

/**
 * The approved model goes to production with a canary: the endpoint already serves last week's
 * model; 10% of traffic moves first, watched by two alarms, then the rest.
 */
const step: DemoStep = {
  title: 'Deploy: canary to the production endpoint',
  async run(ctx) {
    const registry = (ctx.worlds.modelRegistry ??= new ModelRegistryWorld(ctx.aws)) as ModelRegistryWorld;
    const hosting = (ctx.worlds.endpoints ??= new EndpointsWorld(ctx.aws, registry)) as EndpointsWorld;
    if (!hosting.endpoints.has('churn-prod')) hosting.addEndpoint('churn-prod', 'churn-prod-lastweek');
    // At demo speed (60×) a real 10-minute update would take 10 s: keep it to a few seconds.
    hosting.updateMs = 3 * 60_000;
    const approved =
      ctx.outputs['approve-promotion']?.['model-package-arn'] ??
      registry.addPackage('churn', { status: 'Approved' }).arn;
    const r = await ctx.run('deploy', {
      inputs: {
        'endpoint-name': 'churn-prod',
        'model-package-arn': approved,
        'instance-type': 'ml.m5.large',
        'instance-count': '4',
        'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-hosting',
        strategy: 'Canary10Percent5Minutes',
        'rollback-alarms': 'churn-prod-5xx, churn-prod-p99-latency',
        'data-capture-percent': '20',
        'data-capture-s3-uri': 's3://churn-capture/prod',
      },
    });
    if (r.exitCode !== 0) throw new Error('deploy failed');
  },
};
export default step;
