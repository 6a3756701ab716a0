import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { clientConfig } from '../../aws/clients.js';
import { awsOptions } from '../aws-options.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import { InputError } from '../../core/errors.js';
import { list } from '../../core/inputs.js';
import { ARNS, isArn } from '../../core/arns.js';
import type { Host } from '../../hosts/host.js';
import { waitAndReport, waitSettings } from './report.js';

export async function run(host: Host): Promise<void> {
  const arns = [...new Set(list('execution-arn', host.input('execution-arn')))];
  if (!arns.length)
    throw new InputError('execution-arn', 'is required: one or more pipeline execution ARNs, one per line');
  for (const arn of arns) {
    if (!isArn('pipelineExecution', arn)) {
      throw new InputError(
        'execution-arn',
        `must be pipeline execution ARNs (${ARNS.pipelineExecution.form})`,
        arn,
      );
    }
  }
  const settings = waitSettings(host);
  const client = new SageMakerClient(clientConfig(host.env, 'SAGEMAKER', awsOptions(host)));
  await waitAndReport(host, sagemakerPipelines(client), arns, settings);
}
