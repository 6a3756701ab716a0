import { randomUUID } from 'node:crypto';

/** The sandbox's CodePipeline model: pipelines, executions, and where an execution is at a time. */
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

export interface Execution {
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

export interface Computed {
  status: string;
  stages: { name: string; status: string; actions: Map<string, ActionState> }[];
}

/** Walks an execution's stages in order from its start to `now` (sandbox time). */
export function progress(e: Execution, stages: SandboxStage[], now: number): Computed {
  const out: Computed = { status: 'InProgress', stages: [] };
  let t = e.start;
  for (const stage of stages) {
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
        if (!ok) return fail(out, current);
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
      if (a.fails) return fail(out, current);
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

function fail(out: Computed, stage: Computed['stages'][number]): Computed {
  stage.status = 'Failed';
  out.status = 'Failed';
  return out;
}
