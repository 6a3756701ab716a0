import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { pullRequest } from '../workflows/events.js';
import { IMAGE_URI, startTeam, type Team } from './world.js';

jest.setTimeout(120_000);
const HEAD = '4f2c1a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39';
const HEAD2 = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';
let team: Team;
beforeEach(async () => (team = await startTeam()));
afterEach(async () => {
  // Every request of a journey that succeeds is allowed by the policies init wrote.
  expect(team.denied()).toEqual([]);
  await team.stop();
});

describe('journey: a pull request', () => {
  it('builds the container, runs the pipeline, waits, and reports metrics; a second push updates the same comment', async () => {
    const { runner, codebuild, aws, reports } = team;
    const run = await runner.run(
      'sagemaker-pr.yml',
      pullRequest({ number: 42, author: 'dana', headSha: HEAD }),
    );
    expect(run.warnings).toEqual([]);
    expect(run.jobs.train!.steps.map((s) => `${s.name}: ${s.outcome}`)).toEqual([
      'actions/checkout@v4: success',
      'Build the training container: success',
      'Start the pipeline: success',
      'Wait for the pipeline: success',
      "Report the model's metrics: success",
    ]);
    expect(run.conclusion).toBe('success');
    // The container is built from the pull request's head, and the pipeline trains with it.
    expect(codebuild.builds.map((b) => b.input.sourceVersion)).toEqual([HEAD]);
    const start = aws.calls('StartPipelineExecution')[0]!.body;
    expect(start.PipelineName).toBe('churn-train');
    expect(start.PipelineParameters).toEqual([{ Name: 'TrainingImage', Value: IMAGE_URI }]);
    // One check run on the head commit and one comment on the pull request, comparing with production.
    // init's workflow sets no thresholds: the check run informs (neutral) rather than gates.
    expect(reports.checkRuns.map((c) => [c.head_sha, c.status, c.conclusion])).toEqual([
      [HEAD, 'completed', 'neutral'],
    ]);
    expect(reports.comments).toHaveLength(1);
    expect(reports.comments[0]!.issue).toBe(42);
    expect(reports.comments[0]!.body).toMatch(/accuracy/);
    expect(reports.comments[0]!.body).toContain('churn-train-models/1'); // the baseline in production

    // A second push to the pull request: a new check run on the new head, the same comment updated.
    const commentId = reports.comments[0]!.id;
    const again = await runner.run(
      'sagemaker-pr.yml',
      pullRequest({ number: 42, author: 'dana', headSha: HEAD2, action: 'synchronize' }),
    );
    expect(again.conclusion).toBe('success');
    expect(reports.checkRuns.map((c) => c.head_sha)).toEqual([HEAD, HEAD2]);
    expect(reports.comments.map((c) => c.id)).toEqual([commentId]);
    expect(reports.comments[0]!.updated_at >= reports.comments[0]!.created_at).toBe(true);
    expect(team.github.find('PATCH', `/repos/acme/churn-model/issues/comments/${commentId}`)).toHaveLength(1);
    // Nothing was approved or deployed by a pull request.
    expect(aws.calls('UpdateModelPackage')).toHaveLength(0);
    expect(aws.calls('CreateEndpointConfig')).toHaveLength(0);
  });
});
