import {
  CodePipelineClient,
  GetPipelineExecutionCommand,
  GetPipelineStateCommand,
  ListPipelineExecutionsCommand,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
} from '@aws-sdk/client-codepipeline';
import type { CodePipelineGateway, StageView } from '../core/codepipeline/follow.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

/** CodePipeline's gateway, and the region its calls go to (for console links). */
export interface CodePipelineAws extends CodePipelineGateway {
  region(): Promise<string>;
}

export function codePipelineGateway(ctx: AwsContext): CodePipelineAws {
  const client = lazyClient(ctx, 'CODEPIPELINE', (config) => new CodePipelineClient(config));
  return {
    region: () => client().config.region(),
    async start(pipeline, variables, token) {
      const r = await client().send(
        new StartPipelineExecutionCommand({
          name: pipeline,
          ...(variables.length ? { variables } : {}),
          clientRequestToken: token,
        }),
      );
      return r.pipelineExecutionId ?? '';
    },
    async execution(pipeline, id) {
      const r = await client().send(
        new GetPipelineExecutionCommand({ pipelineName: pipeline, pipelineExecutionId: id }),
      );
      return {
        status: r.pipelineExecution?.status ?? 'Unknown',
        summary: r.pipelineExecution?.statusSummary,
      };
    },
    async stages(pipeline, id) {
      const r = await client().send(new GetPipelineStateCommand({ name: pipeline }));
      return (r.stageStates ?? []).map((s): StageView => {
        // GetPipelineState shows each stage's latest execution, which may be another one.
        const ours = s.latestExecution?.pipelineExecutionId === id;
        return {
          name: s.stageName ?? '',
          status: ours ? (s.latestExecution?.status ?? 'Unknown') : 'NotReached',
          actions: (s.actionStates ?? []).map((a) => {
            const e = ours ? a.latestExecution : undefined;
            return {
              name: a.actionName ?? '',
              status: e?.status ?? 'NotReached',
              ...(e?.summary ? { summary: e.summary } : {}),
              ...(e?.errorDetails?.message ? { error: e.errorDetails.message } : {}),
              ...(e?.token ? { token: e.token } : {}),
              ...(e?.externalExecutionUrl ? { url: e.externalExecutionUrl } : {}),
            };
          }),
        };
      });
    },
    async previousExecution(pipeline, id) {
      // Newest first; the previous success is almost always among the latest few.
      const r = await client().send(
        new ListPipelineExecutionsCommand({ pipelineName: pipeline, maxResults: 20 }),
      );
      const e = (r.pipelineExecutionSummaries ?? []).find(
        (x) => x.pipelineExecutionId !== id && x.status === 'Succeeded' && x.startTime && x.lastUpdateTime,
      );
      return e ? { startTime: e.startTime!.getTime(), endTime: e.lastUpdateTime!.getTime() } : undefined;
    },
    async stop(pipeline, id, abandon, reason) {
      await client().send(
        new StopPipelineExecutionCommand({
          pipelineName: pipeline,
          pipelineExecutionId: id,
          abandon,
          reason,
        }),
      );
    },
  };
}
