import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { AwsSandbox } from '../sandbox/aws/server.js';
import { CloudWatchWorld } from '../sandbox/aws/cloudwatch.js';
import { MetricsWorld } from '../sandbox/aws/cloudwatch-metrics.js';
import { CodeBuildWorld, standardScenario } from '../sandbox/aws/codebuild.js';
import { EventBridgeWorld } from '../sandbox/aws/eventbridge.js';
import { EventDelivery } from '../sandbox/aws/eventbridge-delivery.js';
import { IamWorld } from '../sandbox/aws/iam.js';
import { EndpointsWorld } from '../sandbox/aws/sagemaker-endpoints.js';
import { ExperimentsWorld } from '../sandbox/aws/sagemaker-experiments.js';
import { PipelineRuns, churnScript } from '../sandbox/aws/sagemaker-executions.js';
import { ModelRegistryWorld } from '../sandbox/aws/sagemaker-model-registry.js';
import { PipelinesWorld } from '../sandbox/aws/sagemaker-pipelines.js';
import { TransformJobsWorld } from '../sandbox/aws/sagemaker-transform.js';
import { StepFunctionsWorld } from '../sandbox/aws/stepfunctions.js';
import { StsWorld } from '../sandbox/aws/sts.js';
import { scaledClock } from '../sandbox/clock.js';
import { GitHubSandbox } from '../sandbox/github.js';
import { ApprovalsWorld } from '../sandbox/github-approvals.js';
import { DispatchesWorld } from '../sandbox/github-dispatches.js';
import { enableOidc } from '../sandbox/github-oidc.js';
import { ReportsWorld } from '../sandbox/github-reports.js';
import { runCli } from '../sandbox/runner.js';
import { GROUP, INIT_ARGS } from './init-args.js';
import { WorkflowRunner, type EnvironmentRequest, type Review } from '../workflows/runner.js';

/**
 * One team's world for the journeys: AWS and GitHub on loopback, a repository written by the CLI's
 * `init`, and the test workflow runner over it. Sandbox time runs SCALE× real time; the pipeline
 * (3 minutes), the container build and the endpoint updates are shortened to keep journeys fast.
 */
export { GROUP, INIT_ARGS };
export const SCALE = 120;
export const ACCOUNT = '123456789012';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/github-sagemaker`;
export const TRIGGER_ROLE = `arn:aws:iam::${ACCOUNT}:role/sagemaker-triggers`;
export const EXECUTION_ROLE = `arn:aws:iam::${ACCOUNT}:role/sagemaker-hosting`;
export const DISPATCH_TOKEN = 'github_pat_dispatch0123456789abcdef';
export const IMAGE_URI = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/churn:4f2c1a9`;

export interface TeamOptions {
  /** The accuracy check's outcome in the pipeline. */
  outcome?: 'True' | 'False';
  /** false: no IAM enforcement (the documentation's examples name placeholder roles). */
  enforceIam?: boolean;
  /** Who reviews the production environment (default: carol approves). */
  reviewers?: (request: EnvironmentRequest) => Review[];
  /** Sandbox time per real time (default SCALE): faster for journeys that wait hours. */
  scale?: number;
}

export async function startTeam(options: TeamOptions = {}) {
  const aws = new AwsSandbox({ clock: scaledClock(options.scale ?? SCALE) });
  const registry = new ModelRegistryWorld(aws);
  const runs = new PipelineRuns(new PipelinesWorld(aws));
  runs.registry = registry;
  const script = churnScript({ scale: 0.05, outcome: options.outcome ?? 'True' });
  script.parameters = [
    ...(script.parameters ?? []),
    { Name: 'TrainingImage', Type: 'String', DefaultValue: '' },
  ];
  runs.addPipeline('churn-train', script);
  // The previous nightly run: the waits' timing template.
  runs.addRun('churn-train', 'nightly1', aws.now() - 86_400_000);
  const hosting = new EndpointsWorld(aws, registry);
  hosting.createMs = 60_000;
  hosting.updateMs = 120_000;
  hosting.addEndpoint('churn-prod', 'churn-prod-v1');
  const codebuild = new CodeBuildWorld(aws);
  // The pipeline's jobs log where CodeBuild's builds do: one CloudWatch Logs.
  runs.jobs.serveLogs(codebuild.logs);
  codebuild.projects.set('churn-image', () =>
    standardScenario({ buildMs: 30_000, lines: 3, logsAfterMs: 1000, exported: { IMAGE_URI } }),
  );
  // Batch scoring, shadow tests (and the endpoint metrics they are judged on), Step Functions.
  const transforms = new TransformJobsWorld(aws, hosting, codebuild.logs);
  const experiments = new ExperimentsWorld(aws, hosting);
  const metrics = new MetricsWorld(aws);
  const stepFunctions = new StepFunctionsWorld(aws);
  const sts = new StsWorld(aws);
  // IAM enforced: the workflows' role and the trigger role get the policies init writes (below).
  const iam = options.enforceIam === false ? undefined : new IamWorld(aws, sts);
  const events = new EventBridgeWorld(aws);
  const github = new GitHubSandbox();
  const reports = new ReportsWorld(github);
  const approvals = new ApprovalsWorld(github);
  const dispatches = new DispatchesWorld(github);
  await Promise.all([aws.start(), github.start()]);
  const oidc = enableOidc(github);
  const delivery = new EventDelivery(events, github);
  // The registry's state changes reach EventBridge; deliveries are awaited by settle().
  const pending: Promise<unknown>[] = [];
  registry.stateChangeListeners.push((event) => void pending.push(delivery.deliver(event)));
  // The drift check's alarm, too.
  const cloudwatch = new CloudWatchWorld(aws);
  cloudwatch.stateChangeListeners.push((event) => void pending.push(delivery.deliver(event)));

  // The model in production: version 1, approved, serving behind the endpoint.
  const baseline = registry.addPackage(GROUP, {
    status: 'Approved',
    metrics: { binary_classification_metrics: { accuracy: { value: 0.91 }, auc: { value: 0.94 } } },
  });

  const repo = mkdtempSync(join(tmpdir(), 'journey-repo-'));
  const init = await runCli(['init', ...INIT_ARGS, '--dir', repo]);
  expect(init.stderr).toBe('');
  expect(init.exitCode).toBe(0);
  const policy = (file: string) => JSON.parse(readFileSync(join(repo, 'iam', file), 'utf8'));
  if (iam) {
    iam.registerRole(ROLE, policy('github-actions-role.json'));
    iam.registerRole(TRIGGER_ROLE, policy('trigger-role.json'));
    delivery.bindRole = (key, role) => void iam.bindCredentials(key, role);
  }

  const runner = new WorkflowRunner({
    workspace: repo,
    aws,
    github,
    approvals,
    oidc,
    secrets: {
      AWS_ROLE_ARN: ROLE,
      SAGEMAKER_EXECUTION_ROLE_ARN: EXECUTION_ROLE,
      TRIGGER_ROLE_ARN: TRIGGER_ROLE,
      WORKFLOW_DISPATCH_TOKEN: DISPATCH_TOKEN,
    },
    reviewEnvironment: options.reviewers ?? (() => [{ login: 'carol', state: 'approved' }]),
  });
  return {
    aws,
    registry,
    runs,
    hosting,
    codebuild,
    transforms,
    experiments,
    metrics,
    stepFunctions,
    sts,
    iam,
    /** The requests IAM refused (none when IAM is not enforced). */
    denied: () => iam?.denied() ?? [],
    events,
    delivery,
    cloudwatch,
    github,
    reports,
    approvals,
    dispatches,
    runner,
    repo,
    baseline,
    /** Waits for the EventBridge deliveries under way. */
    async settle() {
      while (pending.length) await pending.shift();
    },
    async stop() {
      await Promise.all([aws.stop(), github.stop()]);
    },
  };
}

export type Team = Awaited<ReturnType<typeof startTeam>>;
