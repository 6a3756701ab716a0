/**
 * What the pipeline domain needs from SageMaker, as plain data. src/aws/sagemaker-pipelines.ts
 * implements it with the SDK; tests and the benchmark implement it over a scripted world.
 */
export const EXECUTION_STATUSES = ['Executing', 'Stopping', 'Stopped', 'Failed', 'Succeeded'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];
/** The statuses after which an execution never changes again. */
export const TERMINAL: readonly string[] = ['Stopped', 'Failed', 'Succeeded'];

export function isTerminal(status: string): boolean {
  return TERMINAL.includes(status);
}

export interface ExecutionState {
  arn: string;
  status: string;
  displayName?: string;
  failureReason?: string;
  /** ms since the epoch. */
  startTime?: number;
  /** When the execution was last modified: its end, once terminal. */
  lastModifiedTime?: number;
  /** The execution's description (listed executions only). */
  description?: string;
}

/** One step of an execution, as ListPipelineExecutionSteps reports it. */
export interface StepState {
  name: string;
  displayName?: string;
  /** Starting | Executing | Stopping | Stopped | Failed | Succeeded. */
  status: string;
  startTime?: number;
  endTime?: number;
  failureReason?: string;
  attemptCount?: number;
  /** The step's Metadata, as the API returns it (TrainingJob.Arn, Condition.Outcome, RegisterModel.Arn...). */
  metadata?: Record<string, unknown>;
  /** A selective execution's step that did not run: the execution whose output it reused. */
  reusedFrom?: string;
}

export interface PipelineInfo {
  arn: string;
  name: string;
  /** The definition JSON, as a string. */
  definition: string;
}

export interface StartRequest {
  pipelineName: string;
  parameters: { Name: string; Value: string }[];
  displayName?: string;
  description?: string;
  clientRequestToken: string;
  maxParallelSteps?: number;
  /** Run only these steps, reusing the other steps' outputs from `sourceArn` (SelectiveExecutionConfig). */
  selective?: { steps: string[]; sourceArn?: string };
  /** Start this version of the pipeline (PipelineVersionId); default: the latest. */
  pipelineVersionId?: number;
}

/** Options of the reads a wait makes: aborting the signal abandons a call in flight (cancel). */
export interface ReadOptions {
  signal?: AbortSignal;
}

export interface PipelineGateway {
  /** Undefined when the pipeline does not exist; with `versionId`, that version's definition. */
  describePipeline(name: string, versionId?: number): Promise<PipelineInfo | undefined>;
  createPipeline(req: {
    name: string;
    definition: string;
    roleArn: string;
    token: string;
    description?: string;
  }): Promise<string>;
  updatePipeline(req: {
    name: string;
    definition: string;
    roleArn: string;
    description?: string;
  }): Promise<number | undefined>;
  /** The newest version of a pipeline (ListPipelineVersions): what CreatePipeline made. */
  latestVersion(pipelineName: string): Promise<number | undefined>;
  startExecution(req: StartRequest): Promise<string>;
  /**
   * RetryPipelineExecution: re-runs a failed execution from its failed steps, in place (the same
   * ARN); the token makes a retried request one retry.
   */
  retryExecution(arn: string, token: string, maxParallelSteps?: number): Promise<string>;
  /** The parameters an execution ran with (ListPipelineParametersForExecution, every page). */
  executionParameters(arn: string): Promise<{ Name: string; Value: string }[]>;
  describeExecution(arn: string, options?: ReadOptions): Promise<ExecutionState>;
  /** Executions of one pipeline, newest first: one call returns up to 100 statuses. */
  listExecutions(
    pipelineName: string,
    nextToken?: string,
    options?: ReadOptions & { maxResults?: number },
  ): Promise<{ executions: ExecutionState[]; nextToken?: string }>;
  /**
   * The steps of an execution, newest first: every page, or with `firstPageOnly` one call (the
   * 100 newest steps, where a running execution's transitions are); `complete` says whether the
   * steps returned are all of them.
   */
  listSteps(
    arn: string,
    options?: ReadOptions & { firstPageOnly?: boolean },
  ): Promise<{ steps: StepState[]; complete: boolean }>;
  /** The definition JSON the execution ran with. */
  definitionForExecution(arn: string): Promise<string>;
  stopExecution(arn: string, token: string): Promise<void>;
}

/** `arn:...:pipeline/<name>/execution/<id>` → `<name>` (lower-cased by SageMaker in ARNs). */
export function pipelineOfExecution(arn: string): string {
  const m = /:pipeline\/([^/]+)\/execution\//.exec(arn);
  return m ? m[1]! : '';
}

/**
 * A gateway call that failed in a way that says "try again later" (throttling, 5xx, a dropped
 * connection), after the client's own retries. Waits swallow it and poll again.
 */
export class TransientError extends Error {
  override name = 'TransientError';
}
