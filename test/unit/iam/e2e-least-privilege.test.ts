import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { specs } from '../../../src/commands/specs.js';
import { combinedPolicy, commandPolicy } from '../../../src/core/iam/policy.js';
import { leastPrivilege } from '../../sandbox/least-privilege.js';
import type { RecordedAuthorization } from '../../sandbox/iam-recording.js';

/**
 * Least privilege of the generated policies, proven over what the e2e tests' runs asked IAM for
 * (recorded by `node scripts/iam-record.mjs` into test/fixtures/iam/e2e-authorizations.json):
 * each command's policy (`iam-policy <command>`, init's `iam/<command>.json`) allows every request
 * its runs sent, and each of its actions is needed by at least one of them, except those only a
 * documented branch the e2e tests do not reach needs (UNTESTED, with the branch).
 */
const recorded = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/iam/e2e-authorizations.json'), 'utf8'),
) as RecordedAuthorization[];

/**
 * command → action → the documented branch that needs it, which no e2e run reaches. Empty: the
 * four this check first found (create-trigger's RemoveTargets, UpdateConnection and
 * UpdateApiDestination, start-pipeline's UpdatePipeline) now have e2e tests.
 */
const UNTESTED: Record<string, Record<string, string>> = {};

const commands = Object.keys(specs).sort();
const of = (command: string) => recorded.filter((r) => r.principal === command);

describe('least privilege over the e2e runs', () => {
  it("every recorded request is in the sandbox IAM's table (test/sandbox/aws/iam-actions.ts)", () => {
    expect(recorded.filter((r) => r.action.startsWith('unmapped:')).map((r) => r.operation)).toEqual([]);
  });

  it.each(commands)(
    '%s: no request denied, every permission needed (or a documented untested branch)',
    async (command) => {
      const requests = of(command);
      expect(requests.length).toBeGreaterThan(0);
      const report = await leastPrivilege(commandPolicy(command, specs[command]!.permissions), requests);
      expect(report.denied).toEqual([]);
      expect(report.unneeded.sort()).toEqual(Object.keys(UNTESTED[command] ?? {}).sort());
    },
  );

  // Every command's actions, and the root action's runs (`main`, which runs any of them).
  it("the combined role of all commands (init's github-actions-role is its subset): 73 of 73", async () => {
    const policy = combinedPolicy(
      'github-actions-role',
      Object.fromEntries(commands.map((c) => [c, specs[c]!.permissions])),
    );
    const report = await leastPrivilege(policy, recorded);
    expect(report.denied).toEqual([]);
    const untested = new Set(Object.values(UNTESTED).flatMap((a) => Object.keys(a)));
    expect(report.unneeded.sort()).toEqual([...untested].sort());
    expect(report.figure).toBe('73 of 73 permissions needed');
  });
});
