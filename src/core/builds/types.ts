/** A CodeBuild build as the toolkit sees it (mapped from BatchGetBuilds by the gateway). */
export type BuildStatus = 'SUCCEEDED' | 'FAILED' | 'FAULT' | 'TIMED_OUT' | 'IN_PROGRESS' | 'STOPPED';

export interface PhaseContext {
  statusCode?: string;
  message?: string;
}

export interface BuildPhase {
  /** SUBMITTED, QUEUED, PROVISIONING, DOWNLOAD_SOURCE, INSTALL, PRE_BUILD, BUILD, POST_BUILD, ... */
  type: string;
  /** Absent while the phase runs in some responses; SUCCEEDED, FAILED, FAULT, TIMED_OUT, IN_PROGRESS, STOPPED. */
  status?: string;
  durationSeconds?: number;
  /** Epoch ms; the end is absent while the phase runs. */
  startTime?: number;
  endTime?: number;
  contexts: PhaseContext[];
}

export interface Build {
  id: string;
  arn: string;
  status: BuildStatus | string;
  /** `buildComplete`: the only reliable end signal (status stays IN_PROGRESS through FINALIZING). */
  complete: boolean;
  currentPhase?: string;
  /** The project the build belongs to. */
  project?: string;
  /** Epoch ms; the end is set once the build is complete. */
  startTime?: number;
  endTime?: number;
  phases: BuildPhase[];
  /** The build's log stream: appears some time after the start, not at once. */
  logs?: { group: string; stream: string; deepLink?: string };
  exportedVariables: { name: string; value: string }[];
  number?: number;
}

export type EnvType = 'PLAINTEXT' | 'PARAMETER_STORE' | 'SECRETS_MANAGER';
export interface EnvVar {
  name: string;
  value: string;
  type: EnvType;
}

/** CodeBuild's ComputeType enum. */
export const COMPUTE_TYPES = [
  'BUILD_GENERAL1_SMALL',
  'BUILD_GENERAL1_MEDIUM',
  'BUILD_GENERAL1_LARGE',
  'BUILD_GENERAL1_XLARGE',
  'BUILD_GENERAL1_2XLARGE',
  'BUILD_LAMBDA_1GB',
  'BUILD_LAMBDA_2GB',
  'BUILD_LAMBDA_4GB',
  'BUILD_LAMBDA_8GB',
  'BUILD_LAMBDA_10GB',
  'ATTRIBUTE_BASED_COMPUTE',
  'CUSTOM_INSTANCE_TYPE',
] as const;
export type ComputeType = (typeof COMPUTE_TYPES)[number];

export interface StartBuildRequest {
  projectName: string;
  sourceVersion?: string;
  buildspecOverride?: string;
  environmentVariablesOverride?: EnvVar[];
  imageOverride?: string;
  computeTypeOverride?: ComputeType;
  timeoutInMinutesOverride?: number;
  idempotencyToken: string;
}

/** CodeBuild, as the domain needs it. `signal` aborts a request in flight (cancellation). */
export interface BuildGateway {
  start(request: StartBuildRequest): Promise<Build>;
  /** Up to 100 ids a call. */
  batchGet(ids: string[], signal?: AbortSignal): Promise<Build[]>;
  stop(id: string): Promise<Build | undefined>;
  /** The project's build ids, newest first (the first page of ListBuildsForProject). */
  listBuildIds(project: string, signal?: AbortSignal): Promise<string[]>;
}

export interface LogEvent {
  timestamp: number;
  message: string;
}

/** CloudWatch Logs GetLogEvents, forward from the head. `undefined` when the stream does not exist yet. */
export interface LogGateway {
  getEvents(
    group: string,
    stream: string,
    nextToken: string | undefined,
    signal?: AbortSignal,
  ): Promise<{ events: LogEvent[]; nextForwardToken?: string } | undefined>;
}
