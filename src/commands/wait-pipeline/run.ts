import { awsFor } from '../aws-options.js';
import { sagemakerJobs } from '../../aws/sagemaker-jobs.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import type { RunContext } from '../../hosts/host.js';
import { waitAndReport, waitSettings } from './report.js';
import { spec } from './spec.js';

export async function run({ host, inputs, aws }: RunContext<typeof spec>): Promise<void> {
  const context = awsFor(host, aws, spec.action);
  await waitAndReport(
    host,
    sagemakerPipelines(context),
    inputs['execution-arn'],
    waitSettings(inputs),
    sagemakerJobs(context),
  );
}
