import { randomUUID } from 'node:crypto';
import { awsFor } from '../aws-options.js';
import { cloudWatchLogGateway, codeBuildGateway } from '../../aws/codebuild.js';
import { isTransient } from '../../aws/transient.js';
import { buildConsoleUrl, failedPhase, phaseTable } from '../../core/builds/summary.js';
import type { StartBuildRequest } from '../../core/builds/types.js';
import { watchBuilds } from '../../core/builds/watch.js';
import { CancelledError, OutcomeError } from '../../core/errors.js';
import { runScopedHash } from '../../core/run-info.js';
import type { Host, RunContext } from '../../hosts/host.js';
import { spec } from './spec.js';

/**
 * The same step of the same run attempt sends the same token, so a retried StartBuild within
 * CodeBuild's 5-minute window returns the build it already started instead of a second one.
 */
function idempotencyToken(host: Host, request: Omit<StartBuildRequest, 'idempotencyToken'>): string {
  const h = runScopedHash(host.run, 'build-container', [JSON.stringify(request)]);
  if (!h) return randomUUID();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export async function run({ host, inputs, checked, aws: awsInputs }: RunContext<typeof spec>): Promise<void> {
  const env = inputs.env ?? [];
  for (const v of env) if (v.type !== 'PLAINTEXT') host.mask(v.value);
  const image = inputs.image;
  const computeType = inputs['compute-type'];
  const request: Omit<StartBuildRequest, 'idempotencyToken'> = {
    projectName: inputs['project-name'],
    ...(checked.sourceVersion ? { sourceVersion: checked.sourceVersion } : {}),
    ...(checked.buildspecOverride !== undefined ? { buildspecOverride: checked.buildspecOverride } : {}),
    ...(env.length ? { environmentVariablesOverride: env } : {}),
    ...(image ? { imageOverride: image } : {}),
    ...(computeType ? { computeTypeOverride: computeType } : {}),
    ...(checked.timeoutInMinutes !== undefined ? { timeoutInMinutesOverride: checked.timeoutInMinutes } : {}),
  };
  const hideLogs = inputs['hide-logs'];
  const stopOnCancel = inputs['stop-on-cancel'];

  const aws = awsFor(host, awsInputs, spec.action);
  const builds = codeBuildGateway(aws);
  const logs = hideLogs ? undefined : cloudWatchLogGateway(aws);

  const started = await builds.start({ ...request, idempotencyToken: idempotencyToken(host, request) });
  host.setOutput('build-id', started.id);
  host.setOutput('build-arn', started.arn);
  const url = buildConsoleUrl(started.arn);
  host.info(`Started build ${started.id}${url ? `: ${url}` : ''}`);

  // A build's log line that looks like a workflow command must be shown, not obeyed.
  const onLine = (_id: string, line: string) => host.remoteLine(line);

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
