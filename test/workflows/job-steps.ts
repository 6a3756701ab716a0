import type { Step } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import {
  UnsupportedError,
  evaluateCondition,
  interpolate,
  mappingToStrings,
  tokenToString,
  type Contexts,
  type Status,
} from './expressions.js';
import type { WorkflowRun, WorkflowRunnerOptions } from './runner.js';
import { STAND_INS } from './stand-ins.js';
import { resolveUses, runBash, runToolkitAction, type ExecOptions, type StepRun } from './steps.js';

export interface StepRecord {
  /** The step's id (`__self`, `__run`... for steps without one, as GitHub names them). */
  id: string;
  name: string;
  uses?: string;
  /** The inputs the step got (with: values and action.yml defaults), for toolkit actions and stand-ins. */
  inputs?: Record<string, string>;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
}

export interface StepInput {
  runner: WorkflowRunnerOptions;
  run: WorkflowRun;
  job: string;
  converted: Step;
  raw: MappingToken;
  index: number;
  ctx: Contexts;
  stepsSoFar: StepRecord[];
  jobState: { env: Record<string, string>; exported: Record<string, string> };
  status: Status;
  oidc: Record<string, string> | undefined;
}

const STEP_KEYS = ['id', 'name', 'if', 'uses', 'run', 'with', 'env', 'shell'];

export async function runStep(s: StepInput): Promise<StepRecord> {
  for (const pair of s.raw) {
    const key = String((pair.key as { value?: unknown }).value);
    if (!STEP_KEYS.includes(key))
      throw new UnsupportedError(
        `job '${s.job}' step ${s.index + 1}: '${key}' is not supported by the test workflow runner`,
      );
  }
  const shell = s.raw.find('shell');
  if (shell && tokenToString(shell, s.ctx, s.status) !== 'bash')
    throw new UnsupportedError(`job '${s.job}' step ${s.index + 1}: only the bash shell is supported`);
  const steps = Object.fromEntries(
    s.stepsSoFar
      .filter((x) => !x.id.startsWith('__'))
      .map((x) => [x.id, { outputs: x.outputs, outcome: x.outcome, conclusion: x.outcome }]),
  );
  const jobEnv = { ...s.jobState.env, ...s.jobState.exported };
  const ctx: Contexts = { ...s.ctx, steps, env: jobEnv };
  const env = { ...jobEnv, ...mappingToStrings(s.raw.find('env'), ctx, s.status) };
  const stepCtx: Contexts = { ...ctx, env };
  const uses = 'uses' in s.converted ? s.converted.uses.value : undefined;
  const name = s.converted.name
    ? tokenToString(s.converted.name, stepCtx, s.status)
    : (uses ??
      `Run ${'run' in s.converted ? String(tokenToString(s.converted.run, stepCtx, s.status)).split('\n')[0] : ''}`);
  const record: StepRecord = {
    id: s.converted.id,
    name,
    ...(uses ? { uses } : {}),
    outcome: 'skipped',
    outputs: {},
    summary: '',
    stdout: '',
    stderr: '',
  };
  const condition = 'if' in s.converted && s.converted.if ? s.converted.if.expression : 'success()';
  if (!evaluateCondition(condition, stepCtx, s.status)) return record;

  const exec: ExecOptions = {
    aws: s.runner.aws,
    github: s.runner.github,
    event: s.run.event.payload,
    eventName: s.run.event.name,
    env: { ...runnerVariables(stepCtx, s.converted.id), ...(s.oidc ?? {}), ...env },
    workspace: s.runner.workspace,
  };
  let result: StepRun;
  if (uses) {
    const given = mappingToStrings(s.raw.find('with'), stepCtx, s.status);
    const action = resolveUses(uses, s.runner.toolkitRepos ?? ['sagemaker-cicd/sagemaker-cicd']);
    if (action.kind === 'stand-in') {
      const standIn = STAND_INS[action.name]!;
      const unknown = Object.keys(given).filter((k) => !standIn.inputs.includes(k));
      if (unknown.length)
        throw new UnsupportedError(`${uses}: the stand-in does not support input(s) ${unknown.join(', ')}`);
      record.inputs = given;
      const r = await standIn.run({ inputs: given, aws: s.runner.aws, oidc: s.oidc });
      Object.assign(s.jobState.exported, r.env ?? {});
      result = {
        exitCode: r.error ? 1 : 0,
        outputs: r.outputs ?? {},
        env: {},
        summary: '',
        stdout: r.error ? `::error::${r.error}\n` : '',
        stderr: '',
      };
    } else {
      const declared = action.inputs;
      const unexpected = Object.keys(given).filter((k) => !(k in declared));
      if (unexpected.length)
        s.run.warnings.push(
          `${uses}: Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
        );
      // The runner passes every declared input that has a default, expanding expressions in it.
      const inputs: Record<string, string> = {};
      for (const [k, def] of Object.entries(declared))
        if (def.default !== undefined) inputs[k] = interpolate(String(def.default), stepCtx, s.status);
      Object.assign(inputs, given);
      record.inputs = inputs;
      result = await runToolkitAction(action.dist, inputs, exec);
    }
  } else if ('run' in s.converted) {
    result = await runBash(tokenToString(s.converted.run, stepCtx, s.status), exec);
  } else {
    throw new UnsupportedError(`job '${s.job}' step ${s.index + 1}: only uses: and run: steps are supported`);
  }
  Object.assign(s.jobState.exported, result.env);
  return {
    ...record,
    outcome: result.exitCode === 0 ? 'success' : 'failure',
    outputs: result.outputs,
    summary: result.summary,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** The runner's GITHUB_* variables, from the github context. */
function runnerVariables(ctx: Contexts, stepId: string): Record<string, string> {
  const g = ctx.github as Record<string, string>;
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: g.repository!,
    GITHUB_REPOSITORY_OWNER: g.repository_owner!,
    GITHUB_SHA: g.sha!,
    GITHUB_REF: g.ref!,
    GITHUB_REF_NAME: g.ref_name!,
    GITHUB_HEAD_REF: g.head_ref!,
    GITHUB_BASE_REF: g.base_ref!,
    GITHUB_EVENT_NAME: g.event_name!,
    GITHUB_RUN_ID: g.run_id!,
    GITHUB_RUN_NUMBER: g.run_number!,
    GITHUB_RUN_ATTEMPT: g.run_attempt!,
    GITHUB_JOB: g.job!,
    GITHUB_ACTION: stepId,
    GITHUB_ACTOR: g.actor!,
    GITHUB_TRIGGERING_ACTOR: g.triggering_actor!,
    GITHUB_WORKFLOW: g.workflow!,
    GITHUB_WORKFLOW_REF: g.workflow_ref!,
    GITHUB_SERVER_URL: g.server_url!,
    GITHUB_API_URL: g.api_url!,
    GITHUB_WORKSPACE: g.workspace!,
  };
}
