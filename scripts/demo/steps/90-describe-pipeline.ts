import { PipelinesWorld } from '../../../test/sandbox/aws/sagemaker-pipelines.js';
import type { DemoStep } from '../context.js';

/** Look back at the pipeline: its recent executions, as a later job or a person would see them. */
const step: DemoStep = {
  title: "Describe the pipeline's recent executions",
  async run(ctx) {
    const world = (ctx.worlds.pipelines ??= new PipelinesWorld(ctx.aws)) as PipelinesWorld;
    if (!world.pipelines.has('churn-train')) world.addPipeline('churn-train');
    if (!world.executions.length) {
      const now = ctx.aws.now();
      world.addExecution('churn-train', {
        id: 'nightly0001',
        status: 'Succeeded',
        startTime: now - 86_400_000,
        displayName: 'nightly',
      });
    }
    const r = await ctx.run('describe-pipeline', {
      inputs: { 'pipeline-name': 'churn-train', 'max-results': '5' },
    });
    if (r.exitCode !== 0) throw new Error('describe-pipeline failed');
  },
};
export default step;
