import { stepFunctionsGateway, type StepFunctionsAws } from '../../aws/stepfunctions.js';
import { isTransient } from '../../aws/transient.js';
import { CancelledError, TimeoutError, errorMessage } from '../../core/errors.js';
import {
  followExecution,
  outcomeError,
  startOrAttach,
  type ExecutionView,
  type StartRequest,
} from '../../core/stepfunctions/follow.js';
import { ExecutionTrack } from '../../core/stepfunctions/history.js';
import { unqualified } from '../../core/stepfunctions/inputs.js';
import { executionConsoleUrl, executionSummary } from '../../core/stepfunctions/summary.js';
import type { Host, RunContext } from '../../hosts/host.js';
import { awsFor } from '../aws-options.js';
import { spec } from './spec.js';

export async function run({ host, inputs, checked, aws }: RunContext<typeof spec>): Promise<void> {
  const arn = inputs['state-machine-arn'];
  const request: StartRequest = {
    stateMachineArn: arn,
    name: checked.name,
    input: checked.input,
    ...(inputs['trace-header'] ? { traceHeader: inputs['trace-header'] } : {}),
  };
  const gw = stepFunctionsGateway(awsFor(host, aws, spec.action));
  // The type is the machine's, whichever version or alias runs; DescribeStateMachine takes a
  // version ARN (its definition), not an alias.
  const alias = isAliasArn(arn);
  const machine = await gw.stateMachine(alias ? unqualified(arn) : arn);
  if (machine.type === 'EXPRESS')
    return runExpress(host, gw, request, alias ? undefined : machine.definition);

  const { executionArn, attached } = await startOrAttach(gw, request, host);
  host.setOutput('execution-arn', executionArn);
  const region = await gw.region();
  const url = executionConsoleUrl(region, executionArn);
  if (!attached) host.info(`Started execution ${request.name} of ${arn}: ${url}`);
  if (!inputs.wait) {
    host.setOutput('status', 'RUNNING');
    await host.appendSummary(
      executionSummary({
        stateMachineArn: arn,
        executionArn,
        status: 'RUNNING',
        consoleUrl: url,
        states: [],
      }),
    );
    return;
  }

  const track = new ExecutionTrack(host);
  let stopped = false;
  const summary = async (status: string, execution?: ExecutionView) => {
    const definition = await gw.definitionFor(executionArn).catch((err: unknown) => {
      host.debug(`no definition to draw: ${errorMessage(err)}`);
      return undefined;
    });
    const ended = track.endedAt ?? (execution ? undefined : host.clock.now());
    await host.appendSummary(
      executionSummary({
        stateMachineArn: arn,
        executionArn,
        status,
        consoleUrl: url,
        ...(definition
          ? { definition }
          : { noDiagram: 'The definition this execution ran could not be read.' }),
        states: [...track.states.values()],
        ...(ended !== undefined ? { endedAt: ended } : {}),
        ...(execution?.error ? { error: execution.error } : {}),
        ...(execution?.cause ? { cause: execution.cause } : {}),
      }),
    );
  };
  let execution: ExecutionView;
  try {
    ({ execution } = await followExecution(gw, executionArn, {
      stateMachineArn: arn,
      clock: host.clock,
      log: host,
      signal: host.signal,
      timeoutMs: inputs.timeout,
      isTransient,
      track,
      onStopped: () => {
        stopped = true;
        host.setOutput('status', 'ABORTED');
      },
    }));
  } catch (err) {
    // Cancelled or timed out: the summary shows how far it got.
    if (err instanceof CancelledError || err instanceof TimeoutError) {
      if (stopped) track.markStopped(host.clock.now());
      await summary(track.status).catch(() => undefined);
    }
    throw err;
  }
  host.setOutput('status', execution.status);
  host.setOutput('output', execution.output ?? '');
  host.setOutput('error', execution.error ?? '');
  host.setOutput('cause', execution.cause ?? '');
  await summary(execution.status, execution);
  if (execution.status !== 'SUCCEEDED') throw outcomeError(execution, track.failedState()?.name);
}

/**
 * An Express machine: StartSyncExecution answers when the execution ends (at most 5 minutes),
 * with its status, output, error and cause. Express executions keep no history and cannot be
 * stopped (StopExecution is for Standard ones), nor started idempotently.
 */
async function runExpress(
  host: Host,
  gw: StepFunctionsAws,
  request: StartRequest,
  definition: string | undefined,
): Promise<void> {
  host.info(`Express state machine: running ${request.name} synchronously (StartSyncExecution)`);
  let execution;
  try {
    execution = await gw.startSync(request, host.signal);
  } catch (err) {
    if (!host.signal.aborted) throw err;
    throw new CancelledError(
      'cancelled; an Express execution cannot be stopped (StopExecution is for Standard state machines): it runs to its end, at most 5 minutes',
    );
  }
  host.setOutput('execution-arn', execution.executionArn);
  host.setOutput('status', execution.status);
  host.setOutput('output', execution.output ?? '');
  host.setOutput('error', execution.error ?? '');
  host.setOutput('cause', execution.cause ?? '');
  const region = await gw.region();
  await host.appendSummary(
    executionSummary({
      stateMachineArn: request.stateMachineArn,
      executionArn: execution.executionArn,
      status: execution.status,
      consoleUrl: executionConsoleUrl(region, execution.executionArn),
      ...(definition
        ? { definition }
        : { noDiagram: 'An alias may route to either of two versions: not drawn.' }),
      states: [],
      express: true,
      ...(execution.error ? { error: execution.error } : {}),
      ...(execution.cause ? { cause: execution.cause } : {}),
    }),
  );
  if (execution.status !== 'SUCCEEDED') throw outcomeError(execution, undefined);
}

/** `...:stateMachine:<name>:<qualifier>` where the qualifier is not a version number. */
function isAliasArn(arn: string): boolean {
  const qualifier = arn.split(':')[7];
  return qualifier !== undefined && !/^\d+$/.test(qualifier);
}
