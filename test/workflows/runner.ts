import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import type { Job } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { AwsSandbox } from '../sandbox/aws/server.js';
import type { GitHubSandbox } from '../sandbox/github.js';
import type { ApprovalsWorld, SandboxReview } from '../sandbox/github-approvals.js';
import { REPOSITORY } from '../sandbox/runner.js';
import {
  UnsupportedError,
  evaluateCondition,
  mappingToStrings,
  tokenToJson,
  type Status,
} from './expressions.js';
import type { WorkflowEvent } from './events.js';
import { checkTrigger, inputsContext } from './triggers.js';
import { runStep, type StepRecord } from './job-steps.js';

/**
 * A workflow runner for tests: reads a workflow with GitHub's parser, runs its jobs in `needs`
 * order (one at a time), evaluates `if:`, env, outputs and concurrency with GitHub's expression
 * library, asks the test who reviews a job's environment, and runs each step through the
 * runner-like harness (toolkit actions), a stand-in (third-party actions) or bash (`run:`).
 * What it does not support is refused with an UnsupportedError, never skipped.
 */
export type Review = Pick<SandboxReview, 'login' | 'state' | 'comment'>;

export interface EnvironmentRequest {
  workflow: string;
  job: string;
  environment: string;
  runId: string;
}

export interface WorkflowRunnerOptions {
  /** The repository the workflows live in (checked out as the workspace). */
  workspace: string;
  aws?: AwsSandbox;
  github?: GitHubSandbox;
  /** Where environment reviews are recorded, for the approval gate to read (`.../runs/{id}/approvals`). */
  approvals?: ApprovalsWorld;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** owner/repo names under which this toolkit's actions are referenced. */
  toolkitRepos?: string[];
  /** Who reviews a job's environment deployment (the test decides); required for jobs with `environment:`. */
  reviewEnvironment?: (request: EnvironmentRequest) => Review[] | Promise<Review[]>;
  /** The OIDC environment (enableOidc) for jobs with `id-token: write`. */
  oidc?: Record<string, string>;
  /** github.token / GITHUB_TOKEN. */
  token?: string;
}

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface JobRecord {
  id: string;
  result: Result;
  outputs: Record<string, string>;
  steps: StepRecord[];
  environment?: string;
  reviews?: Review[];
  /** Why the job did not run its steps (skipped by `if:`, review refused...). */
  reason?: string;
}

export interface WorkflowRun {
  runId: string;
  workflow: string;
  event: WorkflowEvent;
  /** false when the workflow does not run on this event (no jobs then). */
  triggered: boolean;
  concurrency?: { group: string; cancelInProgress: boolean };
  jobs: Record<string, JobRecord>;
  conclusion: Result;
  environmentRequests: EnvironmentRequest[];
  /** Every step's job summary, in order. */
  summary: string;
  /** The runner's warnings (e.g. an input the action does not declare). */
  warnings: string[];
}

export class WorkflowRunner {
  readonly runs: WorkflowRun[] = [];
  private nextRunId = 9876543210;
  private readonly groups = new Map<
    string,
    { run: WorkflowRun; done: Promise<unknown>; cancel: () => void }
  >();

  constructor(readonly options: WorkflowRunnerOptions) {}

  /** Runs `.github/workflows/<file>` of the workspace on an event. */
  async run(file: string, event: WorkflowEvent): Promise<WorkflowRun> {
    const path = join(this.options.workspace, '.github/workflows', file);
    const { template, root } = await load(path);
    const run: WorkflowRun = {
      runId: String(this.nextRunId++),
      workflow: file,
      event,
      triggered: checkTrigger(template, root, event),
      jobs: {},
      conclusion: 'success',
      environmentRequests: [],
      summary: '',
      warnings: [],
    };
    this.runs.push(run);
    if (!run.triggered) {
      run.conclusion = 'skipped';
      return run;
    }
    refuseUnsupportedKeys(
      root,
      ['name', 'run-name', 'on', 'permissions', 'concurrency', 'env', 'jobs'],
      'the workflow',
    );
    const state = { cancelled: false };
    const base = this.baseContexts(run, template, root);
    const concurrency = root.find('concurrency');
    let release = () => {};
    if (concurrency) {
      const c = tokenToJson(concurrency, base, { failed: false, cancelled: false });
      const group = typeof c === 'string' ? c : String((c as Record<string, unknown>).group);
      const cancelInProgress =
        typeof c === 'object' && (c as Record<string, unknown>)['cancel-in-progress'] === true;
      run.concurrency = { group, cancelInProgress };
      const previous = this.groups.get(group);
      // cancel-in-progress cancels the run in the group; otherwise this run waits for it.
      if (previous && cancelInProgress) previous.cancel();
      if (previous) await previous.done;
      let done!: () => void;
      const finished = new Promise<void>((r) => (done = r));
      this.groups.set(group, { run, done: finished, cancel: () => (state.cancelled = true) });
      release = () => {
        done();
        if (this.groups.get(group)?.run === run) this.groups.delete(group);
      };
    }
    try {
      for (const job of order(template))
        run.jobs[job.id.value] = await this.runJob(run, job, root, base, state);
    } finally {
      release();
    }
    run.summary = Object.values(run.jobs)
      .flatMap((j) => j.steps.map((st) => st.summary))
      .filter(Boolean)
      .join('\n');
    const results = Object.values(run.jobs).map((j) => j.result);
    run.conclusion = state.cancelled ? 'cancelled' : results.includes('failure') ? 'failure' : 'success';
    return run;
  }

  private baseContexts(run: WorkflowRun, template: WorkflowTemplate, root: MappingToken) {
    const e = run.event;
    const pr = (e.payload.pull_request ?? undefined) as
      { head: { ref: string }; base: { ref: string } } | undefined;
    const github = {
      token: this.options.token ?? 'ghs_workflowtoken0123456789abcdefABCDEF',
      event: e.payload,
      event_name: e.name,
      sha: e.sha,
      ref: e.ref,
      ref_name: e.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
      head_ref: pr?.head.ref ?? '',
      base_ref: pr?.base.ref ?? '',
      repository: REPOSITORY,
      repository_owner: REPOSITORY.split('/')[0],
      actor: e.actor,
      triggering_actor: e.actor,
      run_id: run.runId,
      run_number: String(this.runs.length),
      run_attempt: '1',
      workflow: workflowName(root, run.workflow),
      workflow_ref: `${REPOSITORY}/.github/workflows/${run.workflow}@${e.ref}`,
      server_url: 'https://github.com',
      api_url: this.options.github?.url ?? 'http://127.0.0.1:9',
      workspace: this.options.workspace,
    };
    return {
      github,
      inputs: inputsContext(template, e),
      vars: this.options.vars ?? {},
      secrets: { GITHUB_TOKEN: github.token, ...this.options.secrets },
    };
  }

  private async runJob(
    run: WorkflowRun,
    job: Job,
    root: MappingToken,
    base: Record<string, unknown>,
    state: { cancelled: boolean },
  ): Promise<JobRecord> {
    const id = job.id.value;
    const raw = rawJob(root, id);
    refuseUnsupportedKeys(
      raw,
      [
        'name',
        'needs',
        'if',
        'runs-on',
        'environment',
        'env',
        'outputs',
        'steps',
        'permissions',
        'timeout-minutes',
        'concurrency',
      ],
      `job '${id}'`,
    );
    const needs = Object.fromEntries(
      (job.needs ?? []).map((n) => [
        n.value,
        { result: run.jobs[n.value]!.result, outputs: run.jobs[n.value]!.outputs },
      ]),
    );
    // Job-level success()/failure(): of the jobs it needs (skipped counts as not successful).
    const needed = Object.values(needs).map((n) => n.result);
    const status: Status = {
      failed: needed.some((r) => r !== 'success'),
      cancelled: state.cancelled,
    };
    const ctx: Record<string, unknown> = { ...base, needs, github: { ...(base.github as object), job: id } };
    const record: JobRecord = { id, result: 'skipped', outputs: {}, steps: [] };
    if (!evaluateCondition(job.if.expression, ctx, status)) {
      record.reason = `if: ${job.if.expression} was false`;
      return record;
    }
    const workflowEnv = mappingToStrings(root.find('env'), ctx, status);
    const env = {
      ...workflowEnv,
      ...mappingToStrings(raw.find('env'), { ...ctx, env: workflowEnv }, status),
    };
    const environment = raw.find('environment');
    if (environment) {
      const e = tokenToJson(environment, ctx, status);
      const name = typeof e === 'string' ? e : String((e as Record<string, unknown>).name);
      record.environment = name;
      const refused = await this.review(run, id, name);
      record.reviews = refused.reviews;
      if (refused.reason) return { ...record, result: 'failure', reason: refused.reason };
    }
    const permissionsToken = raw.find('permissions') ?? root.find('permissions');
    // Without a permissions key the token has the repository's defaults, which never include id-token.
    const permissions = permissionsToken ? tokenToJson(permissionsToken, ctx, status) : {};
    const idToken =
      permissions === 'write-all' ||
      (typeof permissions === 'object' && (permissions as Record<string, string>)['id-token'] === 'write');
    const jobState = { env, exported: {} as Record<string, string>, failed: false };
    const steps = rawSteps(raw, id);
    for (let i = 0; i < job.steps.length; i++) {
      const step = await runStep({
        runner: this.options,
        run,
        job: id,
        converted: job.steps[i]!,
        raw: steps[i]!,
        index: i,
        ctx: {
          ...ctx,
          job: { status: jobState.failed ? 'failure' : 'success' },
          runner: { os: 'Linux', arch: 'X64', temp: '/tmp' },
        },
        stepsSoFar: record.steps,
        jobState,
        status: { failed: jobState.failed, cancelled: state.cancelled },
        oidc: idToken ? this.options.oidc : undefined,
      });
      record.steps.push(step);
      if (step.outcome === 'failure') jobState.failed = true;
    }
    record.result = state.cancelled ? 'cancelled' : jobState.failed ? 'failure' : 'success';
    const stepsContext = Object.fromEntries(
      record.steps
        .filter((s) => !s.id.startsWith('__'))
        .map((s) => [s.id, { outputs: s.outputs, outcome: s.outcome, conclusion: s.outcome }]),
    );
    record.outputs = mappingToStrings(job.outputs, { ...ctx, steps: stepsContext, env }, status);
    return record;
  }

  private async review(run: WorkflowRun, job: string, environment: string) {
    const request = { workflow: run.workflow, job, environment, runId: run.runId };
    run.environmentRequests.push(request);
    if (!this.options.reviewEnvironment || !this.options.approvals)
      throw new UnsupportedError(
        `job '${job}' deploys to environment '${environment}': give the runner reviewEnvironment and approvals`,
      );
    const reviews = await this.options.reviewEnvironment(request);
    const recorded = this.options.approvals.reviews.get(run.runId) ?? [];
    this.options.approvals.reviews.set(run.runId, [
      ...recorded,
      ...reviews.map((r) => ({ ...r, environment })),
    ]);
    const reason = reviews.some((r) => r.state === 'rejected')
      ? `the deployment to '${environment}' was rejected`
      : reviews.some((r) => r.state === 'approved')
        ? undefined
        : `no reviewer approved the deployment to '${environment}'`;
    return { reviews, reason };
  }
}

async function load(path: string): Promise<{ template: WorkflowTemplate; root: MappingToken }> {
  const parsed = parseWorkflow(
    { name: basename(path), content: readFileSync(path, 'utf8') },
    new NoOperationTraceWriter(),
  );
  const errors = parsed.context.errors.getErrors();
  if (errors.length || !parsed.value || !isMapping(parsed.value))
    throw new Error(`${path} is not a valid workflow: ${errors.map((e) => e.message).join('; ')}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length)
    throw new Error(`${path} is not a valid workflow: ${template.errors.map((e) => e.Message).join('; ')}`);
  return { template, root: parsed.value };
}

/** Jobs in `needs` order (file order among jobs that are ready). */
function order(template: WorkflowTemplate): Job[] {
  const jobs = template.jobs.map((j) => {
    if (j.type !== 'job')
      throw new UnsupportedError(`job '${j.id.value}': reusable workflows are not supported`);
    return j;
  });
  const done = new Set<string>();
  const out: Job[] = [];
  while (out.length < jobs.length) {
    const next = jobs.find((j) => !done.has(j.id.value) && (j.needs ?? []).every((n) => done.has(n.value)));
    if (!next) throw new Error('the jobs have a needs cycle');
    done.add(next.id.value);
    out.push(next);
  }
  return out;
}

function workflowName(root: MappingToken, file: string): string {
  const name = root.find('name');
  return name && 'value' in name ? String(name.value) : `.github/workflows/${file}`;
}

function rawJob(root: MappingToken, id: string): MappingToken {
  const job = (root.find('jobs') as MappingToken).find(id);
  if (!job || !isMapping(job)) throw new Error(`job '${id}' not found`);
  return job;
}

function rawSteps(job: MappingToken, id: string): MappingToken[] {
  const steps = job.find('steps');
  if (!steps || !isSequence(steps)) throw new UnsupportedError(`job '${id}' has no steps`);
  return [...steps].map((s) => s as MappingToken);
}

export function refuseUnsupportedKeys(token: MappingToken, allowed: string[], where: string): void {
  for (const pair of token) {
    const key = String((pair.key as { value?: unknown }).value);
    if (!allowed.includes(key))
      throw new UnsupportedError(`${where}: '${key}' is not supported by the test workflow runner`);
  }
}
