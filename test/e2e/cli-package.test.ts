import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a user installs: `npm pack` (as the release workflow packs), the tarball installed into an
 * empty folder with no network, then the CLI run through npx with no AWS variables at all, on the
 * machine's Node (20 here, below `engines`: it must still work, and quietly).
 */
const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'sagemaker-cicd-pack-'));
const project = join(dir, 'empty-folder');
let files: string[] = [];

/** The environment without a single AWS_* variable. */
const offline = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));

function npx(args: string[], env: NodeJS.ProcessEnv = offline, cwd = project) {
  const r = spawnSync('npx', ['--offline', '--no-install', 'sagemaker-cicd', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((f) => f.path);
  mkdirSync(project);
  execFileSync('npm', ['init', '-y'], { cwd: project, stdio: 'ignore' });
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed[0]!.filename)], {
    cwd: project,
    stdio: 'ignore',
  });
}, 120_000);

describe('the npm package', () => {
  it('ships the CLI, the bundles, the actions and the buildspecs with README, LICENSE and CHANGELOG; no sources, tests, sandbox or scripts', () => {
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(top).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'action.yml',
      'actions',
      'bin',
      'buildspecs',
      'dist',
      'package.json',
    ]);
    expect(files).toEqual(
      expect.arrayContaining(['bin/sagemaker-cicd.js', 'dist/cli/index.js', 'buildspecs/metrics.yml']),
    );
    for (const name of readdirSync(join(root, 'actions'))) {
      expect(files).toEqual(expect.arrayContaining([`actions/${name}/action.yml`, `dist/${name}/index.js`]));
    }
    expect(files.filter((f) => /(^|\/)(test|sandbox|scripts|src)\/|\.test\.|\.tgz$/.test(f))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules/sagemaker-cicd/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('npx sagemaker-cicd --help and --version work offline with no AWS variables', () => {
    const help = npx(['--help']);
    expect(help.status).toBe(0);
    // Usage text only (stdout or stderr, as the CLI chooses): no warning from npm, Node or the SDK.
    const text = help.stdout + help.stderr;
    expect(text).toMatch(/^Usage: sagemaker-cicd /);
    expect(text).toMatch(/pipeline +describe, retry, start, wait/);
    expect(text).toContain('init');
    expect(text).not.toMatch(/warn/i);
    const version = npx(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const describe = npx(['help', 'pipeline', 'describe']);
    expect(describe.stdout).toContain('--pipeline-name');
  });

  it('init writes a repository and iam-policy prints a policy, offline with no AWS variables', () => {
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    const init = npx(
      [
        'init',
        '--dir',
        repo,
        '--pipeline-name',
        'churn-train',
        '--model-package-group',
        'churn',
        '--endpoint-name',
        'churn',
        '--aws-region',
        'us-east-1',
        '--instance-type',
        'ml.m5.large',
      ],
      offline,
    );
    expect(init.stderr).not.toMatch(/warning|error/i);
    expect(init.status).toBe(0);
    expect(existsSync(join(repo, '.github/workflows'))).toBe(true);
    expect(readdirSync(join(repo, '.github/workflows')).length).toBeGreaterThan(0);

    const policy = npx(['iam-policy', 'start-pipeline']);
    expect(policy).toMatchObject({ status: 0, stderr: '' });
    const doc = JSON.parse(policy.stdout) as { Version: string; Statement: { Action: string[] }[] };
    expect(doc.Version).toBe('2012-10-17');
    expect(doc.Statement.flatMap((s) => s.Action)).toContain('sagemaker:StartPipelineExecution');
  });

  it("an AWS command under Node < 22 prints its own error only, not the AWS SDK's 8-line Node version notice", () => {
    const env = {
      ...offline,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9', // nothing listens: the client is built, the call fails
      AWS_MAX_ATTEMPTS: '1',
    };
    const r = npx(['pipeline', 'describe', '--pipeline-name', 'churn-train'], env);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('NodeVersionSupportWarning');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*ECONNREFUSED/)]);
  });
});
