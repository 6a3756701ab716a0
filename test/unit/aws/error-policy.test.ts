import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { AwsContext } from '../../../src/aws/context.js';
import { AccessDeniedError, ExpiredSessionError, applyErrorPolicy } from '../../../src/aws/errors.js';
import { eventBridgeGateway } from '../../../src/aws/eventbridge.js';
import { modelRegistry } from '../../../src/aws/model-registry.js';
import { sagemakerPipelines } from '../../../src/aws/sagemaker-pipelines.js';
import { isTransient } from '../../../src/aws/transient.js';
import { UserError } from '../../../src/core/errors.js';
import { TransientError } from '../../../src/core/pipelines/gateway.js';
import { AwsError, AwsSandbox } from '../../sandbox/aws/server.js';

/**
 * The error policy, through the real SDK clients against the loopback AWS: errors arrive as AWS
 * sends them (`__type`, `x-amzn-ErrorType`, S3's XML), so the SDK parses them as it would in a job.
 */
let aws: AwsSandbox;
let ctx: AwsContext;
const credentials = async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' });

beforeEach(async () => {
  aws = new AwsSandbox();
  await aws.start();
  ctx = {
    env: { AWS_ENDPOINT_URL: aws.url, AWS_REGION: 'eu-west-1' },
    action: 'describe-pipeline',
    credentials,
  };
});
afterEach(() => aws.stop());

const DENIED =
  'User: arn:aws:sts::123456789012:assumed-role/gh-ci/run-1 is not authorized to perform: ' +
  'sagemaker:DescribePipeline on resource: arn:aws:sagemaker:eu-west-1:123456789012:pipeline/churn ' +
  'because no identity-based policy allows the sagemaker:DescribePipeline action';

describe('AccessDenied', () => {
  it('names the missing permission from the message, and the iam-policy command', async () => {
    aws.on('SageMaker.DescribePipeline', () => {
      throw new AwsError('AccessDeniedException', DENIED, 400);
    });
    const err = await sagemakerPipelines(ctx)
      .describePipeline('churn')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AccessDeniedError);
    expect((err as Error).message).toBe(
      'access denied: arn:aws:sts::123456789012:assumed-role/gh-ci/run-1 may not call sagemaker:DescribePipeline; ' +
        "grant the policy that 'sagemaker-cicd iam-policy describe-pipeline' prints",
    );
    expect(aws.calls('DescribePipeline')).toHaveLength(1); // not retried
  });

  it("names the permission from the operation when AWS's message does not (IAM names differ for S3)", () => {
    const err = applyErrorPolicy(
      { name: 'AccessDenied', message: 'Access Denied', $metadata: { httpStatusCode: 403 } },
      { prefix: 's3', name: 'GetBucketNotificationConfiguration' },
      'create-trigger',
    ) as AccessDeniedError;
    expect(err.permission).toBe('s3:GetBucketNotification');
    expect(err.message).toBe(
      "access denied: the step's AWS role may not call s3:GetBucketNotification; " +
        "grant the policy that 'sagemaker-cicd iam-policy create-trigger' prints",
    );
  });

  it('says when an explicit deny blocks it, where no policy of the role can help', () => {
    const err = applyErrorPolicy(
      {
        name: 'AccessDeniedException',
        message: `${DENIED.replace(/ because.*/, '')} with an explicit deny in a service control policy`,
      },
      { prefix: 'sagemaker', name: 'DescribePipeline' },
      'describe-pipeline',
    ) as Error;
    expect(err.message).toContain('sagemaker:DescribePipeline (an explicit deny blocks it');
  });

  it('an S3 read of a report names the object and the permission', async () => {
    aws.rawRoutes.push({
      match: (req) => req.method === 'GET' && (req.url ?? '').startsWith('/reports/'),
      describe: () => ({ service: 's3', operation: 'GetObject' }),
      handle: (_req, res) => {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
        );
      },
    });
    const err = await modelRegistry({ ...ctx, action: 'report-metrics' })
      .getObject('reports', 'eval.json', 's3://reports/eval.json')
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      "metrics report s3://reports/eval.json cannot be read: access denied: the step's AWS role may not call " +
        "s3:GetObject; grant the policy that 'sagemaker-cicd iam-policy report-metrics' prints",
    );
  });
});

describe('an expired session', () => {
  it("gets one message naming role-duration-seconds and role-to-assume, in every gateway's calls", async () => {
    aws.on('AWSEvents.DescribeRule', () => {
      throw new AwsError(
        'ExpiredTokenException',
        'The security token included in the request is expired',
        400,
      );
    });
    const err = await eventBridgeGateway(ctx)
      .describeRule('nightly')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExpiredSessionError);
    expect((err as Error).message).toBe(
      "the AWS session expired (ExpiredTokenException on DescribeRule): lengthen it with 'role-duration-seconds' " +
        "(of aws-actions/configure-aws-credentials, or of this step with 'role-to-assume'), or set " +
        "'role-to-assume' so the step refreshes its own credentials",
    );
    expect(isTransient(err)).toBe(false); // a wait ends on it instead of polling on
  });
});

describe('transient errors', () => {
  it('are retried by the SDK, then reach the waits as transient', async () => {
    // 5xx rather than throttling: the same path, with shorter backoffs (the test stays fast).
    aws.faults({ rate: 1, kinds: ['500'], operations: ['DescribePipelineExecution'] });
    const arn = 'arn:aws:sagemaker:eu-west-1:123456789012:pipeline/churn/execution/abc';
    const err = await sagemakerPipelines(ctx)
      .describeExecution(arn)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect(err).toMatchObject({ name: 'InternalFailure', message: expect.stringMatching(/internal error/) });
    expect(aws.requests.filter((r) => r.fault === '500')).toHaveLength(6); // maxAttempts
  }, 30_000);

  it('are known by name, status and network code', () => {
    const transient = [
      { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } },
      { name: 'TooManyRequestsException', $metadata: { httpStatusCode: 429 } },
      { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } },
      { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } },
      { name: 'Error', code: 'ECONNRESET', message: 'socket hang up' },
      { name: 'TimeoutError', message: 'Connection timed out after 5000 ms' },
    ];
    for (const e of transient) expect([e.name, isTransient(e)]).toEqual([e.name, true]);
    for (const name of ['ValidationException', 'AccessDeniedException', 'ExpiredTokenException'])
      expect([name, isTransient({ name, $metadata: { httpStatusCode: 400 } })]).toEqual([name, false]);
  });
});

describe('clients made on first use', () => {
  it('need no region until a request is made, then say how to set one', async () => {
    const gateway = sagemakerPipelines({ env: { AWS_ENDPOINT_URL: aws.url }, action: 'x', credentials });
    const err = await gateway.describePipeline('churn').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^no AWS region: set the 'aws-region' input or AWS_REGION/);
    expect(aws.requests).toHaveLength(0);
  });

  it('pass other AWS errors through unchanged (gateways read their names)', async () => {
    aws.on('SageMaker.DescribePipeline', () => {
      throw new AwsError('ResourceNotFound', "Pipeline 'churn' does not exist.", 400);
    });
    expect(await sagemakerPipelines(ctx).describePipeline('churn')).toBeUndefined();
  });
});
