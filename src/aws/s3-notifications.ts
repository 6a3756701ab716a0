import { GetBucketNotificationConfigurationCommand, S3Client } from '@aws-sdk/client-s3';
import type { BucketNotifications } from '../core/triggers/s3.js';

export function bucketNotifications(client: S3Client): BucketNotifications {
  return {
    async sendsToEventBridge(bucket) {
      const r = await client.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
      return r.EventBridgeConfiguration !== undefined;
    },
  };
}
