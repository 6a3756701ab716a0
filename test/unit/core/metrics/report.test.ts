import { parseMetricsReport } from '../../../../src/core/metrics/report.js';

describe('parseMetricsReport', () => {
  it('reads SageMaker binary classification metrics and skips curves and matrices', () => {
    const text = JSON.stringify({
      binary_classification_metrics: {
        confusion_matrix: { '0': { '0': 10, '1': 2 }, '1': { '0': 1, '1': 12 } },
        accuracy: { value: 0.93, standard_deviation: 0.01 },
        auc: { value: 0.95, standard_deviation: 0.004 },
        receiver_operating_characteristic_curve: {
          false_positive_rates: [0, 1],
          true_positive_rates: [0, 1],
        },
      },
    });
    expect(parseMetricsReport(text, 'eval.json')).toEqual({ accuracy: 0.93, auc: 0.95 });
  });

  it('reads multiclass and regression sections together', () => {
    const text = JSON.stringify({
      multiclass_classification_metrics: { weighted_f1: { value: 0.8 } },
      regression_metrics: { mse: { value: 4.1, standard_deviation: 0.2 }, r2: { value: 0.7 } },
    });
    expect(parseMetricsReport(text, 'x')).toEqual({ weighted_f1: 0.8, mse: 4.1, r2: 0.7 });
  });

  it('reads a flat map, with numbers written as strings', () => {
    expect(parseMetricsReport('{"accuracy": 0.9, "rmse": "3.1", "note": "hi"}', 'f.json')).toEqual({
      accuracy: 0.9,
      rmse: 3.1,
    });
  });

  it("reads Python's NaN and Infinity, and null or absent values, as missing", () => {
    const text = `{"regression_metrics": {"mse": {"value": NaN, "standard_deviation": NaN}, "mae": {"value": Infinity},
      "rmse": {"value": -Infinity}, "r2": {"value": null}, "mape": {"standard_deviation": 0.1}, "label": {"value": "NaN in a string"}}}`;
    expect(parseMetricsReport(text, 'x')).toEqual({
      mse: null,
      mae: null,
      rmse: null,
      r2: null,
      mape: null,
      label: null,
    });
  });

  it('names the file when the JSON is malformed', () => {
    expect(() => parseMetricsReport('{"accuracy": 0.9,', 's3://b/eval.json')).toThrow(
      /^metrics report s3:\/\/b\/eval\.json is not valid JSON \(/,
    );
  });

  it('names the file when it holds no metrics, an array, or nothing', () => {
    expect(() => parseMetricsReport('{"name": "x"}', 'eval.json')).toThrow(
      'metrics report eval.json holds no metrics: expected binary_classification_metrics, multiclass_classification_metrics, regression_metrics (each metric {"value": n}) or a flat {"metric": number} map',
    );
    expect(() => parseMetricsReport('[1]', 'a.json')).toThrow(
      'metrics report a.json must be a JSON object, got an array',
    );
    expect(() => parseMetricsReport('  ', 'a.json')).toThrow('metrics report a.json is empty');
    expect(() => parseMetricsReport('{"regression_metrics": 3}', 'a.json')).toThrow(
      "metrics report a.json has a 'regression_metrics' that is not an object of metrics",
    );
  });
});
