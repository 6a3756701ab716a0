import { parsePlan } from '../../../../src/core/promotion/plan.js';
import { parseInputGroup } from '../../../../src/core/spec/parse.js';
import { STRATEGY_INPUTS } from '../../../../src/core/promotion/strategy-inputs.js';
import { strategiesMarkdown, strategiesText } from '../../../../src/core/promotion/strategies-doc.js';
import { timelineMarkdown, trafficSteps } from '../../../../src/core/promotion/timeline.js';

const plan = (over: Record<string, string>) => parsePlan(parseInputGroup(STRATEGY_INPUTS, (n) => over[n]));

describe('traffic timeline', () => {
  it('canary: the canary share, then all after the wait, then the old fleet goes', () => {
    expect(
      trafficSteps(plan({ strategy: 'Canary10Percent5Minutes', 'termination-wait': '60' }), false),
    ).toEqual([
      { atSeconds: 0, percent: 10, note: 'canary' },
      { atSeconds: 300, percent: 100, note: 'all traffic on the new fleet' },
      { atSeconds: 660, percent: 100, note: 'old fleet terminated' },
    ]);
  });
  it('linear: a step every wait interval up to 100%', () => {
    const steps = trafficSteps(
      plan({ strategy: 'linear', 'linear-step-size': '25%', 'wait-interval': '60' }),
      false,
    );
    expect(steps.map((s) => [s.atSeconds, s.percent])).toEqual([
      [0, 25],
      [60, 50],
      [120, 75],
      [180, 100],
      [240, 100],
    ]);
  });
  it('rolling in instances: each batch a share of the fleet', () => {
    const steps = trafficSteps(
      plan({ strategy: 'rolling', 'rolling-batch-size': '1', 'instance-count': '4', 'wait-interval': '30' }),
      false,
    );
    expect(steps.map((s) => s.percent)).toEqual([25, 50, 75, 100]);
  });
  it('a first deploy has one step, and renders as a table', () => {
    const md = timelineMarkdown(trafficSteps(plan({ strategy: 'canary' }), true));
    expect(md).toContain('| 0s | 100% | `██████████` | new endpoint: all traffic once InService |');
  });
});

describe('strategies docs are generated from the table', () => {
  it('lists each strategy with its risk, cost and complexity', () => {
    const md = strategiesMarkdown();
    expect(md).toContain(
      '| `canary` | lowest (incremental, alarms watched on a small share) | medium | high |',
    );
    expect(md).toContain('| `Linear10PercentEvery1Minute` | linear | 10% | 60 s |');
    expect(strategiesText()).toMatch(
      /blue-green\s+risk low \(instant rollback to the old fleet\); cost high/,
    );
  });
});
