import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { parse, stringify } from 'yaml';
import { generateBuildspec } from '../../src/core/buildspecs/generate.js';
import { VERSION } from '../../src/version.js';
import { standardScenario } from '../sandbox/aws/codebuild.js';
import type { WorkflowEvent } from '../workflows/events.js';
import type { WorkflowRun } from '../workflows/runner.js';
import { pullRequest, push, workflowDispatch } from '../workflows/events.js';
import { WorkflowRunner } from '../workflows/runner.js';
import { GROUP, IMAGE_URI, startTeam, type Team, type TeamOptions } from './world.js';

/**
 * Every workflow example in README.md and docs/ runs through the test workflow runner on loopback,
 * or is listed here as illustrative with the reason. A step list (a fragment) runs as the steps of
 * one job with `id-token: write`. `OWNER/...` names this toolkit.
 */
jest.setTimeout(120_000);
const ROOT = join(import.meta.dirname, '../..');
const SHA = 'e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4';

const ILLUSTRATIVE: Record<string, string> = {
  'docs/report-metrics.md#1':
    'a partial job: its model-package-arn comes from a start-pipeline step the fragment leaves out (the README example runs the whole job)',
  'docs/triggers.md#3':
    'needs a CodePipeline release pipeline of its own; run-codepipeline runs end to end in test/e2e/run-codepipeline.test.ts',
};

const onPush = () => push({ sha: SHA, pusher: 'maria', author: 'maria', message: 'Update' });
/** A CodeBuild project, and the container buildspec the docs tell the user to generate first. */
const withProject = (name: string) => (t: Team) => {
  t.codebuild.projects.set(name, () =>
    standardScenario({ buildMs: 30_000, lines: 3, logsAfterMs: 1000, exported: { IMAGE_URI } }),
  );
  mkdirSync(join(t.repo, 'buildspecs'), { recursive: true });
  writeFileSync(
    join(t.repo, 'buildspecs/container.yml'),
    generateBuildspec('container', () => '', VERSION).text,
  );
};

const dispatch = (inputs: Record<string, string>) =>
  workflowDispatch({ workflow: 'example.yml', sha: SHA, actor: 'maria', inputs });
/** The outputs of the step that ran `uses` (an action of this toolkit). */
const outputsOf = (run: WorkflowRun, uses: string) =>
  Object.values(run.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.includes(uses)))[0]!.outputs;
/** One data capture line of an endpoint variant (SageMaker's JSON Lines capture format). */
const captured = (id: string, out: string) =>
  JSON.stringify({
    captureData: {
      endpointInput: { observedContentType: 'text/csv', mode: 'INPUT', data: '1,2,3', encoding: 'CSV' },
      endpointOutput: { observedContentType: 'text/csv', mode: 'OUTPUT', data: out, encoding: 'CSV' },
    },
    eventMetadata: { eventId: `e-${id}`, inferenceId: id, inferenceTime: '2026-12-01T17:40:00Z' },
    eventVersion: '0',
  });
const PRODUCTION = {
  invocations: 12_000,
  errors4xx: 3,
  errors5xx: 1,
  latencyUs: { p50: 18_000, p90: 31_000, p99: 52_000 },
};

/**
 * How each runnable example is run: the team it needs (options, setup), the event that starts it,
 * and what the example's own steps show beyond success.
 */
const RUN: Record<
  string,
  {
    team?: TeamOptions;
    setup?: (t: Team) => void;
    event: (t: Team) => WorkflowEvent;
    check?: (run: WorkflowRun, t: Team) => void;
  }
> = {
  'README.md#1': {
    setup: withProject('churn-container'),
    event: () => pullRequest({ number: 7, author: 'dana', headSha: SHA }),
  },
  'docs/builds.md#1': { setup: withProject('churn-model-image'), event: onPush },
  'docs/pipelines.md#1': { event: onPush },
  'docs/pipelines.md#2': { event: onPush },
  // selected-steps: auto on a push with no step map in the repository: every step runs, and says why.
  'docs/pipelines.md#3': { event: onPush },
  'docs/promotion.md#1': {
    setup: (t) => void t.approvals.teams.set('acme/ml-leads', ['carol']),
    event: (t) =>
      workflowDispatch({
        workflow: 'example.yml',
        sha: SHA,
        actor: 'maria',
        inputs: { 'model-package-arn': t.registry.addPackage(GROUP).arn },
      }),
  },
  'docs/batch-transform.md#1': {
    setup: (t) => {
      t.aws.putObject('churn-data', 'scoring/2026-12-01/part-0.csv', '1,2,3\n4,5,6\n');
      t.transforms.runMs = 2 * 60_000;
    },
    event: (t) => dispatch({ 'model-package-arn': t.registry.addPackage(GROUP).arn }),
    // The run step lists what the job wrote, with the credentials configure-aws-credentials set.
    check: (run) => expect(Object.values(run.jobs)[0]!.steps.at(-1)!.stdout).toContain('part-0.csv.out'),
  },
  'docs/orchestrators.md#1': {
    setup: (t) => {
      t.stepFunctions.addMachine('churn-feature-refresh', {
        StartAt: 'Export',
        States: { Export: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', End: true } },
      });
      t.stepFunctions.tasks.set('Export', { durationMs: 5 * 60_000, output: { rows: 48_211 } });
    },
    event: onPush,
    // jq read the execution's output; the input carried the commit's timestamp.
    check: (run, t) => {
      expect(Object.values(run.jobs)[0]!.steps.at(-1)!.stdout).toBe('48211\n');
      expect(JSON.parse(t.stepFunctions.executions[0]!.input)).toEqual({ date: '2026-12-01T15:00:00Z' });
    },
  },
  'docs/promotion.md#2': {
    // The example's test runs 2 hours: sandbox time runs 1200× real time here.
    team: { scale: 1200 },
    setup: (t) => {
      t.experiments.addProductionEndpoint('churn-prod', {
        variant: 'AllTraffic',
        model: 'churn-prod-v1',
        instanceType: 'ml.m5.large',
        count: 2,
      });
      t.metrics.setVariant('churn-prod', 'AllTraffic', PRODUCTION);
      t.metrics.setVariant('churn-prod', 'shadow', { ...PRODUCTION, invocations: 6000, errors5xx: 0 });
      const ids = Array.from({ length: 50 }, (_, i) => `req-${i}`);
      for (const variant of ['AllTraffic', 'shadow'])
        t.aws.putObject(
          'churn-capture',
          `shadow/churn-prod/${variant}/2026/12/01/17/a.jsonl`,
          ids.map((id) => captured(id, '0.8')).join('\n'),
        );
    },
    // A candidate pending approval: the shadow test is evidence for its reviewers.
    event: (t) => dispatch({ 'model-package-arn': t.registry.addPackage(GROUP).arn }),
    check: (run) => expect(JSON.parse(outputsOf(run, 'shadow-test').metrics!).agreement).toBe(1),
  },
  'docs/triggers.md#1': { setup: (t) => void t.events.eventBridgeBuckets.add('churn-data'), event: onPush },
  'docs/triggers.md#2': { event: onPush },
};

function examples(): { key: string; text: string }[] {
  const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
  return ['README.md', ...docs.map((f) => `docs/${f}`)].flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```ya?ml\n(.*?)```/gs)]
      .map((m) => m[1]!)
      .filter((b) => /^\s*(- )?uses:|^jobs:|^steps:/m.test(b))
      .map((text, i) => ({ key: `${file}#${i + 1}`, text })),
  );
}

/** A step list becomes the steps of one job with the permissions role-to-assume needs. */
function asWorkflow(text: string): string {
  const doc = parse(text) as unknown;
  if (!Array.isArray(doc)) return text;
  return stringify({
    on: { push: { branches: ['main'] } },
    permissions: { 'id-token': 'write', contents: 'read' },
    jobs: { example: { 'runs-on': 'ubuntu-latest', steps: doc } },
  });
}

let team: Team | undefined;
afterEach(async () => {
  await team?.stop();
  team = undefined;
});

describe('journey: the documented workflow examples', () => {
  it('every example is run below or listed as illustrative with a reason', () => {
    const all = examples().map((e) => e.key);
    expect(all.filter((k) => !ILLUSTRATIVE[k]).sort()).toEqual(Object.keys(RUN).sort());
    for (const key of Object.keys(ILLUSTRATIVE)) expect(all).toContain(key);
  });

  it.each(
    examples()
      .filter((e) => RUN[e.key])
      .map((e) => [e.key, e.text] as const),
  )('%s runs', async (key, text) => {
    // The examples name placeholder roles (role/ci, role/promotion): IAM is not their subject.
    team = await startTeam({ enforceIam: false, ...RUN[key]!.team });
    RUN[key]!.setup?.(team);
    writeFileSync(join(team.repo, '.github/workflows/example.yml'), asWorkflow(text));
    const runner = new WorkflowRunner({
      ...team.runner.options,
      toolkitRepos: ['OWNER/sagemaker-cicd', 'OWNER/REPO', 'sagemaker-cicd/sagemaker-cicd'],
      secrets: { ...team.runner.options.secrets, READ_ORG_TOKEN: 'ghp_readorg0123456789' },
    });
    const run = await runner.run('example.yml', RUN[key]!.event(team));
    const failed = Object.values(run.jobs).flatMap((j) => j.steps.filter((s) => s.outcome === 'failure'));
    expect(failed.map((s) => `${s.name}: ${s.stdout}${s.stderr}`)).toEqual([]);
    expect(run.warnings).toEqual([]);
    expect(run.conclusion).toBe('success');
    RUN[key]!.check?.(run, team);
  });
});
