import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { MemoryLog } from '../../support/memory-log.js';
import { commentMarker } from '../../../src/core/metrics/publish.js';
import { githubReports } from '../../../src/github/reports.js';
import { createOnce } from '../../../src/github/writes.js';
import { GitHubSandbox } from '../../sandbox/github.js';
import { ReportsWorld } from '../../sandbox/github-reports.js';

/** Writes whose response is lost: found again by marker or external_id, never written twice. */
let github: GitHubSandbox;
let world: ReportsWorld;
let log: MemoryLog;
const SHA = 'c0ffee'.padEnd(40, '0');
const marker = commentMarker('Model metrics');
const EXTERNAL_ID = 'sagemaker-cicd:report-metrics:model-metrics:0123456789abcdef';

beforeEach(async () => {
  github = new GitHubSandbox();
  world = new ReportsWorld(github);
  await github.start();
  log = new MemoryLog();
});
afterEach(() => github.stop());

const gateway = () =>
  githubReports({
    token: 't',
    env: { GITHUB_API_URL: github.url },
    log,
    repository: 'acme/churn',
    now: Date.now,
  });

describe('a create whose response was lost', () => {
  it('comment: found again by its marker, not posted twice', async () => {
    world.addComment(42, 'LGTM');
    github.dropAfterHandling('POST', /\/issues\/42\/comments$/);
    const c = await gateway().createComment(42, `${marker}\nreport`, marker);
    expect(world.comments.filter((x) => x.body.includes(marker))).toHaveLength(1);
    expect(c.id).toBe(world.comments.find((x) => x.body.includes(marker))!.id);
    expect(github.requests.map((r) => `${r.method} ${r.path}${r.fault ? ` (${r.fault})` : ''}`)).toEqual([
      'POST /repos/acme/churn/issues/42/comments (drop-after)',
      'GET /repos/acme/churn/issues/42/comments',
    ]);
    expect(log.lines.join('\n')).toMatch(/the response was lost .*looking for it before writing again/);
  });

  it('check run: found again by its external_id (not by a same-named run of another attempt)', async () => {
    const output = { title: 't', summary: 's' };
    github.dropAfterHandling('POST', /\/check-runs$/);
    // An earlier attempt's check run of the same name on the same commit.
    world.checkRuns.push({
      id: 1,
      name: 'Model metrics',
      head_sha: SHA,
      status: 'completed',
      output: { annotations: [] },
      external_id: 'other',
    });
    const run = await gateway().createCheckRun({
      name: 'Model metrics',
      headSha: SHA,
      conclusion: 'success',
      output,
      externalId: EXTERNAL_ID,
    });
    expect(world.checkRuns.filter((r) => r.external_id === EXTERNAL_ID)).toHaveLength(1);
    expect(run.id).toBe(world.checkRuns.find((r) => r.external_id === EXTERNAL_ID)!.id);
    expect(github.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'POST /repos/acme/churn/check-runs?',
      `GET /repos/acme/churn/commits/${SHA}/check-runs?check_name=Model+metrics&filter=all&per_page=100`,
    ]);
  });
});

describe('createOnce', () => {
  it('writes again when the lost write is not found, and never after a refusal', async () => {
    const calls: string[] = [];
    let creates = 0;
    const r = await createOnce({
      what: 'x',
      log,
      pauseMs: 1,
      create: async () => {
        calls.push('create');
        if (++creates === 1) throw Object.assign(new Error('other side closed'), { status: 500 });
        return 'made';
      },
      find: async () => (calls.push('find'), undefined),
    });
    expect([r, calls]).toEqual(['made', ['create', 'find', 'create']]);

    const refused = createOnce({
      what: 'x',
      log,
      create: async () => {
        throw Object.assign(new Error('Validation Failed'), { status: 422 });
      },
      find: async () => 'never',
    });
    await expect(refused).rejects.toMatchObject({ status: 422 });

    // A 403 arrives as WriteRefusedError (no status): refused, never looked for nor written again.
    let tries = 0;
    const forbidden = createOnce({
      what: 'x',
      log,
      create: async () => {
        tries++;
        throw new Error('Resource not accessible by integration');
      },
      find: async () => 'never',
    });
    await expect(forbidden).rejects.toThrow('Resource not accessible by integration');
    expect(tries).toBe(1);
  });
});
