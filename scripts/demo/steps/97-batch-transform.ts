import { LogsWorld } from '../../../test/sandbox/aws/cloudwatch-logs.js';
import type { CodeBuildWorld } from '../../../test/sandbox/aws/codebuild.js';
import { EndpointsWorld } from '../../../test/sandbox/aws/sagemaker-endpoints.js';
import { ModelRegistryWorld } from '../../../test/sandbox/aws/sagemaker-model-registry.js';
import { TransformJobsWorld } from '../../../test/sandbox/aws/sagemaker-transform.js';
import type { DemoStep } from '../context.js';

/** The model now in production scores the day's customers in bulk: a batch transform job. */
const step: DemoStep = {
  title: "Batch transform: the new model scores today's customers",
  async run(ctx) {
    const registry = (ctx.worlds.modelRegistry ??= new ModelRegistryWorld(ctx.aws)) as ModelRegistryWorld;
    const hosting = (ctx.worlds.endpoints ??= new EndpointsWorld(ctx.aws, registry)) as EndpointsWorld;
    // CloudWatch Logs is served once per sandbox: the build step's world has it.
    const logs = ((ctx.worlds.codebuild as CodeBuildWorld | undefined)?.logs ??
      (ctx.worlds.logs ??= new LogsWorld(ctx.aws))) as LogsWorld;
    const jobs = (ctx.worlds.transformJobs ??= new TransformJobsWorld(
      ctx.aws,
      hosting,
      logs,
    )) as TransformJobsWorld;
    jobs.runMs = 3 * 60_000;
    for (let part = 0; part < 3; part++)
      ctx.aws.putObject('churn-data', `scoring/2026-12-01/customers-${part}.csv`, '42,0.3,12\n43,0.7,3\n');
    const approved =
      ctx.outputs['approve-promotion']?.['model-package-arn'] ??
      registry.addPackage('churn', { status: 'Approved' }).arn;
    const r = await ctx.run('batch-transform', {
      inputs: {
        'model-package-arn': approved,
        'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-batch',
        'input-s3-uri': 's3://churn-data/scoring/2026-12-01',
        'output-s3-uri': 's3://churn-data/scored/2026-12-01',
        'content-type': 'text/csv',
        'split-type': 'Line',
        'batch-strategy': 'MultiRecord',
        'assemble-with': 'Line',
        'join-source': 'Input',
        'instance-type': 'ml.m5.xlarge',
        'instance-count': '2',
      },
    });
    if (r.exitCode !== 0) throw new Error('batch transform failed');
    const written = [...ctx.aws.objects.keys()].filter((k) => k.startsWith('churn-data/scored/'));
    ctx.say(
      `  (sandbox: ${written.length} result files written: ${written.map((k) => k.split('/').pop()).join(', ')})`,
    );
  },
};
export default step;
