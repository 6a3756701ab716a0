import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import type { RunInfo } from '../../../src/core/run-info.js';
import type { CommandSpec } from '../../../src/core/spec/types.js';
import { execute } from '../../../src/hosts/execute.js';
import type { AnyCommandRun, Host, HostRuntime } from '../../../src/hosts/host.js';

/**
 * A host for running a command's `run` in this process (no bundle, no child): inputs as a
 * workflow's `with:` gives them, outputs, log lines and the summary recorded. AWS and GitHub are
 * the loopback sandboxes, reached through the environment exactly as the bundled actions reach them.
 */
export interface FakeRun {
  code: number;
  outputs: Record<string, unknown>;
  /** Every log line, prefixed by its level (`info:`, `warning:`, `error:`...). */
  log: string[];
  /** Error lines only (what the step's failure says). */
  errors: string[];
  summary: string;
  printed: string[];
}

export const REPOSITORY = 'acme/churn-model';
export const SHA = 'fe1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5';

export function runInfo(over: Partial<RunInfo> = {}): RunInfo {
  return {
    repository: REPOSITORY,
    sha: SHA,
    ref: 'refs/heads/main',
    runId: '9876543210',
    runAttempt: '1',
    job: 'train',
    step: '__run_2',
    runUrl: `https://github.com/${REPOSITORY}/actions/runs/9876543210/attempts/1`,
    actor: 'dana',
    triggeringActor: 'dana',
    eventName: 'push',
    workspace: mkdtempSync(join(tmpdir(), 'sagemaker-cicd-inprocess-')),
    serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:9',
    ...over,
  };
}

export interface FakeOptions {
  env?: Record<string, string>;
  run?: Partial<RunInfo>;
  /** The sandbox's clock (time scaled), so the command and the sandbox agree on the time. */
  clock?: { now(): number; scale: number };
}

// The SDK's default credential chain reads the process environment (the sandbox accepts any keys).
process.env.AWS_ACCESS_KEY_ID ??= 'AKIDEXAMPLE';
process.env.AWS_SECRET_ACCESS_KEY ??= 'secret';

/** Runs a command in process, through the same parsing and error handling as the real hosts. */
export async function runInProcess(
  spec: CommandSpec,
  run: AnyCommandRun,
  inputs: Record<string, string>,
  options: FakeOptions = {},
): Promise<FakeRun> {
  const result: FakeRun = { code: -1, outputs: {}, log: [], errors: [], summary: '', printed: [] };
  const secrets: string[] = [];
  const hide = (t: string) => secrets.reduce((s, v) => s.split(v).join('***'), t);
  const line = (level: string) => (m: string) => void result.log.push(`${level}: ${hide(m)}`);
  const host: Host = {
    setOutput: (name, value) => void (result.outputs[name] = value),
    appendSummary: async (markdown) => void (result.summary += `${markdown}\n`),
    print: (text) => void result.printed.push(hide(text)),
    remoteLine: line('remote'),
    mask: (v) => void (v && secrets.push(v)),
    info: line('info'),
    debug: () => {},
    warning: line('warning'),
    error: (m) => {
      result.errors.push(hide(m));
      line('error')(m);
    },
    group: async (title, fn) => {
      line('group')(title);
      return fn();
    },
    env: {
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'us-east-1',
      ...options.env,
    },
    clock: sandboxTime(options.clock),
    signal: new AbortController().signal,
    run: runInfo(options.run),
    debugMode: false,
  };
  const runtime: HostRuntime = {
    host,
    raw: (name) => inputs[name],
    // As the runner does: action.yml defaults are applied, so an empty expression default is refused.
    parseOptions: { runnerAppliesDefaults: true },
    inputLabel: (name) => `input '${name}'`,
    exitCode: (err) => (err instanceof UserError ? err.exitCode : 1),
  };
  result.code = (await execute(runtime, spec, run)).code;
  return result;
}

/** The command's clock: the sandbox's time, its sleeps shortened by the same scale. */
function sandboxTime(clock: FakeOptions['clock'] = { now: () => Date.now(), scale: 1 }) {
  return {
    now: () => clock.now(),
    sleep: (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms / clock.scale);
        signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      }),
  };
}
