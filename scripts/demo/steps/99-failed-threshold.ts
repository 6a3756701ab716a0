import { ModelRegistryWorld } from '../../../test/sandbox/aws/sagemaker-model-registry.js';
import { ReportsWorld } from '../../../test/sandbox/github-reports.js';
import { pullRequestEvent } from '../../../test/sandbox/runner.js';
import type { DemoStep } from '../context.js';
import { MODEL_GROUP } from '../worlds.js';

/**
 * Beside the happy path, the failure people meet most: another pull request whose candidate is
 * worse than the model in production. The step fails (exit 1), the check run fails with an
 * annotation, and the comment says which threshold missed; then what the author does next.
 */
const step: DemoStep = {
  title: 'When it fails: a pull request whose model misses a threshold',
  async run(ctx) {
    const registry = (ctx.worlds.modelRegistry ??= new ModelRegistryWorld(ctx.aws)) as ModelRegistryWorld;
    const reports = (ctx.worlds.githubReports ??= new ReportsWorld(ctx.github)) as ReportsWorld;
    const group = registry.packages.some((p) => p.group === MODEL_GROUP) ? MODEL_GROUP : 'churn';
    if (!registry.packages.some((p) => p.group === group && p.status === 'Approved')) {
      registry.addPackage(group, {
        status: 'Approved',
        metrics: { binary_classification_metrics: { accuracy: { value: 0.91 }, auc: { value: 0.94 } } },
      });
    }
    const candidate = registry.addPackage(group, {
      metrics: {
        binary_classification_metrics: {
          accuracy: { value: 0.874, standard_deviation: 0.006 },
          auc: { value: 0.921, standard_deviation: 0.005 },
          f1: { value: 0.85, standard_deviation: 0.006 },
        },
      },
    });
    ctx.say(
      '  Pull request #43 "Try a smaller model" trained a candidate; its workflow runs the same report:',
    );
    const r = await ctx.run('report-metrics', {
      event: pullRequestEvent({ number: 43, author: 'sam' }),
      inputs: {
        'model-package-arn': candidate.arn,
        thresholds: 'accuracy >= 0.9\nauc >= baseline - 0.01\nf1 >= baseline * 0.98',
        'github-token': 'ghs_demo_token',
      },
    });
    if (r.exitCode !== 1)
      throw new Error(`report-metrics should fail on a missed threshold, exit ${r.exitCode}`);
    const check = reports.checkRuns.at(-1);
    if (check) ctx.say(`\n  ── check run "${check.name}" on the commit: ${check.conclusion}`);
    const comment = reports.comments.filter((c) => c.issue === 43).at(-1);
    if (comment) ctx.say(`\n  ── pull request #43 comment\n${comment.body.replace(/^/gm, '  ┃ ')}`);
    ctx.say(
      [
        '',
        '  ── what the author does next',
        '  1. Read the comment: which metric missed, by how much, against which production model.',
        '  2. If the drop is a real regression, fix the change (data, features, hyper-parameters) and',
        '     push: the pipeline runs again and this same comment and check run are updated in place.',
        '  3. If the trade-off is intended (a smaller, cheaper model), change `thresholds` in the',
        '     workflow in the same pull request, so reviewers see and approve the new bar.',
        '  Nothing was promoted: approve-promotion and deploy never run for a failed job.',
      ].join('\n'),
    );
  },
};
export default step;
