import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { push } from '../workflows/events.js';
import { EXECUTION_ROLE, GROUP, startTeam, type Team } from './world.js';

jest.setTimeout(120_000);
let team: Team;
afterEach(async () => {
  // Every request of a journey that succeeds is allowed by the policies init wrote.
  expect(team.denied()).toEqual([]);
  await team.stop();
});

/** dana's pull request #42, merged by maria with a merge commit: the push to main. */
function mergeCommit(team: Team) {
  team.approvals.pulls.open(42, 'dana', ['dana', 'dana']);
  const sha = team.approvals.pulls.merge(42, { method: 'merge', by: 'maria' });
  return push({ sha, pusher: 'maria', author: 'maria', message: 'Merge pull request #42 from acme/tune-lr' });
}

describe('journey: merge and promote', () => {
  it('a merge to main trains, a reviewer who wrote none of the change approves, and the canary deploy puts the new model in service', async () => {
    team = await startTeam();
    const { runner, aws, registry, hosting } = team;
    const merged = mergeCommit(team);
    const run = await runner.run('sagemaker-deploy.yml', merged);
    expect(run.warnings).toEqual([]);
    expect(run.jobs.train!.result).toBe('success');
    expect(run.jobs.deploy!.steps.map((s) => `${s.name}: ${s.outcome}`)).toEqual([
      'actions/checkout@v4: success',
      'Record the approval in the model registry: success',
      'Deploy (canary): success',
    ]);
    expect(run.conclusion).toBe('success');
    // One review was asked for, of the production environment, and carol gave it.
    expect(run.environmentRequests.map((r) => `${r.job} → ${r.environment}`)).toEqual([
      'deploy → production',
    ]);
    // The package the pipeline registered is Approved, with who, where and which commit.
    const registered = run.jobs.train!.outputs['model-package-arn']!;
    // (version 2 came from the previous nightly run and waits unapproved.)
    expect(registered).toBe(registry.packages.filter((p) => p.group === GROUP).at(-1)!.arn);
    const pkg = registry.packages.find((p) => p.arn === registered)!;
    expect(pkg.status).toBe('Approved');
    expect(pkg.approvalDescription).toContain(
      `Approved by carol via GitHub environment approval (production) for acme/churn-model@${merged.sha}`,
    );
    // Deployed with the chosen strategy on the instance type init was given.
    const config = run.jobs.deploy!.steps[2]!.outputs['endpoint-config-name']!;
    expect(aws.calls('CreateModel')[0]!.body).toMatchObject({
      ExecutionRoleArn: EXECUTION_ROLE,
      PrimaryContainer: { ModelPackageName: registered },
    });
    expect((aws.calls('CreateEndpointConfig')[0]!.body.ProductionVariants as object[])[0]).toMatchObject({
      InstanceType: 'ml.m5.large',
      InitialInstanceCount: 1,
    });
    expect(aws.calls('UpdateEndpoint')[0]!.body).toMatchObject({
      EndpointName: 'churn-prod',
      EndpointConfigName: config,
      DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'CANARY' } } },
    });
    expect(hosting.endpoints.get('churn-prod')).toMatchObject({ status: 'InService', configName: config });
  });

  it('when the pipeline registers nothing, no approval is requested, nothing is deployed, and the run says why', async () => {
    team = await startTeam({ outcome: 'False' });
    const { runner, aws, hosting } = team;
    const run = await runner.run('sagemaker-deploy.yml', mergeCommit(team));
    expect(run.jobs.train!.result).toBe('success');
    expect(run.jobs.train!.outputs['model-package-arn']).toBe('');
    expect(run.jobs.deploy).toMatchObject({ result: 'skipped', steps: [] });
    expect(run.environmentRequests).toEqual([]);
    const why = run.jobs.train!.steps.at(-1)!;
    expect(why).toMatchObject({ name: 'Nothing registered, nothing to deploy', outcome: 'success' });
    expect(why.stdout).toContain(
      '::notice title=Nothing to deploy::The pipeline registered no model (condition outcome: false): no approval is requested and nothing is deployed.',
    );
    expect(run.summary).toContain('The pipeline registered no model (condition outcome: false)');
    expect(aws.calls('UpdateModelPackage')).toHaveLength(0);
    expect(aws.calls('CreateModel')).toHaveLength(0);
    expect(aws.calls('UpdateEndpoint')).toHaveLength(0);
    expect(hosting.endpoints.get('churn-prod')!.configName).toBe('churn-prod-v1');
    expect(run.conclusion).toBe('success');
  });
});
