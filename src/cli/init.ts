import { Command, CommanderError } from 'commander';
import { STRATEGY_NAMES } from '../core/promotion/strategies.js';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { specs } from '../commands/specs.js';
import { InputError, UserError } from '../core/errors.js';
import { boolean, choice, integer } from '../core/inputs.js';
import { instanceType } from '../core/promotion/names.js';
import { possiblePaths, scaffold, type InitAnswers } from '../core/init/scaffold.js';
import { pipelineName } from '../core/pipelines/names.js';
import { scheduleExpression } from '../core/triggers/schedule.js';
import * as v from '../core/triggers/validate.js';
import type { CliCommand } from './command.js';
import { optionStrings, optionValue } from './options.js';
import { VERSION } from '../version.js';

const FLAGS: Record<string, string> = {
  'pipeline-name': 'SageMaker pipeline the workflows run (required)',
  'model-package-group': 'model package group the pipeline registers into (required)',
  'endpoint-name': 'SageMaker endpoint to deploy to (required)',
  'aws-region': 'AWS region (required)',
  'instance-type': "the endpoint's instance type, e.g. ml.m5.large (required)",
  'instance-count': 'instances behind the endpoint [default: 1]',
  'codebuild-project': 'CodeBuild project that builds the training container (adds a build step)',
  strategy: `deployment strategy: ${STRATEGY_NAMES.join(', ')} [default: blue-green]`,
  environment: 'GitHub environment that gates deployment (add required reviewers) [default: production]',
  actions: 'where the actions live, owner/repo@ref [default: sagemaker-cicd/sagemaker-cicd@v1]',
  'data-bucket': 'trigger: new objects in this bucket start the pipeline',
  'data-prefix': 'trigger: only keys under this prefix',
  schedule: 'trigger: retrain on this EventBridge schedule, e.g. rate(7 days)',
  'drift-alarm': 'trigger: retrain when this CloudWatch alarm fires',
  'deploy-on-approval': 'trigger: approving a model in SageMaker starts the deploy workflow',
  'drift-check':
    'check drift on this cron schedule (UTC), e.g. "0 6 * * *": a workflow, a buildspec, and the drift trigger',
  'drift-baseline': 'drift check: the baseline, s3://… (from drift baseline) (required with --drift-check)',
  'capture-s3-uri':
    "drift check: the endpoint's data capture destination, s3://bucket/prefix; deploy captures there",
  dir: 'repository to write into [default: .]',
  force: 'overwrite files that exist',
};

const REQUIRED = ['pipeline-name', 'model-package-group', 'endpoint-name', 'aws-region', 'instance-type'];

function help(): string {
  const rows = Object.entries(FLAGS).map(([k, d]) => `  --${k.padEnd(22)}${d}\n`);
  return `Usage: sagemaker-cicd init [options]\n\nScaffold GitHub workflows (pull request and deploy), a CodeBuild buildspec, IAM policies and\nEventBridge triggers into a repository. Nothing is overwritten without --force.\n\nOptions:\n${rows.join('')}`;
}

const SWITCHES = ['deploy-on-approval', 'force'];

/** The flags, parsed by commander: a flag that needs a value never becomes `true`; typos get "did you mean". */
function parseFlags(argv: string[]): Record<string, string> {
  const cmd = new Command('init')
    .exitOverride()
    .helpOption(false)
    .showSuggestionAfterError(true)
    .configureOutput({ writeErr: () => {} });
  for (const name of Object.keys(FLAGS))
    if (SWITCHES.includes(name)) cmd.option(`--${name}`);
    else cmd.option(`--${name} <value>`, '', optionValue());
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    const message = err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
    throw new UserError(`${message}; see 'sagemaker-cicd init --help'`, 2);
  }
  return optionStrings(cmd);
}

/** A GitHub Actions schedule: five cron fields (minute hour day month weekday), UTC. */
function cronExpression(input: string, raw: string): string {
  const fields = raw.trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((f) => /^[0-9A-Za-z*/,-]+$/.test(f)))
    throw new InputError(
      input,
      'must be a cron expression of five fields (minute hour day month weekday), e.g. "0 6 * * *"',
      raw,
    );
  return fields.join(' ');
}

function s3Uri(input: string, raw: string): string {
  if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(raw))
    throw new InputError(input, 'must be an s3://bucket/prefix URI', raw);
  return raw;
}

export function parseInit(argv: string[]): { answers: InitAnswers; dir: string; force: boolean } {
  const f = parseFlags(argv);
  const opt = (name: string) => (f[name] ?? '').trim();
  // Every missing required option in one message, so one run tells the user all they must add.
  const missing = REQUIRED.filter((name) => !opt(name));
  if (missing.length)
    throw new UserError(
      `missing required option${missing.length > 1 ? 's' : ''}: ${missing.map((m) => `--${m}`).join(', ')}; see 'sagemaker-cicd init --help'`,
      2,
    );
  const req = opt;
  const pipeline = pipelineName('pipeline-name', req('pipeline-name'));
  if (pipeline.startsWith('arn:')) throw new InputError('pipeline-name', 'must be a name, not an ARN');
  if (pipeline.length > 45)
    throw new InputError(
      'pipeline-name',
      'must be at most 45 characters (trigger rule names are built from it)',
    );
  const region = req('aws-region');
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw new InputError('aws-region', 'must be a region such as us-east-1', region);
  const actions = opt('actions') || 'sagemaker-cicd/sagemaker-cicd@v1';
  if (!/^[\w.-]+\/[\w.-]+@[\w./-]+$/.test(actions))
    throw new InputError('actions', 'must be owner/repo@ref', actions);
  const environment = opt('environment') || 'production';
  if (!/^[\w.-]{1,255}$/.test(environment))
    throw new InputError('environment', 'must be a GitHub environment name', environment);
  const codebuildProject = opt('codebuild-project');
  if (codebuildProject && !/^[A-Za-z0-9][A-Za-z0-9\-_]{1,254}$/.test(codebuildProject))
    throw new InputError('codebuild-project', 'must be a CodeBuild project name', codebuildProject);
  const endpoint = req('endpoint-name');
  if (!/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(endpoint))
    throw new InputError(
      'endpoint-name',
      'must be a SageMaker endpoint name (1-63 letters, digits, hyphens)',
      endpoint,
    );
  const answers: InitAnswers = {
    pipelineName: pipeline,
    modelPackageGroup: v.modelPackageGroup('model-package-group', req('model-package-group')),
    endpointName: endpoint,
    region,
    strategy: choice('strategy', opt('strategy'), STRATEGY_NAMES, 'blue-green'),
    instanceType: instanceType('instance-type', req('instance-type')),
    ...(opt('instance-count')
      ? {
          instanceCount: String(
            integer('instance-count', opt('instance-count'), 1, { min: 1, max: 1000, unit: 'instances' }),
          ),
        }
      : {}),
    environment,
    actions,
    deployOnApproval: boolean('deploy-on-approval', opt('deploy-on-approval'), false),
    toolkitVersion: VERSION,
    ...(codebuildProject ? { codebuildProject } : {}),
    ...(opt('data-bucket') ? { dataBucket: v.bucketName('data-bucket', opt('data-bucket')) } : {}),
    ...(opt('data-prefix') ? { dataPrefix: v.keyPart('data-prefix', opt('data-prefix')) } : {}),
    ...(opt('schedule') ? { schedule: scheduleExpression('schedule', opt('schedule')) } : {}),
    ...(opt('drift-alarm') ? { driftAlarm: v.alarmName('drift-alarm', opt('drift-alarm')) } : {}),
  };
  if (answers.dataPrefix && !answers.dataBucket) throw new InputError('data-prefix', 'needs --data-bucket');
  if (opt('drift-check')) {
    const missingDrift = ['drift-baseline', 'capture-s3-uri'].filter((n) => !opt(n));
    if (missingDrift.length)
      throw new InputError('drift-check', `needs ${missingDrift.map((n) => `--${n}`).join(' and ')}`);
    answers.driftCheck = {
      cron: cronExpression('drift-check', opt('drift-check')),
      baseline: s3Uri('drift-baseline', opt('drift-baseline')),
      captureS3Uri: s3Uri('capture-s3-uri', opt('capture-s3-uri')),
    };
    // The check's alarm is what the drift trigger listens to: one name for both closes the loop.
    answers.driftAlarm ??= `${endpoint}-drift`;
  } else if (opt('capture-s3-uri')) {
    answers.captureS3Uri = s3Uri('capture-s3-uri', opt('capture-s3-uri'));
  }
  return { answers, dir: resolve(opt('dir') || '.'), force: boolean('force', opt('force'), false) };
}

const command: CliCommand = {
  words: ['init'],
  summary: 'Scaffold workflows, a buildspec, IAM policies and triggers into a repository.',
  help,
  async run(argv) {
    if (argv.includes('--help')) {
      process.stdout.write(help());
      return 0;
    }
    let parsed;
    try {
      parsed = parseInit(argv);
    } catch (err) {
      const e = err as UserError;
      const message =
        err instanceof InputError
          ? e.message.replace(`input '${err.input}'`, `option --${err.input}`)
          : e.message;
      process.stderr.write(`error: ${message}\n`);
      return e.exitCode ?? 2;
    }
    const files = scaffold(parsed.answers, specs);
    const existing = Object.keys(files).filter((p) => existsSync(join(parsed.dir, p)));
    // Files an earlier init wrote with other options (a trigger since dropped...): left in place, named.
    const stale = possiblePaths(parsed.answers, specs).filter(
      (p) => !(p in files) && existsSync(join(parsed.dir, p)),
    );
    if (existing.length && !parsed.force) {
      process.stderr.write(
        `error: these files exist and were left alone (nothing was written): ${existing.join(', ')}; run again with --force to overwrite them\n`,
      );
      return 1;
    }
    for (const [path, content] of Object.entries(files)) {
      const full = join(parsed.dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      process.stdout.write(`${existing.includes(path) ? 'overwrote' : 'wrote'} ${path}\n`);
    }
    if (stale.length)
      process.stdout.write(
        `no longer written with these options (left in place; delete them if you no longer want them): ${stale.join(', ')}\n`,
      );
    process.stdout.write(
      `\nNext: set the repository secrets AWS_ROLE_ARN (a role with iam/github-actions-role.json)` +
        `, SAGEMAKER_EXECUTION_ROLE_ARN${Object.keys(files).some((p) => p.includes('triggers')) ? ', TRIGGER_ROLE_ARN (iam/trigger-role.json)' : ''}` +
        `${parsed.answers.deployOnApproval ? ', WORKFLOW_DISPATCH_TOKEN (a token that may run workflows)' : ''}; add required reviewers to the '${parsed.answers.environment}' environment.\n`,
    );
    return 0;
  },
};
export default command;
