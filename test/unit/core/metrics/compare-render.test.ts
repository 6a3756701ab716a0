import { compareMetrics } from '../../../../src/core/metrics/compare.js';
import { knownDirection } from '../../../../src/core/metrics/directions.js';
import { mermaidCharts, renderReport } from '../../../../src/core/metrics/render.js';
import { parseThresholds } from '../../../../src/core/metrics/thresholds.js';

describe('compareMetrics', () => {
  it('judges changes by direction: known, set by the user, implied by a threshold, or none', () => {
    const c = compareMetrics({
      candidate: { rmse: 3, weighted_f1: 0.8, latency_ms: 40, custom: 2, drift: 1, same: 0.5 },
      baseline: { rmse: 3.5, weighted_f1: 0.85, latency_ms: 50, custom: 1, drift: 2, same: 0.5 },
      thresholds: parseThresholds('t', 'drift <= 3'),
      directions: { latency_ms: 'lower' },
    });
    expect(Object.fromEntries(c.rows.map((r) => [r.metric, r.verdict]))).toEqual({
      rmse: 'improved',
      weighted_f1: 'regressed',
      latency_ms: 'improved',
      custom: 'changed',
      drift: 'improved',
      same: 'unchanged',
    });
    expect(c.conclusion).toBe('success');
  });

  it('is neutral without thresholds, failure when one fails; lists threshold-only metrics', () => {
    expect(compareMetrics({ candidate: { a: 1 }, thresholds: [] }).conclusion).toBe('neutral');
    const c = compareMetrics({ candidate: { a: 1 }, thresholds: parseThresholds('t', 'b >= 1') });
    expect(c.conclusion).toBe('failure');
    expect(c.rows.map((r) => [r.metric, r.candidate, r.result])).toEqual([
      ['a', 1, undefined],
      ['b', undefined, 'fail'],
    ]);
    expect(c.hasBaseline).toBe(false);
  });

  it('knows the directions of SageMaker model-quality metric names', () => {
    expect(
      ['accuracy', 'weighted_recall', 'f0_5', 'auc', 'r2', 'f1_best_constant_classifier'].map(knownDirection),
    ).toEqual(Array(6).fill('higher'));
    expect(['mse', 'rmse', 'mae', 'false_positive_rate', 'log_loss'].map(knownDirection)).toEqual(
      Array(5).fill('lower'),
    );
    expect(knownDirection('confusion')).toBeUndefined();
  });
});

describe('renderReport', () => {
  const ctx = { name: 'Model metrics', candidate: 'eval.json' };
  it('charts scores and other scales apart, candidate as bars and baseline as a line', () => {
    const c = compareMetrics({
      candidate: { auc: 0.9, rmse: 3.2 },
      baseline: { auc: 0.85, rmse: 4 },
      thresholds: [],
    });
    expect(mermaidCharts(c.rows)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Scores: candidate (bars) vs baseline (line)"',
        '  x-axis ["auc"]',
        '  y-axis 0 --> 1',
        '  bar [0.9]',
        '  line [0.85]',
        '```',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Other metrics: candidate (bars) vs baseline (line)"',
        '  x-axis ["rmse"]',
        '  y-axis 0 --> 4.4',
        '  bar [3.2]',
        '  line [4]',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('says there is no baseline and why', () => {
    const c = compareMetrics({
      candidate: { auc: 0.9 },
      thresholds: parseThresholds('t', 'auc >= baseline'),
    });
    const text = renderReport({ ...ctx, noBaselineReason: 'first model' }, c);
    expect(text).toContain(
      '**Baseline:** none (first model); thresholds relative to the baseline are skipped',
    );
    expect(text).toContain('| auc | 0.9 | — | — | >= baseline | ⏭️ skipped: no baseline model yet |');
    expect(text.startsWith('### ✅ Model metrics: all thresholds passed (1 skipped)')).toBe(true);
  });

  it('fits a size limit, keeping failed thresholds and saying how many rows are left out', () => {
    const candidate = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`m${i}`, i]));
    const c = compareMetrics({ candidate, thresholds: parseThresholds('t', 'm499 <= 1') });
    const text = renderReport(ctx, c, { maxChars: 4000, prefix: '<!-- x -->', footer: 'end' });
    expect(text.length).toBeLessThanOrEqual(4000);
    expect(text.startsWith('<!-- x -->\n')).toBe(true);
    expect(text.endsWith('end')).toBe(true);
    expect(text).toContain('| m499 | 499 |');
    const hidden = Number(/_(\d+) more metrics not shown/.exec(text)?.[1]);
    expect(hidden + text.split('\n').filter((l) => /^\| m\d+ \|/.test(l)).length).toBe(500);
    expect(text).toContain('| m0 | 0 |');
  });

  it('escapes pipes in metric names and reasons', () => {
    const c = compareMetrics({ candidate: { 'a|b': 1 }, thresholds: [] });
    expect(renderReport(ctx, c)).toContain('| a\\|b | 1 |');
  });
});
