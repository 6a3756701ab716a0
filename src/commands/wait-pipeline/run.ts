import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { clientConfig } from '../../aws/clients.js';
import { awsOptions } from '../aws-options.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import type { RunContext } from '../../hosts/host.js';
import { waitAndReport, waitSettings } from './report.js';
import type { spec } from './spec.js';

export async function run({ host, inputs, aws }: RunContext<typeof spec>): Promise<void> {
  const client = new SageMakerClient(clientConfig(host.env, 'SAGEMAKER', awsOptions(host, aws)));
  await waitAndReport(host, sagemakerPipelines(client), inputs['execution-arn'], waitSettings(inputs));
}
