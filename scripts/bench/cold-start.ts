/**
 * Start-up of every bundle under Node 24, in one run:
 * 1. Load-and-fail: spawn to exit of `node dist/<entry>/index.js` with a required input missing,
 *    interleaved with `node -e 0` (Node's own start-up on this machine, at this moment). The
 *    difference of the medians is the action's own share of start-up: loading its bundle, reading
 *    its inputs, printing the error. Target: ≤ 50 ms.
 * 2. First AWS request: spawn to the first request reaching the loopback sandbox, for the
 *    actions that make one with the inputs below.
 * Medians of RUNS runs each; bundle sizes beside.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { PipelinesWorld } from '../../test/sandbox/aws/sagemaker-pipelines.js';
import { node24 } from '../../test/sandbox/node24.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Number(process.env.COLD_START_RUNS ?? 15);

/** Inputs that take each action to its first AWS request. */
const CASES: Record<string, { inputs: Record<string, string>; setup?: (aws: AwsSandbox) => void }> = {
  'describe-pipeline': {
    inputs: { 'pipeline-name': 'churn-train' },
    setup: (aws) => new PipelinesWorld(aws).addPipeline('churn-train'),
  },
  'build-container': { inputs: { 'project-name': 'churn-container' } },
  'start-pipeline': {
    inputs: { 'pipeline-name': 'churn-train' },
  },
  'wait-pipeline': {
    inputs: {
      'execution-arn': 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train/execution/abc123',
    },
  },
  'report-metrics': {
    inputs: {
      'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/1',
      'github-token': 'x',
    },
  },
  'create-trigger': {
    inputs: {
      name: 'churn-on-data',
      kind: 's3',
      bucket: 'churn-data',
      'pipeline-name': 'churn-train',
      'role-arn': 'arn:aws:iam::123456789012:role/sagemaker-cicd-trigger',
    },
  },
  'run-codepipeline': { inputs: { 'pipeline-name': 'churn-release' } },
  'start-state-machine': {
    inputs: { 'state-machine-arn': 'arn:aws:states:us-east-1:123456789012:stateMachine:churn-release' },
  },
  deploy: {
    inputs: {
      'endpoint-name': 'churn-prod',
      'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/1',
      'instance-type': 'ml.m5.large',
      'instance-count': '2',
      'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-hosting',
    },
  },
  'approve-promotion': {
    inputs: {
      'approval-source': 'model-registry',
      'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/1',
    },
  },
  main: { inputs: { command: 'describe-pipeline', 'pipeline-name': 'churn-train' } },
};

/** argv (after node) that makes each bundle fail on a missing required input. */
function loadAndFail(entry: string): string[] {
  const file = join(ROOT, 'dist', entry, 'index.js');
  // The CLI's `pipeline start` requires --pipeline-name; an action with no INPUT_* lacks its first one.
  return entry === 'cli' ? [file, 'pipeline', 'start'] : [file];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Spawn to exit, in ms, and the exit code. */
async function timeToExit(
  node: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ ms: number; code: number | null }> {
  const started = process.hrtime.bigint();
  const child = spawn(node, args, { env, stdio: ['ignore', 'ignore', 'ignore'] });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, code };
}

async function firstRequest(
  node: string,
  action: string,
  inputs: Record<string, string>,
  aws: AwsSandbox,
): Promise<number | undefined> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...aws.env(), GITHUB_ACTIONS: 'true' };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const before = aws.requests.length;
  const started = Date.now();
  const child = spawn(node, [join(ROOT, 'dist', action, 'index.js')], {
    env,
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  await new Promise((done) => child.on('close', done));
  const first = aws.requests[before];
  return first ? first.time - started : undefined;
}

function size(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((total, f) => total + size(join(path, f)), 0);
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

export default async function coldStart(): Promise<void> {
  const node = node24();
  const entries = readdirSync(join(ROOT, 'dist')).sort();
  console.log(`Node ${process.versions.node} runs this script; bundles run under ${node}, median of ${RUNS}`);
  // Start-up times scale with the machine's load: say what it was.
  const load = () => loadavg()[0]!.toFixed(1);
  console.log(`${cpus().length} CPUs, load average ${load()} at the start`);
  console.log('\n### Load and fail (a required input missing), beside `node -e 0`\n');
  console.log('| entry | load and fail | `node -e 0` | own share | exit code | bundle |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const env = { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true' };
  const shares: number[] = [];
  for (const entry of entries) {
    const bundle: number[] = [];
    const bare: number[] = [];
    let code: number | null = null;
    // Interleaved, so both see the same load on a shared machine.
    for (let i = 0; i < RUNS; i++) {
      bare.push((await timeToExit(node, ['-e', '0'], env)).ms);
      const r = await timeToExit(node, loadAndFail(entry), env);
      bundle.push(r.ms);
      code = r.code;
    }
    const share = median(bundle) - median(bare);
    shares.push(share);
    console.log(
      `| ${entry} | ${ms(median(bundle))} | ${ms(median(bare))} | ${ms(share)} | ${code} | ${kb(size(join(ROOT, 'dist', entry)))} |`,
    );
  }
  console.log(`\nLargest own share: ${ms(Math.max(...shares))} (target ≤ 50 ms); load average ${load()}`);

  console.log('\n### First AWS request (spawn to the first request reaching the sandbox)\n');
  console.log('| action | first AWS request |');
  console.log('| --- | ---: |');
  const aws = new AwsSandbox();
  await aws.start();
  for (const action of entries.filter((e) => CASES[e])) {
    CASES[action]!.setup?.(aws);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = await firstRequest(node, action, CASES[action]!.inputs, aws);
      if (t !== undefined) times.push(t);
    }
    console.log(`| ${action} | ${times.length ? ms(median(times)) : 'no request'} |`);
  }
  console.log(`\ndist/ in total: ${kb(size(join(ROOT, 'dist')))}`);
  await aws.stop();
}
