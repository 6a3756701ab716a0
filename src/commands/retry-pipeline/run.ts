import { awsFor } from '../aws-options.js';
import { sagemakerJobs } from '../../aws/sagemaker-jobs.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import { UserError } from '../../core/errors.js';
import { executionConsoleUrl, executionId } from '../../core/pipelines/executions.js';
import type { StepState } from '../../core/pipelines/gateway.js';
import { retryToken, untilRetryShows } from '../../core/pipelines/retry.js';
import { formatSpan } from '../../core/pipelines/steps.js';
import type { RunContext } from '../../hosts/host.js';
import { waitAndReport, waitSettings } from '../wait-pipeline/report.js';
import { spec } from './spec.js';

/**
 * Retries a Failed execution in place. An execution already Executing again is the retry this
 * step made before its response was lost (or someone else's): it is waited on, not retried twice.
 */
export async function run({ host, inputs, aws }: RunContext<typeof spec>): Promise<void> {
  const arn = inputs['execution-arn'];
  const context = awsFor(host, aws, spec.action);
  const gateway = sagemakerPipelines(context);
  const state = await gateway.describeExecution(arn);
  const name = state.displayName ?? executionId(arn);
  let preface = '';
  if (state.status === 'Failed') {
    const { steps } = await gateway.listSteps(arn);
    await gateway.retryExecution(
      arn,
      retryToken(host.run, arn, 'retry-pipeline'),
      inputs['max-parallel-steps'],
    );
    await untilRetryShows({ gateway, arn, clock: host.clock, log: host, signal: host.signal });
    preface = resumedFrom(name, steps);
    host.info(`Retried ${name} from its failed steps: ${arn}`);
  } else if (state.status === 'Executing') {
    host.info(`${name} is already Executing (retried before?): not retried again`);
  } else {
    throw new UserError(
      `execution ${name} is ${state.status}: only a Failed execution can be retried (start a new one instead)`,
    );
  }
  host.setOutput('execution-arn', arn);
  host.setOutput('execution-url', executionConsoleUrl(arn));
  host.info(executionConsoleUrl(arn));
  if (!inputs.wait) {
    await host.appendSummary(
      `### 🔁 Retried pipeline execution [${name}](${executionConsoleUrl(arn)})\n\n${preface}`,
    );
    return;
  }
  await waitAndReport(
    host,
    gateway,
    [arn],
    { ...waitSettings(inputs), maxParallelSteps: inputs['max-parallel-steps'] },
    sagemakerJobs(context),
    preface,
  );
}

/** What the retry keeps: the steps that succeeded before it, and the step time they are not run again. */
function resumedFrom(name: string, steps: StepState[]): string {
  const failed = steps.filter((s) => s.status === 'Failed').map((s) => s.name);
  const kept = steps.filter((s) => s.status === 'Succeeded');
  const ms = kept.reduce((t, s) => t + (s.endTime ?? 0) - (s.startTime ?? s.endTime ?? 0), 0);
  const lines = [`### 🔁 Resumed ${name}${failed.length ? ` from ${failed.join(', ')}` : ''}`, ''];
  if (kept.length)
    lines.push(
      `Kept ${kept.map((s) => s.name).join(', ')} from the failed attempt: **${formatSpan(ms)} of step time not run again**.`,
      '',
    );
  return lines.join('\n') + '\n';
}
