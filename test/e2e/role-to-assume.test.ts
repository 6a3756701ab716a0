import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsSandbox, GitHubSandbox, runAction } from './harness.js';
import { PipelinesWorld } from '../sandbox/aws/sagemaker-pipelines.js';
import { StsWorld } from '../sandbox/aws/sts.js';
import { enableOidc } from '../sandbox/github-oidc.js';
import { PipelineRuns, churnScript } from '../sandbox/aws/sagemaker-executions.js';
import { scaledClock } from './harness.js';

let aws: AwsSandbox;
let github: GitHubSandbox;
let sts: StsWorld;
let oidcEnv: Record<string, string>;
const ROLE = 'arn:aws:iam::123456789012:role/github-sagemaker';

beforeEach(async () => {
  aws = new AwsSandbox();
  github = new GitHubSandbox();
  await Promise.all([aws.start(), github.start()]);
  new PipelinesWorld(aws).addPipeline('churn-train');
  sts = new StsWorld(aws);
  oidcEnv = enableOidc(github);
});
afterEach(() => Promise.all([aws.stop(), github.stop()]));

describe('role-to-assume (any AWS action)', () => {
  it("exchanges the job's OIDC token for a role session and signs with it", async () => {
    const r = await runAction('describe-pipeline', {
      aws,
      github,
      env: oidcEnv,
      inputs: { 'pipeline-name': 'churn-train', 'role-to-assume': ROLE, 'role-duration-seconds': '7200' },
    });
    expect(r.exitCode).toBe(0);
    const oidc = github.find('GET', '/_services/token/oidc');
    expect(oidc).toHaveLength(1);
    expect(oidc[0]!.query.get('audience')).toBe('sts.amazonaws.com');
    const [assume] = aws.calls('AssumeRoleWithWebIdentity');
    expect(assume!.body).toMatchObject({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: ROLE,
      RoleSessionName: 'sagemaker-cicd-9876543210-1',
      DurationSeconds: '7200',
    });
    const session = sts.sessions[0]!;
    for (const call of aws.calls('DescribePipeline')) {
      expect(String(call.headers.authorization)).toContain(`Credential=${session.accessKeyId}/`);
    }
    // The OIDC token and the session secrets are masked before anything could print them.
    expect(r.stdout).toContain(`::add-mask::${session.webIdentityToken}`);
    expect(r.stdout).toContain(`Assumed role ${ROLE}`);
  });

  it('outlives its role sessions: a 60-minute wait on 15-minute sessions is refreshed, never refused', async () => {
    // 600x: a 900-second session lasts 1.5 real seconds; the 60-minute pipeline takes 6.
    const fast = new AwsSandbox({ clock: scaledClock(600) });
    const runs = new PipelineRuns(new PipelinesWorld(fast));
    const fastSts = new StsWorld(fast);
    await fast.start();
    try {
      runs.addPipeline('churn-train', churnScript({ scale: 1 }));
      const r = await runAction('start-pipeline', {
        aws: fast,
        github,
        env: oidcEnv,
        timeoutMs: 30_000,
        inputs: {
          'pipeline-name': 'churn-train',
          wait: 'true',
          'role-to-assume': ROLE,
          'role-duration-seconds': '900',
        },
      });
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe('Succeeded');
      expect(fastSts.expiredRefusals).toBe(0);
      // At least one new session per 15 sandbox minutes of the 60-minute wait.
      expect(fastSts.sessions.length).toBeGreaterThanOrEqual(4);
      expect(r.stdout).toContain(`Refreshed role ${ROLE}`);
    } finally {
      await fast.stop();
    }
  }, 40_000);

  it('refuses a malformed role or duration before any call', async () => {
    const bad = await runAction('describe-pipeline', {
      aws,
      github,
      env: oidcEnv,
      inputs: { 'pipeline-name': 'churn-train', 'role-to-assume': 'github-sagemaker' },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain("::error::input 'role-to-assume' must be an IAM role ARN");
    const long = await runAction('describe-pipeline', {
      aws,
      github,
      env: oidcEnv,
      inputs: { 'pipeline-name': 'churn-train', 'role-to-assume': ROLE, 'role-duration-seconds': '50000' },
    });
    expect(long.stdout).toContain(
      `::error::input 'role-duration-seconds' must be a duration from 15m to 12h, such as 90s, 15m or 2h (a bare number counts seconds), got "50000"`,
    );
    expect(aws.requests).toHaveLength(0);
  });

  it('says how to grant id-token: write when the job has no OIDC token', async () => {
    const r = await runAction('describe-pipeline', {
      aws,
      inputs: { 'pipeline-name': 'churn-train', 'role-to-assume': ROLE },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('add `permissions: id-token: write` to the job');
    expect(aws.requests).toHaveLength(0);
  });
});
