import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { run as approveRun } from '../../../src/commands/approve-promotion/run.js';
import { spec as approveSpec } from '../../../src/commands/approve-promotion/spec.js';
import { run as deployRun } from '../../../src/commands/deploy/run.js';
import { spec as deploySpec } from '../../../src/commands/deploy/spec.js';
import { CodePipelineApprovalsWorld } from '../../sandbox/aws/codepipeline-approvals.js';
import { EndpointsWorld } from '../../sandbox/aws/sagemaker-endpoints.js';
import { ModelRegistryWorld } from '../../sandbox/aws/sagemaker-model-registry.js';
import { AwsSandbox } from '../../sandbox/aws/server.js';
import { scaledClock } from '../../sandbox/clock.js';
import { ApprovalsWorld } from '../../sandbox/github-approvals.js';
import { GitHubSandbox } from '../../sandbox/github.js';
import { REPOSITORY, SHA, runInProcess } from './fake-host.js';

/** approve-promotion and deploy, run in process against the AWS and GitHub sandboxes. */
jest.setTimeout(30_000);
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-hosting';
const RUN_ID = '9876543210';
let aws: AwsSandbox;
let github: GitHubSandbox;
let registry: ModelRegistryWorld;
let approvals: ApprovalsWorld;

beforeEach(async () => {
  aws = new AwsSandbox({ clock: scaledClock(1200) });
  registry = new ModelRegistryWorld(aws);
  github = new GitHubSandbox();
  approvals = new ApprovalsWorld(github);
  await Promise.all([aws.start(), github.start()]);
});
afterEach(() => Promise.all([aws.stop(), github.stop()]));

const options = () => ({ env: aws.env(), clock: aws.clock, run: { apiUrl: github.url } });

describe('approve-promotion run()', () => {
  it('counts an environment approval, sets the package Approved and answers CodePipeline', async () => {
    new CodePipelineApprovalsWorld(aws).addPendingApproval('churn-release', 'Approve', 'ModelGate');
    approvals.reviews.set(RUN_ID, [{ login: 'carol', state: 'approved', environment: 'production' }]);
    approvals.authors.set(SHA, 'erin');
    const pkg = registry.addPackage('churn').arn;
    const r = await runInProcess(
      approveSpec,
      approveRun,
      {
        'github-token': 'ghs_workflowtoken',
        environment: 'production',
        'model-package-arn': pkg,
        'codepipeline-name': 'churn-release',
        'codepipeline-stage': 'Approve',
        'codepipeline-action': 'ModelGate',
      },
      { ...options(), env: { ...aws.env(), GITHUB_API_URL: github.url } },
    );
    expect(r.errors).toEqual([]);
    expect(r.outputs).toEqual({ approved: true, 'approved-by': 'carol', 'model-package-arn': pkg });
    expect(github.find('GET', `/repos/${REPOSITORY}/actions/runs/${RUN_ID}/approvals`)).toHaveLength(1);
    expect(registry.find(pkg).status).toBe('Approved');
    expect(aws.calls('PutApprovalResult')[0]!.body).toMatchObject({ result: { status: 'Approved' } });
    // The token was read as a secret: never in a log line.
    expect(r.log.join('\n')).not.toContain('ghs_workflowtoken');
  });

  it('refuses half a CodePipeline target before any call', async () => {
    const r = await runInProcess(
      approveSpec,
      approveRun,
      { 'github-token': 'ghs_workflowtoken', 'codepipeline-name': 'churn' },
      options(),
    );
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([
      expect.stringMatching(/^input 'codepipeline-stage' is required when answering/),
    ]);
    expect(aws.operations()).toEqual([]);
    expect(github.requests).toEqual([]);
  });
});

describe('deploy run()', () => {
  it('creates the endpoint with the typed strategy inputs and reports InService', async () => {
    new EndpointsWorld(aws, registry);
    const pkg = registry.addPackage('churn', { status: 'Approved' }).arn;
    const r = await runInProcess(
      deploySpec,
      deployRun,
      {
        'endpoint-name': 'churn-prod',
        'model-package-arn': pkg,
        'instance-type': 'ml.m5.large',
        'instance-count': '4',
        'execution-role-arn': ROLE,
        strategy: 'canary',
        'wait-interval': '2m',
      },
      options(),
    );
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ status: 'InService', 'rolled-back': false });
    expect(aws.calls('CreateEndpointConfig')[0]!.body).toMatchObject({
      ProductionVariants: [{ InstanceType: 'ml.m5.large', InitialInstanceCount: 4 }],
    });
  });

  it('refuses data capture without its destination before any call', async () => {
    const r = await runInProcess(
      deploySpec,
      deployRun,
      {
        'endpoint-name': 'churn-prod',
        'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/1',
        'instance-type': 'ml.m5.large',
        'execution-role-arn': ROLE,
        'data-capture-percent': '20',
      },
      options(),
    );
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([
      expect.stringMatching(/^input 'data-capture-s3-uri' is required with data-capture-percent/),
    ]);
    expect(aws.operations()).toEqual([]);
  });
});
