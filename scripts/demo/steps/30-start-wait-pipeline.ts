import { PipelinesWorld } from '../../../test/sandbox/aws/sagemaker-pipelines.js';
import { PipelineRuns, churnScript } from '../../../test/sandbox/aws/sagemaker-executions.js';
import type { DemoStep } from '../context.js';

/** Start the training pipeline with checked parameters and wait on its condition step. */
const step: DemoStep = {
  title: 'Start the pipeline and wait on its condition outcome',
  async run(ctx) {
    const world = (ctx.worlds.pipelines ??= new PipelinesWorld(ctx.aws)) as PipelinesWorld;
    const runs = (ctx.worlds.pipelineRuns ??= new PipelineRuns(world)) as PipelineRuns;
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
