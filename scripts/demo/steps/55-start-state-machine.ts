import { StepFunctionsWorld } from '../../../test/sandbox/aws/stepfunctions.js';
import type { DemoStep } from '../context.js';

/**
 * Teams whose work spans services beyond SageMaker (Glue, Lambda, batch scoring) orchestrate with
 * Step Functions: run a small state machine and wait on it; the job summary draws it.
 */
const step: DemoStep = {
  title: 'Run the feature-refresh state machine (Step Functions)',
  async run(ctx) {
    const world = (ctx.worlds.stepfunctions ??= new StepFunctionsWorld(ctx.aws)) as StepFunctionsWorld;
    const arn = world.addMachine('churn-feature-refresh', {
      Comment: 'Export features with Glue, check them, then score and baseline in parallel',
      StartAt: 'Export features',
      States: {
        'Export features': {
          Type: 'Task',
          Resource: 'arn:aws:states:::glue:startJobRun.sync',
          Next: 'Enough rows?',
        },
        'Enough rows?': {
          Type: 'Choice',
          Choices: [{ Variable: '$.rows', NumericGreaterThanEquals: 1000, Next: 'Refresh' }],
          Default: 'Too few rows',
        },
        Refresh: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'Batch score',
              States: {
                'Batch score': {
                  Type: 'Task',
                  Resource: 'arn:aws:states:::sagemaker:createTransformJob.sync',
                  End: true,
                },
              },
            },
            {
              StartAt: 'Drift baseline',
              States: {
                'Drift baseline': {
                  Type: 'Task',
                  Resource: 'arn:aws:lambda:us-east-1:123456789012:function:drift-baseline',
                  End: true,
                },
              },
            },
          ],
          Next: 'Done',
        },
        Done: { Type: 'Succeed' },
        'Too few rows': { Type: 'Fail', Error: 'FeaturesIncomplete', Cause: 'fewer than 1000 rows exported' },
      },
    });
    world.tasks.set('Export features', { durationMs: 120_000, output: { rows: 48_213 } });
    world.tasks.set('Batch score', { durationMs: 60_000 });
    world.tasks.set('Drift baseline', { durationMs: 30_000 });
    const r = await ctx.run('start-state-machine', {
      inputs: { 'state-machine-arn': arn, input: '{"date": "2026-12-01"}' },
    });
    if (r.outputs.status !== 'SUCCEEDED') throw new Error(`state machine ${r.outputs.status}`);
  },
};
export default step;
