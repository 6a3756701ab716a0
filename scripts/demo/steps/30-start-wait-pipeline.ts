import { PipelinesWorld } from '../../../test/sandbox/aws/sagemaker-pipelines.js';
import { PipelineRuns, churnScript } from '../../../test/sandbox/aws/sagemaker-executions.js';
import { ModelRegistryWorld } from '../../../test/sandbox/aws/sagemaker-model-registry.js';
import type { DemoStep } from '../context.js';

/** Start the training pipeline with checked parameters and wait on its condition step. */
const step: DemoStep = {
  title: 'Start the pipeline and wait on its condition outcome',
  async run(ctx) {
    const world = (ctx.worlds.pipelines ??= new PipelinesWorld(ctx.aws)) as PipelinesWorld;
    const runs = (ctx.worlds.pipelineRuns ??= new PipelineRuns(world)) as PipelineRuns;
    const registry = (ctx.worlds.modelRegistry ??= new ModelRegistryWorld(ctx.aws)) as ModelRegistryWorld;
    // The RegisterModel step registers a real package, which the next steps report on and deploy.
    runs.registry = registry;
    if (!registry.packages.some((p) => p.group === 'churn-train-models')) {
      const production = registry.addPackage('churn-train-models', {
        status: 'Approved',
        approvalDescription: 'Approved by mlops-lead in the release of 2026-11-17',
        metrics: {
          binary_classification_metrics: {
            accuracy: { value: 0.91, standard_deviation: 0.005 },
            auc: { value: 0.94, standard_deviation: 0.004 },
            f1: { value: 0.84, standard_deviation: 0.006 },
          },
        },
      });
      ctx.say(`  (sandbox: ${production.arn} is the approved model in production)`);
    }
    if (!world.pipelines.has('churn-train')) {
      // A 15-minute pipeline (15 s at the demo's 60×), and yesterday's run as the timing template.
      runs.addPipeline('churn-train', churnScript({ scale: 0.25 }));
      runs.addRun('churn-train', 'nightly0001', ctx.aws.now() - 86_400_000);
    }
    const r = await ctx.run('start-pipeline', {
      inputs: {
        'pipeline-name': 'churn-train',
        parameters: 'Epochs: 20\nLearningRate: 0.05\nInputData: s3://acme-ml/churn/2026-11-24/',
        wait: 'true',
        'fail-on': 'failed, stopped, condition-false',
      },
    });
    if (r.exitCode !== 0) throw new Error('start-pipeline failed');
  },
};
export default step;
