import {
  CreatePipelineCommand,
  DescribePipelineCommand,
  DescribePipelineDefinitionForExecutionCommand,
  DescribePipelineExecutionCommand,
  ListPipelineExecutionStepsCommand,
  ListPipelineExecutionsCommand,
  ListPipelineParametersForExecutionCommand,
  ListPipelineVersionsCommand,
  RetryPipelineExecutionCommand,
  SageMakerClient,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
  UpdatePipelineCommand,
  type PipelineExecutionStep,
} from '@aws-sdk/client-sagemaker';
import { type PipelineGateway, type ReadOptions, type StepState } from '../core/pipelines/gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { sendForWait } from './transient.js';

/** The pipeline gateway over the SageMaker API. Errors are classified for the domain's waits. */
export function sagemakerPipelines(ctx: AwsContext): PipelineGateway {
  const client = lazyClient(ctx, 'SAGEMAKER', (config) => new SageMakerClient(config));
  const send = sendForWait;
  const ms = (d: Date | undefined) => (d ? d.getTime() : undefined);

  return {
    async describePipeline(name, versionId) {
      try {
        const p = await send(() =>
          client().send(
            new DescribePipelineCommand({
              PipelineName: name,
              ...(versionId !== undefined ? { PipelineVersionId: versionId } : {}),
            }),
          ),
        );
        return {
          arn: p.PipelineArn ?? '',
          name: p.PipelineName ?? name,
          definition: p.PipelineDefinition ?? '{}',
        };
      } catch (err) {
        if ((err as Error).name === 'ResourceNotFound') return undefined;
        throw err;
      }
    },
    async createPipeline(req) {
      const out = await send(() =>
        client().send(
          new CreatePipelineCommand({
            PipelineName: req.name,
            PipelineDefinition: req.definition,
            RoleArn: req.roleArn,
            ClientRequestToken: req.token,
            ...(req.description ? { PipelineDescription: req.description } : {}),
          }),
        ),
      );
      return out.PipelineArn ?? '';
    },
    async updatePipeline(req) {
      const out = await send(() =>
        client().send(
          new UpdatePipelineCommand({
            PipelineName: req.name,
            PipelineDefinition: req.definition,
            RoleArn: req.roleArn,
            ...(req.description ? { PipelineDescription: req.description } : {}),
          }),
        ),
      );
      return out.PipelineVersionId;
    },
    async latestVersion(pipelineName) {
      const page = await send(() =>
        client().send(
          new ListPipelineVersionsCommand({
            PipelineName: pipelineName,
            SortOrder: 'Descending',
            MaxResults: 1,
          }),
        ),
      );
      return page.PipelineVersionSummaries?.[0]?.PipelineVersionId;
    },
    async retryExecution(arn, token, maxParallelSteps) {
      const out = await send(() =>
        client().send(
          new RetryPipelineExecutionCommand({
            PipelineExecutionArn: arn,
            ClientRequestToken: token,
            ...(maxParallelSteps
              ? { ParallelismConfiguration: { MaxParallelExecutionSteps: maxParallelSteps } }
              : {}),
          }),
        ),
      );
      return out.PipelineExecutionArn ?? arn;
    },
    async executionParameters(arn) {
      const parameters: { Name: string; Value: string }[] = [];
      let token: string | undefined;
      do {
        const page = await send(() =>
          client().send(
            new ListPipelineParametersForExecutionCommand({
              PipelineExecutionArn: arn,
              MaxResults: 100,
              ...(token ? { NextToken: token } : {}),
            }),
          ),
        );
        for (const p of page.PipelineParameters ?? [])
          parameters.push({ Name: p.Name ?? '', Value: p.Value ?? '' });
        token = page.NextToken;
      } while (token);
      return parameters;
    },
    async startExecution(req) {
      const out = await send(() =>
        client().send(
          new StartPipelineExecutionCommand({
            PipelineName: req.pipelineName,
            ClientRequestToken: req.clientRequestToken,
            ...(req.parameters.length ? { PipelineParameters: req.parameters } : {}),
            ...(req.displayName ? { PipelineExecutionDisplayName: req.displayName } : {}),
            ...(req.description ? { PipelineExecutionDescription: req.description } : {}),
            ...(req.maxParallelSteps
              ? { ParallelismConfiguration: { MaxParallelExecutionSteps: req.maxParallelSteps } }
              : {}),
            ...(req.selective
              ? {
                  SelectiveExecutionConfig: {
                    SelectedSteps: req.selective.steps.map((StepName) => ({ StepName })),
                    ...(req.selective.sourceArn
                      ? { SourcePipelineExecutionArn: req.selective.sourceArn }
                      : {}),
                  },
                }
              : {}),
            ...(req.pipelineVersionId !== undefined ? { PipelineVersionId: req.pipelineVersionId } : {}),
          }),
        ),
      );
      if (!out.PipelineExecutionArn)
        throw new Error('StartPipelineExecution returned no PipelineExecutionArn');
      return out.PipelineExecutionArn;
    },
    async describeExecution(arn, options) {
      const e = await send(() =>
        client().send(
          new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }),
          abortable(options),
        ),
      );
      return {
        arn: e.PipelineExecutionArn ?? arn,
        status: e.PipelineExecutionStatus ?? 'Executing',
        displayName: e.PipelineExecutionDisplayName,
        failureReason: e.FailureReason,
        startTime: ms(e.CreationTime),
        lastModifiedTime: ms(e.LastModifiedTime),
      };
    },
    async listExecutions(pipelineName, nextToken, options) {
      const page = await send(() =>
        client().send(
          new ListPipelineExecutionsCommand({
            PipelineName: pipelineName,
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: options?.maxResults ?? 100,
            ...(nextToken ? { NextToken: nextToken } : {}),
          }),
          abortable(options),
        ),
      );
      return {
        executions: (page.PipelineExecutionSummaries ?? []).map((e) => ({
          arn: e.PipelineExecutionArn ?? '',
          status: e.PipelineExecutionStatus ?? 'Executing',
          displayName: e.PipelineExecutionDisplayName,
          failureReason: e.PipelineExecutionFailureReason,
          startTime: ms(e.StartTime),
          ...(e.PipelineExecutionDescription ? { description: e.PipelineExecutionDescription } : {}),
        })),
        ...(page.NextToken ? { nextToken: page.NextToken } : {}),
      };
    },
    async listSteps(arn, options) {
      const steps: StepState[] = [];
      let token: string | undefined;
      do {
        const page = await send(() =>
          client().send(
            new ListPipelineExecutionStepsCommand({
              PipelineExecutionArn: arn,
              SortOrder: 'Descending',
              MaxResults: 100,
              ...(token ? { NextToken: token } : {}),
            }),
            abortable(options),
          ),
        );
        steps.push(...(page.PipelineExecutionSteps ?? []).map(toStep));
        token = page.NextToken;
      } while (token && !options?.firstPageOnly);
      return { steps, complete: !token };
    },
    async definitionForExecution(arn) {
      const out = await send(() =>
        client().send(new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: arn })),
      );
      return out.PipelineDefinition ?? '{}';
    },
    async stopExecution(arn, token) {
      await send(() =>
        client().send(
          new StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token }),
        ),
      );
    },
  };
}

/** Reads are abandoned when the wait is cancelled; StopPipelineExecution never is. */
function abortable(options: ReadOptions | undefined) {
  return options?.signal ? { abortSignal: options.signal } : {};
}

function toStep(s: PipelineExecutionStep): StepState {
  return {
    name: s.StepName ?? '',
    displayName: s.StepDisplayName,
    status: s.StepStatus ?? 'Starting',
    startTime: s.StartTime?.getTime(),
    endTime: s.EndTime?.getTime(),
    failureReason: s.FailureReason,
    attemptCount: s.AttemptCount,
    metadata: s.Metadata as Record<string, unknown> | undefined,
    ...(s.SelectiveExecutionResult?.SourcePipelineExecutionArn
      ? { reusedFrom: s.SelectiveExecutionResult.SourcePipelineExecutionArn }
      : {}),
  };
}
