import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { PullRequestsWorld } from '../sandbox/github-pulls.js';
import { push } from '../workflows/events.js';
import { startTeam, type Team } from './world.js';

jest.setTimeout(120_000);
let team: Team;
let pulls: PullRequestsWorld;
beforeEach(async () => {
  // The pull request's author is the one who approves the production deployment.
  team = await startTeam({ reviewers: () => [{ login: 'dana', state: 'approved' }] });
  pulls = team.approvals.pulls;
});
afterEach(async () => {
  expect(team.denied()).toEqual([]);
  await team.stop();
});

describe('journey: no one approves their own change', () => {
  it.each([
    ['merge', 7, 'maria'],
    ['squash', 8, 'dana'],
    ['rebase', 9, 'dana'],
  ] as const)(
    "landed by %s: the pull request's author approving is refused, nothing set Approved, nothing deployed",
    async (method, number, headAuthor) => {
      pulls.open(number, 'dana', ['dana']);
      const pushed = pulls.merge(number, { method, by: 'maria' });
      const run = await team.runner.run(
        'sagemaker-deploy.yml',
        push({
          sha: pushed,
          pusher: 'maria',
          author: headAuthor,
          message: `Tune the learning rate (#${number})`,
        }),
      );
      expect(run.jobs.train!.result).toBe('success');
      expect(run.environmentRequests).toHaveLength(1);
      const [, approve, deploy] = run.jobs.deploy!.steps;
      expect(approve!.outcome).toBe('failure');
      expect(approve!.stdout).toContain('not counted: dana (self-approval');
      expect(deploy!.outcome).toBe('skipped');
      expect(run.jobs.deploy!.result).toBe('failure');
      expect(team.aws.calls('UpdateModelPackage')).toHaveLength(0);
      expect(team.registry.packages.filter((p) => p.status === 'Approved')).toEqual([team.baseline]);
      expect(team.aws.calls('CreateModel')).toHaveLength(0);
      expect(team.aws.calls('UpdateEndpoint')).toHaveLength(0);
    },
  );
});
