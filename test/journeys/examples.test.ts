import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { parse, stringify } from 'yaml';
import { generateBuildspec } from '../../src/core/buildspecs/generate.js';
import { VERSION } from '../../src/version.js';
import { standardScenario } from '../sandbox/aws/codebuild.js';
import type { WorkflowEvent } from '../workflows/events.js';
import { pullRequest, push, workflowDispatch } from '../workflows/events.js';
import { WorkflowRunner } from '../workflows/runner.js';
import { GROUP, IMAGE_URI, startTeam, type Team } from './world.js';

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

/** How each runnable example is run: the world it needs and the event that starts it. */
const RUN: Record<string, { setup?: (t: Team) => void; event: (t: Team) => WorkflowEvent }> = {
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
    team = await startTeam({ enforceIam: false });
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
  });
});
