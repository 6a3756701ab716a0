import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createOctokit } from '../../../src/github/octokit.js';
import { MemoryLog } from '../../support/memory-log.js';
import { GitHubSandbox } from '../../sandbox/github.js';

let github: GitHubSandbox;
beforeEach(async () => {
  github = new GitHubSandbox();
  await github.start();
});
afterEach(() => github.stop());

describe('createOctokit', () => {
  it('talks to GITHUB_API_URL with the token', async () => {
    github.route('GET', '/repos/:owner/:repo/pulls/:n', (_req, p) => ({
      body: { number: Number(p.n), head: { sha: 'abc' } },
    }));
    const octokit = await createOctokit('ghs_token123', { GITHUB_API_URL: github.url }, new MemoryLog());
    const { data } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'churn', pull_number: 42 });
    expect(data.number).toBe(42);
    expect(github.requests[0]!.path).toBe('/repos/acme/churn/pulls/42');
    expect(github.requests[0]!.headers.authorization).toBe('token ghs_token123');
  });

  it('retries a server error', async () => {
    let calls = 0;
    github.route('GET', '/repos/:owner/:repo/pulls/:n', () =>
      ++calls === 1 ? { status: 502, body: { message: 'Bad gateway' } } : { body: { number: 7 } },
    );
    const octokit = await createOctokit('t', { GITHUB_API_URL: github.url }, new MemoryLog());
    const { data } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'churn', pull_number: 7 });
    expect(data.number).toBe(7);
    expect(calls).toBe(2);
  }, 20_000);

  it('does not retry a 403 from a read-only token', async () => {
    github.readOnlyTokens.add('fork-token');
    const octokit = await createOctokit('fork-token', { GITHUB_API_URL: github.url }, new MemoryLog());
    await expect(
      octokit.rest.checks.create({ owner: 'acme', repo: 'churn', name: 'model', head_sha: 'abc' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(github.requests).toHaveLength(1);
  });
});
