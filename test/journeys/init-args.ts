/**
 * The flags the journeys give `init`: every workflow it can write (build, triggers, deploy on
 * approval, the drift check). Its own module, so a check of init's output (the least-privilege test) reads them
 * without loading the journeys' sandbox and workflow runner.
 */
export const GROUP = 'churn-train-models';

export const INIT_ARGS = [
  '--pipeline-name', 'churn-train',
  '--model-package-group', GROUP,
  '--endpoint-name', 'churn-prod',
  '--aws-region', 'us-east-1',
  '--instance-type', 'ml.m5.large',
  '--codebuild-project', 'churn-image',
  '--strategy', 'canary',
  '--data-bucket', 'churn-data',
  '--data-prefix', 'incoming/',
  '--drift-alarm', 'churn-prod-drift',
  '--deploy-on-approval',
  '--drift-check', '0 * * * *',
  '--drift-baseline', 's3://churn-data/drift/baseline.json',
  '--capture-s3-uri', 's3://churn-data/capture',
]; // prettier-ignore
