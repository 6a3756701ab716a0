import { describe, expect, it } from '@jest/globals';
import { clientConfig, resolveEndpoint, resolveRegion } from '../../../src/aws/clients.js';
import { isTransient } from '../../../src/aws/transient.js';

describe('clientConfig', () => {
  it('uses the service-specific endpoint before the global one', () => {
    const env = { AWS_ENDPOINT_URL: 'http://global', AWS_ENDPOINT_URL_SAGEMAKER: 'http://sm' };
    expect(resolveEndpoint(env, 'SAGEMAKER')).toBe('http://sm');
    expect(resolveEndpoint(env, 'CODEBUILD')).toBe('http://global');
    expect(
      resolveEndpoint({ ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }, 'SAGEMAKER'),
    ).toBeUndefined();
  });
  it('forces path-style S3 only behind a custom endpoint', () => {
    expect(
      clientConfig({ AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:1' }, 'S3').forcePathStyle,
    ).toBe(true);
    expect(clientConfig({ AWS_REGION: 'eu-west-1' }, 'S3').forcePathStyle).toBeUndefined();
  });
  it('retries adaptively and names the toolkit in the user agent', () => {
    const c = clientConfig({ AWS_DEFAULT_REGION: 'eu-west-1' }, 'SAGEMAKER');
    expect(c).toMatchObject({ region: 'eu-west-1', retryMode: 'adaptive', maxAttempts: 6 });
    expect(c.customUserAgent[0]![0]).toBe('sagemaker-cicd');
    expect(c.credentials).toBeUndefined(); // the default chain: works after configure-aws-credentials
  });
  it('explains a missing region', () => {
    expect(() => resolveRegion({})).toThrow(/no AWS region: set the 'aws-region' input or AWS_REGION/);
    expect(resolveRegion({ AWS_REGION: 'us-west-2' }, 'ap-south-1')).toBe('ap-south-1');
  });
});

describe('isTransient', () => {
  it('knows throttling, 5xx and network errors from real faults', () => {
    expect(isTransient({ name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } })).toBe(true);
    expect(isTransient({ name: 'InternalFailure', $metadata: { httpStatusCode: 500 } })).toBe(true);
    expect(isTransient({ name: 'Error', code: 'ECONNRESET' })).toBe(true);
    expect(isTransient({ name: 'TimeoutError' })).toBe(true);
    expect(isTransient({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } })).toBe(false);
    expect(isTransient({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } })).toBe(false);
  });
});
