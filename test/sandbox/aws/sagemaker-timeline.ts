import type { SandboxExecution } from './sagemaker-pipelines.js';

/**
 * An execution's steps and status at any moment, computed from its script, its start, and what was
 * asked of it since (a stop, retries, a selective start): nothing is stored as it happens, so any
 * time scale works.
 */
export interface StepScript {
  name: string;
  /** Training | Processing | Condition | RegisterModel | ... (the definition's Type). */
  type: string;
  durationMs: number;
  /** Fails at its end with this reason; the execution fails with it. */
  fail?: string;
  /**
   * Fails only in the execution's first N attempts (a transient failure that a retry gets past);
   * default: in every attempt.
   */
  failAttempts?: number;
  /** A condition step's outcome. */
  outcome?: 'True' | 'False';
  /** Runs only when this condition step takes this branch. */
  branch?: { of: string; when: 'True' | 'False' };
  /** Reads a property of this step (a `Get` in its Arguments): drawn as a data dependency. */
  reads?: string;
  /** A training step's metrics, one value an epoch (default: sagemaker-jobs.ts DEFAULT_METRICS). */
  metrics?: Record<string, number[]>;
}

export interface PipelineScript {
  steps: StepScript[];
  parameters?: { Name: string; Type: 'String' | 'Integer' | 'Float' | 'Boolean'; DefaultValue?: string }[];
}

export interface RunRecord {
  script: PipelineScript;
  definition: string;
  token?: string;
  stopAt?: number;
  parameters: { Name: string; Value: string }[];
  /** When RetryPipelineExecution was accepted, in order; and the tokens it was given. */
  retries: number[];
  retryTokens: string[];
  /** A selective execution: the steps that run, and the execution whose outputs the others reuse. */
  selected?: string[];
  source?: string;
  versionId?: number;
}

export interface StepRow {
  s: StepScript;
  start: number;
  end?: number;
  status: string;
  /** Which attempt of the execution ran it (a retried step's is above 1). */
  attempt: number;
  /** A selective execution's step that did not run: the source execution it was reused from. */
  reusedFrom?: string;
}

/** How long a stop takes: the running step goes Stopping, then Stopped. */
export const STOP_MS = 5_000;

/** The steps a step depends on: its condition step, or the previous top-level step. */
export function dependenciesOf(script: PipelineScript, name: string): string[] {
  const s = script.steps.find((x) => x.name === name);
  if (!s) return [];
  if (s.branch) return [s.branch.of];
  const top = script.steps.filter((x) => !x.branch);
  const i = top.indexOf(s);
  return i > 0 ? [top[i - 1]!.name] : [];
}

export function timeline(
  run: RunRecord,
  e: SandboxExecution,
  now: number,
  sourceRows: (arn: string) => StepRow[],
) {
  const steps: StepRow[] = [];
  const outcomes = new Map<string, string>();
  let t = e.startTime;
  let status: SandboxExecution['status'] = 'Succeeded';
  let failure: string | undefined;
  let attempt = 0;
  const stopAt = run.stopAt;
  const script = run.script.steps;
  const reusable = run.source ? sourceRows(run.source) : [];
  for (let i = 0; i < script.length; i++) {
    const s = script[i]!;
    if (s.branch && outcomes.get(s.branch.of) !== s.branch.when) continue;
    if (run.selected && !run.selected.includes(s.name)) {
      // Upstream of a selected step: its source outputs are reused. Downstream: it does not run.
      const upstream = script.slice(i + 1).some((x) => run.selected!.includes(x.name));
      const before = reusable.find((r) => r.s.name === s.name);
      if (upstream && before?.status === 'Succeeded') {
        steps.push({ ...before, reusedFrom: run.source });
        if (s.outcome) outcomes.set(s.name, s.outcome);
      }
      continue;
    }
    if (stopAt !== undefined && t >= stopAt) break;
    const start = t;
    const end = start + s.durationMs;
    if (now < start) {
      status = 'Executing';
      break;
    }
    if (stopAt !== undefined && stopAt < end) {
      const stopped = stopAt + STOP_MS;
      const done = now >= stopped;
      steps.push({
        s,
        start,
        end: done ? stopped : undefined,
        status: done ? 'Stopped' : 'Stopping',
        attempt,
      });
      status = done ? 'Stopped' : 'Stopping';
      t = stopped;
      break;
    }
    if (now < end) {
      steps.push({ s, start, status: 'Executing', attempt });
      status = 'Executing';
      break;
    }
    const fails = Boolean(s.fail) && attempt < (s.failAttempts ?? Infinity);
    const retryAt = run.retries[attempt];
    if (fails && retryAt !== undefined && retryAt >= end) {
      // Retried in place: the failed step runs again from the retry; what succeeded stays.
      attempt++;
      t = retryAt;
      i--;
      continue;
    }
    steps.push({ s, start, end, status: fails ? 'Failed' : 'Succeeded', attempt });
    if (s.outcome) outcomes.set(s.name, s.outcome);
    t = end;
    if (fails) {
      status = 'Failed';
      failure = `Step failure: One or multiple steps failed.`;
      break;
    }
  }
  if (status === 'Succeeded' && stopAt !== undefined && stopAt <= t) {
    status = now >= stopAt + STOP_MS ? 'Stopped' : 'Stopping';
    t = stopAt + STOP_MS;
  }
  return { steps, status, failure, end: t };
}
