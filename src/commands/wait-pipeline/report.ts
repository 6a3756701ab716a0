import { errorMessage } from '../../core/errors.js';
import type { InputValues } from '../../core/spec/types.js';
import { parseDefinition, type PipelineGraph } from '../../core/pipelines/definition.js';
import { executionConsoleUrl, executionId, executionsTable } from '../../core/pipelines/executions.js';
import type { PipelineGateway } from '../../core/pipelines/gateway.js';
import type { JobGateway } from '../../core/pipelines/job-gateway.js';
import { JobProgress } from '../../core/pipelines/job-progress.js';
import type { PollPolicy } from '../../core/wait/schedule.js';
import { outcomeOf, singleConditionOutcome, stepsOutput } from '../../core/pipelines/steps.js';
import { executionSummary } from '../../core/pipelines/summary.js';
import { overallStatus, verdict, type FailOn } from '../../core/pipelines/verdict.js';
import type { ExecutionResult } from '../../core/pipelines/wait.js';
import type { Host } from '../../hosts/host.js';
import { waitWithRetries } from './retries.js';
import type { WAIT_INPUTS } from './spec.js';

export interface WaitSettings {
  timeoutMs: number;
  policy: PollPolicy;
  failOn: FailOn[];
  stopOnCancel: boolean;
  /** Retries of an execution that failed for transient reasons only (RetryPipelineExecution). */
  retryOnFailure: number;
  /** The retry's ParallelismConfiguration (start-pipeline's max-parallel-steps). */
  maxParallelSteps?: number;
}

/** The wait inputs (already parsed from the spec) as the wait engine takes them. */
export function waitSettings(inputs: InputValues<typeof WAIT_INPUTS>): WaitSettings {
  const poll = inputs['poll-interval'];
  return {
    timeoutMs: inputs['timeout-minutes'],
    policy: poll === 'adaptive' ? { kind: 'adaptive' } : { kind: 'fixed', intervalMs: poll },
    failOn: inputs['fail-on'],
    stopOnCancel: inputs['stop-on-cancel'],
    retryOnFailure: inputs['retry-on-failure'],
  };
}

/** Most diagrams a summary draws; further executions get a row in a table. */
const MAX_DIAGRAMS = 3;

/**
 * Waits, sets the outputs, writes the summary, and throws when the `fail-on` policy says so. With
 * `jobs`, the wait also says what each step is doing (training progress, final metrics, failed
 * jobs' log tails).
 */
export async function waitAndReport(
  host: Host,
  gateway: PipelineGateway,
  arns: string[],
  s: WaitSettings,
  jobs?: JobGateway,
  /** Markdown the summary opens with (what a selective start reused, what a retry kept). */
  preface = '',
): Promise<void> {
  const progress = jobs ? new JobProgress(jobs, host, host.clock) : undefined;
  host.info(
    `Waiting on ${arns.length === 1 ? arns[0] : `${arns.length} executions`} (${s.policy.kind === 'adaptive' ? 'adaptive polling' : `every ${s.policy.intervalMs / 1000}s`})`,
  );
  const result = await waitWithRetries(host, gateway, arns, s, progress);
  // Shown in the summary (the executions drawn) and the failure annotation.
  if (result.ended === 'done')
    await progress?.complete(result.executions.slice(0, MAX_DIAGRAMS), host.signal);
  if (result.ended === 'cancelled')
    host.warning(
      `cancelled: ${result.stopped.length ? `stopped ${result.stopped.join(', ')}` : 'nothing left to stop'}`,
    );

  const first = result.executions[0]!;
  const outcome = outcomeOf(first.steps);
  host.setOutput('status', overallStatus(result.executions));
  host.setOutput('conditions', outcome.conditions);
  host.setOutput('condition-outcome', singleConditionOutcome(outcome.conditions));
  host.setOutput('model-package-arn', outcome.modelPackageArn);
  host.setOutput('steps', stepsOutput(first.steps));
  host.setOutput(
    'executions',
    result.executions.map((e) => ({ arn: e.arn, status: e.status, ...outcomeOf(e.steps) })),
  );

  for (const e of result.executions) {
    await host.group(`Steps of ${e.displayName ?? executionId(e.arn)}: ${e.status}`, async () =>
      logSteps(host, e),
    );
  }
  await host.appendSummary(preface + (await summary(host, gateway, result.executions)));

  const error = verdict(result, s.failOn, s.timeoutMs);
  if (error) throw error;
}

function logSteps(host: Host, e: ExecutionResult): void {
  for (const step of stepsOutput(e.steps)) {
    host.info(
      `${step.status.padEnd(10)} ${step.name}${step.type ? ` (${step.type})` : ''}${step.failureReason ? `: ${step.failureReason}` : ''}`,
    );
  }
}

async function summary(host: Host, gateway: PipelineGateway, executions: ExecutionResult[]): Promise<string> {
  const parts: string[] = [];
  for (const e of executions.slice(0, MAX_DIAGRAMS)) {
    let graph: PipelineGraph | undefined;
    try {
      graph = parseDefinition(await gateway.definitionForExecution(e.arn));
    } catch (err) {
      host.debug(`no diagram for ${e.arn}: ${errorMessage(err)}`);
    }
    parts.push(executionSummary(e, graph, executionConsoleUrl(e.arn)));
  }
  if (executions.length > MAX_DIAGRAMS) {
    const rest = executions
      .slice(MAX_DIAGRAMS)
      .map((e) => ({ arn: e.arn, displayName: e.displayName, status: e.status }));
    parts.push(executionsTable('(more executions)', rest, executionConsoleUrl));
  }
  return parts.join('\n');
}
