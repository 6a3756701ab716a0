import { InputError } from '../../../../src/core/errors.js';
import { evaluateThreshold, parseThresholds } from '../../../../src/core/metrics/thresholds.js';

describe('parseThresholds', () => {
  it('parses absolute and baseline-relative thresholds, skipping blanks and comments', () => {
    const t = parseThresholds(
      'thresholds',
      'accuracy >= 0.9\n\n# regression\nrmse <= 3.1  # tight\nauc >= baseline - 0.01\nf1>=baseline*1.02\nr2 > -0.5\nloss < baseline',
    );
    expect(t.map((x) => [x.line, x.metric, x.comparison, x.bound])).toEqual([
      [1, 'accuracy', '>=', { kind: 'absolute', value: 0.9 }],
      [4, 'rmse', '<=', { kind: 'absolute', value: 3.1 }],
      [5, 'auc', '>=', { kind: 'baseline', op: '-', operand: 0.01 }],
      [6, 'f1', '>=', { kind: 'baseline', op: '*', operand: 1.02 }],
      [7, 'r2', '>', { kind: 'absolute', value: -0.5 }],
      [8, 'loss', '<', { kind: 'baseline' }],
    ]);
    expect(t[1]!.text).toBe('rmse <= 3.1');
  });

  it.each([
    [
      'accuracy => 0.9',
      `input 'thresholds' line 2 ("accuracy => 0.9"): expected a comparison after 'accuracy': one of >=, <=, >, <, got '=>' at column 10`,
    ],
    [
      'accuracy >= high',
      `input 'thresholds' line 2 ("accuracy >= high"): expected a number or 'baseline' (e.g. 0.9, baseline - 0.01, baseline * 1.02), got 'high' at column 13`,
    ],
    [
      'auc >= baseline / 2',
      `input 'thresholds' line 2 ("auc >= baseline / 2"): expected +, - or * after 'baseline', got '/' at column 17`,
    ],
    [
      'auc >= baseline -',
      `input 'thresholds' line 2 ("auc >= baseline -"): expected a number after '-', got the end of the line`,
    ],
    [
      'accuracy >= 0.9 0.8',
      `input 'thresholds' line 2 ("accuracy >= 0.9 0.8"): expected the end of the line, got '0.8' at column 17`,
    ],
    [
      '>= 0.9',
      `input 'thresholds' line 2 (">= 0.9"): expected a metric name (e.g. accuracy), got '>=' at column 1`,
    ],
    [
      'accuracy',
      `input 'thresholds' line 2 ("accuracy"): expected a comparison after 'accuracy': one of >=, <=, >, <, got the end of the line`,
    ],
  ])('refuses %j naming the line and token', (line, message) => {
    let caught: unknown;
    try {
      parseThresholds('thresholds', `f1 >= 0.5\n${line}`);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toBe(message);
    expect((caught as InputError).exitCode).toBe(2);
  });
});

describe('evaluateThreshold', () => {
  const [abs, rel, mul] = parseThresholds(
    't',
    'accuracy >= 0.9\nauc >= baseline - 0.01\nf1 >= baseline * 1.02',
  );
  it('passes and fails absolute thresholds', () => {
    expect(evaluateThreshold(abs!, { accuracy: 0.9 }, undefined)).toMatchObject({
      result: 'pass',
      limit: 0.9,
    });
    expect(evaluateThreshold(abs!, { accuracy: 0.89 }, undefined)).toMatchObject({
      result: 'fail',
      reason: 'accuracy 0.89 is not >= 0.9',
    });
  });
  it('computes limits from the baseline', () => {
    expect(evaluateThreshold(rel!, { auc: 0.9 }, { auc: 0.91 })).toMatchObject({ result: 'pass' });
    expect(evaluateThreshold(rel!, { auc: 0.89 }, { auc: 0.91 })).toMatchObject({
      result: 'fail',
      reason: 'auc 0.89 is not >= 0.9',
    });
    expect(evaluateThreshold(mul!, { f1: 0.816 }, { f1: 0.8 })).toMatchObject({ result: 'pass' });
  });
  it('skips baseline thresholds without a baseline, and fails on missing or NaN candidate values', () => {
    expect(evaluateThreshold(rel!, { auc: 0.9 }, undefined)).toMatchObject({
      result: 'skipped',
      reason: 'no baseline model yet',
    });
    expect(evaluateThreshold(rel!, { auc: 0.9 }, { auc: null })).toMatchObject({ result: 'skipped' });
    expect(evaluateThreshold(abs!, {}, undefined)).toMatchObject({
      result: 'fail',
      reason: "the candidate's report has no accuracy",
    });
    expect(evaluateThreshold(abs!, { accuracy: null }, undefined)).toMatchObject({
      result: 'fail',
      reason: "the candidate's accuracy is missing or NaN",
    });
  });
});
