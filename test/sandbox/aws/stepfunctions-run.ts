/**
 * Runs an Amazon States Language definition ahead of time, as the sandbox's Step Functions does:
 * every history event AWS would record (its type, its `<type>EventDetails`, the event it follows)
 * with the time it happens, so the world only reveals what `aws.now()` has reached. Task, Pass,
 * Wait, Choice (JSONPath rules), Succeed, Fail, Parallel and Map; Retry and Catch on Task,
 * Parallel and Map; TimeoutSeconds. Tasks do what the test scripts for them (by state name).
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- ASL documents and event details are free JSON */

import { holds, matches, read, withResult } from './stepfunctions-rules.js';

export interface TaskScript {
  /** Sandbox ms the task takes (default 60 s). */
  durationMs?: number;
  /** Its result (default: its input). */
  output?: unknown;
  /** It fails with this error... */
  fail?: { error: string; cause?: string };
  /** ...on its first N attempts only (default: every attempt). */
  failAttempts?: number;
}

export interface SimEvent {
  type: string;
  at: number;
  prev?: SimEvent;
  details?: Record<string, unknown>;
  id?: number;
}

export interface Simulation {
  events: SimEvent[];
  status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';
  end: number;
  output?: string;
  error?: string;
  cause?: string;
}

interface Outcome {
  t: number;
  prev: SimEvent;
  output?: unknown;
  failure?: { error: string; cause?: string };
}

export function simulate(
  definition: any,
  input: unknown,
  start: number,
  tasks: Map<string, TaskScript>,
): Simulation {
  const events: SimEvent[] = [];
  const emit = (type: string, at: number, prev: SimEvent | undefined, details?: Record<string, unknown>) => {
    const e: SimEvent = { type, at, ...(prev ? { prev } : {}), ...(details ? { details } : {}) };
    events.push(e);
    return e;
  };
  const attempts = new Map<string, number>();

  const runMachine = (m: any, value: unknown, t: number, prev: SimEvent): Outcome => {
    let name: string | undefined = m.StartAt;
    let current = value;
    while (name) {
      const s = m.States[name];
      const r = runState(name, s, current, t, prev);
      t = r.t;
      prev = r.prev;
      if (r.failure) {
        const c = (s.Catch ?? []).find((x: any) => matches(x.ErrorEquals, r.failure!.error));
        if (!c || s.Type === 'Fail') return r;
        prev = emit(`${s.Type}StateExited`, t, prev, { name, output: JSON.stringify(r.failure) });
        current = { Error: r.failure.error, Cause: r.failure.cause ?? '' };
        name = c.Next;
        continue;
      }
      current = r.output;
      if (s.Type === 'Succeed' || s.End) return { t, prev, output: current };
      name = s.Type === 'Choice' ? r.next : s.Next;
    }
    return { t, prev, output: current };
  };

  const runState = (
    name: string,
    s: any,
    value: unknown,
    t: number,
    prev: SimEvent,
  ): Outcome & { next?: string } => {
    prev = emit(`${s.Type}StateEntered`, t, prev, { name, input: JSON.stringify(value) });
    const exit = (at: number, from: SimEvent, output: unknown) => ({
      t: at,
      prev: emit(`${s.Type}StateExited`, at, from, { name, output: JSON.stringify(output) }),
      output,
    });
    switch (s.Type) {
      case 'Pass':
        return exit(t, prev, withResult(value, s.Result ?? value, s.ResultPath));
      case 'Wait':
        return exit(t + (s.Seconds ?? 0) * 1000, prev, value);
      case 'Succeed':
        return exit(t, prev, value);
      case 'Fail':
        return { t, prev, failure: { error: s.Error ?? 'States.Fail', cause: s.Cause } };
      case 'Choice': {
        const c = (s.Choices ?? []).find((x: any) => holds(x, value));
        const next = c?.Next ?? s.Default;
        if (!next)
          return {
            t,
            prev,
            failure: { error: 'States.NoChoiceMatched', cause: `No Choice matched in state '${name}'` },
          };
        return { ...exit(t, prev, value), next };
      }
      case 'Task':
        return retrying(s, value, t, prev, (at, from) => task(name, s, value, at, from), exit);
      case 'Parallel':
      case 'Map':
        return retrying(s, value, t, prev, (at, from) => fanOut(name, s, value, at, from), exit);
      default:
        throw new Error(`sandbox: state type ${s.Type} is not simulated`);
    }
  };

  const retrying = (
    s: any,
    value: unknown,
    t: number,
    prev: SimEvent,
    attempt: (t: number, prev: SimEvent) => Outcome,
    exit: (at: number, from: SimEvent, output: unknown) => Outcome,
  ): Outcome => {
    const tries = new Map<any, number>();
    for (;;) {
      const r = attempt(t, prev);
      if (!r.failure) return exit(r.t, r.prev, withResult(value, r.output, s.ResultPath));
      const retrier = (s.Retry ?? []).find((x: any) => matches(x.ErrorEquals, r.failure!.error));
      const n = retrier ? (tries.get(retrier) ?? 0) : 0;
      if (!retrier || n >= (retrier.MaxAttempts ?? 3)) return r;
      tries.set(retrier, n + 1);
      t = r.t + (retrier.IntervalSeconds ?? 1) * 1000 * (retrier.BackoffRate ?? 2) ** n;
      prev = r.prev;
    }
  };

  const task = (name: string, s: any, value: unknown, t: number, prev: SimEvent): Outcome => {
    const script = tasks.get(name) ?? {};
    const n = (attempts.get(name) ?? 0) + 1;
    attempts.set(name, n);
    const resource = String(s.Resource ?? '');
    const resourceType = resource.split(':')[5] ?? 'lambda';
    const scheduled = emit('TaskScheduled', t, prev, {
      resourceType,
      resource,
      region: 'us-east-1',
      parameters: JSON.stringify(s.Parameters ?? value),
    });
    const started = emit('TaskStarted', t + 100, scheduled, { resourceType, resource });
    const end = t + (script.durationMs ?? 60_000);
    if (s.TimeoutSeconds && end - t > s.TimeoutSeconds * 1000) {
      const at = t + s.TimeoutSeconds * 1000;
      const failure = { error: 'States.Timeout', cause: 'The task timed out' };
      return {
        t: at,
        prev: emit('TaskTimedOut', at, started, { resourceType, resource, ...failure }),
        failure,
      };
    }
    if (script.fail && (script.failAttempts === undefined || n <= script.failAttempts)) {
      const failure = { error: script.fail.error, cause: script.fail.cause ?? '' };
      return {
        t: end,
        prev: emit('TaskFailed', end, started, { resourceType, resource, ...failure }),
        failure,
      };
    }
    const output = script.output ?? value;
    const done = emit('TaskSucceeded', end, started, {
      resourceType,
      resource,
      output: JSON.stringify(output),
    });
    return { t: end, prev: done, output };
  };

  const fanOut = (name: string, s: any, value: unknown, t: number, prev: SimEvent): Outcome => {
    const map = s.Type === 'Map';
    const items: unknown[] = map ? ((read(value, s.ItemsPath ?? '$') as unknown[]) ?? []) : s.Branches;
    const started = emit(`${s.Type}StateStarted`, t, prev, map ? { length: items.length } : undefined);
    const results = items.map((item, index) => {
      const from = map ? emit('MapIterationStarted', t, started, { name, index }) : started;
      const r = map
        ? runMachine(s.ItemProcessor ?? s.Iterator, item, t, from)
        : runMachine(item, value, t, from);
      if (map) {
        const type = r.failure ? 'MapIterationFailed' : 'MapIterationSucceeded';
        r.prev = emit(type, r.t, r.prev, { name, index });
      }
      return r;
    });
    const end = Math.max(t, ...results.map((r) => r.t));
    const failed = results.find((r) => r.failure);
    const last = results.find((r) => r.t === end)?.prev ?? started;
    if (failed) return { t: end, prev: emit(`${s.Type}StateFailed`, end, last), failure: failed.failure! };
    return { t: end, prev: emit(`${s.Type}StateSucceeded`, end, last), output: results.map((r) => r.output) };
  };

  const first = emit('ExecutionStarted', start, undefined, {
    input: JSON.stringify(input),
    roleArn: 'arn:aws:iam::123456789012:role/StepFunctionsRole',
  });
  const r = runMachine(definition, input, start + 10, first);
  const sim: Simulation = r.failure
    ? {
        events,
        status: 'FAILED',
        end: r.t,
        error: r.failure.error,
        ...(r.failure.cause !== undefined ? { cause: r.failure.cause } : {}),
      }
    : { events, status: 'SUCCEEDED', end: r.t, output: JSON.stringify(r.output) };
  if (r.failure)
    emit('ExecutionFailed', r.t, r.prev, { error: r.failure.error, cause: r.failure.cause ?? '' });
  else emit('ExecutionSucceeded', r.t, r.prev, { output: sim.output });
  if (definition.TimeoutSeconds && sim.end > start + definition.TimeoutSeconds * 1000) {
    const deadline = start + definition.TimeoutSeconds * 1000;
    sim.events = events.filter((e) => e.at <= deadline);
    const cause = `The execution timed out after ${definition.TimeoutSeconds} seconds`;
    sim.events.push({
      type: 'ExecutionTimedOut',
      at: deadline,
      prev: sim.events.at(-1)!,
      details: { error: 'States.Timeout', cause },
    });
    Object.assign(sim, {
      status: 'TIMED_OUT',
      end: deadline,
      error: 'States.Timeout',
      cause,
      output: undefined,
    });
  }
  number(sim.events);
  return sim;
}

/** Ids in time order (a stable sort keeps each event after the one it follows). */
export function number(events: SimEvent[]): void {
  events.sort((a, b) => a.at - b.at);
  events.forEach((e, i) => (e.id = i + 1));
}

/** The wire shape of an event: `<type>EventDetails` as GetExecutionHistory names it. */
export function wireEvent(e: SimEvent, includeData: boolean): Record<string, unknown> {
  const key = /StateEntered$/.test(e.type)
    ? 'stateEntered'
    : /StateExited$/.test(e.type)
      ? 'stateExited'
      : lowerFirst(e.type);
  let details = e.details;
  if (details && !includeData) {
    details = { ...details };
    delete details.input;
    delete details.output;
  }
  return {
    id: e.id,
    ...(e.prev?.id ? { previousEventId: e.prev.id } : { previousEventId: 0 }),
    timestamp: e.at / 1000,
    type: e.type,
    ...(details ? { [`${key}EventDetails`]: details } : {}),
  };
}

function lowerFirst(s: string): string {
  return s[0]!.toLowerCase() + s.slice(1);
}
