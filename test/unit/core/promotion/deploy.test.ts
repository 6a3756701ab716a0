import { VirtualClock } from '../../../../src/core/clock.js';
import { CancelledError, OutcomeError } from '../../../../src/core/errors.js';
import { MemoryLog } from '../../../../src/core/log.js';
import { deploy, failureMessage, type DeployContext } from '../../../../src/core/promotion/deploy.js';
import type { Endpoint, PromotionGateway } from '../../../../src/core/promotion/gateway.js';
import { parsePlan } from '../../../../src/core/promotion/plan.js';
import { parseInputGroup } from '../../../../src/core/spec/parse.js';
import { STRATEGY_INPUTS } from '../../../../src/core/promotion/strategy-inputs.js';

const PKG = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3';
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-hosting';

type Outcome = 'success' | 'rollback' | 'rollback-failed' | 'fail';

/** A SageMaker that moves an endpoint through Creating/Updating for `busyPolls` describes, then ends as told. */
class FakeSageMaker implements PromotionGateway {
  calls: string[] = [];
  models = new Set<string>();
  configs = new Set<string>();
  endpoint?: Endpoint;
  approval = 'Approved';
  busyPolls = 3;
  outcome: Outcome = 'success';
  transientEvery = 0;
  private polls = 0;
  private target = '';

  async describeModelPackage(arn: string) {
    this.calls.push('DescribeModelPackage');
    return {
      arn,
      approvalStatus: this.approval,
      approvalDescription: this.approval === 'Rejected' ? 'bias' : undefined,
    };
  }
  async updateModelPackageApproval() {
    this.calls.push('UpdateModelPackage');
  }
  async modelExists(name: string) {
    this.calls.push('DescribeModel');
    return this.models.has(name);
  }
  async createModel(name: string) {
    this.calls.push('CreateModel');
    this.models.add(name);
  }
  async endpointConfigExists(name: string) {
    this.calls.push('DescribeEndpointConfig');
    return this.configs.has(name);
  }
  async endpointConfigCreationTime(name: string) {
    this.calls.push('DescribeEndpointConfig');
    return this.configs.has(name) ? Date.UTC(2026, 0, 1) : undefined;
  }
  async createEndpointConfig(req: { name: string }) {
    this.calls.push('CreateEndpointConfig');
    this.configs.add(req.name);
  }
  async describeEndpoint() {
    this.calls.push('DescribeEndpoint');
    if (this.transientEvery && this.polls % this.transientEvery === 1) {
      this.polls++;
      throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    }
    const e = this.endpoint;
    if (e && (e.status === 'Creating' || e.status === 'Updating') && ++this.polls > this.busyPolls)
      this.finish(e);
    return e && { ...e };
  }
  private finish(e: Endpoint) {
    const old = e.configName;
    delete e.pendingConfigName;
    if (this.outcome === 'success') Object.assign(e, { status: 'InService', configName: this.target });
    if (this.outcome === 'rollback')
      Object.assign(e, {
        status: 'InService',
        configName: old,
        failureReason: 'Alarm p99-latency went into ALARM state; rolled back',
      });
    if (this.outcome === 'rollback-failed')
      Object.assign(e, { status: 'UpdateRollbackFailed', failureReason: 'rollback failed' });
    if (this.outcome === 'fail') Object.assign(e, { status: 'Failed', failureReason: 'image not found' });
  }
  async createEndpoint(name: string, config: string) {
    this.calls.push('CreateEndpoint');
    this.target = config;
    this.polls = 0;
    this.endpoint = {
      arn: `arn:aws:sagemaker:us-east-1:123456789012:endpoint/${name}`,
      name,
      status: 'Creating',
      configName: config,
    };
    return this.endpoint.arn;
  }
  async updateEndpoint(_name: string, config: string) {
    this.calls.push('UpdateEndpoint');
    this.target = config;
    this.polls = 0;
    Object.assign(this.endpoint!, { status: 'Updating', pendingConfigName: config });
    return this.endpoint!.arn;
  }
}

function setup(over: Partial<DeployContext> = {}) {
  const gateway = new FakeSageMaker();
  const outputs: Record<string, string> = {};
  const controller = new AbortController();
  const ctx: DeployContext = {
    gateway,
    clock: new VirtualClock(),
    log: new MemoryLog(),
    signal: controller.signal,
    isTransient: (err) => (err as Error).name === 'ThrottlingException',
    onOutput: (n, v) => (outputs[n] = v),
    policy: { kind: 'fixed', intervalMs: 15_000 },
    timeoutMs: 3_600_000,
    ...over,
  };
  return { gateway, outputs, ctx, controller };
}
const request = (strategy = 'canary', commit = 'abcdef1234567') => ({
  endpointName: 'churn-prod',
  modelPackageArn: PKG,
  roleArn: ROLE,
  instanceType: 'ml.m5.large',
  commit,
  plan: parsePlan(
    parseInputGroup(
      STRATEGY_INPUTS,
      (n) => ({ strategy, 'instance-count': '2', 'rollback-alarms': 'p99-latency' })[n],
    ),
  ),
});

describe('deploy', () => {
  it('creates the endpoint on the first deploy, then updates it with the DeploymentConfig', async () => {
    const { gateway, ctx, outputs } = setup();
    const first = await deploy(request(), ctx);
    expect(first).toMatchObject({
      status: 'InService',
      rolledBack: false,
      firstDeploy: true,
      endpointConfigName: expect.stringMatching(/^churn-prod-abcdef1-[0-9a-f]{6}$/),
    });
    expect(gateway.calls).toEqual([
      'DescribeModelPackage',
      'DescribeEndpoint',
      'DescribeModel',
      'CreateModel',
      'DescribeEndpointConfig',
      'CreateEndpointConfig',
      'CreateEndpoint',
      'DescribeEndpoint',
      'DescribeEndpoint',
      'DescribeEndpoint',
      'DescribeEndpoint',
    ]);
    expect(outputs['endpoint-config-name']).toBe(first.endpointConfigName);

    gateway.calls = [];
    const second = await deploy(request('canary', '9999999aaaa'), ctx);
    expect(second).toMatchObject({
      status: 'InService',
      rolledBack: false,
      firstDeploy: false,
      previousConfigName: first.endpointConfigName,
    });
    expect(gateway.calls).toContain('UpdateEndpoint');
    expect(gateway.calls).not.toContain('CreateEndpoint');
  });

  it('refuses an unapproved package with no mutating call', async () => {
    const { gateway, ctx } = setup();
    gateway.approval = 'PendingManualApproval';
    await expect(deploy(request(), ctx)).rejects.toThrow(
      /is PendingManualApproval, not Approved: approve it first/,
    );
    expect(gateway.calls).toEqual(['DescribeModelPackage']);
  });

  it('tells a rollback from a success: InService on the old config, with the alarm that fired', async () => {
    const { gateway, ctx } = setup();
    const first = await deploy(request(), ctx);
    gateway.outcome = 'rollback';
    const second = await deploy(request('canary', 'bbbbbbb'), ctx);
    expect(second).toMatchObject({
      status: 'InService',
      rolledBack: true,
      alarm: 'p99-latency',
      previousConfigName: first.endpointConfigName,
    });
    expect(failureMessage(second, 'churn-prod')).toMatch(
      /rolled back \(alarm p99-latency fired\); the endpoint still serves churn-prod-abcdef1/,
    );
  });

  it('treats UpdateRollbackFailed as a failure', async () => {
    const { gateway, ctx } = setup();
    await deploy(request(), ctx);
    gateway.outcome = 'rollback-failed';
    const result = await deploy(request('canary', 'ccccccc'), ctx);
    expect(failureMessage(result, 'churn-prod')).toMatch(/UpdateRollbackFailed/);
  });

  it('polls through throttling during the wait', async () => {
    const { gateway, ctx } = setup();
    gateway.transientEvery = 2;
    const result = await deploy(request(), ctx);
    expect(result.status).toBe('InService');
  });

  it('a re-run on the same commit finds its model, config and running update instead of doubling them', async () => {
    const { gateway, ctx } = setup();
    await deploy(request(), ctx);
    gateway.calls = [];
    const again = await deploy(request(), ctx);
    expect(again.alreadyDeployed).toBe(true);
    expect(gateway.calls).toEqual(['DescribeModelPackage', 'DescribeEndpoint']);
  });

  it('resumes waiting on an update an earlier (cancelled) run started', async () => {
    const { gateway, ctx, controller } = setup();
    await deploy(request(), ctx);
    // The wait reads the endpoint at once, before its first sleep: keep it Updating longer.
    gateway.busyPolls = 10;
    const cancelling = setup({ gateway } as Partial<DeployContext>);
    cancelling.ctx.clock = { now: () => 0, sleep: async () => cancelling.controller.abort() };
    await expect(deploy(request('canary', 'ddddddd'), cancelling.ctx)).rejects.toThrow(CancelledError);
    await expect(deploy(request('canary', 'ddddddd'), cancelling.ctx)).rejects.toThrow(
      /cancelled while endpoint churn-prod was Updating/,
    );
    gateway.calls = [];
    const resumed = await deploy(request('canary', 'ddddddd'), ctx);
    expect(resumed.status).toBe('InService');
    expect(gateway.calls).not.toContain('UpdateEndpoint');
    expect(gateway.calls).not.toContain('CreateEndpointConfig');
    void controller;
  });

  it('cancelled after making the config but before touching the endpoint: names what it left and how to delete it', async () => {
    const { gateway, ctx, controller } = setup();
    await deploy(request(), ctx);
    const create = gateway.createEndpointConfig.bind(gateway);
    gateway.createEndpointConfig = async (req) => {
      await create(req);
      controller.abort();
    };
    const err = await deploy(request('canary', 'eeeeeee'), ctx).catch((e: Error) => e);
    expect(err).toBeInstanceOf(CancelledError);
    expect((err as Error).message).toMatch(
      /^cancelled before endpoint churn-prod was changed; model (churn-prod-eeeeeee-\w{6}) and endpoint config \1 were created and are unused: a re-run reuses them, or delete them \(aws sagemaker delete-endpoint-config/,
    );
    expect(gateway.calls).not.toContain('UpdateEndpoint');
  });

  it('refuses to update an endpoint another deployment is updating', async () => {
    const { gateway, ctx } = setup();
    gateway.endpoint = {
      arn: 'arn',
      name: 'churn-prod',
      status: 'Updating',
      configName: 'old',
      pendingConfigName: 'someone-else',
    };
    await expect(deploy(request(), ctx)).rejects.toThrow(OutcomeError);
    expect(gateway.calls).not.toContain('CreateModel');
  });
});
