import { CancelledError, OutcomeError, TimeoutError, type UserError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import { executionId } from './executions.js';
import { logTailLines } from './job-progress.js';
import { failureDetails, outcomeOf } from './steps.js';
import type { ExecutionResult, WaitResult } from './wait.js';

export const FAIL_ON = ['failed', 'stopped', 'condition-false'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const DEFAULT_FAIL_ON: FailOn[] = ['failed', 'stopped'];

/** One status for all the executions waited on: the worst of them. */
export function overallStatus(executions: ExecutionResult[]): string {
  for (const s of ['Failed', 'Stopped', 'Stopping', 'Executing'])
    if (executions.some((e) => e.status === s)) return s;
  return executions[0]?.status ?? '';
}

/** The error the step ends with, or undefined when it succeeds under the `fail-on` policy. */
export function verdict(result: WaitResult, failOn: FailOn[], timeoutMs: number): UserError | undefined {
  const running = result.executions.filter((e) => !['Succeeded', 'Failed', 'Stopped'].includes(e.status));
  const what = running.map((e) => `${name(e)} (${e.status})`).join(', ');
  const stopped = result.stopped.length
    ? `; stopped ${result.stopped.map((a) => executionId(a)).join(', ')}`
    : '; left running';
  if (result.ended === 'cancelled') {
    return new CancelledError(
      `cancelled while waiting on ${what || 'nothing'}${running.length ? stopped : ''}`,
    );
  }
  if (result.ended === 'timeout') {
    return new TimeoutError(`timed out after ${formatDuration(timeoutMs)}; still running: ${what}${stopped}`);
  }
  const reasons: string[] = [];
  for (const e of result.executions) {
    if (e.status === 'Failed' && failOn.includes('failed')) {
      const step = e.steps.find((s) => s.status === 'Failed');
      const reason = `${name(e)} failed${step ? ` at step ${step.name}` : ''}: ${step?.failureReason ?? e.failureReason ?? 'no reason given'}`;
      // The failed job, its logs link and its last log lines, under the reason.
      const job = step ? e.jobs?.[step.name] : undefined;
      const details = step ? [...failureDetails(step, job?.name).slice(1), ...logTailLines(job)] : [];
      reasons.push([reason, ...details].join('\n'));
    }
    if (e.status === 'Stopped' && failOn.includes('stopped')) reasons.push(`${name(e)} was stopped`);
    if (failOn.includes('condition-false')) {
      for (const [step, outcome] of Object.entries(outcomeOf(e.steps).conditions)) {
        if (outcome === 'False') reasons.push(`${name(e)}: condition ${step} is False`);
      }
    }
  }
  const multiline = reasons.some((r) => r.includes('\n'));
  return reasons.length ? new OutcomeError(reasons.join(multiline ? '\n' : '; ')) : undefined;
}

function name(e: ExecutionResult): string {
  return e.displayName ?? executionId(e.arn);
}
