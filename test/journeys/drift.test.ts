import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { BaselineBuilder } from '../../src/core/drift/build-baseline.js';
import { captureKey, captureLine, driftRows } from '../sandbox/drift-data.js';
import { push, schedule } from '../workflows/events.js';
import { TRIGGER_ROLE, startTeam, type Team } from './world.js';

jest.setTimeout(120_000);
const MAIN_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
let team: Team;
beforeEach(async () => (team = await startTeam()));
afterEach(async () => {
  // Every request of the journey is allowed by the policies init wrote.
  expect(team.denied()).toEqual([]);
  await team.stop();
});

function baseline(): string {
  const b = new BaselineBuilder({ bins: 10, maxCategories: 50, exclude: [], source: 'train.csv' });
  for (const r of driftRows(3000, 1)) b.add({ ...r });
  return JSON.stringify(b.finish());
}

describe('journey: drift', () => {
  it('the scheduled check passes on steady traffic; on shifted traffic it fails, the alarm fires and the drift rule starts retraining', async () => {
    const { runner, aws, cloudwatch, delivery } = team;
    const applied = await runner.run('sagemaker-triggers.yml', {
      ...push({ sha: MAIN_SHA, pusher: 'maria', author: 'maria', message: 'Add triggers' }),
      changedFiles: ['.github/workflows/sagemaker-triggers.yml'],
    });
    expect(applied.conclusion).toBe('success');
    aws.putObject('churn-data', 'drift/baseline.json', baseline());

    // Steady traffic: the hourly check passes and leaves the alarm OK.
    const put = (rows: ReturnType<typeof driftRows>, file: string) =>
      aws.putObject(
        'churn-data',
        captureKey('capture', 'churn-prod', 'AllTraffic', aws.now(), file),
        rows.map((r) => captureLine(r)).join('\n'),
      );
    put(driftRows(500, 2), 'steady');
    const steady = await runner.run('sagemaker-drift.yml', schedule({ cron: '0 * * * *', sha: MAIN_SHA }));
    expect(steady.triggered).toBe(true);
    expect(steady.conclusion).toBe('success');
    expect(steady.jobs.drift!.steps[0]!.outputs).toMatchObject({
      outcome: 'pass',
      'records-read': '500',
      'alarm-name': 'churn-prod-drift',
    });
    expect(cloudwatch.alarms.get('churn-prod-drift')!.StateValue).toBe('OK');
    await team.settle();
    expect(aws.calls('StartPipelineExecution')).toHaveLength(0);

    // Shifted traffic: the check names the feature and fails; the alarm fires; retraining starts.
    put(driftRows(2000, 3, 25), 'shifted');
    const shifted = await runner.run('sagemaker-drift.yml', schedule({ cron: '0 * * * *', sha: MAIN_SHA }));
    expect(shifted.conclusion).toBe('failure');
    const step = shifted.jobs.drift!.steps[0]!;
    expect(step.outputs).toMatchObject({
      outcome: 'drift',
      'drifted-features': '["age"]',
      'records-read': '2500',
    });
    expect(shifted.summary).toContain('❌ Drift on churn-prod: 1 feature drifted (age)');
    expect(cloudwatch.alarms.get('churn-prod-drift')!.StateValue).toBe('ALARM');
    await team.settle();
    expect(delivery.invocations.at(-1)).toMatchObject({
      rule: 'churn-train-on-drift',
      roleArn: TRIGGER_ROLE,
    });
    expect(aws.calls('StartPipelineExecution')).toHaveLength(1);
    expect(aws.calls('StartPipelineExecution')[0]!.body.PipelineName).toBe('churn-train');
    // The alarm was created once; the second run found it as wanted.
    expect(aws.calls('PutMetricAlarm')).toHaveLength(1);
  });
});
