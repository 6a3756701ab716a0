import type { PipelineRuns } from './sagemaker-executions.js';
import { checkToken } from './sagemaker-executions.js';
import { dependenciesOf, type PipelineScript } from './sagemaker-timeline.js';
import { AwsError } from './server.js';

/**
 * Running an execution again, as SageMaker does: RetryPipelineExecution (a Failed execution re-runs
 * in place from its failed step, the same ARN; idempotent on ClientRequestToken), a selective
 * start's SelectiveExecutionConfig checks, and ListPipelineParametersForExecution.
 */
export function installReruns(runs: PipelineRuns): void {
  const sandbox = runs.world.sandbox;
  sandbox.on(
    'SageMaker.RetryPipelineExecution',
    (input: {
      PipelineExecutionArn: string;
      ClientRequestToken?: string;
      ParallelismConfiguration?: { MaxParallelExecutionSteps?: number };
    }) => {
      checkToken(input.ClientRequestToken);
      const max = input.ParallelismConfiguration?.MaxParallelExecutionSteps;
      if (max !== undefined && (max < 1 || !Number.isInteger(max)))
        throw new AwsError('ValidationException', 'MaxParallelExecutionSteps must be at least 1.');
      const e = runs.execution(input.PipelineExecutionArn);
      const run = runs.runs.get(e.arn)!;
      if (run.retryTokens.includes(input.ClientRequestToken!)) return { PipelineExecutionArn: e.arn };
      runs.advance(e, sandbox.now());
      if (e.status !== 'Failed')
        throw new AwsError(
          'ValidationException',
          `Pipeline execution ${e.arn} is in ${e.status} status; only a Failed execution can be retried.`,
        );
      run.retries.push(sandbox.now());
      run.retryTokens.push(input.ClientRequestToken!);
      runs.advance(e, sandbox.now());
      return { PipelineExecutionArn: e.arn };
    },
  );
  sandbox.on(
    'SageMaker.ListPipelineParametersForExecution',
    (input: { PipelineExecutionArn: string; MaxResults?: number; NextToken?: string }) => {
      const e = runs.execution(input.PipelineExecutionArn);
      const run = runs.runs.get(e.arn)!;
      // Every parameter of the definition it ran, with the value it ran with (a default when not given).
      const defined =
        (JSON.parse(run.definition) as { Parameters?: { Name: string; DefaultValue?: string }[] })
          .Parameters ?? [];
      const given = new Map(run.parameters.map((p) => [p.Name, p.Value]));
      const all = defined.map((p) => ({
        Name: p.Name,
        Value: given.get(p.Name) ?? String(p.DefaultValue ?? ''),
      }));
      const max = input.MaxResults ?? 50;
      const from = input.NextToken ? Number(input.NextToken) : 0;
      return {
        PipelineParameters: all.slice(from, from + max),
        ...(from + max < all.length ? { NextToken: String(from + max) } : {}),
      };
    },
  );
}

/** A start's SelectiveExecutionConfig, refused as SageMaker refuses it; the selection when valid. */
export function checkSelective(
  runs: PipelineRuns,
  pipeline: string,
  script: PipelineScript,
  config: { SourcePipelineExecutionArn?: string; SelectedSteps?: { StepName: string }[] } | undefined,
): { steps: string[]; source?: string } | undefined {
  if (!config) return undefined;
  const steps = (config.SelectedSteps ?? []).map((s) => s.StepName);
  if (steps.length < 1 || steps.length > 50)
    throw new AwsError(
      'ValidationException',
      "1 validation error detected: Value at 'selectiveExecutionConfig.selectedSteps' failed to satisfy constraint: Member must have length between 1 and 50",
    );
  const known = script.steps.map((s) => s.name);
  const unknown = steps.filter((s) => !known.includes(s));
  if (unknown.length)
    throw new AwsError(
      'ValidationException',
      `Selected steps [${unknown.join(', ')}] are not in the pipeline definition.`,
    );
  const source = config.SourcePipelineExecutionArn;
  if (source) {
    const e = runs.world.executions.find((x) => x.arn === source);
    if (!e || e.pipelineName !== pipeline)
      throw new AwsError('ValidationException', `Invalid SourcePipelineExecutionArn: ${source}.`);
    runs.advance(e, runs.world.sandbox.now());
    if (e.status !== 'Succeeded' && e.status !== 'Failed')
      throw new AwsError(
        'ValidationException',
        `Source pipeline execution ${source} is ${e.status}; it must be Succeeded or Failed.`,
      );
    return { steps, source };
  }
  const needs = [
    ...new Set(steps.flatMap((s) => dependenciesOf(script, s)).filter((d) => !steps.includes(d))),
  ];
  if (needs.length)
    throw new AwsError(
      'ValidationException',
      `Invalid SourcePipelineExecutionArn: null. The selected steps [${steps.join(', ')}] have dependencies on [${needs.join(', ')}]`,
    );
  return { steps };
}
