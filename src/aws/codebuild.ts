import {
  BatchGetBuildsCommand,
  CodeBuildClient,
  ListBuildsForProjectCommand,
  StartBuildCommand,
  StopBuildCommand,
  type Build as SdkBuild,
} from '@aws-sdk/client-codebuild';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Build, BuildGateway, LogGateway } from '../core/builds/types.js';
import { FULL_PAGE } from '../core/builds/logs.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

function toBuild(b: SdkBuild): Build {
  return {
    id: b.id ?? '',
    arn: b.arn ?? '',
    status: b.buildStatus ?? 'IN_PROGRESS',
    complete: Boolean(b.buildComplete),
    currentPhase: b.currentPhase,
    number: b.buildNumber,
    ...(b.projectName ? { project: b.projectName } : {}),
    ...(b.startTime ? { startTime: b.startTime.getTime() } : {}),
    ...(b.endTime ? { endTime: b.endTime.getTime() } : {}),
    phases: (b.phases ?? []).map((p) => ({
      type: p.phaseType ?? '',
      status: p.phaseStatus,
      durationSeconds: p.durationInSeconds,
      ...(p.startTime ? { startTime: p.startTime.getTime() } : {}),
      ...(p.endTime ? { endTime: p.endTime.getTime() } : {}),
      contexts: (p.contexts ?? []).map((c) => ({ statusCode: c.statusCode, message: c.message })),
    })),
    logs:
      b.logs?.groupName && b.logs.streamName
        ? { group: b.logs.groupName, stream: b.logs.streamName, deepLink: b.logs.deepLink }
        : undefined,
    exportedVariables: (b.exportedEnvironmentVariables ?? []).map((v) => ({
      name: v.name ?? '',
      value: v.value ?? '',
    })),
  };
}

export function codeBuildGateway(ctx: AwsContext): BuildGateway {
  const client = lazyClient(ctx, 'CODEBUILD', (config) => new CodeBuildClient(config));
  return {
    async start(request) {
      const res = await client().send(new StartBuildCommand(request));
      if (!res.build) throw new Error('StartBuild returned no build');
      return toBuild(res.build);
    },
    async batchGet(ids, signal) {
      const builds: Build[] = [];
      // BatchGetBuilds takes 100 ids a call.
      for (let i = 0; i < ids.length; i += 100) {
        const res = await client().send(new BatchGetBuildsCommand({ ids: ids.slice(i, i + 100) }), {
          abortSignal: signal,
        });
        builds.push(...(res.builds ?? []).map(toBuild));
      }
      return builds;
    },
    async listBuildIds(project, signal) {
      const res = await client().send(
        new ListBuildsForProjectCommand({ projectName: project, sortOrder: 'DESCENDING' }),
        { abortSignal: signal },
      );
      return res.ids ?? [];
    },
    async stop(id) {
      const res = await client().send(new StopBuildCommand({ id }));
      return res.build ? toBuild(res.build) : undefined;
    },
  };
}

export function cloudWatchLogGateway(ctx: AwsContext): LogGateway {
  const client = lazyClient(ctx, 'CLOUDWATCH_LOGS', (config) => new CloudWatchLogsClient(config));
  return {
    async getEvents(group, stream, nextToken, signal) {
      try {
        const res = await client().send(
          new GetLogEventsCommand({
            logGroupName: group,
            logStreamName: stream,
            startFromHead: true,
            limit: FULL_PAGE,
            ...(nextToken ? { nextToken } : {}),
          }),
          { abortSignal: signal },
        );
        return {
          events: (res.events ?? []).map((e) => ({ timestamp: e.timestamp ?? 0, message: e.message ?? '' })),
          nextForwardToken: res.nextForwardToken,
        };
      } catch (err) {
        // The stream is named before CodeBuild creates it: not there yet is not an error.
        if ((err as { name?: string }).name === 'ResourceNotFoundException') return undefined;
        throw err;
      }
    },
  };
}
