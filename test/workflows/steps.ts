import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { AwsSandbox } from '../sandbox/aws/server.js';
import type { GitHubSandbox } from '../sandbox/github.js';
import { parseOutputFile, runAction } from '../sandbox/runner.js';
import { UnsupportedError } from './expressions.js';
import { STAND_INS } from './stand-ins.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

/** What a `uses:` names: an action of this toolkit (its action.yml), or a third-party stand-in. */
export type ActionRef =
  | { kind: 'toolkit'; dir: string; dist: string; inputs: Record<string, { default?: string }> }
  | { kind: 'stand-in'; name: string };

/**
 * `./actions/<name>` and `./` (this repository checked out), `<toolkit>/actions/<name>@<ref>` and
 * `<toolkit>@<ref>` (the root action) where `<toolkit>` is the owner/repo the workflows were
 * written for; known third-party actions by owner/repo. Anything else is refused.
 */
export function resolveUses(uses: string, toolkitRepos: string[]): ActionRef {
  let dir: string | undefined;
  if (uses === './' || uses === '.') dir = ROOT;
  else if (uses.startsWith('./actions/')) dir = join(ROOT, uses.slice(2));
  else {
    const m = /^([\w.-]+\/[\w.-]+)(\/[\w./-]+)?@([\w./-]+)$/.exec(uses);
    if (!m) throw new UnsupportedError(`uses: '${uses}' is not an action reference the runner knows`);
    const [, repo, sub] = m;
    if (toolkitRepos.includes(repo!)) dir = sub ? join(ROOT, sub.slice(1)) : ROOT;
    else if (!sub && STAND_INS[repo!]) return { kind: 'stand-in', name: repo! };
    else
      throw new UnsupportedError(
        `uses: '${uses}' has no stand-in in the test workflow runner (known: ${Object.keys(STAND_INS).join(', ')})`,
      );
  }
  const file = join(dir, 'action.yml');
  if (!existsSync(file)) throw new UnsupportedError(`uses: '${uses}': ${file} does not exist`);
  const action = parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
    runs: { using: string; main: string; pre?: string; post?: string };
  };
  if (action.runs.using !== 'node24' || action.runs.pre || action.runs.post)
    throw new UnsupportedError(`uses: '${uses}': only node24 actions without pre/post steps are supported`);
  const main = resolve(dir, action.runs.main);
  const dist = /[/\\]dist[/\\]([\w-]+)[/\\]index\.js$/.exec(main)?.[1];
  if (!dist || resolve(ROOT, 'dist', dist, 'index.js') !== main)
    throw new UnsupportedError(`uses: '${uses}': runs.main ${action.runs.main} is not a bundled dist/ entry`);
  return { kind: 'toolkit', dir, dist, inputs: action.inputs ?? {} };
}

export interface StepRun {
  exitCode: number | null;
  outputs: Record<string, string>;
  /** Variables the step exported (GITHUB_ENV). */
  env: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  aws: AwsSandbox | undefined;
  github: GitHubSandbox | undefined;
  event: Record<string, unknown>;
  eventName: string;
  /** The runner's variables, the job's and step's env, and exported variables. */
  env: Record<string, string>;
  workspace: string;
}

export async function runToolkitAction(
  dist: string,
  inputs: Record<string, string>,
  o: ExecOptions,
): Promise<StepRun> {
  const r = await runAction(dist, {
    aws: o.aws,
    github: o.github,
    inputs,
    event: o.event,
    eventName: o.eventName,
    env: o.env,
    cwd: o.workspace,
    timeoutMs: 120_000,
  });
  return {
    exitCode: r.exitCode,
    outputs: r.outputs,
    env: parseOutputFile(readFileSync(join(r.workdir, 'env'), 'utf8')),
    summary: r.summary,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

/** A `run:` step, as the runner runs it: `bash --noprofile --norc -eo pipefail {0}`. */
export async function runBash(script: string, o: ExecOptions): Promise<StepRun> {
  const dir = mkdtempSync(join(tmpdir(), 'workflow-run-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_PATH: join(dir, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const scriptFile = join(dir, 'script.sh');
  writeFileSync(scriptFile, script);
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
    cwd: o.workspace,
    env: { PATH: process.env.PATH ?? '', HOME: dir, ...(o.aws?.env() ?? {}), ...o.env, ...files },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  return {
    exitCode,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseOutputFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    stdout,
    stderr,
  };
}
