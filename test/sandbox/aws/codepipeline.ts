import { createHash, randomUUID } from 'node:crypto';
import { AwsError, epochSeconds, type AwsSandbox, type Handler } from './server.js';

/**
 * CodePipeline in the sandbox: pipelines of stages of actions that take sandbox time, manual
 * approvals that wait for PutApprovalResult, failures with error details, and stops (finishing or
 * abandoning the running action). State is computed from `aws.now()`, so at a time scale of 60 a
 * 10-minute action takes 10 s. Operations: StartPipelineExecution (idempotent by
 * clientRequestToken), GetPipelineExecution, GetPipelineState, StopPipelineExecution, PutApprovalResult.
 */
export interface SandboxAction {
  name: string;
  /** Sandbox time it takes (ms); ignored for approvals. */
  durationMs?: number;
  kind?: 'run' | 'approval';
  /** A run action that fails, with this error message. */
  fails?: string;
  summary?: string;
}

export interface SandboxStage {
  name: string;
  actions: SandboxAction[];
}

interface Execution {
  id: string;
  pipeline: string;
  start: number;
  token?: string;
  variables: { name: string; value: string }[];
  stop?: { at: number; abandon: boolean; reason?: string };
  approvals: Map<string, { status: 'Approved' | 'Rejected'; at: number; summary?: string }>;
  approvalTokens: Map<string, string>;
}

interface ActionState {
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Abandoned';
  at: number;
  summary?: string;
  error?: string;
  token?: string;
}

interface Computed {
  status: string;
  stages: { name: string; status: string; actions: Map<string, ActionState> }[];
}

export class CodePipelineWorld {
  readonly pipelines = new Map<string, SandboxStage[]>();
  readonly executions: Execution[] = [];

  constructor(readonly sandbox: AwsSandbox) {
    const on = (op: string, fn: Handler) => sandbox.on(`CodePipeline_20150709.${op}`, fn);
    on('StartPipelineExecution', (i) => this.start(i));
    on('GetPipelineExecution', (i: { pipelineName: string; pipelineExecutionId: string }) => {
      const e = this.execution(i.pipelineName, i.pipelineExecutionId);
      const c = this.compute(e);
      return {
        pipelineExecution: {
          pipelineName: e.pipeline,
          pipelineVersion: 1,
          pipelineExecutionId: e.id,
          status: c.status,
          ...(e.stop?.reason ? { statusSummary: e.stop.reason } : {}),
          variables: e.variables.map((v) => ({ name: v.name, resolvedValue: v.value })),
          trigger: {
            triggerType: 'StartPipelineExecution',
            triggerDetail: 'arn:aws:sts::123456789012:assumed-role/ci',
          },
          executionMode: 'SUPERSEDED',
        },
      };
    });
    on('GetPipelineState', (i: { name: string }) => this.state(i.name));
    on('ListPipelineExecutions', (i: { pipelineName: string; maxResults?: number }) =>
      this.list(i.pipelineName, i.maxResults ?? 100),
    );
    on('StopPipelineExecution', (i) => this.stopExecution(i));
    on('PutApprovalResult', (i) => this.putApproval(i));
  }

  addPipeline(name: string, stages: SandboxStage[]): void {
    this.pipelines.set(name, stages);
  }

  private stages(name: string): SandboxStage[] {
    const p = this.pipelines.get(name);
    if (!p)
      throw new AwsError(
        'PipelineNotFoundException',
        `Account '${this.sandbox.accountId}' does not have a pipeline with name '${name}'`,
      );
    return p;
  }

  private execution(pipeline: string, id: string): Execution {
    this.stages(pipeline);
    const e = this.executions.find((x) => x.pipeline === pipeline && x.id === id);
    if (!e)
      throw new AwsError(
        'PipelineExecutionNotFoundException',
        `Pipeline execution ${id} does not exist in pipeline ${pipeline}.`,
      );
    return e;
  }

  private start(i: {
    name: string;
    variables?: { name: string; value: string }[];
    clientRequestToken?: string;
  }) {
    this.stages(i.name);
    if (i.clientRequestToken !== undefined && !/^[a-zA-Z0-9-]{1,128}$/.test(i.clientRequestToken))
      throw new AwsError(
        'ValidationException',
        "1 validation error detected: Value at 'clientRequestToken' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9-]+$",
      );
    for (const v of i.variables ?? []) {
      if (!/^[A-Za-z0-9@\-_]{1,128}$/.test(v.name) || !v.value || v.value.length > 1000)
        throw new AwsError('ValidationException', `Invalid pipeline variable ${v.name}`);
    }
    const same =
      i.clientRequestToken &&
      this.executions.find((e) => e.pipeline === i.name && e.token === i.clientRequestToken);
    if (same) return { pipelineExecutionId: same.id };
    const e: Execution = {
      id: randomUUID(),
      pipeline: i.name,
      start: this.sandbox.now(),
      token: i.clientRequestToken,
      variables: i.variables ?? [],
      approvals: new Map(),
      approvalTokens: new Map(),
    };
    this.executions.push(e);
    return { pipelineExecutionId: e.id };
  }

  /** Walks the stages in order from the execution's start to now. */
  private compute(e: Execution): Computed {
    const now = this.sandbox.now();
    const out: Computed = { status: 'InProgress', stages: [] };
    let t = e.start;
    for (const stage of this.stages(e.pipeline)) {
      const actions = new Map<string, ActionState>();
      out.stages.push({ name: stage.name, status: 'InProgress', actions });
      const current = out.stages[out.stages.length - 1]!;
      for (const a of stage.actions) {
        const key = `${stage.name}/${a.name}`;
        const stopAt = e.stop?.at;
        if (a.kind === 'approval') {
          const token = (e.approvalTokens.get(key) ?? e.approvalTokens.set(key, randomUUID()).get(key))!;
          const decision = e.approvals.get(key);
          if (!decision || decision.at > now) {
            if (stopAt !== undefined && stopAt <= now) {
              actions.set(a.name, { status: 'Abandoned', at: stopAt });
              current.status = 'Stopped';
              out.status = 'Stopped';
              return out;
            }
            actions.set(a.name, { status: 'InProgress', at: t, token });
            return out;
          }
          const ok = decision.status === 'Approved';
          actions.set(a.name, {
            status: ok ? 'Succeeded' : 'Failed',
            at: decision.at,
            summary: decision.summary,
            ...(ok ? {} : { error: 'Rejected' }),
          });
          t = decision.at;
          if (!ok) return this.fail(out, current);
          continue;
        }
        const end = t + (a.durationMs ?? 60_000);
        if (stopAt !== undefined && stopAt < end && e.stop!.abandon && stopAt <= now) {
          actions.set(a.name, { status: 'Abandoned', at: stopAt });
          current.status = 'Stopped';
          out.status = 'Stopped';
          return out;
        }
        if (now < end) {
          actions.set(a.name, { status: 'InProgress', at: t });
          if (stopAt !== undefined && stopAt <= now) out.status = 'Stopping';
          return out;
        }
        actions.set(a.name, {
          status: a.fails ? 'Failed' : 'Succeeded',
          at: end,
          ...(a.summary ? { summary: a.summary } : {}),
          ...(a.fails ? { error: a.fails } : {}),
        });
        t = end;
        if (a.fails) return this.fail(out, current);
        if (stopAt !== undefined && stopAt <= end) {
          current.status = 'Stopped';
          out.status = 'Stopped';
          return out;
        }
      }
      current.status = 'Succeeded';
    }
    out.status = 'Succeeded';
    return out;
  }

  private fail(out: Computed, stage: Computed['stages'][number]): Computed {
    stage.status = 'Failed';
    out.status = 'Failed';
    return out;
  }

  private state(name: string) {
    const stages = this.stages(name);
    const mine = this.executions.filter((e) => e.pipeline === name).map((e) => ({ e, c: this.compute(e) }));
    const now = epochSeconds(this.sandbox.now());
    return {
      pipelineName: name,
      pipelineVersion: 1,
      created: now,
      updated: now,
      stageStates: stages.map((s) => {
        // The latest execution (by start) that reached the stage.
        const latest = [...mine].reverse().find(({ c }) => c.stages.some((x) => x.name === s.name));
        const view = latest?.c.stages.find((x) => x.name === s.name);
        return {
          stageName: s.name,
          ...(latest && view
            ? { latestExecution: { pipelineExecutionId: latest.e.id, status: view.status } }
            : {}),
          actionStates: s.actions.map((a) => {
            const st = view?.actions.get(a.name);
            return {
              actionName: a.name,
              ...(st
                ? {
                    latestExecution: {
                      actionExecutionId: createHash('sha1')
                        .update(`${latest!.e.id}/${s.name}/${a.name}`)
                        .digest('hex')
                        .slice(0, 36),
                      status: st.status,
                      lastStatusChange: epochSeconds(st.at),
                      ...(st.summary ? { summary: st.summary } : {}),
                      ...(st.token ? { token: st.token } : {}),
                      ...(st.error ? { errorDetails: { code: 'JobFailed', message: st.error } } : {}),
                    },
                  }
                : {}),
            };
          }),
        };
      }),
    };
  }

  /** Newest first, as the API lists them; the last update is the latest action change. */
  private list(pipeline: string, max: number) {
    this.stages(pipeline);
    if (!Number.isInteger(max) || max < 1 || max > 100)
      throw new AwsError('ValidationException', 'maxResults must be between 1 and 100');
    const mine = this.executions.filter((e) => e.pipeline === pipeline).reverse();
    return {
      pipelineExecutionSummaries: mine.slice(0, max).map((e) => {
        const c = this.compute(e);
        const times = c.stages.flatMap((s) => [...s.actions.values()].map((a) => a.at));
        return {
          pipelineExecutionId: e.id,
          status: c.status,
          startTime: epochSeconds(e.start),
          lastUpdateTime: epochSeconds(Math.max(e.start, ...times)),
        };
      }),
    };
  }

  private stopExecution(i: {
    pipelineName: string;
    pipelineExecutionId: string;
    abandon?: boolean;
    reason?: string;
  }) {
    const e = this.execution(i.pipelineName, i.pipelineExecutionId);
    const status = this.compute(e).status;
    if (status !== 'InProgress') {
      if (status === 'Stopping')
        throw new AwsError('DuplicatedStopRequestException', 'Execution is already being stopped');
      throw new AwsError(
        'PipelineExecutionNotStoppableException',
        `Unable to stop pipeline execution ${e.id}: it is ${status}`,
      );
    }
    e.stop = { at: this.sandbox.now(), abandon: Boolean(i.abandon), reason: i.reason };
    return { pipelineExecutionId: e.id };
  }

  private putApproval(i: {
    pipelineName: string;
    stageName: string;
    actionName: string;
    result: { summary: string; status: 'Approved' | 'Rejected' };
    token: string;
  }) {
    this.stages(i.pipelineName);
    const key = `${i.stageName}/${i.actionName}`;
    const e = this.executions.find(
      (x) => x.pipeline === i.pipelineName && x.approvalTokens.get(key) === i.token,
    );
    if (!e)
      throw new AwsError(
        'InvalidApprovalTokenException',
        `The approval request token ${i.token} is not valid.`,
      );
    if (e.approvals.has(key))
      throw new AwsError(
        'ApprovalAlreadyCompletedException',
        'The approval action has already been completed.',
      );
    if (!['Approved', 'Rejected'].includes(i.result?.status))
      throw new AwsError('ValidationException', 'result.status must be Approved or Rejected');
    e.approvals.set(key, { status: i.result.status, at: this.sandbox.now(), summary: i.result.summary });
    return { approvedAt: epochSeconds(this.sandbox.now()) };
  }

  /** For tests: approve (or reject) the approval that waits, as a person in the console would. */
  decide(pipeline: string, stage: string, action: string, status: 'Approved' | 'Rejected'): void {
    const key = `${stage}/${action}`;
    const e = [...this.executions]
      .reverse()
      .find((x) => x.pipeline === pipeline && x.approvalTokens.has(key));
    if (!e) throw new Error(`no approval waits at ${key}`);
    e.approvals.set(key, { status, at: this.sandbox.now(), summary: `${status} in the sandbox` });
  }
}
