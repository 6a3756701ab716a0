import { churnPipeline } from '../worlds.js';
import type { DemoStep } from '../context.js';

/** Start the training pipeline with checked parameters and wait on its condition step. */
const step: DemoStep = {
  title: 'Start the pipeline and wait on its condition outcome',
  async run(ctx) {
    churnPipeline(ctx);
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
