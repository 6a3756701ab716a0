import { CloudWatchWorld } from '../../../test/sandbox/aws/cloudwatch.js';
import { EventBridgeWorld } from '../../../test/sandbox/aws/eventbridge.js';
import { EventDelivery } from '../../../test/sandbox/aws/eventbridge-delivery.js';
import { captureKey, captureLine, driftRows, trainingCsv } from '../../../test/sandbox/drift-data.js';
import type { DemoStep } from '../context.js';
import { churnPipeline } from '../worlds.js';

const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger';

/**
 * The loop closed: the canary deploy captures requests to s3://churn-capture/prod; traffic shifts
 * (customers 25 years older); the drift check finds it, its alarm fires, and the drift rule starts
 * the retraining pipeline.
 */
const step: DemoStep = {
  title: 'Drift: captured traffic → drift check → alarm → retraining',
  async run(ctx) {
    churnPipeline(ctx);
    const events = (ctx.worlds.events ??= new EventBridgeWorld(ctx.aws)) as EventBridgeWorld;
    const cloudwatch = (ctx.worlds.cloudwatch ??= new CloudWatchWorld(ctx.aws)) as CloudWatchWorld;
    const delivery = new EventDelivery(events);
    const deliveries: Promise<unknown>[] = [];
    cloudwatch.stateChangeListeners.push((event) => void deliveries.push(delivery.deliver(event)));

    ctx.aws.putObject('churn-data', 'train/2026-11-24.csv', trainingCsv(driftRows(5000, 1)));
    const baseline = await ctx.run('drift-baseline', {
      inputs: {
        data: 's3://churn-data/train/2026-11-24.csv',
        output: 's3://churn-data/drift/baseline.json',
        exclude: 'churned',
      },
    });
    if (baseline.exitCode !== 0) throw new Error('drift-baseline failed');

    const trigger = await ctx.run('create-trigger', {
      inputs: {
        name: 'churn-on-drift',
        kind: 'drift',
        'alarm-name': 'churn-prod-drift',
        'pipeline-name': 'churn-train',
        'role-arn': ROLE,
      },
    });
    if (trigger.exitCode !== 0) throw new Error('create-trigger (drift) failed');

    // The endpoint's captured requests of the last hour: the customers are 25 years older.
    const rows = driftRows(3000, 7, 25);
    for (let f = 0; f < 3; f++) {
      const lines = rows.slice(f * 1000, (f + 1) * 1000).map((r) => captureLine(r));
      ctx.aws.putObject(
        'churn-capture',
        captureKey('prod', 'churn-prod', 'AllTraffic', ctx.aws.now(), `capture-${f}`),
        lines.join('\n'),
      );
    }
    ctx.say('\n  (sandbox: 3,000 captured requests of churn-prod this hour, ages shifted by 25 years)');
    const check = await ctx.run('drift-check', {
      inputs: {
        baseline: 's3://churn-data/drift/baseline.json',
        'endpoint-name': 'churn-prod',
        'capture-s3-uri': 's3://churn-capture/prod',
        window: '2h',
        thresholds: 'max_psi <= 0.2\nmissing(income) <= 0.05',
        alarm: 'true',
        'alarm-name': 'churn-prod-drift',
      },
    });
    if (check.outputs.outcome !== 'drift') throw new Error('drift-check did not find the drift');
    await Promise.all(deliveries);
    const alarm = cloudwatch.alarms.get('churn-prod-drift');
    const started = delivery.invocations.filter((i) => i.rule === 'churn-on-drift');
    ctx.say(`\n  Alarm churn-prod-drift is ${alarm?.StateValue}: ${alarm?.StateReason}`);
    if (!started.length) throw new Error('the drift rule started nothing');
    ctx.say(`  EventBridge rule churn-on-drift started the retraining pipeline: ${started[0]!.result}`);
  },
};
export default step;
