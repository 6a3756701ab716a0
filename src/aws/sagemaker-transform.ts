import {
  CreateTransformJobCommand,
  DescribeTransformJobCommand,
  SageMakerClient,
  StopTransformJobCommand,
} from '@aws-sdk/client-sagemaker';
import type {
  JobLogGateway,
  TransformGateway,
  TransformJob,
  TransformJobRequest,
} from '../core/inference/gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { jobLogReader } from './job-logs.js';
import { isNotFound } from './sagemaker-promotion.js';

/** Batch transform jobs, with the AWS SDK. */
export function sagemakerTransformGateway(ctx: AwsContext): TransformGateway {
  const client = lazyClient(ctx, 'SAGEMAKER', (config) => new SageMakerClient(config));
  return {
    async describeTransformJob(name): Promise<TransformJob | undefined> {
      try {
        const out = await client().send(new DescribeTransformJobCommand({ TransformJobName: name }));
        return {
          name: out.TransformJobName ?? name,
          arn: out.TransformJobArn ?? '',
          status: out.TransformJobStatus ?? 'InProgress',
          ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
          ...(out.ModelName ? { modelName: out.ModelName } : {}),
          ...(out.TransformOutput?.S3OutputPath ? { outputS3Uri: out.TransformOutput.S3OutputPath } : {}),
          ...(out.CreationTime ? { creationTime: out.CreationTime.getTime() } : {}),
          ...(out.TransformEndTime ? { endTime: out.TransformEndTime.getTime() } : {}),
        };
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    },
    async createTransformJob(req: TransformJobRequest) {
      const dp = req.dataProcessing;
      const out = await client().send(
        new CreateTransformJobCommand({
          TransformJobName: req.name,
          ModelName: req.modelName,
          TransformInput: {
            DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: req.input.s3Uri } },
            ...(req.input.contentType ? { ContentType: req.input.contentType } : {}),
            ...(req.input.splitType ? { SplitType: req.input.splitType as never } : {}),
            ...(req.input.compressionType ? { CompressionType: req.input.compressionType as never } : {}),
          },
          TransformOutput: {
            S3OutputPath: req.output.s3Uri,
            ...(req.output.accept ? { Accept: req.output.accept } : {}),
            ...(req.output.assembleWith ? { AssembleWith: req.output.assembleWith as never } : {}),
          },
          TransformResources: {
            InstanceType: req.resources.instanceType as never,
            InstanceCount: req.resources.instanceCount,
          },
          ...(req.batchStrategy ? { BatchStrategy: req.batchStrategy as never } : {}),
          ...(req.maxPayloadInMB !== undefined ? { MaxPayloadInMB: req.maxPayloadInMB } : {}),
          ...(req.maxConcurrentTransforms !== undefined
            ? { MaxConcurrentTransforms: req.maxConcurrentTransforms }
            : {}),
          ...(dp && (dp.joinSource || dp.inputFilter || dp.outputFilter)
            ? {
                DataProcessing: {
                  ...(dp.inputFilter ? { InputFilter: dp.inputFilter } : {}),
                  ...(dp.outputFilter ? { OutputFilter: dp.outputFilter } : {}),
                  ...(dp.joinSource ? { JoinSource: dp.joinSource as never } : {}),
                },
              }
            : {}),
        }),
      );
      return out.TransformJobArn ?? '';
    },
    async stopTransformJob(name) {
      await client().send(new StopTransformJobCommand({ TransformJobName: name }));
    },
  };
}

/** The last lines of a job's first two log streams (`<job>/<instance>`, in name order). */
export function jobLogGateway(ctx: AwsContext): JobLogGateway {
  const logs = jobLogReader(ctx);
  return {
    async tail(group, prefix, lines) {
      const streams = await logs.logStreams(group, prefix, undefined, 5);
      const out: { stream: string; lines: string[] }[] = [];
      for (const s of streams.slice(0, 2)) {
        const messages = await logs.lastLogEvents(group, s.name, lines);
        out.push({
          stream: s.name,
          lines: messages.flatMap((m) => m.replace(/\r?\n$/, '').split(/\r?\n/)),
        });
      }
      return out;
    },
  };
}
