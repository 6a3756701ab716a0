import { ModelRegistryWorld } from '../../../test/sandbox/aws/sagemaker-model-registry.js';
import { ReportsWorld } from '../../../test/sandbox/github-reports.js';
import type { DemoStep } from '../context.js';

const quality = (m: Record<string, number>) => ({
  binary_classification_metrics: Object.fromEntries(
    Object.entries(m).map(([k, v]) => [k, { value: v, standard_deviation: 0.005 }]),
  ),
});

/**
 * Report the candidate's metrics on the pull request against the model in production (the latest
 * Approved package in the group). The candidate is the package an earlier step registered (any
 * output named model-package-arn), else one registered here.
 */
const step: DemoStep = {
  title: "Report the candidate's metrics on the pull request",
  async run(ctx) {
    const registry = (ctx.worlds.modelRegistry ??= new ModelRegistryWorld(ctx.aws)) as ModelRegistryWorld;
    const reports = (ctx.worlds.githubReports ??= new ReportsWorld(ctx.github)) as ReportsWorld;
    const earlier = Object.values(ctx.outputs)
      .map((o) => o['model-package-arn'])
      .find((arn) => arn && registry.packages.some((p) => p.arn === arn));
    const group = earlier ? registry.find(earlier).group : 'churn';
    if (!registry.packages.some((p) => p.group === group && p.status === 'Approved')) {
      const base = registry.addPackage(group, { metrics: quality({ accuracy: 0.91, auc: 0.94, f1: 0.84 }) });
      base.status = 'Approved';
      ctx.say(`  (sandbox: ${base.arn} is the approved model in production)`);
    }
    const candidate =
      earlier ??
      registry.addPackage(group, { metrics: quality({ accuracy: 0.93, auc: 0.95, f1: 0.83 }) }).arn;
    const r = await ctx.run('report-metrics', {
      inputs: {
        'model-package-arn': candidate,
        thresholds: 'accuracy >= 0.9\nauc >= baseline - 0.01\nf1 >= baseline * 0.98',
        'github-token': 'ghs_demo_token',
      },
    });
    if (r.exitCode !== 0) throw new Error('report-metrics failed');
    const comment = reports.comments.at(-1);
    if (comment)
      ctx.say(`\n  ── pull request comment #${comment.id}\n${comment.body.replace(/^/gm, '  ┃ ')}`);
  },
};
export default step;
