import { AwsError, epochSeconds, type AwsSandbox } from './server.js';
import type { EndpointsWorld } from './sagemaker-endpoints.js';
import type { LogsWorld } from './cloudwatch-logs.js';

/**
 * SageMaker batch transform in the sandbox: CreateTransformJob checked as the API reference
 * states (name pattern, enums, MaxPayloadInMB ≤ 100 and MaxConcurrentTransforms × MaxPayloadInMB
 * ≤ 100, BatchStrategy needing a SplitType, DataProcessing filters ≤ 63), the model must exist
 * (EndpointsWorld's models). A job is InProgress for `runMs` (sandbox time), then ends as
 * `nextOutcome` says: Completed writes `<output>/<input object>.out` to the sandbox S3, Failed
 * sets FailureReason and writes log lines to /aws/sagemaker/TransformJobs. StopTransformJob
 * goes Stopping, then Stopped after `stopMs` (no output).
 */
export type TransformOutcome =
  { kind: 'completed' } | { kind: 'failed'; reason: string; logLines?: string[] };

interface Job {
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  arn: string;
  status: string;
  created: number;
  endsAt: number;
  outcome: TransformOutcome;
  failureReason?: string;
  end?: number;
}

const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const S3 = /^(https|s3):\/\/([^/]+)\/?(.*)$/;
const LOG_GROUP = '/aws/sagemaker/TransformJobs';

function bad(message: string): never {
  throw new AwsError('ValidationException', message);
}
const constraint = (path: string, what: string, value: unknown): never =>
  bad(
    `1 validation error detected: Value '${String(value)}' at '${path}' failed to satisfy constraint: ${what}`,
  );

export class TransformJobsWorld {
  readonly jobs = new Map<string, Job>();
  runMs = 20 * 60_000;
  stopMs = 60_000;
  nextOutcome: TransformOutcome = { kind: 'completed' };

  constructor(
    readonly sandbox: AwsSandbox,
    readonly hosting: EndpointsWorld,
    readonly logs?: LogsWorld,
  ) {
    sandbox.on('SageMaker.CreateTransformJob', (input: Record<string, any>) => this.create(input)); // eslint-disable-line @typescript-eslint/no-explicit-any
    sandbox.on('SageMaker.DescribeTransformJob', (input: { TransformJobName: string }) =>
      this.describe(this.job(input.TransformJobName)),
    );
    sandbox.on('SageMaker.StopTransformJob', (input: { TransformJobName: string }) => {
      const j = this.job(input.TransformJobName);
      if (j.status !== 'InProgress')
        bad(`Transform job ${j.arn} is ${j.status}: only an InProgress job can be stopped.`);
      j.status = 'Stopping';
      j.endsAt = this.sandbox.now() + this.stopMs;
      return {};
    });
  }

  private job(name: string): Job {
    const j = this.jobs.get(name) ?? bad(`Could not find requested job with name ${name}`);
    this.settle(name, j);
    return j;
  }

  private arn(name: string) {
    return this.sandbox.arn('sagemaker', `transform-job/${name.toLowerCase()}`);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private create(b: Record<string, any>) {
    const name = String(b.TransformJobName ?? '');
    if (!NAME.test(name))
      constraint(
        'transformJobName',
        'Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
        name,
      );
    if (!this.hosting.models.has(b.ModelName))
      bad(
        `Could not find model "${this.sandbox.arn('sagemaker', `model/${String(b.ModelName).toLowerCase()}`)}".`,
      );
    const input = b.TransformInput ?? bad('TransformInput is required');
    const source =
      input.DataSource?.S3DataSource ?? bad('TransformInput.DataSource.S3DataSource is required');
    if (!['ManifestFile', 'S3Prefix', 'AugmentedManifestFile'].includes(source.S3DataType))
      constraint(
        'transformInput.dataSource.s3DataSource.s3DataType',
        'Member must satisfy enum value set: [ManifestFile, S3Prefix, AugmentedManifestFile]',
        source.S3DataType,
      );
    if (!S3.test(source.S3Uri ?? '') || source.S3Uri.length > 1024)
      constraint(
        'transformInput.dataSource.s3DataSource.s3Uri',
        'Member must satisfy regular expression pattern: ^(https|s3)://([^/]+)/?(.*)$',
        source.S3Uri,
      );
    if (input.SplitType !== undefined && !['None', 'Line', 'RecordIO', 'TFRecord'].includes(input.SplitType))
      constraint(
        'transformInput.splitType',
        'Member must satisfy enum value set: [None, Line, RecordIO, TFRecord]',
        input.SplitType,
      );
    if (input.CompressionType !== undefined && !['None', 'Gzip'].includes(input.CompressionType))
      constraint(
        'transformInput.compressionType',
        'Member must satisfy enum value set: [None, Gzip]',
        input.CompressionType,
      );
    if (input.ContentType !== undefined && String(input.ContentType).length > 256)
      constraint(
        'transformInput.contentType',
        'Member must have length less than or equal to 256',
        input.ContentType,
      );
    const output = b.TransformOutput ?? bad('TransformOutput is required');
    if (!S3.test(output.S3OutputPath ?? '') || output.S3OutputPath.length > 1024)
      constraint(
        'transformOutput.s3OutputPath',
        'Member must satisfy regular expression pattern: ^(https|s3)://([^/]+)/?(.*)$',
        output.S3OutputPath,
      );
    if (output.AssembleWith !== undefined && !['None', 'Line'].includes(output.AssembleWith))
      constraint(
        'transformOutput.assembleWith',
        'Member must satisfy enum value set: [None, Line]',
        output.AssembleWith,
      );
    const res = b.TransformResources ?? bad('TransformResources is required');
    if (!/^ml\.[a-z0-9]+\.[a-z0-9]+$/.test(res.InstanceType ?? ''))
      constraint('transformResources.instanceType', 'Member must satisfy enum value set', res.InstanceType);
    if (!Number.isInteger(res.InstanceCount) || res.InstanceCount < 1)
      constraint(
        'transformResources.instanceCount',
        'Member must have value greater than or equal to 1',
        res.InstanceCount,
      );
    if (b.BatchStrategy !== undefined) {
      if (!['MultiRecord', 'SingleRecord'].includes(b.BatchStrategy))
        constraint(
          'batchStrategy',
          'Member must satisfy enum value set: [MultiRecord, SingleRecord]',
          b.BatchStrategy,
        );
      if (!input.SplitType || input.SplitType === 'None')
        bad('BatchStrategy requires SplitType to be Line, RecordIO or TFRecord.');
    }
    const payload = b.MaxPayloadInMB ?? 6;
    if (!Number.isInteger(payload) || payload < 0 || payload > 100)
      constraint('maxPayloadInMB', 'Member must have value less than or equal to 100', payload);
    if (
      b.MaxConcurrentTransforms !== undefined &&
      (!Number.isInteger(b.MaxConcurrentTransforms) || b.MaxConcurrentTransforms < 0)
    )
      constraint(
        'maxConcurrentTransforms',
        'Member must have value greater than or equal to 0',
        b.MaxConcurrentTransforms,
      );
    if ((b.MaxConcurrentTransforms ?? 1) * payload > 100)
      bad('MaxConcurrentTransforms * MaxPayloadInMB must not exceed 100 MB.');
    const dp = b.DataProcessing;
    if (dp) {
      if (dp.JoinSource !== undefined && !['Input', 'None'].includes(dp.JoinSource))
        constraint(
          'dataProcessing.joinSource',
          'Member must satisfy enum value set: [Input, None]',
          dp.JoinSource,
        );
      for (const f of ['InputFilter', 'OutputFilter'])
        if (dp[f] !== undefined && String(dp[f]).length > 63)
          constraint(
            `dataProcessing.${f[0]!.toLowerCase()}${f.slice(1)}`,
            'Member must have length less than or equal to 63',
            dp[f],
          );
    }
    if (this.jobs.has(name))
      bad(
        `Job name must be unique within an AWS account and region, and a job with this name already exists (${this.arn(name)})`,
      );
    const now = this.sandbox.now();
    const job: Job = {
      body: b,
      arn: this.arn(name),
      status: 'InProgress',
      created: now,
      endsAt: now + this.runMs,
      outcome: this.nextOutcome,
    };
    this.jobs.set(name, job);
    return { TransformJobArn: job.arn };
  }

  /** Ends a job whose time has come: its output, or its failure and logs. */
  private settle(name: string, j: Job): void {
    if (this.sandbox.now() < j.endsAt || !['InProgress', 'Stopping'].includes(j.status)) return;
    j.end = j.endsAt;
    if (j.status === 'Stopping') {
      j.status = 'Stopped';
      return;
    }
    if (j.outcome.kind === 'failed') {
      j.status = 'Failed';
      j.failureReason = j.outcome.reason;
      this.logs?.addStream(
        LOG_GROUP,
        `${name}/i-0a1b2c3d4e5f-${Math.floor(j.created / 1000)}`,
        j.created,
        (j.outcome.logLines ?? []).map((message, i) => ({ timestamp: j.created + i * 1000, message })),
      );
      return;
    }
    j.status = 'Completed';
    const [, , inBucket, inPrefix = ''] = S3.exec(j.body.TransformInput.DataSource.S3DataSource.S3Uri)!;
    const [, , outBucket, outPrefix = ''] = S3.exec(j.body.TransformOutput.S3OutputPath)!;
    for (const [id, data] of [...this.sandbox.objects]) {
      const [bucket, ...rest] = id.split('/');
      const key = rest.join('/');
      if (bucket !== inBucket || !key.startsWith(inPrefix)) continue;
      const relative = key.slice(inPrefix.length).replace(/^\//, '');
      const out = `${outPrefix.replace(/\/$/, '')}${outPrefix ? '/' : ''}${relative}.out`;
      this.sandbox.putObject(outBucket!, out, Buffer.from(`transformed ${data.length} bytes\n`));
    }
  }

  private describe(j: Job) {
    const b = j.body;
    return {
      TransformJobName: b.TransformJobName,
      TransformJobArn: j.arn,
      TransformJobStatus: j.status,
      ...(j.failureReason ? { FailureReason: j.failureReason } : {}),
      ModelName: b.ModelName,
      ...(b.MaxConcurrentTransforms !== undefined
        ? { MaxConcurrentTransforms: b.MaxConcurrentTransforms }
        : {}),
      ...(b.MaxPayloadInMB !== undefined ? { MaxPayloadInMB: b.MaxPayloadInMB } : {}),
      ...(b.BatchStrategy ? { BatchStrategy: b.BatchStrategy } : {}),
      TransformInput: b.TransformInput,
      TransformOutput: b.TransformOutput,
      TransformResources: b.TransformResources,
      ...(b.DataProcessing ? { DataProcessing: b.DataProcessing } : {}),
      CreationTime: epochSeconds(j.created),
      TransformStartTime: epochSeconds(j.created + 60_000),
      ...(j.end ? { TransformEndTime: epochSeconds(j.end) } : {}),
    };
  }
}
