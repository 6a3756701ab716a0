import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { awsFor } from '../aws-options.js';
import { cloudWatchLogGateway, codeBuildGateway } from '../../aws/codebuild.js';
import { isTransient } from '../../aws/transient.js';
import { parseEnv } from '../../core/builds/env.js';
import { buildConsoleUrl, failedPhase, phaseTable } from '../../core/builds/summary.js';
import { COMPUTE_TYPES, type StartBuildRequest } from '../../core/builds/types.js';
import { watchBuilds } from '../../core/builds/watch.js';
import { CancelledError, InputError, OutcomeError } from '../../core/errors.js';
import { boolean, choice, integer } from '../../core/inputs.js';
import { runScopedHash } from '../../core/run-info.js';
import type { Host } from '../../hosts/host.js';

const PROJECT_NAME = /^[A-Za-z0-9][A-Za-z0-9\-_]{1,254}$/;

/** The buildspec input: a workspace file is sent as its text; an S3 ARN as is; empty: the project's. */
function buildspecOverride(host: Host): string | undefined {
  const value = host.input('buildspec');
  if (!value) return undefined;
  if (value.startsWith('arn:')) return value;
  const path = isAbsolute(value) ? value : join(host.run.workspace, value);
  if (!existsSync(path)) {
    throw new InputError(
      'buildspec',
      'must be a buildspec file in the workspace or an S3 ARN; no such file',
      value,
    );
  }
  const text = readFileSync(path, 'utf8');
  if (!/^version:\s*0\.2\s*$/m.test(text))
    throw new InputError('buildspec', 'must be a buildspec of version 0.2', value);
  return text;
}

/**
 * The same step of the same run attempt sends the same token, so a retried StartBuild within
 * CodeBuild's 5-minute window returns the build it already started instead of a second one.
 */
function idempotencyToken(host: Host, request: Omit<StartBuildRequest, 'idempotencyToken'>): string {
  const h = runScopedHash(host.run, 'build-container', [JSON.stringify(request)]);
  if (!h) return randomUUID();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export async function run(host: Host): Promise<void> {
  const projectName = host.input('project-name');
  if (!projectName) throw new InputError('project-name', 'is required: the name of a CodeBuild project');
  if (!PROJECT_NAME.test(projectName)) {
    throw new InputError(
      'project-name',
      'must be a CodeBuild project name (2-255 letters, digits, - and _)',
      projectName,
    );
  }
  const env = parseEnv('env', host.input('env'));
  for (const v of env) if (v.type !== 'PLAINTEXT') host.mask(v.value);
  const computeType = host.input('compute-type')
    ? choice('compute-type', host.input('compute-type'), COMPUTE_TYPES)
    : undefined;
  const timeout = integer('timeout-minutes', host.input('timeout-minutes'), undefined, {
    min: 5,
    max: 2160,
    unit: 'minutes',
  });
  const hideLogs = boolean('hide-logs', host.input('hide-logs'), false);
  const stopOnCancel = boolean('stop-on-cancel', host.input('stop-on-cancel'), true);
  const sourceVersion = host.input('source-version') || host.run.sha;
  const request: Omit<StartBuildRequest, 'idempotencyToken'> = {
    projectName,
    ...(sourceVersion ? { sourceVersion } : {}),
    ...buildspecOverrideOrNothing(host),
    ...(env.length ? { environmentVariablesOverride: env } : {}),
    ...(host.input('image') ? { imageOverride: host.input('image') } : {}),
    ...(computeType ? { computeTypeOverride: computeType } : {}),
    ...(timeout !== undefined ? { timeoutInMinutesOverride: timeout } : {}),
  };

  const aws = awsFor(host);
  const builds = codeBuildGateway(aws);
  const logs = hideLogs ? undefined : cloudWatchLogGateway(aws);

  const started = await builds.start({ ...request, idempotencyToken: idempotencyToken(host, request) });
  host.setOutput('build-id', started.id);
  host.setOutput('build-arn', started.arn);
  const url = buildConsoleUrl(started.arn);
  host.info(`Started build ${started.id}${url ? `: ${url}` : ''}`);

  // A build's log line that looks like a workflow command must be shown, not obeyed.
  const stopToken = randomUUID();
  const onLine = (_id: string, line: string) => {
    if (host.kind === 'github-actions' && /^\s*::/.test(line)) {
      host.info(`::stop-commands::${stopToken}`);
      host.info(line);
      host.info(`::${stopToken}::`);
    } else {
      host.info(line);
    }
  };

  const result = await watchBuilds([started.id], {
    builds,
    logs,
    clock: host.clock,
    log: host,
    signal: host.signal,
    onLine,
    isTransient,
  });

  if (result.cancelled) {
    if (stopOnCancel) {
      const stopped = await builds.stop(started.id);
      throw new CancelledError(
        `cancelled: stopped build ${started.id}${stopped ? ` (${stopped.status})` : ''}`,
      );
    }
    throw new CancelledError(`cancelled; build ${started.id} goes on (stop-on-cancel is false)`);
  }

  const build = result.builds[0]!;
  host.setOutput('build-status', build.status);
  const exported = Object.fromEntries(build.exportedVariables.map((v) => [v.name, v.value]));
  host.setOutput('exported-variables', exported);
  for (const [name, value] of Object.entries(exported)) host.setOutput(name, value);
  host.setOutput('image-uri', exported.IMAGE_URI ?? '');
  await host.appendSummary(phaseTable(build));

  if (build.status !== 'SUCCEEDED') {
    const failed = failedPhase(build);
    if (failed)
      host.error(failed.message, { title: `CodeBuild ${failed.phase.type} phase ${failed.phase.status}` });
    throw new OutcomeError(
      `build ${build.id} ended ${build.status}${failed ? ` in ${failed.phase.type}` : ''}`,
    );
  }
  host.info(`Build ${build.id} SUCCEEDED`);
}

function buildspecOverrideOrNothing(host: Host): { buildspecOverride?: string } {
  const text = buildspecOverride(host);
  return text === undefined ? {} : { buildspecOverride: text };
}
