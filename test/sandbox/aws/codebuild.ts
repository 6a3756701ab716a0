import { randomUUID } from 'node:crypto';
import { LogsWorld, type SandboxLogEvent } from './cloudwatch-logs.js';
import { AwsError, epochSeconds, type AwsSandbox } from './server.js';

/**
 * CodeBuild in the sandbox: StartBuild (with idempotency tokens and the API's checks),
 * BatchGetBuilds (phases advancing with sandbox time, `buildComplete`, logs appearing late,
 * exported variables at the end), ListBuildsForProject and StopBuild. Each project has a scenario saying what its builds
 * do; the build's log lines go to a CloudWatch Logs stream in `logs`.
 */
export interface PhaseScript {
  type: string;
  durationMs: number;
  status?: 'SUCCEEDED' | 'FAILED' | 'FAULT' | 'TIMED_OUT';
  contexts?: { statusCode: string; message: string }[];
}

export interface BuildScenario {
  phases: PhaseScript[];
  /** Log lines by time after the start (ms); `ingestDelayMs` delays when they can be read. */
  lines: { atMs: number; message: string; ingestDelayMs?: number }[];
  /** When BatchGetBuilds starts naming the log stream (after the start). */
  logsAfterMs?: number;
  /** When the stream exists (after the start); default: when it is named. */
  streamAfterMs?: number;
  exported?: Record<string, string>;
}

export const ALL_PHASES = [
  'SUBMITTED',
  'QUEUED',
  'PROVISIONING',
  'DOWNLOAD_SOURCE',
  'INSTALL',
  'PRE_BUILD',
  'BUILD',
  'POST_BUILD',
  'UPLOAD_ARTIFACTS',
  'FINALIZING',
];

const COMPUTE =
  /^(BUILD_GENERAL1_(SMALL|MEDIUM|LARGE|XLARGE|2XLARGE)|BUILD_LAMBDA_(1|2|4|8|10)GB|ATTRIBUTE_BASED_COMPUTE|CUSTOM_INSTANCE_TYPE)$/;

export interface SandboxBuild {
  id: string;
  arn: string;
  project: string;
  input: StartBuildInput;
  startTime: number;
  scenario: BuildScenario;
  stoppedAt?: number;
  token?: string;
  streamName: string;
}

export class CodeBuildWorld {
  readonly projects = new Map<string, (input: StartBuildInput) => BuildScenario>();
  readonly builds: SandboxBuild[] = [];
  readonly logs: LogsWorld;

  constructor(
    readonly sandbox: AwsSandbox,
    logs?: LogsWorld,
  ) {
    this.logs = logs ?? new LogsWorld(sandbox);
    sandbox.on('CodeBuild_20161006.StartBuild', (input: StartBuildInput) => this.start(input));
    sandbox.on('CodeBuild_20161006.BatchGetBuilds', (input: { ids: string[] }) => {
      if (!Array.isArray(input.ids) || input.ids.length < 1 || input.ids.length > 100) {
        throw new AwsError('InvalidInputException', 'ids must contain 1 to 100 build ids');
      }
      const found = input.ids.map((id) => this.builds.find((b) => b.id === id));
      return {
        builds: found.filter((b): b is SandboxBuild => Boolean(b)).map((b) => this.describe(b)),
        buildsNotFound: input.ids.filter((_, i) => !found[i]),
      };
    });
    sandbox.on(
      'CodeBuild_20161006.ListBuildsForProject',
      (input: { projectName: string; sortOrder?: string; nextToken?: string }) => this.list(input),
    );
    sandbox.on('CodeBuild_20161006.StopBuild', (input: { id: string }) => {
      const b = this.build(input.id);
      if (!this.view(b).complete) b.stoppedAt = this.sandbox.now();
      return { build: this.describe(b) };
    });
  }

  /** Builds of `project` follow `scenario` (or a function of the StartBuild input). */
  addProject(project: string, scenario: BuildScenario | ((input: StartBuildInput) => BuildScenario)): void {
    this.projects.set(project, typeof scenario === 'function' ? scenario : () => scenario);
  }

  /** A project's build ids, 100 a page, newest first unless sortOrder is ASCENDING. */
  private list(input: { projectName: string; sortOrder?: string; nextToken?: string }) {
    if (!this.projects.has(input.projectName))
      throw new AwsError('ResourceNotFoundException', `Project cannot be found: ${input.projectName}`);
    if (input.sortOrder !== undefined && !['ASCENDING', 'DESCENDING'].includes(input.sortOrder))
      throw new AwsError('InvalidInputException', `Invalid sortOrder: ${input.sortOrder}`);
    const ids = this.builds.filter((b) => b.project === input.projectName).map((b) => b.id);
    if (input.sortOrder !== 'ASCENDING') ids.reverse();
    const from = input.nextToken ? Number(input.nextToken) : 0;
    const next = from + 100 < ids.length ? { nextToken: String(from + 100) } : {};
    return { ids: ids.slice(from, from + 100), ...next };
  }

  build(id: string): SandboxBuild {
    const b = this.builds.find((x) => x.id === id);
    if (!b) throw new AwsError('ResourceNotFoundException', `Build ${id} does not exist`);
    return b;
  }

  private start(input: StartBuildInput) {
    const scenario = this.projects.get(input.projectName);
    if (!scenario) {
      throw new AwsError(
        'ResourceNotFoundException',
        `Project cannot be found: ${this.sandbox.arn('codebuild', `project/${input.projectName}`)}`,
      );
    }
    for (const v of input.environmentVariablesOverride ?? []) {
      if (!['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'].includes(v.type ?? 'PLAINTEXT')) {
        throw new AwsError('InvalidInputException', `Invalid environment variable type: ${v.type}`);
      }
      if (!v.name || v.value === undefined)
        throw new AwsError('InvalidInputException', 'Environment variable needs name and value');
    }
    const t = input.timeoutInMinutesOverride;
    if (t !== undefined && (t < 5 || t > 2160)) {
      throw new AwsError('InvalidInputException', 'timeoutInMinutesOverride must be between 5 and 2160');
    }
    if (input.computeTypeOverride !== undefined && !COMPUTE.test(input.computeTypeOverride)) {
      throw new AwsError('InvalidInputException', `Invalid compute type: ${input.computeTypeOverride}`);
    }
    const now = this.sandbox.now();
    if (input.idempotencyToken) {
      const same = this.builds.find(
        (b) => b.token === input.idempotencyToken && now - b.startTime < 5 * 60_000,
      );
      if (same) {
        const strip = (i: StartBuildInput) => JSON.stringify({ ...i, idempotencyToken: undefined });
        if (strip(same.input) !== strip(input)) {
          throw new AwsError(
            'InvalidInputException',
            'Idempotency token already used with different parameters',
          );
        }
        return { build: this.describe(same) };
      }
    }
    const uuid = randomUUID();
    const id = `${input.projectName}:${uuid}`;
    const b: SandboxBuild = {
      id,
      arn: this.sandbox.arn('codebuild', `build/${id}`),
      project: input.projectName,
      input,
      startTime: now,
      scenario: scenario(input),
      token: input.idempotencyToken,
      streamName: uuid,
    };
    this.builds.push(b);
    const s = b.scenario;
    const events: SandboxLogEvent[] = s.lines.map((l) => ({
      timestamp: now + l.atMs,
      message: `${l.message}\n`,
      ingestionTime: now + l.atMs + (l.ingestDelayMs ?? 0),
    }));
    this.logs.addStream(this.group(b), b.streamName, now + (s.streamAfterMs ?? s.logsAfterMs ?? 0), events);
    return { build: this.describe(b) };
  }

  private group(b: SandboxBuild): string {
    return `/aws/codebuild/${b.project}`;
  }

  /** Where the build is at `now`: finished phases, the current one, and whether it is over. */
  private view(b: SandboxBuild) {
    const now = this.sandbox.now();
    const stopAt = b.stoppedAt;
    const phases: Record<string, unknown>[] = [];
    let t = b.startTime;
    let status = 'SUCCEEDED';
    let current: string | undefined;
    for (const p of b.scenario.phases) {
      const end = t + p.durationMs;
      if (stopAt !== undefined && stopAt < end && stopAt >= t) {
        phases.push(this.phase(p.type, t, stopAt, 'STOPPED', []));
        status = 'STOPPED';
        t = stopAt;
        break;
      }
      if (now < end) {
        current = p.type;
        phases.push({ phaseType: p.type, startTime: epochSeconds(t) });
        break;
      }
      const s = p.status ?? 'SUCCEEDED';
      if (s !== 'SUCCEEDED' && status === 'SUCCEEDED') status = s;
      phases.push(this.phase(p.type, t, end, s, p.contexts ?? []));
      t = end;
    }
    const complete = current === undefined;
    if (complete) phases.push({ phaseType: 'COMPLETED', startTime: epochSeconds(t) });
    return {
      phases,
      complete,
      status: complete ? status : 'IN_PROGRESS',
      current: current ?? 'COMPLETED',
      endTime: t,
    };
  }

  private phase(type: string, start: number, end: number, status: string, contexts: object[]) {
    return {
      phaseType: type,
      phaseStatus: status,
      startTime: epochSeconds(start),
      endTime: epochSeconds(end),
      durationInSeconds: Math.round((end - start) / 1000),
      contexts: contexts.length ? contexts : [{ statusCode: '', message: '' }],
    };
  }

  describe(b: SandboxBuild) {
    const now = this.sandbox.now();
    const v = this.view(b);
    const logsNamed = now - b.startTime >= (b.scenario.logsAfterMs ?? 0);
    return {
      id: b.id,
      arn: b.arn,
      buildNumber: this.builds.filter((x) => x.project === b.project).indexOf(b) + 1,
      startTime: epochSeconds(b.startTime),
      ...(v.complete ? { endTime: epochSeconds(v.endTime) } : {}),
      currentPhase: v.current,
      buildStatus: v.status,
      buildComplete: v.complete,
      projectName: b.project,
      sourceVersion: b.input.sourceVersion,
      phases: v.phases,
      environment: {
        type: 'LINUX_CONTAINER',
        image: b.input.imageOverride ?? 'aws/codebuild/standard:7.0',
        computeType: b.input.computeTypeOverride ?? 'BUILD_GENERAL1_SMALL',
        environmentVariables: b.input.environmentVariablesOverride ?? [],
      },
      timeoutInMinutes: b.input.timeoutInMinutesOverride ?? 60,
      ...(logsNamed
        ? {
            logs: {
              groupName: this.group(b),
              streamName: b.streamName,
              deepLink: `https://console.aws.amazon.com/cloudwatch/home?region=${this.sandbox.region}#logEvent:group=${this.group(b)};stream=${b.streamName}`,
            },
          }
        : {}),
      ...(v.complete && v.status !== 'STOPPED'
        ? {
            exportedEnvironmentVariables: Object.entries(b.scenario.exported ?? {}).map(([name, value]) => ({
              name,
              value,
            })),
          }
        : {}),
    };
  }
}

/** A scenario: the standard phases, `build` taking `buildMs`, lines spread over the build. */
export function standardScenario(options: {
  buildMs?: number;
  lines?: number;
  failIn?: string;
  exported?: Record<string, string>;
  logsAfterMs?: number;
}): BuildScenario {
  const buildMs = options.buildMs ?? 60_000;
  const durations: Record<string, number> = {
    SUBMITTED: 1000,
    QUEUED: 2000,
    PROVISIONING: 8000,
    BUILD: buildMs,
  };
  const phases: PhaseScript[] = ALL_PHASES.map((type) => ({
    type,
    durationMs: durations[type] ?? 2000,
    ...(type === options.failIn
      ? {
          status: 'FAILED' as const,
          contexts: [
            {
              statusCode: 'COMMAND_EXECUTION_ERROR',
              message:
                'Error while executing command: docker run --rm --entrypoint sh "$IMAGE_URI" -c "$TEST_COMMAND". Reason: exit status 1',
            },
          ],
        }
      : {}),
  }));
  const buildStart = phases
    .slice(
      0,
      phases.findIndex((p) => p.type === 'BUILD'),
    )
    .reduce((t, p) => t + p.durationMs, 0);
  const n = options.lines ?? 20;
  const lines = Array.from({ length: n }, (_, i) => ({
    atMs: buildStart + Math.floor(((i + 1) * buildMs) / (n + 1)),
    message: `line ${i + 1} of ${n}`,
  }));
  return { phases, lines, logsAfterMs: options.logsAfterMs ?? 5000, exported: options.exported };
}

export interface StartBuildInput {
  projectName: string;
  sourceVersion?: string;
  buildspecOverride?: string;
  environmentVariablesOverride?: { name: string; value: string; type?: string }[];
  imageOverride?: string;
  computeTypeOverride?: string;
  timeoutInMinutesOverride?: number;
  idempotencyToken?: string;
}
