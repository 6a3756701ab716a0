import { CodePipelineWorld } from '../../../test/sandbox/aws/codepipeline.js';
import type { DemoStep } from '../context.js';

/** Teams that deploy through CodePipeline: run it, see the approval it waits on, approve it. */
const step: DemoStep = {
  title: 'Run a CodePipeline with a manual approval',
  async run(ctx) {
    const world = (ctx.worlds.codepipeline ??= new CodePipelineWorld(ctx.aws)) as CodePipelineWorld;
    world.addPipeline('churn-release', [
      { name: 'Source', actions: [{ name: 'Checkout', durationMs: 30_000 }] },
      { name: 'Approve', actions: [{ name: 'ProductionGate', kind: 'approval' }] },
      {
        name: 'Deploy',
        actions: [{ name: 'Endpoint', durationMs: 240_000, summary: 'blue/green complete' }],
      },
    ]);
    const inputs = { 'pipeline-name': 'churn-release', variables: 'ModelVersion: "3"' };
    const waiting = await ctx.run('run-codepipeline', {
      inputs: { ...inputs, 'wait-for-approval': 'false' },
    });
    if (waiting.outputs['approval-action'] !== 'ProductionGate') throw new Error('no approval reported');
    ctx.say('\n  A reviewer approves ProductionGate; the same step (same token) follows it to the end:');
    world.decide('churn-release', 'Approve', 'ProductionGate', 'Approved');
    const done = await ctx.run('run-codepipeline', { inputs });
    if (done.outputs.status !== 'Succeeded') throw new Error('CodePipeline did not succeed');
  },
};
export default step;
