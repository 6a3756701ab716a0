import { CancelledError, OutcomeError, TimeoutError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import { runWait, timingHint } from '../wait/engine.js';
import { historyFrom, pollInterval, type History, type PollPolicy } from '../wait/schedule.js';

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
  /** The latest Succeeded execution of the pipeline other than `id` (ListPipelineExecutions), if any. */
  previousExecution(
    pipeline: string,
    id: string,
  ): Promise<{ startTime: number; endTime: number } | undefined>;
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
  /** Adaptive (the default) predicts the end from the pipeline's previous successful execution. */
  policy?: PollPolicy;
}

export interface FollowResult {
  status: string;
  stages: StageView[];
  approval?: { stage: string; action: string };
  polls: number;
}

/**
 * Follows an execution stage by stage until it ends: logs each stage and action as its status
 * changes, says when a manual approval waits (stage and action). Polls on the adaptive schedule
 * from the pipeline's previous successful execution. When the status turns terminal the stages are
 * read once more, so a failure names the stage and action that failed. Throttling, 5xx and
 * dropped connections never end the wait. Cancelling stops the execution (StopPipelineExecution).
 */
export async function followExecution(
  gw: CodePipelineGateway,
  pipeline: string,
  id: string,
  opts: FollowOptions,
): Promise<FollowResult> {
  const policy = opts.policy ?? { kind: 'adaptive' };
  const startedAt = opts.clock.now();
  const history =
    policy.kind === 'adaptive'
      ? await timingHint(opts.log, 'previous execution', () => previous(gw, pipeline, id))
      : undefined;
  const seen = new Map<string, string>();
  let approvalKey = '';
  let status: string | undefined;
  let checkedAt = 0;
  const logStages = (stages: StageView[]): boolean => {
    let changed = false;
    for (const stage of stages) {
      changed = note(seen, `stage ${stage.name}`, stage.status, opts.log, '') || changed;
      for (const a of stage.actions) {
        const detail = a.error ? `: ${a.error}` : a.summary ? `: ${a.summary}` : '';
        changed = note(seen, `  ${stage.name} / ${a.name}`, a.status, opts.log, detail) || changed;
      }
    }
    return changed;
  };

  const waited = await runWait({
    what: `execution ${id} of CodePipeline ${pipeline}`,
    clock: opts.clock,
    log: opts.log,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs,
    isTransient: opts.isTransient,
    poll: async () => {
      const stages = await gw.stages(pipeline, id);
      // While one of this execution's stages runs, GetPipelineState alone shows progress; the
      // execution's own status is read when none runs (it may have ended, been superseded or
      // stopped), and every few minutes regardless.
      const running = stages.some((s) => s.status === 'InProgress');
      if (!running || status === undefined || opts.clock.now() - checkedAt >= EXECUTION_CHECK_MS) {
        status = (await gw.execution(pipeline, id)).status;
        checkedAt = opts.clock.now();
      }
      const changed = logStages(stages);
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
      const ended = TERMINAL.has(status);
      return { done: ended || Boolean(approval && !opts.waitForApproval), changed, status, stages, approval };
    },
    // The stages above were read before the status that says the execution ended: read them again.
    settle: async (o) => {
      if (!TERMINAL.has(o.status)) return o;
      const stages = await gw.stages(pipeline, id);
      logStages(stages);
      return { ...o, stages };
    },
    nextPollMs: (now) => pollInterval(policy, now, { startTime: startedAt, steps: [] }, history),
    progress: (o) => {
      const running = o?.stages.filter((s) => s.status === 'InProgress').map((s) => s.name) ?? [];
      return running.length ? `stage ${running.join(', ')} in progress` : `${o?.status ?? 'status unknown'}`;
    },
  });
  if (waited.ended === 'cancelled') return cancel(gw, pipeline, id, opts);
  if (waited.ended === 'timeout') {
    throw new TimeoutError(
      `execution ${id} of CodePipeline ${pipeline} did not finish within the timeout (still ${status ?? 'unknown'}); it keeps running`,
    );
  }
  const { status: final, stages, approval } = waited.last!;
  return {
    status: final,
    stages,
    ...(approval && !TERMINAL.has(final) ? { approval } : {}),
    polls: waited.polls,
  };
}

/** The previous successful execution's length, as a template for this one's. */
async function previous(gw: CodePipelineGateway, pipeline: string, id: string): Promise<History | undefined> {
  const p = await gw.previousExecution(pipeline, id);
  return p ? historyFrom(p.startTime, p.endTime, []) : undefined;
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
