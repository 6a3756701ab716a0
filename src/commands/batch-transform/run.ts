import { sagemakerPromotionGateway } from '../../aws/sagemaker-promotion.js';
import { jobLogGateway, sagemakerTransformGateway } from '../../aws/sagemaker-transform.js';
import { isTransient } from '../../aws/transient.js';
import { OutcomeError } from '../../core/errors.js';
import { runTransform } from '../../core/inference/transform.js';
import { packageModelName, transformJobName } from '../../core/inference/transform-names.js';
import { transformSummary } from '../../core/inference/transform-summary.js';
import type { TransformJobRequest } from '../../core/inference/gateway.js';
import type { RunContext } from '../../hosts/host.js';
import { awsFor } from '../aws-options.js';
import { spec } from './spec.js';

export async function run({ host, inputs, aws }: RunContext<typeof spec>): Promise<void> {
  const packageArn = inputs['model-package-arn'];
  const roleArn = inputs['execution-role-arn'];
  const settings: Omit<TransformJobRequest, 'name'> = {
    modelName: packageModelName(packageArn, roleArn),
    input: {
      s3Uri: inputs['input-s3-uri'],
      ...(inputs['content-type'] ? { contentType: inputs['content-type'] } : {}),
      ...(inputs['split-type'] ? { splitType: inputs['split-type'] } : {}),
      ...(inputs['compression-type'] ? { compressionType: inputs['compression-type'] } : {}),
    },
    output: {
      s3Uri: inputs['output-s3-uri'],
      ...(inputs.accept ? { accept: inputs.accept } : {}),
      ...(inputs['assemble-with'] ? { assembleWith: inputs['assemble-with'] } : {}),
    },
    resources: { instanceType: inputs['instance-type'], instanceCount: inputs['instance-count'] },
    ...(inputs['batch-strategy'] ? { batchStrategy: inputs['batch-strategy'] } : {}),
    ...(inputs['max-payload'] !== undefined ? { maxPayloadInMB: inputs['max-payload'] } : {}),
    ...(inputs['max-concurrent-transforms'] !== undefined
      ? { maxConcurrentTransforms: inputs['max-concurrent-transforms'] }
      : {}),
    ...(inputs['join-source'] || inputs['input-filter'] || inputs['output-filter']
      ? {
          dataProcessing: {
            ...(inputs['join-source'] ? { joinSource: inputs['join-source'] } : {}),
            ...(inputs['input-filter'] ? { inputFilter: inputs['input-filter'] } : {}),
            ...(inputs['output-filter'] ? { outputFilter: inputs['output-filter'] } : {}),
          },
        }
      : {}),
  };
  const name = inputs['job-name'] ?? transformJobName(host.run, packageArn, settings);
  host.setOutput('output-s3-uri', settings.output.s3Uri);

  const context = awsFor(host, aws, spec.action);
  const result = await runTransform(
    { ...settings, name, packageArn, roleArn },
    {
      gateway: { ...sagemakerPromotionGateway(context), ...sagemakerTransformGateway(context) },
      logs: jobLogGateway(context),
      clock: host.clock,
      log: host,
      signal: host.signal,
      isTransient,
      onOutput: (output, value) => host.setOutput(output, value),
      timeoutMs: inputs.timeout,
      stopOnCancel: inputs['stop-on-cancel'],
    },
  );
  const { job } = result;
  host.setOutput('status', job.status);
  for (const t of result.logTail) {
    host.info(`Last lines of ${t.stream}:`);
    for (const line of t.lines) host.remoteLine(line);
  }
  await host.appendSummary(transformSummary({ ...settings, name }, result));
  if (job.status !== 'Completed') {
    const reason = job.failureReason ? `: ${job.failureReason}` : '';
    if (job.status === 'Failed')
      host.error(`transform job ${name} failed${reason}`, { title: 'Batch transform failed' });
    throw new OutcomeError(`transform job ${name} ended ${job.status}${reason}`);
  }
  host.info(`Transform job ${name} Completed: results in ${settings.output.s3Uri}`);
}
