import { CodePipelineWorld } from '../../../test/sandbox/aws/codepipeline.js';
import type { DemoStep } from '../context.js';

/**
 * Teams that release through CodePipeline: run it and return when it reaches its manual approval;
 * the approval gate (a later step) answers it.
 */
const step: DemoStep = {
  title: 'Run the release CodePipeline up to its manual approval',
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
    const waiting = await ctx.run('run-codepipeline', {
      inputs: {
        'pipeline-name': 'churn-release',
        variables: 'ModelVersion: "3"',
        'wait-for-approval': 'false',
      },
    });
    if (waiting.outputs['approval-action'] !== 'ProductionGate') throw new Error('no approval reported');
  },
};
export default step;
