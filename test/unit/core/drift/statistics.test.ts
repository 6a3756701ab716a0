import { binOf, parseBaseline } from '../../../../src/core/drift/baseline.js';
import { BaselineBuilder, quantileEdges } from '../../../../src/core/drift/build-baseline.js';
import { psi } from '../../../../src/core/drift/psi.js';

const options = { bins: 4, maxCategories: 2, exclude: ['label'], source: 'train.csv' };

describe('PSI', () => {
  it('matches a worked example: Σ (a−e)·ln(a/e) over four bins', () => {
    // By hand: −0.15·ln 0.4 = 0.137444, −0.05·ln 0.8 = 0.011157, 0.05·ln 1.2 = 0.009116,
    // 0.15·ln 1.6 = 0.070501; sum 0.228218.
    expect(psi([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4])).toBeCloseTo(0.228218, 5);
  });

  it('is 0 for identical shares and floors an empty bin at 0.0001 (finite)', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5])).toBe(0);
    // (0.0001 − 0.5)·ln(0.0001/0.5) + (1 − 0.5)·ln(1/0.5) = −0.4999·(−8.517193) + 0.346574
    expect(psi([0.5, 0.5], [0, 1])).toBeCloseTo(4.604319, 5);
  });
});

describe('quantile bins', () => {
  it('cuts 1..10 into quartiles at 3, 5 and 8 (the lower value at each quantile)', () => {
    const edges = quantileEdges(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 4);
    expect(edges).toEqual([3, 5, 8]);
    expect([1, 3, 3.5, 5, 8, 8.1, 100].map((x) => binOf(edges, x))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });

  it('gives a feature with two distinct values two bins, not empty ones', () => {
    expect(quantileEdges(Float64Array.from([0, 0, 0, 1, 1, 1, 1, 1]), 10)).toEqual([0]);
  });
});

describe('BaselineBuilder', () => {
  it('computes type, missing rate, bins and categories with an other bucket (worked by hand)', () => {
    const b = new BaselineBuilder(options);
    const cities = ['a', 'a', 'b', 'a', 'c', 'b', '', 'a', 'd', 'b'];
    for (let i = 0; i < 10; i++) {
      b.add({ age: i === 9 ? '' : String(i + 1), city: cities[i], label: 'x' });
    }
    const baseline = b.finish();
    expect(baseline.rows).toBe(10);
    expect(baseline.features.map((f) => f.name)).toEqual(['age', 'city']);
    // age: 1..9 present (9 values), quartile edges at sorted[ceil(q·9)−1]: 3, 5, 7; bins hold 3, 2, 2, 2.
    expect(baseline.features[0]).toEqual({
      name: 'age',
      type: 'numeric',
      missingRate: 0.1,
      edges: [3, 5, 7],
      proportions: [3 / 9, 2 / 9, 2 / 9, 2 / 9],
      min: 1,
      max: 9,
    });
    // city: 9 present; a×4, b×3 kept (max 2), c and d share "other" (2 of 9).
    expect(baseline.features[1]).toEqual({
      name: 'city',
      type: 'categorical',
      missingRate: 0.1,
      categories: { a: 4 / 9, b: 3 / 9 },
      other: 2 / 9,
    });
  });

  it('counts a column first seen late as missing in the rows before it (JSON Lines)', () => {
    const b = new BaselineBuilder(options);
    b.add({ x: 1 });
    b.add({ x: 2, y: 'p' });
    const [x, y] = b.finish().features;
    expect(x!.missingRate).toBe(0);
    expect(y).toMatchObject({ name: 'y', missingRate: 0.5, categories: { p: 1 } });
  });
});

describe('Model Monitor statistics.json', () => {
  const statistics = {
    version: 0,
    dataset: { item_count: 100 },
    features: [
      {
        name: 'age',
        inferred_type: 'Integral',
        numerical_statistics: {
          common: { num_present: 90, num_missing: 10 },
          mean: 40,
          min: 18,
          max: 80,
          distribution: {
            kll: {
              buckets: [
                { lower_bound: 18, upper_bound: 30, count: 30 },
                { lower_bound: 30, upper_bound: 50, count: 45 },
                { lower_bound: 50, upper_bound: 80, count: 15 },
              ],
            },
          },
        },
      },
      {
        name: 'plan',
        inferred_type: 'String',
        string_statistics: {
          common: { num_present: 100, num_missing: 0 },
          distinct_count: 2,
          distribution: {
            categorical: {
              buckets: [
                { value: 'basic', count: 75 },
                { value: 'pro', count: 25 },
              ],
            },
          },
        },
      },
    ],
  };

  it('reads KLL buckets as bins and categorical buckets as categories', () => {
    const b = parseBaseline(JSON.stringify(statistics), 's3://b/statistics.json');
    expect(b.rows).toBe(100);
    expect(b.features).toEqual([
      {
        name: 'age',
        type: 'numeric',
        missingRate: 0.1,
        edges: [30, 50],
        proportions: [30 / 90, 45 / 90, 15 / 90],
        min: 18,
        max: 80,
      },
      { name: 'plan', type: 'categorical', missingRate: 0, categories: { basic: 0.75, pro: 0.25 }, other: 0 },
    ]);
  });

  it('refuses a document that is neither format, and a newer version, in one line', () => {
    expect(() => parseBaseline('{"a": 1}', 'x.json')).toThrow(
      'baseline x.json is neither a drift baseline ("format": "sagemaker-cicd/drift-baseline") nor a Model Monitor statistics.json',
    );
    expect(() =>
      parseBaseline('{"format": "sagemaker-cicd/drift-baseline", "version": 2}', 'x.json'),
    ).toThrow('baseline x.json has version 2; this toolkit reads version 1');
    expect(() => parseBaseline('nope', 'x.json')).toThrow(/^baseline x.json is not JSON/);
  });
});
