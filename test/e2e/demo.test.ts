import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The README's second command, `npm run demo`, as a new user runs it: every step through the
 * bundled actions ends, the logs are shown as GitHub shows them (no raw workflow commands), and the
 * failure beside the happy path is explained. It broke once unnoticed (the approval gate's
 * pull-request lookup had no pull request to find), so it is part of the suite.
 */
describe('npm run demo', () => {
  it('runs the whole factory offline and ends with the failure a reviewer would see', () => {
    const root = join(import.meta.dirname, '../..');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE24: process.env.NODE24 },
      timeout: 120_000,
    });
    expect(r.stderr).not.toMatch(/demo failed/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/━━━ \d+\/\d+ Approval gate/);
    expect(r.stdout).toMatch(
      /EventBridge rule churn-on-drift started the retraining pipeline: arn:aws:sagemaker:/,
    );
    expect(r.stdout).toMatch(/━━━ \d+\/\d+ Shadow test/);
    expect(r.stdout).toContain('Shadow test: all thresholds passed');
    expect(r.stdout).toMatch(/━━━ \d+\/\d+ Batch transform/);
    expect(r.stdout).toContain(
      '(sandbox: 3 result files written: customers-0.csv.out, customers-1.csv.out, customers-2.csv.out)',
    );
    // A failed run resumed from its failed step, and a change that re-runs only evaluation.
    expect(r.stdout).toMatch(/Resumed nightly0002 from Evaluate/);
    expect(r.stdout).toMatch(/Reused Preprocess, Train from \[nightly0001\].*12m 30s of step time saved/);
    expect(r.stdout).toMatch(/✓ Refresh done in 1m/);
    expect(r.stdout).toMatch(/is Approved: "/);
    expect(r.stdout).toMatch(/what the author does next/);
    expect(r.stdout).toMatch(/Demo finished: \d+ AWS requests and \d+ GitHub requests, all on loopback\./);
    expect(r.stdout).not.toMatch(/^\s*::(group|endgroup|add-mask|debug)/m);
  }, 150_000);
});
