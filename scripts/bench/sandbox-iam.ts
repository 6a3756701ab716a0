/**
 * What enforcing IAM costs the sandbox per request: the same 400 SageMaker requests (a polling
 * loop: DescribePipeline on one pipeline, then 400 distinct ones) sent to a sandbox without IAM,
 * with IAM (cached decisions), and the evaluator's own cost on a cache miss.
 */
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { IamWorld } from '../../test/sandbox/aws/iam.js';
import { PipelinesWorld } from '../../test/sandbox/aws/sagemaker-pipelines.js';
import { commandPolicy } from '../../src/core/iam/policy.js';
import { specs } from '../../src/commands/specs.js';

const ROLE = 'arn:aws:iam::123456789012:role/bench';
const KEY = 'ASIABENCH00000000001';
const N = 400;

async function run(enforce: boolean, distinct: boolean): Promise<number> {
  const aws = new AwsSandbox();
  const pipelines = new PipelinesWorld(aws);
  for (let i = 0; i < N; i++) pipelines.addPipeline(`p${i}`);
  if (enforce) {
    new IamWorld(aws)
      .bindCredentials(KEY, ROLE)
      .registerRole(ROLE, commandPolicy('describe-pipeline', specs['describe-pipeline']!.permissions));
  }
  await aws.start();
  const started = performance.now();
  for (let i = 0; i < N; i++) {
    const r = await fetch(aws.url, {
      method: 'POST',
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=${KEY}/20260101/us-east-1/sagemaker/aws4_request`,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'SageMaker.DescribePipeline',
      },
      body: JSON.stringify({ PipelineName: distinct ? `p${i}` : 'p0' }),
    });
    if (r.status !== 200) throw new Error(`request ${i}: HTTP ${r.status}`);
    await r.arrayBuffer();
  }
  const ms = performance.now() - started;
  await aws.stop();
  return ms / N;
}

export default async function sandboxIam(): Promise<void> {
  await run(true, false); // warm-up: loads iam-data
  console.log('| sandbox | requests | ms per request |');
  console.log('| --- | --- | --- |');
  for (const [label, enforce, distinct] of [
    ['no IAM', false, false],
    ['IAM, one resource (cached decision)', true, false],
    ['IAM, 400 resources (evaluated each time)', true, true],
  ] as const) {
    console.log(`| ${label} | ${N} | ${(await run(enforce, distinct)).toFixed(2)} |`);
  }
}
