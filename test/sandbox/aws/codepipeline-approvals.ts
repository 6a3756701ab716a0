import { randomUUID } from 'node:crypto';
import { AwsError, epochSeconds, type AwsSandbox } from './server.js';

/**
 * CodePipeline manual approvals in the sandbox: GetPipelineState (stages, actions, the pending
 * approval's token) and PutApprovalResult (token checked, summary ≤ 512, status Approved|Rejected).
 */
interface SandboxAction {
  stage: string;
  action: string;
  status?: 'InProgress' | 'Succeeded' | 'Failed' | 'Abandoned';
  token?: string;
  summary?: string;
}

export class CodePipelineApprovalsWorld {
  readonly pipelines = new Map<string, SandboxAction[]>();

  constructor(readonly sandbox: AwsSandbox) {
    sandbox.on('CodePipeline_20150709.GetPipelineState', (input: { name: string }) => {
      const actions = this.pipeline(input.name);
      const stages = [...new Set(actions.map((a) => a.stage))];
      return {
        pipelineName: input.name,
        pipelineVersion: 1,
        created: epochSeconds(sandbox.now()),
        updated: epochSeconds(sandbox.now()),
        stageStates: stages.map((stage) => ({
          stageName: stage,
          actionStates: actions
            .filter((a) => a.stage === stage)
            .map((a) => ({
              actionName: a.action,
              ...(a.status
                ? {
                    latestExecution: {
                      status: a.status,
                      lastStatusChange: epochSeconds(sandbox.now()),
                      ...(a.status === 'InProgress' && a.token ? { token: a.token } : {}),
                      ...(a.summary ? { summary: a.summary } : {}),
                    },
                  }
                : {}),
            })),
        })),
      };
    });
    sandbox.on('CodePipeline_20150709.PutApprovalResult', (input: PutInput) => {
      const actions = this.pipeline(input.pipelineName);
      if (!actions.some((a) => a.stage === input.stageName))
        throw new AwsError('StageNotFoundException', `Stage ${input.stageName} not found`);
      const a = actions.find((x) => x.stage === input.stageName && x.action === input.actionName);
      if (!a) throw new AwsError('ActionNotFoundException', `Action ${input.actionName} not found`);
      if (!['Approved', 'Rejected'].includes(input.result?.status)) {
        throw new AwsError(
          'ValidationException',
          `1 validation error detected: Value '${input.result?.status}' at 'result.status' failed to satisfy constraint: Member must satisfy enum value set: [Approved, Rejected]`,
        );
      }
      if (typeof input.result.summary !== 'string' || input.result.summary.length > 512) {
        throw new AwsError(
          'ValidationException',
          "1 validation error detected: Value at 'result.summary' failed to satisfy constraint: Member must have length less than or equal to 512",
        );
      }
      if (a.status !== 'InProgress')
        throw new AwsError(
          'ApprovalAlreadyCompletedException',
          'The approval request has already been completed.',
        );
      if (input.token !== a.token)
        throw new AwsError(
          'InvalidApprovalTokenException',
          `The token ${input.token} is not valid for this approval request.`,
        );
      a.status = input.result.status === 'Approved' ? 'Succeeded' : 'Failed';
      a.summary = input.result.summary;
      return { approvedAt: epochSeconds(sandbox.now()) };
    });
  }

  /** A pipeline whose `stage/action` manual approval is waiting (InProgress, with a fresh token). */
  addPendingApproval(pipeline: string, stage: string, action: string): string {
    const token = randomUUID();
    const actions = this.pipelines.get(pipeline) ?? [
      { stage: 'Source', action: 'Checkout', status: 'Succeeded' },
    ];
    actions.push({ stage, action, status: 'InProgress', token });
    this.pipelines.set(pipeline, actions);
    return token;
  }

  action(pipeline: string, stage: string, action: string): SandboxAction | undefined {
    return this.pipelines.get(pipeline)?.find((a) => a.stage === stage && a.action === action);
  }

  private pipeline(name: string): SandboxAction[] {
    const p = this.pipelines.get(name);
    if (!p)
      throw new AwsError(
        'PipelineNotFoundException',
        `Account '${this.sandbox.accountId}' does not have a pipeline with name '${name}'`,
      );
    return p;
  }
}

interface PutInput {
  pipelineName: string;
  stageName: string;
  actionName: string;
  token: string;
  result: { status: string; summary: string };
}
