import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';

jest.setTimeout(30_000);
import { mkdtempSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsSandbox, runAction } from './harness.js';
import { HEAD_SHA } from '../sandbox/runner.js';
import { scaledClock } from '../sandbox/clock.js';
import { CodeBuildWorld, standardScenario, type BuildScenario } from '../sandbox/aws/codebuild.js';

// Sandbox time runs 60× real time: a minute of build is a second of test.
let aws: AwsSandbox;
let world: CodeBuildWorld;
const IMAGE_URI = `123456789012.dkr.ecr.us-east-1.amazonaws.com/model:${HEAD_SHA}`;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(60) });
  world = new CodeBuildWorld(aws);
  await aws.start();
});
afterEach(() => aws.stop());

/** The build's log lines as the step printed them, in order. */
const logLines = (stdout: string) => stdout.split('\n').filter((l) => /^line \d+ of \d+$/.test(l));
const expected = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1} of ${n}`);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-container-ws-'));
  mkdirSync(join(dir, 'buildspecs'));
  writeFileSync(join(dir, 'buildspecs/container.yml'), readFileSync('buildspecs/container.yml'));
  return dir;
}

describe('build-container (bundled action under Node 24)', () => {
  it('starts the build, streams its log, and outputs the exported IMAGE_URI', async () => {
    world.addProject(
      'churn-image',
      standardScenario({ buildMs: 120_000, lines: 40, exported: { IMAGE_URI, IMAGE_TAG: HEAD_SHA } }),
    );
    const cwd = workspace();
    const r = await runAction('build-container', {
      aws,
      cwd,
      inputs: {
        'project-name': 'churn-image',
        buildspec: 'buildspecs/container.yml',
        env: 'ECR_REPOSITORY: model\nTEST_COMMAND: pytest -q --junitxml=/reports/junit.xml',
        'compute-type': 'build_general1_medium',
        'timeout-minutes': '30',
      },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const build = world.builds[0]!;
    expect(r.outputs).toEqual({
      'build-id': build.id,
      'build-arn': `arn:aws:codebuild:us-east-1:123456789012:build/${build.id}`,
      'build-status': 'SUCCEEDED',
      'exported-variables': JSON.stringify({ IMAGE_URI, IMAGE_TAG: HEAD_SHA }),
      IMAGE_URI,
      IMAGE_TAG: HEAD_SHA,
      'image-uri': IMAGE_URI,
    });
    expect(logLines(r.stdout)).toEqual(expected(40));
    const start = aws.calls('StartBuild');
    expect(start).toHaveLength(1);
    expect(start[0]!.body).toEqual({
      projectName: 'churn-image',
      sourceVersion: HEAD_SHA,
      buildspecOverride: readFileSync('buildspecs/container.yml', 'utf8'),
      environmentVariablesOverride: [
        { name: 'ECR_REPOSITORY', value: 'model', type: 'PLAINTEXT' },
        { name: 'TEST_COMMAND', value: 'pytest -q --junitxml=/reports/junit.xml', type: 'PLAINTEXT' },
      ],
      computeTypeOverride: 'BUILD_GENERAL1_MEDIUM',
      timeoutInMinutesOverride: 30,
      idempotencyToken: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      ),
    });
    // build-id is written before the first status poll.
    const output = readFileSync(join(r.workdir, 'output'), 'utf8');
    expect(output.indexOf('build-id')).toBeLessThan(output.indexOf('build-status'));
    for (const call of aws.calls('BatchGetBuilds')) expect(call.body).toEqual({ ids: [build.id] });
    for (const call of aws.calls('GetLogEvents')) {
      expect(call.body).toMatchObject({
        logGroupName: '/aws/codebuild/churn-image',
        startFromHead: true,
        limit: 10000,
      });
    }
    expect(r.summary).toContain(
      `### CodeBuild ✅ SUCCEEDED: [\`${build.id}\`](https://us-east-1.console.aws.amazon.com/codesuite/codebuild/123456789012/projects/churn-image/build/${encodeURIComponent(build.id)}/?region=us-east-1)`,
    );
    expect(r.summary).toContain('| BUILD | ✅ SUCCEEDED | 2m 0s |');
    expect(r.summary).toContain(`| \`IMAGE_URI\` | \`${IMAGE_URI}\` |`);
  });

  it('a failed test phase: exit 1, its context as an error annotation, build-id still an output', async () => {
    world.addProject('churn-image', standardScenario({ failIn: 'BUILD', lines: 5 }));
    const r = await runAction('build-container', { aws, inputs: { 'project-name': 'churn-image' } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['build-id']).toBe(world.builds[0]!.id);
    expect(r.outputs['build-status']).toBe('FAILED');
    expect(r.stdout).toContain(
      '::error title=CodeBuild BUILD phase FAILED::BUILD phase FAILED: COMMAND_EXECUTION_ERROR: Error while executing command: docker run --rm --entrypoint sh "$IMAGE_URI" -c "$TEST_COMMAND". Reason: exit status 1',
    );
    expect(r.stdout).toContain(`::error::build ${world.builds[0]!.id} ended FAILED in BUILD`);
    expect(r.summary).toContain('| BUILD | ❌ FAILED |');
    expect(r.summary).toContain('| POST_BUILD | ✅ SUCCEEDED |');
    expect(logLines(r.stdout)).toEqual(expected(5));
  });

  it('a log stream that appears minutes late: every line, once, in order', async () => {
    const s = standardScenario({ buildMs: 180_000, lines: 30 });
    world.addProject('churn-image', { ...s, logsAfterMs: 60_000, streamAfterMs: 150_000 });
    const r = await runAction('build-container', { aws, inputs: { 'project-name': 'churn-image' } });
    expect(r.exitCode).toBe(0);
    expect(logLines(r.stdout)).toEqual(expected(30));
    expect(aws.calls('GetLogEvents').length).toBeGreaterThan(1);
  });

  it('a 3-minute pause in the output: the lines after it still arrive', async () => {
    const s = standardScenario({ buildMs: 300_000, lines: 10 });
    const first = s.lines[0]!.atMs;
    const lines = s.lines.map((l, i) => ({
      ...l,
      atMs: i < 5 ? first + i * 1000 : first + 5000 + 180_000 + i * 1000,
    }));
    world.addProject('churn-image', { ...s, lines });
    const r = await runAction('build-container', { aws, inputs: { 'project-name': 'churn-image' } });
    expect(r.exitCode).toBe(0);
    expect(logLines(r.stdout)).toEqual(expected(10));
  });

  it('the tail that CloudWatch receives after the build ends is printed', async () => {
    const s = standardScenario({ buildMs: 60_000, lines: 12 });
    const total = s.phases.reduce((t, p) => t + p.durationMs, 0);
    // The last three lines are written at the end of the build and ingested 8 s after it ended.
    const lines = s.lines.map((l, i) =>
      i >= 9 ? { ...l, atMs: total - 100, ingestDelayMs: 8_100 + i * 100 } : l,
    );
    world.addProject('churn-image', { ...s, lines } satisfies BuildScenario);
    const r = await runAction('build-container', { aws, inputs: { 'project-name': 'churn-image' } });
    expect(r.exitCode).toBe(0);
    expect(logLines(r.stdout)).toEqual(expected(12));
  });

  it('cancel: stops the build within 2 seconds and exits non-zero', async () => {
    world.addProject('churn-image', standardScenario({ buildMs: 3_600_000, lines: 10 }));
    const r = await runAction('build-container', {
      aws,
      inputs: { 'project-name': 'churn-image' },
      signal: { name: 'SIGINT', when: /Started build/ },
    });
    expect(r.exitCode).not.toBe(0);
    expect(r.msAfterSignal!).toBeLessThan(2000);
    const id = world.builds[0]!.id;
    expect(aws.calls('StopBuild').map((c) => c.body)).toEqual([{ id }]);
    expect(r.outputs['build-id']).toBe(id);
    expect(r.stdout).toContain(`cancelled: stopped build ${id} (STOPPED)`);
  });

  it('a Secrets Manager variable is sent with its type and never printed', async () => {
    world.addProject('churn-image', standardScenario({ lines: 3 }));
    const r = await runAction('build-container', {
      aws,
      env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' },
      inputs: {
        'project-name': 'churn-image',
        env: 'DB_PASSWORD: {type: SECRETS_MANAGER, value: "prod/db-credentials:password"}\nPARAM: {type: parameter-store, value: /ml/threshold}',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(aws.calls('StartBuild')[0]!.body.environmentVariablesOverride).toEqual([
      { name: 'DB_PASSWORD', value: 'prod/db-credentials:password', type: 'SECRETS_MANAGER' },
      { name: 'PARAM', value: '/ml/threshold', type: 'PARAMETER_STORE' },
    ]);
    // The runner consumes ::add-mask:: lines; nothing else may carry the reference.
    const shown = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain('prod/db-credentials');
    expect(r.stdout).toContain('::add-mask::prod/db-credentials:password');
  });

  it('30% injected faults: no lost or duplicated log line, one build', async () => {
    world.addProject(
      'churn-image',
      standardScenario({ buildMs: 300_000, lines: 300, exported: { IMAGE_URI } }),
    );
    aws.faults({
      rate: 0.3,
      kinds: ['throttle', '500', '503', 'drop', 'drop-after'],
      operations: ['StartBuild', 'BatchGetBuilds', 'GetLogEvents'],
      seed: 11,
    });
    const r = await runAction('build-container', { aws, inputs: { 'project-name': 'churn-image' } });
    expect(r.exitCode).toBe(0);
    expect(world.builds).toHaveLength(1);
    expect(logLines(r.stdout)).toEqual(expected(300));
    expect(r.outputs['image-uri']).toBe(IMAGE_URI);
    expect(aws.requests.filter((q) => q.fault).length).toBeGreaterThan(5);
  });

  it('refuses bad input with one line and no AWS call', async () => {
    world.addProject('churn-image', standardScenario({}));
    const r = await runAction('build-container', {
      aws,
      inputs: { 'project-name': 'churn-image', 'compute-type': 'huge' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.trim()).toMatch(
      /^::error::input 'compute-type' must be one of BUILD_GENERAL1_SMALL, .*, got "huge"$/,
    );
    expect(aws.requests).toHaveLength(0);
  });
});
