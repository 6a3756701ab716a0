import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { CaptureReader } from '../core/inference/gateway.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

/** Captured data in S3: keys under a prefix (ListObjectsV2, paginated) and their text. */
export function s3CaptureReader(ctx: AwsContext): CaptureReader {
  const client = lazyClient(ctx, 'S3', (config) => new S3Client(config));
  return {
    async list(s3Uri, max) {
      const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(s3Uri);
      if (!m) return [];
      const [, bucket = '', prefix = ''] = m;
      const keys: { bucket: string; key: string }[] = [];
      let token: string | undefined;
      do {
        const out = await client().send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix,
            MaxKeys: Math.min(1000, max - keys.length),
            ...(token ? { ContinuationToken: token } : {}),
          }),
        );
        for (const o of out.Contents ?? []) if (o.Key) keys.push({ bucket, key: o.Key });
        token = out.IsTruncated ? out.NextContinuationToken : undefined;
      } while (token && keys.length < max);
      return keys;
    },
    async read(bucket, key) {
      const out = await client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return (await out.Body?.transformToString('utf8')) ?? '';
    },
  };
}
