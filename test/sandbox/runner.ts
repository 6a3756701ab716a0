import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AwsSandbox } from './aws/server.js';
import type { GitHubSandbox } from './github.js';
import { node24 } from './node24.js';
import { cliCommand, recordRun } from './iam-recording.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

export interface RunOptions {
  /** Inputs by their action.yml names; become INPUT_<NAME> as the runner sets them. */
  inputs?: Record<string, string>;
  aws?: AwsSandbox;
  github?: GitHubSandbox;
  /** The event payload (GITHUB_EVENT_PATH); default: a pull_request event from the same repository. */
  event?: Record<string, unknown>;
  eventName?: string;
  env?: Record<string, string>;
  /** Send this signal when `when` first matches a line of stdout (or after `afterMs`). */
  signal?: { name: NodeJS.Signals; when?: RegExp; afterMs?: number };
  /** Kill the process after this long (a test safety net). Default 60 s. */
  timeoutMs?: number;
  cwd?: string;
}

export interface RunResult {
  exitCode: number | null;
  /** Outputs read back from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The job summary (GITHUB_STEP_SUMMARY). */
  summary: string;
  stdout: string;
  stderr: string;
  /** Wall time of the child process. */
  ms: number;
  /** Wall time from the signal to the exit, when a signal was sent. */
  msAfterSignal?: number;
  workdir: string;
}

export const REPOSITORY = 'acme/churn-model';
export const HEAD_SHA = '4f2c1a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39';

export function pullRequestEvent(overrides: { number?: number; fork?: boolean; author?: string } = {}) {
  const repo = { full_name: REPOSITORY, name: 'churn-model', owner: { login: 'acme' } };
  const head = overrides.fork
    ? { full_name: 'outsider/churn-model', name: 'churn-model', owner: { login: 'outsider' } }
    : repo;
  return {
    action: 'synchronize',
    number: overrides.number ?? 42,
    pull_request: {
      number: overrides.number ?? 42,
      title: 'Tune learning rate',
      user: { login: overrides.author ?? 'dana' },
      head: { sha: HEAD_SHA, ref: 'tune-lr', repo: head },
      base: { sha: '0123456789abcdef0123456789abcdef01234567', ref: 'main', repo },
    },
    repository: repo,
    sender: { login: overrides.author ?? 'dana' },
  };
}

/** Runs `dist/<action>/index.js` under Node 24 exactly as the runner does. */
export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  const workdir = mkdtempSync(join(tmpdir(), `sagemaker-cicd-${action}-`));
  const files = {
    GITHUB_OUTPUT: join(workdir, 'output'),
    GITHUB_STEP_SUMMARY: join(workdir, 'summary.md'),
    GITHUB_ENV: join(workdir, 'env'),
    GITHUB_PATH: join(workdir, 'path'),
    GITHUB_STATE: join(workdir, 'state'),
    GITHUB_EVENT_PATH: join(workdir, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? pullRequestEvent()));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workdir,
    RUNNER_TEMP: workdir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.cwd ?? workdir,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'fe1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5',
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_JOB: 'train',
    GITHUB_ACTION: '__run_2',
    GITHUB_ACTOR: 'dana',
    GITHUB_TRIGGERING_ACTOR: 'dana',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.github?.url ?? 'http://127.0.0.1:9',
    GITHUB_WORKFLOW: 'model',
    ...files,
    ...(options.aws?.env() ?? {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const entry = join(ROOT, 'dist', action, 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run 'npm run build' first`);
  const firstRequest = options.aws?.requests.length ?? 0;
  const started = Date.now();
  const child = spawn(node24(), [entry], {
    env,
    cwd: options.cwd ?? workdir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let signalledAt: number | undefined;
  const sendSignal = () => {
    if (signalledAt === undefined && options.signal) {
      signalledAt = Date.now();
      child.kill(options.signal.name);
    }
  };
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (options.signal?.when?.test(stdout)) sendSignal();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timers = [setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)];
  if (options.signal?.afterMs !== undefined) timers.push(setTimeout(sendSignal, options.signal.afterMs));
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const ended = Date.now();
  timers.forEach(clearTimeout);
  recordRun(options.aws, firstRequest, action);
  return {
    exitCode,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    stdout,
    stderr,
    ms: ended - started,
    msAfterSignal: signalledAt === undefined ? undefined : ended - signalledAt,
    workdir,
  };
}

/** Runs the bundled CLI (`dist/cli/index.js`) as CodeBuild would: no GitHub variables. */
export async function runCli(
  args: string[],
  options: { aws?: AwsSandbox; env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
) {
  const workdir = mkdtempSync(join(tmpdir(), 'sagemaker-cicd-cli-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workdir,
    CODEBUILD_BUILD_ID: 'churn-build:0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e',
    CODEBUILD_BUILD_NUMBER: '7',
    CODEBUILD_RESOLVED_SOURCE_VERSION: HEAD_SHA,
    CODEBUILD_SOURCE_REPO_URL: `https://github.com/${REPOSITORY}.git`,
    CODEBUILD_SRC_DIR: options.cwd ?? workdir,
    ...(options.aws?.env() ?? {}),
    ...options.env,
  };
  const firstRequest = options.aws?.requests.length ?? 0;
  const started = Date.now();
  const child = spawn(node24(), [join(ROOT, 'dist/cli/index.js'), ...args], {
    env,
    cwd: options.cwd ?? workdir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearTimeout(timer);
  recordRun(options.aws, firstRequest, cliCommand(args));
  const outputs = Object.fromEntries(
    stdout
      .split('\n')
      .map((l) => /^([a-z][a-z0-9-]*)=(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => [m[1]!, m[2]!]),
  );
  return { exitCode, stdout, stderr, outputs, ms: Date.now() - started, workdir };
}

/** Parses the runner's output file: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}
