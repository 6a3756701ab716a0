import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import { runScopedHash, type RunInfo } from '../run-info.js';
import { runWait } from '../wait/engine.js';
import { TransientError, type PipelineGateway, type StepState } from './gateway.js';

/**
 * Which step failures are worth retrying: the ones AWS documents as transient (the retry policy's
 * exception types SageMaker.CAPACITY_ERROR, SageMaker.RESOURCE_LIMIT, SageMaker.JOB_INTERNAL_ERROR,
 * Step.SERVICE_FAULT, Step.THROTTLING), recognised in a step's FailureReason by those names or by
 * the errors behind them. A failure in the user's code (AlgorithmError, ClientError...) never is.
 */
const TRANSIENT: { kind: string; pattern: RegExp }[] = [
  { kind: 'insufficient capacity', pattern: /CapacityError|InsufficientCapacity|CAPACITY_ERROR/i },
  { kind: 'resource limit', pattern: /ResourceLimitExceeded|RESOURCE_LIMIT/i },
  {
    kind: 'internal error',
    pattern: /InternalServerError|InternalFailure|JOB_INTERNAL_ERROR|SERVICE_FAULT|ServiceUnavailable/i,
  },
  { kind: 'throttling', pattern: /Throttling|ThrottlingException|Rate exceeded|THROTTLING/i },
];

/**
 * The user's own code failed: retrying runs the same failure again, whatever else the reason says.
 * (A ClientError is not here: "ClientError: Failed to invoke sagemaker:CreateTrainingJob ...
 * ResourceLimitExceeded" is a limit, and other ClientErrors match no transient pattern.)
 */
const USER_FAILURE = /AlgorithmError|ModelError/;

/** The transient kind of one failure reason, or undefined when it is not transient. */
export function transientKind(reason: string | undefined): string | undefined {
  if (!reason || USER_FAILURE.test(reason)) return undefined;
  return TRANSIENT.find((t) => t.pattern.test(reason))?.kind;
}

export interface RetryDecision {
  retry: boolean;
  /** Why, in one line: names each failed step and its kind of failure. */
  why: string;
}

/** Retry only when every failed step failed for a transient reason. */
export function retryDecision(steps: StepState[]): RetryDecision {
  const failed = steps.filter((s) => s.status === 'Failed');
  if (!failed.length) return { retry: false, why: 'no step failed (the execution itself failed)' };
  const kinds = failed.map((s) => ({ s, kind: transientKind(s.failureReason) }));
  const lasting = kinds.find((k) => !k.kind);
  if (lasting)
    return {
      retry: false,
      why: `step ${lasting.s.name} failed in its own code or configuration, which a retry would repeat: ${lasting.s.failureReason ?? 'no reason given'}`,
    };
  return { retry: true, why: kinds.map((k) => `${k.s.name}: ${k.kind}`).join(', ') };
}

/**
 * The ClientRequestToken of RetryPipelineExecution (32-128): the same for the same retry of the
 * same execution in one run attempt (a lost response retried is one retry), new for the next.
 */
export function retryToken(run: RunInfo, executionArn: string, which: string): string {
  return runScopedHash(run, 'retry-pipeline', [executionArn, which]) ?? randomUUID().replace(/-/g, '');
}

/** How long a retried execution may still read Failed before its retry shows. */
const RETRY_SHOWS_MS = 120_000;

/**
 * After RetryPipelineExecution, until the execution no longer reads Failed (usually the first
 * read): a wait that began on a status read before the retry took would see the old failure and
 * end at once. Gives up quietly after two minutes (the wait then reports what it sees).
 */
export async function untilRetryShows(o: {
  gateway: PipelineGateway;
  arn: string;
  clock: Clock;
  log: Log;
  signal?: AbortSignal;
}): Promise<void> {
  await runWait({
    what: `the retry of ${o.arn}`,
    clock: o.clock,
    log: o.log,
    ...(o.signal ? { signal: o.signal } : {}),
    timeoutMs: RETRY_SHOWS_MS,
    isTransient: (err) => err instanceof TransientError,
    poll: async () => ({
      done: (await o.gateway.describeExecution(o.arn, { signal: o.signal })).status !== 'Failed',
    }),
    nextPollMs: () => 2_000,
  });
}
