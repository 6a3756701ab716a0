/** What core needs of S3 for a trigger: does the bucket send its events to EventBridge? */
export interface BucketNotifications {
  /** true when the bucket's notification configuration has EventBridgeConfiguration. */
  sendsToEventBridge(bucket: string): Promise<boolean>;
}

/** The warning, with the fix, when an S3 trigger's bucket does not send events to EventBridge. */
export function eventBridgeOffMessage(bucket: string): string {
  return (
    `bucket ${bucket} does not send events to EventBridge, so this rule will never fire. Turn it on ` +
    `(S3 console → ${bucket} → Properties → Event notifications → Amazon EventBridge: On), or ` +
    `add "EventBridgeConfiguration": {} to the bucket's notification configuration: aws s3api ` +
    `get-bucket-notification-configuration --bucket ${bucket}, add the key, then ` +
    `put-bucket-notification-configuration (it replaces the whole configuration, so keep the rest)`
  );
}
