import type { CommandSpec } from '../spec/types.js';
import { generateBuildspec } from '../buildspecs/generate.js';
import { combinedPolicy, commandPolicy, endpointRollbackAlarms, triggerRole } from '../iam/policy.js';
import { deployWorkflow, prWorkflow, triggersWorkflow } from './workflows.js';
import { driftWorkflow } from './drift-workflow.js';

/** The answers `sagemaker-cicd init` asks for, as flags. */
export interface InitAnswers {
  pipelineName: string;
  modelPackageGroup: string;
  endpointName: string;
  region: string;
  /** CodeBuild project that builds the training container; no build step when unset. */
  codebuildProject?: string;
  strategy: string;
  /** The endpoint's instance type (deploy's required `instance-type`). */
  instanceType: string;
  /** Instances behind the endpoint; deploy's default (1) when unset. */
  instanceCount?: string;
  environment: string;
  /** Where the actions live: `owner/repo@ref`. */
  actions: string;
  /** Triggers, each optional. */
  dataBucket?: string;
  dataPrefix?: string;
  schedule?: string;
  driftAlarm?: string;
  /** A scheduled drift check of the endpoint's captured traffic (its alarm is driftAlarm). */
  driftCheck?: { cron: string; baseline: string; captureS3Uri: string };
  /** Data capture for deploy without a drift check (driftCheck brings its own). */
  captureS3Uri?: string;
  deployOnApproval: boolean;
  /** The toolkit version the buildspec installs. */
  toolkitVersion: string;
}

const ACTIONS_PR = ['build-container', 'start-pipeline', 'wait-pipeline', 'report-metrics'];
const ACTIONS_MAIN = ['start-pipeline', 'wait-pipeline', 'approve-promotion', 'deploy'];

/**
 * The files `init` writes, by path: workflows for pull requests and for main, the CodeBuild
 * buildspec, the IAM policies (from the specs' permissions), and the triggers as a workflow that
 * applies them idempotently. Pure: the CLI writes them.
 */
export function scaffold(a: InitAnswers, specs: Record<string, CommandSpec>): Record<string, string> {
  const files: Record<string, string> = {
    '.github/workflows/sagemaker-pr.yml': prWorkflow(a),
    '.github/workflows/sagemaker-deploy.yml': deployWorkflow(a),
    'buildspecs/pipeline.yml': buildspec(a),
  };
  const triggers = triggersWorkflow(a);
  if (triggers) files['.github/workflows/sagemaker-triggers.yml'] = triggers;
  if (a.driftCheck) {
    files['.github/workflows/sagemaker-drift.yml'] = driftWorkflow(a, a.driftCheck);
    files['buildspecs/drift.yml'] = driftBuildspec(a, a.driftCheck);
  }

  const used = [
    ...new Set([
      ...ACTIONS_PR.filter((n) => n !== 'build-container' || a.codebuildProject),
      ...ACTIONS_MAIN,
      ...(triggers ? ['create-trigger'] : []),
      ...(a.driftCheck ? ['drift-check'] : []),
    ]),
  ];
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const known = used.filter((n) => specs[n]);
  for (const n of known) files[`iam/${n}.json`] = json(commandPolicy(n, specs[n]!.permissions));
  // The role the workflows assume: the union of what their actions need.
  files['iam/github-actions-role.json'] = json(
    combinedPolicy('github-actions-role', Object.fromEntries(known.map((n) => [n, specs[n]!.permissions]))),
  );
  const role = triggerRole({
    pipelines: [a.pipelineName],
    dispatchRules: a.deployOnApproval ? ['deploy-on-approval'] : [],
    region: a.region,
    account: '*',
  });
  files['iam/trigger-role-trust.json'] = json(role.trust);
  files['iam/trigger-role.json'] = json(role.permissions);
  files['iam/endpoint-rollback-alarms.json'] = json(endpointRollbackAlarms());
  return files;
}

/** Every path `init` writes with some options: what an earlier run may have left. */
export function possiblePaths(a: InitAnswers, specs: Record<string, CommandSpec>): string[] {
  const everything: InitAnswers = {
    ...a,
    codebuildProject: a.codebuildProject ?? 'any-project',
    dataBucket: a.dataBucket ?? 'any-bucket',
    schedule: a.schedule ?? 'rate(1 day)',
    driftAlarm: a.driftAlarm ?? 'any-alarm',
    driftCheck: a.driftCheck ?? {
      cron: '0 * * * *',
      baseline: 's3://any/b.json',
      captureS3Uri: 's3://any/c',
    },
    deployOnApproval: true,
  };
  return Object.keys(scaffold(everything, specs));
}

/** The pipeline buildspec, from the buildspec generator (`sagemaker-cicd buildspec pipeline`). */
function buildspec(a: InitAnswers): string {
  const options: Record<string, string> = { 'pipeline-name': a.pipelineName };
  return generateBuildspec('pipeline', (o) => options[o] ?? '', a.toolkitVersion).text;
}

/** The drift check for CodeBuild (started by EventBridge Scheduler), with this endpoint's values. */
function driftBuildspec(a: InitAnswers, d: NonNullable<InitAnswers['driftCheck']>): string {
  const options: Record<string, string> = {
    'endpoint-name': a.endpointName,
    'capture-s3-uri': d.captureS3Uri,
    baseline: d.baseline,
    'alarm-name': a.driftAlarm ?? '',
  };
  return generateBuildspec('drift', (o) => options[o] ?? '', a.toolkitVersion).text;
}
