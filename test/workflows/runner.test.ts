import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsSandbox } from '../sandbox/aws/server.js';
import { StsWorld } from '../sandbox/aws/sts.js';
import { GitHubSandbox } from '../sandbox/github.js';
import { enableOidc } from '../sandbox/github-oidc.js';
import { ApprovalsWorld } from '../sandbox/github-approvals.js';
import { push, workflowDispatch } from './events.js';
import { WorkflowRunner } from './runner.js';

jest.setTimeout(30_000);
let repo: string;
let github: GitHubSandbox;
let approvals: ApprovalsWorld;
const SHA = 'c0ffee0000000000000000000000000000000001';

beforeEach(async () => {
  repo = mkdtempSync(join(tmpdir(), 'workflow-runner-'));
  mkdirSync(join(repo, '.github/workflows'), { recursive: true });
  github = new GitHubSandbox();
  approvals = new ApprovalsWorld(github);
  await github.start();
});
afterEach(() => github.stop());

const write = (text: string) => writeFileSync(join(repo, '.github/workflows/w.yml'), text);
const onPush = push({ sha: SHA, pusher: 'maria', author: 'maria', message: 'Merge pull request #7' });

describe('the test workflow runner', () => {
  it('runs jobs in needs order and passes step outputs to job outputs and to the jobs that need them', async () => {
    write(`on: push
env:
  GREETING: hello
jobs:
  last:
    needs: [middle]
    runs-on: ubuntu-latest
    steps:
      - run: echo "last got \${{ needs.middle.outputs.word }} on \${{ github.sha }}"
      - run: |
          echo "block \${{ needs.middle.outputs.word }}"
          echo "second line"
  middle:
    needs: first
    runs-on: ubuntu-latest
    outputs:
      word: \${{ steps.say.outputs.word }}
    steps:
      - id: say
        run: echo "word=$GREETING-\${{ needs.first.outputs.n }}" >> "$GITHUB_OUTPUT"
  first:
    runs-on: ubuntu-latest
    outputs:
      n: \${{ steps.count.outputs.n }}
    steps:
      - id: count
        run: echo "n=42" >> "$GITHUB_OUTPUT"
`);
    const run = await new WorkflowRunner({ workspace: repo }).run('w.yml', onPush);
    expect(Object.keys(run.jobs)).toEqual(['first', 'middle', 'last']);
    expect(run.jobs.middle!.outputs).toEqual({ word: 'hello-42' });
    expect(run.jobs.last!.steps[0]!.stdout).toBe(`last got hello-42 on ${SHA}\n`);
    // A block scalar with an expression is its YAML value (indentation removed), expanded.
    expect(run.jobs.last!.steps[1]!.stdout).toBe('block hello-42\nsecond line\n');
    expect(run.conclusion).toBe('success');
  });

  it('honours if: on jobs and steps, with success(), failure() and always()', async () => {
    write(`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: exit 3
      - id: skipped
        run: echo never
      - if: failure()
        run: echo "after failure"
      - if: always() && steps.skipped.outcome == 'skipped'
        run: echo "always runs"
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
  report:
    needs: build
    if: always() && needs.build.result == 'failure'
    runs-on: ubuntu-latest
    steps:
      - run: echo "build failed"
`);
    const run = await new WorkflowRunner({ workspace: repo }).run('w.yml', onPush);
    expect(run.jobs.build!.steps.map((s) => s.outcome)).toEqual(['failure', 'skipped', 'success', 'success']);
    expect(run.jobs.build!.result).toBe('failure');
    expect(run.jobs.deploy).toMatchObject({ result: 'skipped', steps: [] });
    expect(run.jobs.report!.steps[0]!.stdout).toBe('build failed\n');
    expect(run.conclusion).toBe('failure');
  });

  it('types workflow_dispatch inputs, records the concurrency group, and refuses unknown inputs', async () => {
    write(`on:
  workflow_dispatch:
    inputs:
      target: { type: string, required: false, default: staging }
      dry: { type: boolean, default: false }
concurrency:
  group: deploy-\${{ inputs.target }}
jobs:
  show:
    if: inputs.dry == false
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ inputs.target }} \${{ github.event_name }} by \${{ github.actor }}"
`);
    const runner = new WorkflowRunner({ workspace: repo });
    const run = await runner.run('w.yml', workflowDispatch({ workflow: 'w.yml', sha: SHA, actor: 'lee' }));
    expect(run.jobs.show!.steps[0]!.stdout).toBe('staging workflow_dispatch by lee\n');
    expect(run.concurrency).toEqual({ group: 'deploy-staging', cancelInProgress: false });
    const dry = await runner.run(
      'w.yml',
      workflowDispatch({ workflow: 'w.yml', sha: SHA, actor: 'lee', inputs: { dry: 'true' } }),
    );
    expect(dry.jobs.show!.result).toBe('skipped');
    await expect(
      runner.run(
        'w.yml',
        workflowDispatch({ workflow: 'w.yml', sha: SHA, actor: 'lee', inputs: { nope: 'x' } }),
      ),
    ).rejects.toThrow('Unexpected inputs provided: ["nope"]');
    // A push does not trigger a workflow_dispatch-only workflow.
    expect((await runner.run('w.yml', onPush)).triggered).toBe(false);
  });

  it('asks the test who reviews an environment, records the reviews for the approval gate, and stops on a rejection', async () => {
    write(`on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: echo deployed
`);
    const reviewers = ['carol'];
    const runner = new WorkflowRunner({
      workspace: repo,
      approvals,
      reviewEnvironment: () =>
        reviewers.map((login) => ({ login, state: login === 'carol' ? 'approved' : 'rejected' })),
    });
    const ok = await runner.run('w.yml', onPush);
    expect(ok.environmentRequests).toEqual([
      { workflow: 'w.yml', job: 'deploy', environment: 'production', runId: ok.runId },
    ]);
    expect(approvals.reviews.get(ok.runId)).toEqual([
      { login: 'carol', state: 'approved', environment: 'production' },
    ]);
    expect(ok.jobs.deploy!.steps[0]!.stdout).toBe('deployed\n');
    reviewers[0] = 'mallory';
    const refused = await runner.run('w.yml', onPush);
    expect(refused.jobs.deploy).toMatchObject({
      result: 'failure',
      steps: [],
      reason: "the deployment to 'production' was rejected",
    });
  });

  it('configure-aws-credentials assumes the role through the sandbox STS: later steps act as that role', async () => {
    const aws = new AwsSandbox();
    const sts = new StsWorld(aws);
    await aws.start();
    try {
      write(`on: push
permissions:
  id-token: write
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/ci
          aws-region: eu-west-1
      - run: echo "$AWS_REGION $AWS_ACCESS_KEY_ID"
`);
      const oidc = enableOidc(github);
      const run = await new WorkflowRunner({ workspace: repo, aws, github, oidc }).run('w.yml', onPush);
      expect(sts.sessions.map((x) => x.roleArn)).toEqual(['arn:aws:iam::123456789012:role/ci']);
      expect(run.jobs.j!.steps[1]!.stdout).toBe(`eu-west-1 ${sts.sessions[0]!.accessKeyId}\n`);
      // Without id-token: write there is no OIDC token to exchange: the step fails, saying why.
      write(`on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with: { role-to-assume: 'arn:aws:iam::123456789012:role/ci', aws-region: eu-west-1 }
`);
      const denied = await new WorkflowRunner({ workspace: repo, aws, github, oidc }).run('w.yml', onPush);
      expect(denied.jobs.j!.steps[0]!.stdout).toBe(
        "::error::Could not get ID token: the job lacks the 'id-token: write' permission\n",
      );
    } finally {
      await aws.stop();
    }
  });

  it.each([
    [
      'a matrix',
      'strategy:\n      matrix: { n: [1, 2] }\n    ',
      "job 'j': 'strategy' is not supported by the test workflow runner",
    ],
    [
      'continue-on-error on a step',
      '',
      "job 'j' step 1: 'continue-on-error' is not supported by the test workflow runner",
    ],
    [
      'an unknown third-party action',
      '',
      "uses: 'docker/login-action@v3' has no stand-in in the test workflow runner",
    ],
  ])('refuses %s with a clear message instead of skipping it', async (what, jobExtra, message) => {
    const step = what.startsWith('continue')
      ? '- run: echo x\n        continue-on-error: true'
      : what.startsWith('an unknown')
        ? '- uses: docker/login-action@v3'
        : '- run: echo x';
    write(`on: push
jobs:
  j:
    runs-on: ubuntu-latest
    ${jobExtra}steps:
      ${step}
`);
    await expect(new WorkflowRunner({ workspace: repo }).run('w.yml', onPush)).rejects.toThrow(message);
  });
});
