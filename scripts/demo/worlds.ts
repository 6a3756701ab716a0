import { PipelinesWorld } from '../../test/sandbox/aws/sagemaker-pipelines.js';
import { PipelineRuns, churnScript } from '../../test/sandbox/aws/sagemaker-executions.js';
import { ModelRegistryWorld } from '../../test/sandbox/aws/sagemaker-model-registry.js';
import type { DemoContext } from './context.js';

export const PIPELINE = 'churn-train';
export const MODEL_GROUP = 'churn-train-models';

/**
 * The demo's SageMaker world, made once whichever step needs it first: the `churn-train` pipeline
 * (15 minutes, 15 s at 60×) with yesterday's run as the timing template, whose RegisterModel step
 * registers a real package in `churn-train-models`, where last week's model is Approved.
 */
export function churnPipeline(ctx: DemoContext) {
  const existing = ctx.worlds.churn as ReturnType<typeof create> | undefined;
  return existing ?? (ctx.worlds.churn = create(ctx));
}

function create(ctx: DemoContext) {
  const pipelines = (ctx.worlds.pipelines ??= new PipelinesWorld(ctx.aws)) as PipelinesWorld;
  const runs = (ctx.worlds.pipelineRuns ??= new PipelineRuns(pipelines)) as PipelineRuns;
  const registry = (ctx.worlds.modelRegistry ??= new ModelRegistryWorld(ctx.aws)) as ModelRegistryWorld;
  runs.registry = registry;
  const production = registry.addPackage(MODEL_GROUP, {
    status: 'Approved',
    approvalDescription: 'Approved by mlops-lead in the release of 2026-11-17',
    metrics: {
      binary_classification_metrics: {
        accuracy: { value: 0.91, standard_deviation: 0.005 },
        auc: { value: 0.94, standard_deviation: 0.004 },
        f1: { value: 0.84, standard_deviation: 0.006 },
      },
    },
  });
  ctx.say(`  (sandbox: ${production.arn} is the approved model in production)`);
  runs.addPipeline(PIPELINE, churnScript({ scale: 0.25 }));
  runs.addRun(PIPELINE, 'nightly0001', ctx.aws.now() - 86_400_000);
  return { pipelines, runs, registry, production };
}
