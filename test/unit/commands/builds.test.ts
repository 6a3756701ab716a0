import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { run as buildRun } from '../../../src/commands/build-container/run.js';
import { spec as buildSpec } from '../../../src/commands/build-container/spec.js';
import { run as codepipelineRun } from '../../../src/commands/run-codepipeline/run.js';
import { spec as codepipelineSpec } from '../../../src/commands/run-codepipeline/spec.js';
import { CodeBuildWorld, standardScenario } from '../../sandbox/aws/codebuild.js';
import { CodePipelineWorld } from '../../sandbox/aws/codepipeline.js';
import { AwsSandbox } from '../../sandbox/aws/server.js';
import { scaledClock } from '../../sandbox/clock.js';
import { SHA, runInProcess } from './fake-host.js';

/** build-container and run-codepipeline, run in process against the AWS sandbox. */
jest.setTimeout(30_000);
let aws: AwsSandbox;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(600) });
  await aws.start();
});
afterEach(() => aws.stop());

const options = () => ({ env: aws.env(), clock: aws.clock });

describe('build-container run()', () => {
  it('starts the build with typed overrides, streams its log through the host, and outputs its variables', async () => {
    const IMAGE_URI = `123456789012.dkr.ecr.us-east-1.amazonaws.com/model:${SHA}`;
    const world = new CodeBuildWorld(aws);
    world.addProject('churn-image', standardScenario({ buildMs: 60_000, lines: 5, exported: { IMAGE_URI } }));
    const r = await runInProcess(
      buildSpec,
      buildRun,
      {
        'project-name': 'churn-image',
        'compute-type': 'build_general1_medium',
        'timeout-minutes': '1h',
        env: 'STAGE: test',
      },
      options(),
    );
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({
      'build-status': 'SUCCEEDED',
      'image-uri': IMAGE_URI,
      'exported-variables': { IMAGE_URI },
    });
    expect(r.log.filter((l) => l.startsWith('remote: '))).toHaveLength(5);
    expect(aws.calls('StartBuild')[0]!.body).toMatchObject({
      projectName: 'churn-image',
      sourceVersion: SHA,
      computeTypeOverride: 'BUILD_GENERAL1_MEDIUM',
      timeoutInMinutesOverride: 60,
      environmentVariablesOverride: [{ name: 'STAGE', value: 'test', type: 'PLAINTEXT' }],
    });
  });

  it('refuses a source version with a newline before StartBuild', async () => {
    const r = await runInProcess(
      buildSpec,
      buildRun,
      { 'project-name': 'churn-image', 'source-version': 'main\nx' },
      options(),
    );
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([expect.stringMatching(/^input 'source-version' must not contain newlines/)]);
    expect(aws.operations()).toEqual([]);
  });
});

describe('run-codepipeline run()', () => {
  it('starts with variables and follows the stages to success', async () => {
    new CodePipelineWorld(aws).addPipeline('churn-deploy', [
      { name: 'Source', actions: [{ name: 'Checkout', durationMs: 60_000 }] },
      { name: 'Deploy', actions: [{ name: 'Endpoint', durationMs: 120_000 }] },
    ]);
    const r = await runInProcess(
      codepipelineSpec,
      codepipelineRun,
      { 'pipeline-name': 'churn-deploy', variables: 'Stage: prod', timeout: '30m' },
      options(),
    );
    expect(r.errors).toEqual([]);
    expect(r.outputs.status).toBe('Succeeded');
    expect((r.outputs.stages as { name: string }[]).map((s) => s.name)).toEqual(['Source', 'Deploy']);
    expect(aws.calls('StartPipelineExecution')[0]!.body).toMatchObject({
      name: 'churn-deploy',
      variables: [{ name: 'Stage', value: 'prod' }],
    });
  });
});
