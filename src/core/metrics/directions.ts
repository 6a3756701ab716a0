/** Whether a bigger value of a metric is better. Unknown metrics have no direction unless set. */
export type Direction = 'higher' | 'lower';

const HIGHER = new Set([
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f0_5',
  'f1',
  'f2',
  'f1_score',
  'auc',
  'roc_auc',
  'pr_auc',
  'average_precision',
  'true_positive_rate',
  'true_negative_rate',
  'specificity',
  'sensitivity',
  'r2',
  'r_squared',
  'explained_variance',
  'map',
  'ndcg',
  'bleu',
  'rouge',
]);

const LOWER = new Set([
  'mae',
  'mse',
  'rmse',
  'mape',
  'smape',
  'msle',
  'rmsle',
  'medae',
  'log_loss',
  'logloss',
  'cross_entropy',
  'loss',
  'error',
  'error_rate',
  'false_positive_rate',
  'false_negative_rate',
  'wer',
  'cer',
  'perplexity',
  'latency',
]);

/**
 * The direction of a metric by its name, as SageMaker's model-quality reports spell them:
 * `weighted_f1`, `macro_recall`, `f1_best_constant_classifier` share their base metric's direction.
 */
export function knownDirection(metric: string): Direction | undefined {
  const base = metric
    .toLowerCase()
    .replace(/^(weighted|macro|micro|validation|test|train)_/, '')
    .replace(/_best_constant_classifier$/, '');
  if (HIGHER.has(base)) return 'higher';
  if (LOWER.has(base)) return 'lower';
  return undefined;
}
