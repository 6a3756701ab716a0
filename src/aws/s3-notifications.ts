import { GetBucketNotificationConfigurationCommand, S3Client } from '@aws-sdk/client-s3';
import type { BucketNotifications } from '../core/triggers/s3.js';
import { lazyClient } from './clients.js';
import type { AwsContext } from './context.js';

export function bucketNotifications(ctx: AwsContext): BucketNotifications {
  const client = lazyClient(ctx, 'S3', (config) => new S3Client(config));
  return {
    async sendsToEventBridge(bucket) {
      const r = await client().send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
      return r.EventBridgeConfiguration !== undefined;
    },
  };
}
