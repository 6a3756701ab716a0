import { describe, expect, it } from '@jest/globals';
import { clientConfig, resolveEndpoint, resolveRegion } from '../../../src/aws/clients.js';

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
    const env = { AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:1' };
    expect(clientConfig({ env, action: 'x' }, 'S3').forcePathStyle).toBe(true);
    expect(
      clientConfig({ env: { AWS_REGION: 'eu-west-1' }, action: 'x' }, 'S3').forcePathStyle,
    ).toBeUndefined();
  });
  it('retries adaptively and names the toolkit in the user agent', async () => {
    const c = clientConfig({ env: { AWS_DEFAULT_REGION: 'eu-west-1' }, action: 'x' }, 'SAGEMAKER');
    expect(c).toMatchObject({ retryMode: 'adaptive', maxAttempts: 6 });
    expect(await c.region()).toBe('eu-west-1');
    expect(c.customUserAgent[0]![0]).toBe('sagemaker-cicd');
    expect(c.credentials).toBeUndefined(); // the default chain: works after configure-aws-credentials
  });
  it('resolves the region when asked (on the first request), the aws-region input first', async () => {
    const c = clientConfig({ env: { AWS_REGION: 'us-west-2' }, action: 'x', region: 'ap-south-1' }, 'S3');
    expect(await c.region()).toBe('ap-south-1');
    const none = clientConfig({ env: {}, action: 'x' }, 'S3'); // no error yet: nothing was sent
    await expect(none.region()).rejects.toThrow(/no AWS region: set the 'aws-region' input or AWS_REGION/);
  });
  it('explains a missing region', () => {
    expect(() => resolveRegion({})).toThrow(/no AWS region: set the 'aws-region' input or AWS_REGION/);
    expect(resolveRegion({ AWS_REGION: 'us-west-2' }, 'ap-south-1')).toBe('ap-south-1');
  });
});
