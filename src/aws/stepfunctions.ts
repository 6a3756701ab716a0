import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  type HistoryEvent as SdkHistoryEvent,
} from '@aws-sdk/client-sfn';
import type { HistoryEvent } from '../core/stepfunctions/history.js';
import type { ExecutionView, StartRequest, StepFunctionsGateway } from '../core/stepfunctions/follow.js';
import { lazyClient, type ClientConfig } from './clients.js';
import type { AwsContext } from './context.js';

/** Events per GetExecutionHistory page: the last page is read again on each poll, so keep it small. */
export const HISTORY_PAGE = 100;
/** An Express execution runs at most 5 minutes; StartSyncExecution answers when it ends. */
const SYNC_REQUEST_TIMEOUT_MS = 5 * 60_000 + 30_000;

export interface StepFunctionsAws extends StepFunctionsGateway {
  region(): Promise<string>;
}

/**
 * The client's configuration. StartSyncExecution goes to its own host (`sync-states.<region>...`,
 * the model's `sync-` host prefix); a configured endpoint (a VPC endpoint, a local stand-in) is
 * used exactly as given for every operation, as no `sync-` host exists in front of it.
 */
export function sfnConfig(config: ClientConfig): ClientConfig & { disableHostPrefix: boolean } {
  return { ...config, disableHostPrefix: Boolean(config.endpoint) };
}

export function stepFunctionsGateway(ctx: AwsContext): StepFunctionsAws {
  const client = lazyClient(ctx, 'SFN', (config) => new SFNClient(sfnConfig(config)));
  const request = (r: StartRequest) => ({
    stateMachineArn: r.stateMachineArn,
    name: r.name,
    input: r.input,
    ...(r.traceHeader ? { traceHeader: r.traceHeader } : {}),
  });
  const opts = (signal?: AbortSignal) => (signal ? { abortSignal: signal } : {});
  return {
    region: () => client().config.region(),
    async stateMachine(arn) {
      const r = await client().send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
      return { type: r.type ?? 'STANDARD', ...(r.definition ? { definition: r.definition } : {}) };
    },
    async start(r) {
      const res = await client().send(new StartExecutionCommand(request(r)));
      return { executionArn: res.executionArn ?? '', startDate: res.startDate?.getTime() };
    },
    async startSync(r, signal) {
      const res = await client().send(new StartSyncExecutionCommand(request(r)), {
        abortSignal: signal,
        requestTimeout: SYNC_REQUEST_TIMEOUT_MS,
      });
      return view(res);
    },
    async describe(executionArn, signal) {
      return view(await client().send(new DescribeExecutionCommand({ executionArn }), opts(signal)));
    },
    async history(executionArn, nextToken, signal) {
      const res = await client().send(
        new GetExecutionHistoryCommand({
          executionArn,
          maxResults: HISTORY_PAGE,
          reverseOrder: false,
          includeExecutionData: false,
          ...(nextToken ? { nextToken } : {}),
        }),
        opts(signal),
      );
      return {
        events: (res.events ?? []).map(toEvent),
        ...(res.nextToken ? { nextToken: res.nextToken } : {}),
      };
    },
    async stop(executionArn, error, cause) {
      await client().send(new StopExecutionCommand({ executionArn, error, cause }));
    },
    async previousExecution(stateMachineArn, executionArn) {
      // Newest first; a handful is enough to skip this execution itself.
      const r = await client().send(
        new ListExecutionsCommand({ stateMachineArn, statusFilter: 'SUCCEEDED', maxResults: 5 }),
      );
      const e = (r.executions ?? []).find(
        (x) => x.executionArn !== executionArn && x.startDate && x.stopDate,
      );
      return e ? { startTime: e.startDate!.getTime(), endTime: e.stopDate!.getTime() } : undefined;
    },
    async definitionFor(executionArn) {
      const r = await client().send(new DescribeStateMachineForExecutionCommand({ executionArn }));
      return r.definition;
    },
  };
}

interface SdkExecution {
  executionArn?: string;
  status?: string;
  input?: string;
  output?: string;
  error?: string;
  cause?: string;
  startDate?: Date;
  stopDate?: Date;
}

function view(r: SdkExecution): ExecutionView {
  return {
    executionArn: r.executionArn ?? '',
    status: r.status ?? 'UNKNOWN',
    ...(r.input !== undefined ? { input: r.input } : {}),
    ...(r.output !== undefined ? { output: r.output } : {}),
    ...(r.error !== undefined ? { error: r.error } : {}),
    ...(r.cause !== undefined ? { cause: r.cause } : {}),
    ...(r.startDate ? { startDate: r.startDate.getTime() } : {}),
    ...(r.stopDate ? { stopDate: r.stopDate.getTime() } : {}),
  };
}

/** The event's own `<type>EventDetails` carries its state name, or its error and cause. */
function toEvent(e: SdkHistoryEvent): HistoryEvent {
  const details = Object.entries(e).find(([k, v]) => k.endsWith('EventDetails') && v)?.[1] as
    { error?: string; cause?: string } | undefined;
  const stateName = e.stateEnteredEventDetails?.name ?? e.stateExitedEventDetails?.name;
  return {
    id: e.id ?? 0,
    ...(e.previousEventId ? { previousEventId: e.previousEventId } : {}),
    type: String(e.type ?? ''),
    timestamp: e.timestamp?.getTime() ?? 0,
    ...(stateName ? { stateName } : {}),
    ...(details?.error !== undefined ? { error: details.error } : {}),
    ...(details?.cause !== undefined ? { cause: details.cause } : {}),
  };
}
