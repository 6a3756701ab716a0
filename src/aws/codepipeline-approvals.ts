import {
  CodePipelineClient,
  GetPipelineStateCommand,
  PutApprovalResultCommand,
} from '@aws-sdk/client-codepipeline';
import type { PipelineActionState } from '../core/promotion/approval.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

/** CodePipeline's manual approvals: the actions' latest state (with tokens), and the answer. */
export interface CodePipelineApprovals {
  actionStates(pipeline: string): Promise<PipelineActionState[]>;
  putApprovalResult(req: {
    pipeline: string;
    stage: string;
    action: string;
    token: string;
    status: 'Approved' | 'Rejected';
    summary: string;
  }): Promise<void>;
}

export function codePipelineApprovals(ctx: AwsContext): CodePipelineApprovals {
  const client = lazyClient(ctx, 'CODEPIPELINE', (config) => new CodePipelineClient(config));
  return {
    async actionStates(pipeline) {
      const state = await client().send(new GetPipelineStateCommand({ name: pipeline }));
      return (state.stageStates ?? []).flatMap((stage) =>
        (stage.actionStates ?? []).map((a) => ({
          stageName: stage.stageName ?? '',
          actionName: a.actionName ?? '',
          ...(a.latestExecution?.status ? { status: a.latestExecution.status } : {}),
          ...(a.latestExecution?.token ? { token: a.latestExecution.token } : {}),
        })),
      );
    },
    async putApprovalResult(req) {
      await client().send(
        new PutApprovalResultCommand({
          pipelineName: req.pipeline,
          stageName: req.stage,
          actionName: req.action,
          token: req.token,
          result: { status: req.status, summary: req.summary },
        }),
      );
    },
  };
}
