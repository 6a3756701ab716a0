import { CodePipelineWorld } from '../../../test/sandbox/aws/codepipeline.js';
import { ModelRegistryWorld } from '../../../test/sandbox/aws/sagemaker-model-registry.js';
import { ApprovalsWorld } from '../../../test/sandbox/github-approvals.js';
import type { DemoStep } from '../context.js';

/**
 * The approval gate, on the candidate an earlier step reported on: the job runs in the `production` environment; carol (team acme/ml-leads)
 * approved the deployment. The gate checks her against the approvers, records the approval on
 * the model package with an audit trail, and answers the release pipeline's manual approval.
 */
const step: DemoStep = {
  title: 'Approval gate: a team reviewer approves the promotion',
  async run(ctx) {
    const registry = (ctx.worlds.modelRegistry ??= new ModelRegistryWorld(ctx.aws)) as ModelRegistryWorld;
    const approvals = (ctx.worlds.githubApprovals ??= new ApprovalsWorld(ctx.github)) as ApprovalsWorld;
    // The release pipeline an earlier step ran is waiting at Approve/ProductionGate.
    const release = ctx.worlds.codepipeline as CodePipelineWorld | undefined;
    // The candidate an earlier step worked on (any output named model-package-arn), else a new one.
    const earlier = Object.values(ctx.outputs)
      .map((o) => o['model-package-arn'])
      .filter((arn): arn is string => Boolean(arn) && registry.packages.some((p) => p.arn === arn))
      .at(-1);
    const pkg = earlier
      ? registry.find(earlier)
      : (registry.packages.filter((p) => p.status === 'PendingManualApproval').at(-1) ??
        registry.addPackage('churn', { description: 'candidate from the demo pipeline' }));
    approvals.teams.set('acme/ml-leads', ['carol']);
    // The change under review: pull request #42, written by dana and erin (never the approver).
    if (!approvals.pulls.pulls.has(42)) approvals.pulls.open(42, 'dana', ['dana', 'erin']);
    approvals.reviews.set('9876543210', [{ login: 'carol', state: 'approved', environment: 'production' }]);
    const r = await ctx.run('approve-promotion', {
      inputs: {
        'github-token': 'ghs_demo',
        environment: 'production',
        approvers: 'acme/ml-leads',
        'model-package-arn': pkg.arn,
        ...(release
          ? {
              'codepipeline-name': 'churn-release',
              'codepipeline-stage': 'Approve',
              'codepipeline-action': 'ProductionGate',
            }
          : {}),
      },
    });
    if (r.exitCode !== 0) throw new Error('approve-promotion failed');
    ctx.say(
      `\n  Model Registry: ${pkg.arn} is ${registry.find(pkg.arn).status}: "${registry.find(pkg.arn).approvalDescription}"`,
    );
  },
};
export default step;
