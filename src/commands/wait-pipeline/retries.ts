import type { PipelineGateway } from '../../core/pipelines/gateway.js';
import type { JobProgress } from '../../core/pipelines/job-progress.js';
import { executionId } from '../../core/pipelines/executions.js';
import { retryDecision, retryToken, untilRetryShows } from '../../core/pipelines/retry.js';
import { waitForExecutions, type WaitResult } from '../../core/pipelines/wait.js';
import type { Host } from '../../hosts/host.js';
import type { WaitSettings } from './report.js';

/**
 * The wait, then `retry-on-failure`: an execution that failed only for transient reasons
 * (insufficient capacity, resource limits, internal errors, throttling) is retried in place
 * (RetryPipelineExecution, same ARN) and waited on again, up to N times each, saying why each
 * time; a failure in the user's code is never retried. The retried execution's result replaces
 * its failed one; the others' stay as they were.
 */
export async function waitWithRetries(
  host: Host,
  gateway: PipelineGateway,
  arns: string[],
  s: WaitSettings,
  /** What each step is doing (training progress, failed jobs' logs), when the caller shows it. */
  jobs?: JobProgress,
): Promise<WaitResult> {
  const started = host.clock.now();
  const wait = (executions: string[], timeoutMs: number) =>
    waitForExecutions({
      executions,
      gateway,
      clock: host.clock,
      log: host,
      signal: host.signal,
      timeoutMs,
      policy: s.policy,
      stopOnCancel: s.stopOnCancel,
      ...(jobs ? { jobs } : {}),
    });
  let result = await wait(arns, s.timeoutMs);
  const retried = new Map<string, number>();
  /** Failed executions already decided on (not retried): said once. */
  const settled = new Set<string>();
  while (result.ended === 'done' && s.retryOnFailure > 0) {
    const again: string[] = [];
    for (const e of result.executions) {
      if (e.status !== 'Failed') continue;
      if (settled.has(e.arn)) continue;
      const attempt = (retried.get(e.arn) ?? 0) + 1;
      const name = e.displayName ?? executionId(e.arn);
      const decision = retryDecision(e.steps);
      if (!decision.retry) {
        host.info(`Not retrying ${name}: ${decision.why}`);
        settled.add(e.arn);
        continue;
      }
      if (attempt > s.retryOnFailure) {
        host.warning(`${name} failed again (${decision.why}); ${s.retryOnFailure} retries used, giving up`);
        settled.add(e.arn);
        continue;
      }
      host.info(`Retrying ${name} (${attempt} of ${s.retryOnFailure}): transient failure, ${decision.why}`);
      await gateway.retryExecution(
        e.arn,
        retryToken(host.run, e.arn, `automatic retry ${attempt}`),
        s.maxParallelSteps,
      );
      await untilRetryShows({ gateway, arn: e.arn, clock: host.clock, log: host, signal: host.signal });
      retried.set(e.arn, attempt);
      again.push(e.arn);
    }
    if (!again.length) break;
    const left = s.timeoutMs - (host.clock.now() - started);
    const next = await wait(again, Math.max(left, 1));
    result = {
      ended: next.ended,
      stopped: [...result.stopped, ...next.stopped],
      executions: result.executions.map((e) => next.executions.find((n) => n.arn === e.arn) ?? e),
    };
  }
  if (retried.size) host.setOutput('retries', Object.fromEntries(retried));
  return result;
}
