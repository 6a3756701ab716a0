import { PIPELINE, churnPipeline } from '../worlds.js';
import type { DemoStep } from '../context.js';

/** Look back at the pipeline: its recent executions, as a later job or a person would see them. */
const step: DemoStep = {
  title: "Describe the pipeline's recent executions",
  async run(ctx) {
    churnPipeline(ctx);
    const r = await ctx.run('describe-pipeline', {
      inputs: { 'pipeline-name': PIPELINE, 'max-results': '5' },
    });
    if (r.exitCode !== 0) throw new Error('describe-pipeline failed');
  },
};
export default step;
