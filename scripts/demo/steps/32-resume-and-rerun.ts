import { churnScript } from '../../../test/sandbox/aws/sagemaker-executions.js';
import { changeRepository } from '../../../test/sandbox/git-change.js';
import { churnPipeline, PIPELINE } from '../worlds.js';
import type { DemoStep } from '../context.js';

/**
 * Running again only what is needed: last night's run that failed in Evaluate for lack of capacity
 * is resumed (retry-pipeline: the 12 minutes of preprocessing and training are not run again), and
 * a pull request that changes only the evaluation code re-runs Evaluate and what follows it
 * (`selected-steps: auto`), reusing the rest from main's latest succeeded execution.
 */
const step: DemoStep = {
  title: 'Resume a failed run; re-run only what a change touches',
  async run(ctx) {
    const { runs } = churnPipeline(ctx);
    const failed = runs.addRun(
      PIPELINE,
      'nightly0002',
      ctx.aws.now() - 3_600_000,
      churnScript({ capacityFailAt: 'Evaluate', scale: 0.25 }),
    );
    ctx.say(`  (sandbox: ${failed.arn} failed in Evaluate: insufficient capacity)`);
    const resumed = await ctx.run('retry-pipeline', { inputs: { 'execution-arn': failed.arn } });
    if (resumed.exitCode !== 0) throw new Error('retry-pipeline failed');

    // main's latest succeeded execution, started by the toolkit on a push to main.
    const main = runs.world.executions.find((e) => e.arn.endsWith('/nightly0001'))!;
    main.description = 'Started by sagemaker-cicd for acme/churn-model@0a1b2c3, ref refs/heads/main';
    const repo = changeRepository(
      ['src/preprocess/run.py', 'src/train/train.py', 'src/evaluate/evaluate.py'],
      ['src/evaluate/evaluate.py'],
      {
        '.github/sagemaker-steps.yml':
          'Preprocess: [src/preprocess/]\nTrain: [src/train/, config/train.yaml]\nEvaluate: [src/evaluate/]\n',
      },
    );
    ctx.say(
      '  (the pull request changes src/evaluate/evaluate.py; .github/sagemaker-steps.yml maps steps to paths)',
    );
    const rerun = await ctx.run('start-pipeline', {
      ...repo,
      inputs: { 'pipeline-name': PIPELINE, 'selected-steps': 'auto', wait: 'true' },
    });
    if (rerun.exitCode !== 0) throw new Error('start-pipeline (selected-steps: auto) failed');
  },
};
export default step;
