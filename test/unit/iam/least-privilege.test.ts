import { describe, expect, it } from '@jest/globals';
import { leastPrivilege } from '../../sandbox/least-privilege.js';
import type { PolicyDocument } from '../../sandbox/aws/iam.js';

const PIPELINE = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-train';
const ROLE = 'arn:aws:iam::123456789012:role/trigger';
const describe_ = { action: 'sagemaker:DescribePipeline', resource: PIPELINE, context: {} };
const passToEvents = {
  action: 'iam:PassRole',
  resource: ROLE,
  context: { 'iam:PassedToService': 'events.amazonaws.com' },
};
const policy = (...statements: object[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});

describe('leastPrivilege: a policy proven enough and no more over recorded requests', () => {
  it('every action needed, nothing denied: N of N', async () => {
    const report = await leastPrivilege(
      policy(
        { Effect: 'Allow', Action: ['sagemaker:DescribePipeline'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: ['iam:PassRole'],
          Resource: '*',
          Condition: { StringEquals: { 'iam:PassedToService': 'events.amazonaws.com' } },
        },
      ),
      [describe_, describe_, passToEvents],
    );
    expect(report.denied).toEqual([]);
    expect(report.unneeded).toEqual([]);
    expect(report.figure).toBe('2 of 2 permissions needed');
    expect(report.permissions[1]).toEqual({ action: 'iam:PassRole', neededBy: passToEvents });
  });

  it('an action no request needs is listed; a request the policy does not allow is counted denied', async () => {
    const report = await leastPrivilege(
      policy({
        Effect: 'Allow',
        Action: ['sagemaker:DescribePipeline', 'sagemaker:DeletePipeline'],
        Resource: '*',
      }),
      [describe_, passToEvents],
    );
    expect(report.denied).toEqual([passToEvents]);
    expect(report.unneeded).toEqual(['sagemaker:DeletePipeline']);
    expect(report.figure).toBe('1 of 2 permissions needed');
  });

  it('an action also granted by a wildcard elsewhere is not needed on its own', async () => {
    const report = await leastPrivilege(
      policy(
        { Effect: 'Allow', Action: ['sagemaker:DescribePipeline'], Resource: '*' },
        { Effect: 'Allow', Action: ['sagemaker:Describe*'], Resource: '*' },
      ),
      [describe_],
    );
    expect(report.unneeded).toEqual(['sagemaker:DescribePipeline', 'sagemaker:Describe*']);
  });
});
