import { MODEL_GROUP, churnPipeline } from '../worlds.js';
import { EventBridgeWorld } from '../../../test/sandbox/aws/eventbridge.js';
import type { DemoStep } from '../context.js';

const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger';

/** The factory starts itself: new data in S3 retrains, and an approval in the registry deploys. */
const step: DemoStep = {
  title: 'Wire the triggers: S3 uploads retrain, approvals deploy (EventBridge)',
  async run(ctx) {
    churnPipeline(ctx);
    const events = (ctx.worlds.events ??= new EventBridgeWorld(ctx.aws)) as EventBridgeWorld;
    events.eventBridgeBuckets.add('churn-data');
    const inputs = {
      name: 'churn-on-data',
      kind: 's3',
      bucket: 'churn-data',
      prefix: 'train/',
      suffix: '.csv',
      'pipeline-name': 'churn-train',
      'pipeline-parameters': 'InputData: s3://churn-data/train/',
      'role-arn': ROLE,
      'dead-letter-queue-arn': 'arn:aws:sqs:us-east-1:123456789012:churn-trigger-dlq',
    };
    const first = await ctx.run('create-trigger', { inputs });
    if (first.exitCode !== 0) throw new Error('create-trigger failed');
    ctx.say('\n  Applying the same trigger again changes nothing:');
    const again = await ctx.run('create-trigger', { inputs });
    if (again.outputs.changed !== 'false') throw new Error('second apply was not a no-op');
    const upload = {
      source: 'aws.s3',
      'detail-type': 'Object Created',
      detail: { bucket: { name: 'churn-data' }, object: { key: 'train/2026-11-24.csv' } },
    };
    ctx.say(
      `\n  An upload of s3://churn-data/train/2026-11-24.csv matches: ${events
        .matches(upload)
        .map((r) => r.Name)
        .join(', ')}`,
    );

    const approval = await ctx.run('create-trigger', {
      inputs: {
        name: 'deploy-on-approval',
        kind: 'model-approved',
        'model-package-group': MODEL_GROUP,
        target: 'github-workflow',
        repository: 'acme/churn-model',
        workflow: 'sagemaker-deploy.yml',
        'github-token': 'ghp_demo_token_not_real',
        'role-arn': ROLE,
      },
    });
    if (approval.exitCode !== 0) throw new Error('create-trigger (model-approved) failed');
  },
};
export default step;
