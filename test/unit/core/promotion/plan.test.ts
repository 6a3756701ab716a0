import { InputError } from '../../../../src/core/errors.js';
import { deploymentConfig } from '../../../../src/core/promotion/deployment-config.js';
import { parsePlan } from '../../../../src/core/promotion/plan.js';
import { parseInputGroup } from '../../../../src/core/spec/parse.js';
import { STRATEGY_INPUTS } from '../../../../src/core/promotion/strategy-inputs.js';

type Raw = Record<string, string>;
/** The strategy inputs as a workflow writes them, parsed as the host parses them. */
const inputs = (over: Raw) => parseInputGroup(STRATEGY_INPUTS, (n) => over[n]);
const config = (over: Raw) => deploymentConfig(parsePlan(inputs(over)));
const refusal = (over: Raw) => {
  try {
    parsePlan(inputs(over));
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('not refused');
};

describe('DeploymentConfig per strategy', () => {
  it('all-at-once sends no update policy (a plain update), only alarms when given', () => {
    expect(config({ strategy: 'all-at-once' })).toBeUndefined();
    expect(config({ strategy: 'AllAtOnce', 'rollback-alarms': 'p99-latency' })).toEqual({
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'p99-latency' }] },
    });
  });

  it('blue-green is BlueGreenUpdatePolicy with ALL_AT_ONCE traffic (the default strategy)', () => {
    expect(config({ 'termination-wait': '2m', 'max-execution-timeout': '1h' })).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 300 },
        TerminationWaitInSeconds: 120,
        MaximumExecutionTimeoutInSeconds: 3600,
      },
    });
  });

  it('canary takes a percentage or an instance count', () => {
    expect(
      config({ strategy: 'canary', 'canary-size': '20%', 'wait-interval': '600', 'rollback-alarms': 'a, b' }),
    ).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: {
          Type: 'CANARY',
          WaitIntervalInSeconds: 600,
          CanarySize: { Type: 'CAPACITY_PERCENT', Value: 20 },
        },
        TerminationWaitInSeconds: 0,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'a' }, { AlarmName: 'b' }] },
    });
    expect(
      config({ strategy: 'canary', 'canary-size': '1', 'instance-count': '4' })?.BlueGreenUpdatePolicy
        ?.TrafficRoutingConfiguration.CanarySize,
    ).toEqual({
      Type: 'INSTANCE_COUNT',
      Value: 1,
    });
  });

  it('linear uses LinearStepSize', () => {
    expect(
      config({ strategy: 'linear', 'linear-step-size': '25%', 'wait-interval': '1m' })?.BlueGreenUpdatePolicy,
    ).toEqual({
      TrafficRoutingConfiguration: {
        Type: 'LINEAR',
        WaitIntervalInSeconds: 60,
        LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 25 },
      },
      TerminationWaitInSeconds: 0,
    });
  });

  it('rolling uses RollingUpdatePolicy and never a BlueGreen policy', () => {
    expect(
      config({
        strategy: 'rolling',
        'rolling-batch-size': '2',
        'instance-count': '8',
        'max-execution-timeout': '900',
      }),
    ).toEqual({
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 2 },
        WaitIntervalInSeconds: 300,
        MaximumExecutionTimeoutInSeconds: 900,
      },
    });
  });

  it('maps CodeDeploy presets, with or without the CodeDeployDefault. prefix', () => {
    expect(
      config({ strategy: 'Canary10Percent5Minutes' })?.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration,
    ).toEqual({
      Type: 'CANARY',
      WaitIntervalInSeconds: 300,
      CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 },
    });
    expect(
      config({ strategy: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute' })?.BlueGreenUpdatePolicy
        ?.TrafficRoutingConfiguration,
    ).toEqual({
      Type: 'LINEAR',
      WaitIntervalInSeconds: 60,
      LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 10 },
    });
  });
});

describe('limits, checked before any call and named', () => {
  it.each([
    [{ strategy: 'canary', 'canary-size': '60%' }, /canary-size.*canary at most 50% of capacity/],
    [
      { strategy: 'canary', 'canary-size': '1', 'instance-count': '1' },
      /canary at most 50% of capacity.*1 of 1 instances is 100%/,
    ],
    [{ strategy: 'linear', 'linear-step-size': '5%' }, /linear-step-size.*linear step 10-50% of capacity/],
    [{ strategy: 'linear', 'linear-step-size': '60%' }, /linear step 10-50%/],
    [{ strategy: 'rolling', 'rolling-batch-size': '4%' }, /rolling batch 5-50% of capacity/],
    [{ 'wait-interval': '3601' }, /wait-interval.*wait interval 0-3600 s/],
    [{ 'wait-interval': '2h' }, /wait interval 0-3600 s/],
    [{ 'termination-wait': '3601s' }, /termination wait 0-3600 s/],
    [{ 'max-execution-timeout': '599' }, /maximum execution timeout 600-28800 s/],
    [{ 'max-execution-timeout': '9h' }, /maximum execution timeout 600-28800 s/],
    [
      { 'rollback-alarms': 'a,b,c,d,e,f,g,h,i,j,k' },
      /rollback-alarms' names too many alarms; SageMaker allows 1-10/,
    ],
    [{ strategy: 'Canary60Percent5Minutes' }, /input 'strategy'.*canary at most 50%/],
    [{ strategy: 'Linear10PercentEvery90Minutes' }, /wait interval 0-3600 s/],
    [{ strategy: 'big-bang' }, /input 'strategy' must be one of all-at-once \| blue-green/],
    [
      { strategy: 'Canary10Percent5Minutes', 'canary-size': '20%' },
      /canary-size' conflicts with strategy Canary10Percent5Minutes/,
    ],
    [{ strategy: 'blue-green', 'canary-size': '20%' }, /canary-size' does not apply to strategy blue-green/],
    [{ strategy: 'all-at-once', 'wait-interval': '60' }, /wait-interval' does not apply/],
    [{ 'instance-count': '0' }, /instance-count/],
  ])('%j', (over, message) => {
    expect(refusal(over)).toMatch(message);
  });

  it('accepts the edges', () => {
    expect(() =>
      parsePlan(
        inputs({
          strategy: 'canary',
          'canary-size': '50%',
          'wait-interval': '3600',
          'termination-wait': '0',
        }),
      ),
    ).not.toThrow();
    expect(() => parsePlan(inputs({ 'max-execution-timeout': '600' }))).not.toThrow();
    expect(() => parsePlan(inputs({ 'max-execution-timeout': '28800' }))).not.toThrow();
    expect(() => parsePlan(inputs({ 'rollback-alarms': 'a,b,c,d,e,f,g,h,i,j' }))).not.toThrow();
  });
});
