import { reportLocation } from '../../core/metrics/sources.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { ROLE_TO_ASSUME, WORKSPACE } from '../../core/spec/github-permissions.js';

export const spec = defineSpec({
  action: 'drift-baseline',
  cli: ['drift', 'baseline'],
  title: 'SageMaker CI/CD: drift baseline',
  description:
    'Compute the drift baseline of training data (CSV with a header or JSON Lines, streamed from S3 or the workspace): per feature its type, missing rate, quantile bins or category shares; or convert a Model Monitor statistics.json.',
  icon: 'sliders',
  inputs: {
    data: {
      kind: 'string',
      required: true,
      parse: reportLocation,
      description:
        'The training data: an S3 URI or workspace file, CSV with a header (.csv) or JSON Lines (.jsonl), or a Model Monitor statistics.json (.json) to convert.',
    },
    format: {
      kind: 'enum',
      choices: ['auto', 'csv', 'jsonl', 'statistics'],
      description: "How to read data; 'auto' goes by its extension (.csv, .jsonl or .ndjson, .json).",
      default: 'auto',
    },
    output: {
      kind: 'string',
      required: true,
      parse: reportLocation,
      description: 'Where to write the baseline JSON: an S3 URI or a workspace file.',
    },
    bins: {
      kind: 'integer',
      min: 2,
      max: 100,
      unit: 'bins',
      description: 'Quantile bins per numeric feature (fewer when a feature has fewer distinct values).',
      default: '10',
    },
    'max-categories': {
      kind: 'integer',
      min: 1,
      max: 1000,
      unit: 'categories',
      description: 'Categories kept per categorical feature; rarer ones share an "other" bucket.',
      default: '50',
    },
    exclude: {
      kind: 'list',
      description: 'Columns that are not model inputs (the label), left out of the baseline.',
    },
    ...AWS_INPUTS,
  },
  outputs: {
    baseline: { description: 'Where the baseline was written (the output input).' },
    rows: { description: 'Rows read.' },
    features: { description: 'JSON list of the features: [{"name": "age", "type": "numeric"}, ...].' },
  },
  githubPermissions: { ...ROLE_TO_ASSUME, ...WORKSPACE },
  permissions: ['s3:GetObject', 's3:PutObject'],
});
