import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsSandbox } from '../../sandbox/aws/server.js';
import { IamWorld } from '../../sandbox/aws/iam.js';
import { PipelinesWorld } from '../../sandbox/aws/sagemaker-pipelines.js';

/** A denied request is answered as AWS answers it, in the request's protocol. */
const ROLE = 'arn:aws:iam::123456789012:role/reader';
const KEY = 'ASIAREADER0000000001';
const PRINCIPAL = 'arn:aws:sts::123456789012:assumed-role/reader/ci';
let aws: AwsSandbox;
let iam: IamWorld;

beforeEach(async () => {
  aws = new AwsSandbox();
  new PipelinesWorld(aws).addPipeline('churn-train');
  iam = new IamWorld(aws).bindCredentials(KEY, ROLE, 'ci');
  iam.registerRole(ROLE, {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['sagemaker:DescribePipeline'], Resource: '*' },
      { Effect: 'Deny', Action: ['sagemaker:ListPipelineExecutions'], Resource: '*' },
    ],
  });
  await aws.start();
  aws.putObject('churn-data', 'metrics/eval.json', '{}');
});
afterEach(() => aws.stop());

const signed = {
  authorization: `AWS4-HMAC-SHA256 Credential=${KEY}/20260101/us-east-1/sagemaker/aws4_request`,
};
const sagemaker = (operation: string, body: unknown) =>
  fetch(aws.url, {
    method: 'POST',
    headers: {
      ...signed,
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `SageMaker.${operation}`,
    },
    body: JSON.stringify(body),
  });

describe('sandbox IAM denials on the wire', () => {
  it('JSON 1.1: 400 AccessDeniedException with the identity-policy message; allowed requests pass', async () => {
    expect((await sagemaker('DescribePipeline', { PipelineName: 'churn-train' })).status).toBe(200);
    const denied = await sagemaker('StartPipelineExecution', { PipelineName: 'churn-train' });
    expect(denied.status).toBe(400);
    expect(denied.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(await denied.json()).toEqual({
      __type: 'AccessDeniedException',
      message:
        `User: ${PRINCIPAL} is not authorized to perform: sagemaker:StartPipelineExecution on resource: ` +
        'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train because no identity-based policy ' +
        'allows the sagemaker:StartPipelineExecution action',
    });
  });

  it('an explicit Deny says so', async () => {
    const denied = await sagemaker('ListPipelineExecutions', { PipelineName: 'churn-train' });
    expect(((await denied.json()) as { message: string }).message).toBe(
      `User: ${PRINCIPAL} is not authorized to perform: sagemaker:ListPipelineExecutions on resource: ` +
        'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train with an explicit deny in an identity-based policy',
    );
    expect(iam.denied().map((d) => d.decision)).toEqual(['ExplicitlyDenied']);
  });

  it("S3: 403 with S3's XML AccessDenied", async () => {
    const denied = await fetch(`${aws.url}/churn-data/metrics/eval.json`, { headers: signed });
    expect(denied.status).toBe(403);
    const xml = await denied.text();
    expect(xml).toContain('<Code>AccessDenied</Code>');
    expect(xml).toContain(
      `<Message>User: ${PRINCIPAL} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::churn-data/metrics/eval.json because no identity-based policy allows the s3:GetObject action</Message>`,
    );
  });

  it('an unsigned or unbound key is the default principal, allowed everything', async () => {
    const r = await fetch(`${aws.url}/churn-data/metrics/eval.json`);
    expect(r.status).toBe(200);
    expect(iam.decisions.at(-1)).toMatchObject({
      principal: '*',
      decision: 'Allowed',
      action: 's3:GetObject',
    });
  });
});
