import { describe, expect, it } from '@jest/globals';
import { autoSelection, parseStepMap, pathMatches } from '../../../../src/core/pipelines/change-map.js';
import { parseDefinition } from '../../../../src/core/pipelines/definition.js';
import type { PipelineGateway, StepState } from '../../../../src/core/pipelines/gateway.js';
import { retryDecision, transientKind, untilRetryShows } from '../../../../src/core/pipelines/retry.js';
import { MemoryLog } from '../../../support/memory-log.js';
import { VirtualClock } from '../../../support/virtual-clock.js';
import { downstreamClosure, parseSource, planSelective } from '../../../../src/core/pipelines/selective.js';

/** A diamond: Prep → (TrainA, TrainB) → Compare → Check ⇒ Register (true branch). */
const DEFINITION = JSON.stringify({
  Version: '2020-12-01',
  Steps: [
    { Name: 'Prep', Type: 'Processing', Arguments: {} },
    { Name: 'TrainA', Type: 'Training', DependsOn: ['Prep'], Arguments: {} },
    { Name: 'TrainB', Type: 'Training', DependsOn: ['Prep'], Arguments: {} },
    {
      Name: 'Compare',
      Type: 'Processing',
      Arguments: { A: { Get: 'Steps.TrainA.ModelArtifacts' }, B: { Get: 'Steps.TrainB.ModelArtifacts' } },
    },
    {
      Name: 'Check',
      Type: 'Condition',
      DependsOn: ['Compare'],
      Arguments: { IfSteps: [{ Name: 'Register', Type: 'RegisterModel', Arguments: {} }], ElseSteps: [] },
    },
  ],
});
const graph = parseDefinition(DEFINITION);
const SOURCE = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn/execution/src1';

describe('retry classification', () => {
  it.each([
    ['CapacityError: Unable to provision requested ML compute capacity.', 'insufficient capacity'],
    [
      'ClientError: Failed to invoke sagemaker:CreateTrainingJob. Error Details: The account-level service limit is 1 Instances (ResourceLimitExceeded)',
      'resource limit',
    ],
    ['InternalServerError: We encountered an internal error. Please try again.', 'internal error'],
    ['ThrottlingException: Rate exceeded', 'throttling'],
    ['AlgorithmError: CapacityError raised by my own code', undefined],
    ['ClientError: Data download failed: s3://bucket/key does not exist', undefined],
    [undefined, undefined],
  ])('%s → %s', (reason, kind) => expect(transientKind(reason)).toBe(kind));

  it('retries only when every failed step is transient', () => {
    const step = (name: string, failureReason: string): StepState => ({
      name,
      status: 'Failed',
      failureReason,
    });
    expect(retryDecision([step('A', 'CapacityError: x'), step('B', 'ThrottlingException: y')])).toEqual({
      retry: true,
      why: 'A: insufficient capacity, B: throttling',
    });
    expect(retryDecision([step('A', 'CapacityError: x'), step('B', 'AlgorithmError: boom')]).retry).toBe(
      false,
    );
    expect(retryDecision([{ name: 'A', status: 'Succeeded' }]).retry).toBe(false);
  });
});

describe('after a retry', () => {
  it('reads the status until the retry shows (an old Failed is not the retried execution ending)', async () => {
    const statuses = ['Failed', 'Failed', 'Executing'];
    const clock = new VirtualClock();
    const gateway = {
      describeExecution: async () => ({ arn: SOURCE, status: statuses.shift() ?? 'Executing' }),
    } as unknown as PipelineGateway;
    await untilRetryShows({ gateway, arn: SOURCE, clock, log: new MemoryLog() });
    expect(statuses).toEqual([]);
    expect(clock.now() - Date.UTC(2026, 0, 1)).toBe(4_000);
  });
});

describe('the step map', () => {
  it('matches folders, files and globs', () => {
    expect(pathMatches('src/train/', 'src/train/a/b.py')).toBe(true);
    expect(pathMatches('src/train', 'src/train/b.py')).toBe(true);
    expect(pathMatches('src/train', 'src/training.py')).toBe(false);
    expect(pathMatches('config/*.yaml', 'config/train.yaml')).toBe(true);
    expect(pathMatches('config/*.yaml', 'config/sub/train.yaml')).toBe(false);
    expect(pathMatches('**/evaluate.py', 'a/b/evaluate.py')).toBe(true);
    expect(pathMatches('**/evaluate.py', 'evaluate.py')).toBe(true);
    expect(pathMatches('src/**', 'src/x/y')).toBe(true);
  });

  it('refuses a map that is not step → paths, naming the file', () => {
    expect(() => parseStepMap('- a\n- b', 'steps.yml')).toThrow(
      'steps.yml: must map each step name to its paths',
    );
    expect(() => parseStepMap('Train: 3', 'steps.yml')).toThrow(
      "steps.yml: step 'Train' must list one or more paths",
    );
    expect(() => parseStepMap('Train: [', 'steps.yml')).toThrow('steps.yml: not valid YAML');
  });

  it('selects the touched steps and everything downstream; runs everything when it cannot decide', () => {
    const map = parseStepMap('Prep: src/prep/\nTrainB: src/b/\nCompare: [src/compare.py]', 'm.yml');
    const sel = autoSelection(graph, map, 'm.yml', ['src/b/model.py'], 'git diff');
    expect(sel).toEqual({
      all: false,
      steps: ['TrainB', 'Compare', 'Check', 'Register'],
      touched: new Map([['TrainB', ['src/b/model.py']]]),
    });
    expect(autoSelection(graph, map, 'm.yml', ['src/prep/x.py'], 'git diff')).toEqual({
      all: true,
      why: 'the change touches Prep, and every step is it or downstream of it',
    });
    expect(autoSelection(graph, map, 'm.yml', undefined, 'could not list the files')).toEqual({
      all: true,
      why: 'could not list the files',
    });
    expect(() => autoSelection(graph, parseStepMap('Trian: src/', 'm.yml'), 'm.yml', [], '')).toThrow(
      "m.yml names 'Trian', not a step of the pipeline",
    );
  });

  it('follows condition branches downstream', () => {
    expect(downstreamClosure(graph, ['Check'])).toEqual(['Check', 'Register']);
  });
});

describe('selective plans', () => {
  const gateway = (steps: StepState[]) =>
    ({
      definitionForExecution: async () => DEFINITION,
      listSteps: async () => ({ steps, complete: true }),
    }) as unknown as PipelineGateway;
  const ran = (name: string, minutes: number, status = 'Succeeded'): StepState => ({
    name,
    status,
    startTime: 0,
    endTime: minutes * 60_000,
  });
  const source = { arn: SOURCE, status: 'Succeeded', displayName: 'src1' };

  it('reuses every upstream step that does not run, and counts its time', async () => {
    const plan = await planSelective(
      gateway([ran('Prep', 10), ran('TrainA', 30), ran('TrainB', 20), ran('Compare', 5)]),
      'churn',
      ['Compare', 'Check'],
      'latest-succeeded',
      source,
    );
    expect(plan.steps).toEqual(['Compare', 'Check']);
    expect(plan.reused).toEqual(['Prep', 'TrainA', 'TrainB']);
    expect(plan.savedMs).toBe(60 * 60_000);
  });

  it('refuses a selection with a gap (SageMaker runs a connected one)', async () => {
    await expect(
      planSelective(
        gateway([ran('Prep', 1), ran('TrainA', 1), ran('TrainB', 1)]),
        'churn',
        ['Prep', 'Compare'],
        'latest',
        source,
      ),
    ).rejects.toThrow("input 'selected-steps' must include TrainA: it lies between selected steps");
  });

  it('source-execution takes the two words or an execution ARN', () => {
    expect(parseSource('source-execution', 'latest')).toBe('latest');
    expect(parseSource('source-execution', SOURCE)).toBe(SOURCE);
    expect(() => parseSource('source-execution', 'newest')).toThrow(
      "input 'source-execution' must be 'latest-succeeded', 'latest' or a pipeline execution ARN",
    );
  });
});
