import type { PipelineScript, StepScript } from './sagemaker-timeline.js';

/** A definition JSON as the SageMaker Python SDK writes it: branches nested in their condition step. */
export function definitionOf(script: PipelineScript): Record<string, unknown> {
  const toStep = (s: StepScript, previous?: string): Record<string, unknown> => {
    const args: Record<string, unknown> = {};
    if (s.reads) args.ModelDataUrl = { Get: `Steps.${s.reads}.ModelArtifacts.S3ModelArtifacts` };
    if (s.type === 'Condition') {
      args.Conditions = [
        {
          Type: 'GreaterThanOrEqualTo',
          LeftValue: {
            'Std:JsonGet': {
              PropertyFile: { Get: `Steps.${previous}.PropertyFiles.Eval` },
              Path: 'accuracy',
            },
          },
          RightValue: 0.9,
        },
      ];
      args.IfSteps = script.steps
        .filter((b) => b.branch?.of === s.name && b.branch.when === 'True')
        .map((b) => toStep(b));
      args.ElseSteps = script.steps
        .filter((b) => b.branch?.of === s.name && b.branch.when === 'False')
        .map((b) => toStep(b));
    }
    return {
      Name: s.name,
      Type: s.type,
      ...(previous && s.type !== 'Condition' && !s.reads ? { DependsOn: [previous] } : {}),
      Arguments: args,
    };
  };
  const top = script.steps.filter((s) => !s.branch);
  return {
    Version: '2020-12-01',
    Parameters: script.parameters ?? [],
    Steps: top.map((s, i) => toStep(s, top[i - 1]?.name)),
  };
}

/** How SageMaker reports a job it could not place (the Python SDK looks for `CapacityError`). */
export const CAPACITY_FAILURE =
  'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.';

/**
 * The churn model's pipeline: 60 minutes when accuracy passes (Preprocess 10m, Train 40m,
 * Evaluate 9m30s, CheckAccuracy 10s, RegisterModel 20s); `scale` shrinks every duration.
 */
export function churnScript(
  options: {
    outcome?: 'True' | 'False';
    /** This step fails in the user's code (an AlgorithmError), every time. */
    failAt?: string;
    /** This step fails for lack of capacity (a transient failure), in the first attempt only. */
    capacityFailAt?: string;
    scale?: number;
  } = {},
): PipelineScript {
  const k = options.scale ?? 1;
  const step = (
    name: string,
    type: string,
    minutes: number,
    extra: Partial<StepScript> = {},
  ): StepScript => ({
    name,
    type,
    durationMs: Math.round(minutes * 60_000 * k),
    ...(options.failAt === name ? { fail: `AlgorithmError: ${name} ran out of memory (exit code 137)` } : {}),
    ...(options.capacityFailAt === name ? { fail: CAPACITY_FAILURE, failAttempts: 1 } : {}),
    ...extra,
  });
  return {
    parameters: [
      { Name: 'InputData', Type: 'String', DefaultValue: 's3://acme-ml/churn/latest/' },
      { Name: 'Epochs', Type: 'Integer', DefaultValue: '10' },
      { Name: 'LearningRate', Type: 'Float', DefaultValue: '0.1' },
      { Name: 'UseSpot', Type: 'Boolean', DefaultValue: 'false' },
    ],
    steps: [
      step('Preprocess', 'Processing', 10),
      step('Train', 'Training', 40),
      step('Evaluate', 'Processing', 9.5, { reads: 'Train' }),
      step('CheckAccuracy', 'Condition', 1 / 6, { outcome: options.outcome ?? 'True' }),
      step('RegisterModel', 'RegisterModel', 1 / 3, { branch: { of: 'CheckAccuracy', when: 'True' } }),
      step('NotifyLowAccuracy', 'Lambda', 1 / 6, { branch: { of: 'CheckAccuracy', when: 'False' } }),
    ],
  };
}
