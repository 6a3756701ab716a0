import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { UserError } from '../core/errors.js';
import type { CaptureStore } from '../core/drift/gateways.js';
import { lineBatches } from '../core/drift/lines.js';
import { AccessDeniedError } from './errors.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';
import { isTransient } from './transient.js';

/** S3 as drift reads and writes it: training data and capture files streamed, baselines whole. */
export interface DriftData extends CaptureStore {
  /** The object's body as a stream; a missing object is a one-line UserError naming the URI. */
  stream(bucket: string, key: string): Promise<Readable>;
  getText(bucket: string, key: string): Promise<string>;
  putText(bucket: string, key: string, body: string): Promise<void>;
}

export function driftData(ctx: AwsContext): DriftData {
  const s3 = lazyClient(ctx, 'S3', (config) => new S3Client(config));
  const stream: DriftData['stream'] = async (bucket, key) => {
    try {
      const object = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return object.Body as Readable;
    } catch (err) {
      const name = (err as { name?: string }).name;
      const uri = `s3://${bucket}/${key}`;
      if (name === 'NoSuchKey' || name === 'NotFound')
        throw new UserError(`${uri} does not exist (NoSuchKey)`);
      if (name === 'NoSuchBucket') throw new UserError(`${uri} does not exist (NoSuchBucket)`);
      if (err instanceof AccessDeniedError) throw new UserError(`${uri} cannot be read: ${err.message}`);
      throw err;
    }
  };
  return {
    stream,
    async getText(bucket, key) {
      const body = await stream(bucket, key);
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    async putText(bucket, key, body) {
      await s3().send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }),
      );
    },
    async listObjects(bucket, prefix, delimiter, max) {
      const keys: string[] = [];
      const prefixes: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await s3().send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix,
            Delimiter: delimiter,
            ...(max ? { MaxKeys: Math.min(1000, max - keys.length) } : {}),
            ContinuationToken,
          }),
        );
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
        for (const p of page.CommonPrefixes ?? []) if (p.Prefix) prefixes.push(p.Prefix);
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken && !(max && keys.length >= max));
      return { keys, prefixes };
    },
    async *lines(bucket, key) {
      const body = await stream(bucket, key);
      yield* lineBatches(body);
    },
    isTransient,
  };
}
