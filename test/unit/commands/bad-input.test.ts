import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { commands } from '../../../src/commands/index.js';
import type { CommandSpec, InputSpec } from '../../../src/core/spec/types.js';
import type { AnyCommandRun } from '../../../src/hosts/host.js';
import { AwsSandbox } from '../../sandbox/aws/server.js';
import { GitHubSandbox } from '../../sandbox/github.js';
import { runInProcess } from './fake-host.js';

/**
 * Every input of every command, given a bad value for its kind: the command exits 2 with one
 * line naming the input, and sends nothing to AWS or GitHub — whichever other options are set
 * (start-pipeline's wait options are checked even when it does not wait).
 */
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-cicd';
const VALID: Record<string, Record<string, string>> = {
  'approve-promotion': { 'github-token': 'ghs_example' },
  'batch-transform': {
    'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3',
    'execution-role-arn': ROLE,
    'input-s3-uri': 's3://churn-data/scoring',
    'output-s3-uri': 's3://churn-data/scored',
    'instance-type': 'ml.m5.xlarge',
  },
  'build-container': { 'project-name': 'model-build' },
  'create-trigger': {
    name: 'retrain',
    kind: 'schedule',
    schedule: 'rate(1 day)',
    'role-arn': ROLE,
    'pipeline-name': 'churn-train',
  },
  deploy: {
    'endpoint-name': 'churn-prod',
    'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3',
    'instance-type': 'ml.m5.large',
    'execution-role-arn': ROLE,
  },
  'describe-pipeline': { 'pipeline-name': 'churn-train' },
  'drift-baseline': { data: 'train.csv', output: 'baseline.json' },
  'drift-check': {
    baseline: 's3://churn-ml/drift/baseline.json',
    'endpoint-name': 'churn-prod',
    'capture-s3-uri': 's3://churn-ml/capture',
  },
  'report-metrics': { 'evaluation-report': 'report.json' },
  'retry-pipeline': {
    'execution-arn': 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train/execution/abc123',
  },
  'run-codepipeline': { 'pipeline-name': 'churn-release' },
  'shadow-test': {
    'endpoint-name': 'churn-prod',
    'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3',
    'execution-role-arn': ROLE,
  },
  'start-pipeline': { 'pipeline-name': 'churn-train' },
  'start-state-machine': {
    'state-machine-arn': 'arn:aws:states:us-east-1:123456789012:stateMachine:churn-release',
  },
  'wait-pipeline': {
    'execution-arn': 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train/execution/abc123',
  },
};

/** A value each kind refuses (free text refuses by its parser or its length). */
const BAD_TEXT: Record<string, string> = {
  thresholds: 'accuracy ~ 0.9',
  env: '[1, 2]',
  approvers: 'not a login!',
  description: 'x'.repeat(3073),
  input: '{"model": ',
};
function badValue(name: string, input: InputSpec): string {
  switch (input.kind) {
    case 'string':
      return input.multiline ? BAD_TEXT[name]! : 'bad\u0007value';
    case 'integer':
      return 'several';
    case 'duration':
      return '5 parsecs';
    case 'boolean':
      return 'maybe';
    case 'enum':
      return 'no-such-choice';
    case 'list':
      return 'bad\u0001item';
    case 'map':
      return '[1, 2]';
    case 'arn':
      return 'arn:aws:nope';
    case 'json':
      return '{unclosed';
  }
}

const loaded: Record<string, { spec: CommandSpec; run: AnyCommandRun }> = {};
const aws = new AwsSandbox();
const github = new GitHubSandbox();
beforeAll(async () => {
  // One at a time: jest's ESM loader trips over concurrent imports of shared modules.
  for (const [name, load] of Object.entries(commands))
    loaded[name] = { ...(await load.spec()), ...(await load.run()) };
  await Promise.all([aws.start(), github.start()]);
});
afterAll(() => Promise.all([aws.stop(), github.stop()]));

const env = () => ({ ...aws.env(), GITHUB_API_URL: github.url });
const cases = Object.entries(VALID).flatMap(([action, valid]) => [{ action, valid }]);

describe.each(cases)('$action', ({ action, valid }) => {
  it('refuses a bad value of each input with one line naming it, and sends nothing', async () => {
    const { spec, run } = loaded[action]!;
    for (const [name, input] of Object.entries(spec.inputs)) {
      const r = await runInProcess(spec, run, { ...valid, [name]: badValue(name, input) }, { env: env() });
      expect({ name, code: r.code, errors: r.errors.length }).toEqual({ name, code: 2, errors: 1 });
      expect(r.errors[0]).toContain(`input '${name}'`);
      expect(r.errors[0]).not.toContain('\n');
      expect(aws.operations()).toEqual([]);
      expect(github.requests).toEqual([]);
    }
  });

  it('refuses an unevaluated ${{ }} expression and names it', async () => {
    const { spec, run } = loaded[action]!;
    const [name] = Object.keys(valid);
    const r = await runInProcess(spec, run, { ...valid, [name!]: '${{ secrets.MISSING }}' }, { env: env() });
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([expect.stringContaining(`input '${name}' is an unevaluated expression`)]);
    expect(aws.operations()).toEqual([]);
  });

  it('names every missing required input in one line', async () => {
    const { spec, run } = loaded[action]!;
    const required = Object.entries(spec.inputs)
      .filter(([, i]) => i.required)
      .map(([n]) => n);
    const r = await runInProcess(spec, run, {}, { env: env() });
    if (!required.length) return;
    expect(r.code).toBe(2);
    expect(r.errors).toHaveLength(1);
    for (const name of required) expect(r.errors[0]).toContain(`'${name}'`);
    expect(aws.operations()).toEqual([]);
  });
});

it('covers every command (a new command needs its valid inputs above)', () => {
  expect(Object.keys(VALID).sort()).toEqual(Object.keys(commands).sort());
});

describe('an empty github-token (an unset secret)', () => {
  it.each(['approve-promotion', 'report-metrics'])(
    '%s refuses it naming the input, never sends the default text',
    async (action) => {
      const { spec, run } = loaded[action]!;
      const r = await runInProcess(spec, run, { ...VALID[action], 'github-token': '' }, { env: env() });
      expect(r.code).toBe(2);
      expect(r.errors).toEqual([
        "input 'github-token' is empty (an unset secret or variable?): give it a value, or leave it out to use ${{ github.token }}",
      ]);
      expect(github.requests).toEqual([]);
      expect(aws.operations()).toEqual([]);
    },
  );
});
