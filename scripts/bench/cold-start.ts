/**
 * Cold start: wall time from spawning `node dist/<action>/index.js` (Node 24) to the first AWS
 * request reaching the sandbox, median of 10; and the bundle size of each entry and of dist/.
 * Actions without a case below are measured to their first line of output instead (load + input
 * check), which is the lower bound of their start-up.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { PipelinesWorld } from '../../test/sandbox/aws/sagemaker-pipelines.js';
import { node24 } from '../../test/sandbox/node24.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = 10;

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

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

async function once(
  node: string,
  action: string,
  inputs: Record<string, string>,
  aws: AwsSandbox,
): Promise<number> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...aws.env(), GITHUB_ACTIONS: 'true' };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const before = aws.requests.length;
  const started = Date.now();
  let firstOutput: number | undefined;
  const child = spawn(node, [join(ROOT, 'dist', action, 'index.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.once('data', () => (firstOutput ??= Date.now()));
  await new Promise((done) => child.on('close', done));
  const first = aws.requests[before];
  if (CASES[action] && first) return first.time - started;
  return (firstOutput ?? Date.now()) - started;
}

function size(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((total, f) => total + size(join(path, f)), 0);
}

export default async function coldStart(): Promise<void> {
  const node = node24();
  const aws = new AwsSandbox();
  await aws.start();
  const actions = readdirSync(join(ROOT, 'dist')).filter((d) => d !== 'cli');
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`Node ${process.versions.node} runs this script; actions run under ${node}`);
  console.log('| entry | first AWS request (median of 10) | bundle |');
  console.log('| --- | --- | --- |');
  for (const action of actions) {
    CASES[action]?.setup?.(aws);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await once(node, action, CASES[action]?.inputs ?? {}, aws));
    const what = CASES[action] ? `${median(times)} ms` : `${median(times)} ms (to input error; no case)`;
    console.log(`| ${action} | ${what} | ${kb(size(join(ROOT, 'dist', action)))} |`);
  }
  console.log(`| cli | | ${kb(size(join(ROOT, 'dist/cli')))} |`);
  console.log(`\ndist/ in total: ${kb(size(join(ROOT, 'dist')))}`);
  await aws.stop();
}
