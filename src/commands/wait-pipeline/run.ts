import { awsFor } from '../aws-options.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import { InputError } from '../../core/errors.js';
import { list } from '../../core/inputs.js';
import { EXECUTION_ARN } from '../../core/pipelines/gateway.js';
import type { Host } from '../../hosts/host.js';
import { waitAndReport, waitSettings } from './report.js';

export async function run(host: Host): Promise<void> {
  const arns = [...new Set(list('execution-arn', host.input('execution-arn')))];
  if (!arns.length)
    throw new InputError('execution-arn', 'is required: one or more pipeline execution ARNs, one per line');
  for (const arn of arns) {
    if (!EXECUTION_ARN.test(arn)) {
      throw new InputError(
        'execution-arn',
        'must be pipeline execution ARNs (arn:aws:sagemaker:<region>:<account>:pipeline/<name>/execution/<id>)',
        arn,
      );
    }
  }
  const settings = waitSettings(host);
  await waitAndReport(host, sagemakerPipelines(awsFor(host)), arns, settings);
}
