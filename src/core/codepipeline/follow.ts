import { CancelledError, OutcomeError, TimeoutError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';

/** A CodePipeline execution as GetPipelineExecution reports it. */
export type ExecutionStatus =
  'Cancelled' | 'InProgress' | 'Stopped' | 'Stopping' | 'Succeeded' | 'Superseded' | 'Failed';
export const TERMINAL: ReadonlySet<string> = new Set([
  'Cancelled',
  'Stopped',
  'Succeeded',
  'Superseded',
  'Failed',
]);

export interface ActionView {
  name: string;
  status: string;
  summary?: string;
  error?: string;
  /** Present on a manual approval that waits for a decision. */
  token?: string;
  url?: string;
}

export interface StageView {
  name: string;
  /** This execution's status in the stage; `NotReached` when the stage shows another execution. */
  status: string;
  actions: ActionView[];
}

/** What core needs of CodePipeline; src/aws/codepipeline.ts implements it with the SDK. */
export interface CodePipelineGateway {
  start(pipeline: string, variables: { name: string; value: string }[], token: string): Promise<string>;
  execution(pipeline: string, id: string): Promise<{ status: string; summary?: string }>;
  /** The stages as GetPipelineState shows them, filtered to this execution. */
  stages(pipeline: string, id: string): Promise<StageView[]>;
  stop(pipeline: string, id: string, abandon: boolean, reason: string): Promise<void>;
}

const EXECUTION_CHECK_MS = 5 * 60_000;

export interface FollowOptions {
  clock: Clock;
  log: Log;
  signal: AbortSignal;
  timeoutMs: number;
  /** Keep waiting at a manual approval (true), or return while it waits (false). */
  waitForApproval: boolean;
  abandonOnCancel: boolean;
  isTransient: (err: unknown) => boolean;
  /** Called when the pending approval changes (undefined once none waits). */
  onApproval?: (approval: { stage: string; action: string } | undefined) => void;
  minIntervalMs?: number;
  maxIntervalMs?: number;
}

export interface FollowResult {
  status: string;
  stages: StageView[];
  approval?: { stage: string; action: string };
  polls: number;
}

/**
 * Follows an execution stage by stage until it ends: logs each stage and action as its status
 * changes, says when a manual approval waits (stage and action), and polls quickly after a change
 * and more slowly while nothing moves. Throttling, 5xx and dropped connections never end the
 * wait. Cancelling stops the execution (StopPipelineExecution) before giving up.
 */
export async function followExecution(
  gw: CodePipelineGateway,
  pipeline: string,
  id: string,
  opts: FollowOptions,
): Promise<FollowResult> {
  const min = opts.minIntervalMs ?? 5_000;
  const max = opts.maxIntervalMs ?? 30_000;
  const deadline = opts.clock.now() + opts.timeoutMs;
  const seen = new Map<string, string>();
  let interval = min;
  let polls = 0;
  let approvalKey = '';
  let status: string | undefined;
  let checkedAt = 0;
  for (;;) {
    if (opts.signal.aborted) return cancel(gw, pipeline, id, opts);
    try {
      polls++;
      let stages = await gw.stages(pipeline, id);
      // While one of this execution's stages runs, GetPipelineState alone shows progress; the
      // execution's own status is read when none runs (it may have ended, been superseded or
      // stopped), and every few minutes regardless.
      const running = stages.some((s) => s.status === 'InProgress');
      if (!running || status === undefined || opts.clock.now() - checkedAt >= EXECUTION_CHECK_MS) {
        status = (await gw.execution(pipeline, id)).status;
        checkedAt = opts.clock.now();
        // The stages above were read before this status: once it is terminal, read them again so
        // the result names the stage and action that failed (a final consistent read).
        if (TERMINAL.has(status)) stages = await gw.stages(pipeline, id);
      }
      let changed = false;
      for (const stage of stages) {
        changed = note(seen, `stage ${stage.name}`, stage.status, opts.log, '') || changed;
        for (const a of stage.actions) {
          const detail = a.error ? `: ${a.error}` : a.summary ? `: ${a.summary}` : '';
          changed = note(seen, `  ${stage.name} / ${a.name}`, a.status, opts.log, detail) || changed;
        }
      }
      const approval = pendingApproval(stages);
      const key = approval ? `${approval.stage}/${approval.action}` : '';
      if (key !== approvalKey) {
        approvalKey = key;
        if (approval) {
          opts.log.warning(
            `Waiting for a manual approval: stage '${approval.stage}', action '${approval.action}' of pipeline ${pipeline}`,
          );
        }
        opts.onApproval?.(approval);
      }
      if (TERMINAL.has(status)) return { status, stages, polls };
      if (approval && !opts.waitForApproval) return { status, stages, approval, polls };
      interval = changed ? min : Math.min(max, Math.round(interval * 1.5));
    } catch (err) {
      if (!opts.isTransient(err)) throw err;
      opts.log.debug(`transient error while polling, will retry: ${(err as Error).name}`);
    }
    if (opts.clock.now() >= deadline) {
      throw new TimeoutError(
        `execution ${id} of CodePipeline ${pipeline} did not finish within the timeout (still ${status ?? 'unknown'}); it keeps running`,
      );
    }
    await opts.clock.sleep(Math.min(interval, Math.max(0, deadline - opts.clock.now())), opts.signal);
  }
}

function note(seen: Map<string, string>, what: string, status: string, log: Log, detail: string): boolean {
  if (seen.get(what) === status) return false;
  seen.set(what, status);
  if (status !== 'NotReached') log.info(`${what}: ${status}${detail}`);
  return true;
}

/** An approval waits when an in-progress action of this execution carries a token. */
export function pendingApproval(stages: StageView[]): { stage: string; action: string } | undefined {
  for (const s of stages) {
    for (const a of s.actions) {
      if (a.status === 'InProgress' && a.token) return { stage: s.name, action: a.name };
    }
  }
  return undefined;
}

async function cancel(
  gw: CodePipelineGateway,
  pipeline: string,
  id: string,
  opts: FollowOptions,
): Promise<never> {
  const how = opts.abandonOnCancel ? 'abandoning in-progress actions' : 'letting in-progress actions finish';
  opts.log.info(`Cancelled: stopping execution ${id} of ${pipeline} (${how})`);
  try {
    await gw.stop(pipeline, id, opts.abandonOnCancel, 'Cancelled by the workflow run (sagemaker-cicd)');
  } catch (err) {
    // Already over (PipelineExecutionNotStoppableException) is not a failure to stop.
    if ((err as { name?: string }).name !== 'PipelineExecutionNotStoppableException') throw err;
  }
  throw new CancelledError(`cancelled; execution ${id} of ${pipeline} was asked to stop`);
}

/** The error for an execution that ended badly, naming the failed action and its error. */
export function outcomeError(
  pipeline: string,
  id: string,
  status: string,
  stages: StageView[],
): OutcomeError {
  const failed = stages.flatMap((s) => s.actions.filter((a) => a.status === 'Failed').map((a) => ({ s, a })));
  const where = failed.map(({ s, a }) => `${s.name} / ${a.name}${a.error ? `: ${a.error}` : ''}`).join('; ');
  return new OutcomeError(
    `execution ${id} of CodePipeline ${pipeline} ${status}${where ? ` at ${where}` : ''}`,
  );
}
