import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/program.js';
import { VERSION } from '../../../src/version.js';
import { PipelinesWorld } from '../../sandbox/aws/sagemaker-pipelines.js';
import { AwsSandbox } from '../../sandbox/aws/server.js';

/** The CLI on commander, in process: what a terminal or a CodeBuild log shows, and the exit code. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await runCli(argv), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('help and version', () => {
  it('prints help on stdout, every command group listed, exit 0', async () => {
    const r = await cli('--help');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: sagemaker-cicd/);
    for (const word of [
      'pipeline',
      'promote',
      'build',
      'trigger',
      'metrics',
      'codepipeline',
      'init',
      'buildspec',
      'iam-policy',
    ])
      expect(r.stdout).toMatch(new RegExp(`\\n  ${word}\\b`));
  });
  it('`pipeline` alone lists its subcommands', async () => {
    const r = await cli('pipeline');
    expect(r.code).toBe(0);
    for (const sub of ['start', 'wait', 'describe']) expect(r.stdout).toMatch(new RegExp(`\\n  ${sub} `));
  });
  it('a command help shows its options, the bare-number unit of durations, outputs and exit codes', async () => {
    const r = await cli('pipeline', 'start', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--timeout-minutes <value>');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('a bare number counts minutes');
    expect(r.stdout).toContain('Exit codes: 0 success, 1 failed');
  });
  it('`help <command words>` is the command help', async () => {
    const r = await cli('help', 'pipeline', 'describe');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: sagemaker-cicd pipeline describe \[options\]/);
    expect((await cli('help', 'init')).stdout).toMatch(/^Usage: sagemaker-cicd init/);
  });
  it('--version', async () => {
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('bad command lines: exit 2, one clear message', () => {
  it('suggests a misspelled command and subcommand', async () => {
    expect(await cli('pipline')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('(Did you mean pipeline?)'),
    });
    expect(await cli('pipeline', 'strat')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('(Did you mean start?)'),
    });
  });
  it('suggests a misspelled option', async () => {
    const r = await cli('pipeline', 'describe', '--pipeline-name', 'x', '--max-reslts', '3');
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('(Did you mean --max-results?)') });
  });
  it('never takes the next option as a value (a flag that needs a value is not `true`)', async () => {
    const r = await cli(
      'trigger',
      'create',
      '--name',
      'x',
      '--kind',
      's3',
      '--bucket',
      '--role-arn',
      'arn:x',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--bucket needs a value; got the option --role-arn');
  });
  it('enforces choices', async () => {
    const r = await cli('codepipeline', 'run', '--pipeline-name', 'p', '--cancel-mode', 'later');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are stop-and-wait, abandon');
  });
  it('names every missing required option at once', async () => {
    const r = await cli('promote', 'deploy');
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: missing required options: --endpoint-name, --model-package-arn, --execution-role-arn\n',
    });
  });
  it('asks for --instance-type with the default target, a real-time endpoint (checked across inputs)', async () => {
    const r = await cli(
      'promote',
      'deploy',
      '--endpoint-name',
      'churn-prod',
      '--model-package-arn',
      'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3',
      '--execution-role-arn',
      'arn:aws:iam::123456789012:role/hosting',
      '--commit',
      'abc1234',
    );
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: option --instance-type is required with target endpoint: e.g. ml.m5.large\n',
    });
  });
  it('with --json, a failure is {"error": {message, exitCode}} on stdout', async () => {
    const r = await cli('pipeline', 'wait', '--execution-arn', 'nope', '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        message: expect.stringContaining('option --execution-arn items must be a pipeline execution ARN'),
        exitCode: 2,
      },
    });
  });
});

describe('--json outputs with their JSON types', () => {
  const aws = new AwsSandbox();
  const saved = { ...process.env };
  beforeAll(async () => {
    new PipelinesWorld(aws).addPipeline('churn-train');
    await aws.start();
    Object.assign(process.env, aws.env(), { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 's' });
  });
  afterAll(async () => {
    process.env = saved;
    await aws.stop();
  });
  it('lists are JSON arrays, not strings', async () => {
    const r = await cli('pipeline', 'describe', '--pipeline-name', 'churn-train', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      'pipeline-arn': 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train',
      'latest-execution-arn': '',
      'latest-status': '',
      executions: [],
    });
  });
});

describe('buildspec --output', () => {
  it('refuses to overwrite an existing file without --force, like init', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'buildspec-')), 'container.yml');
    writeFileSync(file, 'hand-edited\n');
    const refused = await cli('buildspec', 'container', '--output', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `error: ${file} exists and was left alone; run again with --force to overwrite it\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('hand-edited\n');
    const forced = await cli('buildspec', 'container', '--output', file, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^version: 0\.2/m);
  });
  it('suggests a misspelled buildspec option', async () => {
    const r = await cli('buildspec', 'container', '--ecr-repositry', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean --ecr-repository?');
  });
});
