import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { specs } from '../../../../src/commands/specs.js';
import { commandPolicy } from '../../../../src/core/iam/policy.js';
import { sdkCalls } from './sdk-calls.js';

/**
 * The one table (each spec's `permissions`) matches, for every command that exists, exactly the
 * AWS calls its code can make: none missing (the action would fail with AccessDenied), none extra
 * (the policy would grant more than needed). iam:PassRole is the one permission that is not an
 * API call: it authorises handing a role ARN to a service (PutTargets' RoleArn, CreateModel's
 * ExecutionRoleArn), so it is allowed without a matching call.
 */
const ROOT = resolve(import.meta.dirname, '../../../..');
const IMPLIED = new Set(['iam:PassRole']);
const actions = readdirSync(join(ROOT, 'src/commands'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'src/commands', d.name, 'run.ts')))
  .map((d) => d.name)
  .sort();

describe('IAM coverage: spec.permissions is exactly what each command can call', () => {
  it('finds every command, and each has a spec in the generated table', () => {
    expect(actions.length).toBeGreaterThan(0);
    expect(Object.keys(specs).sort()).toEqual(actions);
  });

  it.each(actions)('%s', (action) => {
    const calls = sdkCalls(`src/commands/${action}/run.ts`);
    const needed = [...new Set(calls.map((c) => c.permission))].sort();
    const listed = specs[action]!.permissions.filter((p) => !IMPLIED.has(p));
    const missing = needed.filter((p) => !listed.includes(p));
    const extra = [...new Set(listed)].filter((p) => !needed.includes(p)).sort();
    const where = (p: string) =>
      calls
        .filter((c) => c.permission === p)
        .map((c) => `${c.symbol} in ${c.file}`)
        .join(', ');
    expect({ missing: missing.map((p) => `${p} (${where(p)})`), extra }).toEqual({ missing: [], extra: [] });
    for (const p of specs[action]!.permissions) expect(p).toMatch(/^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/);
  });

  it('the printed policy grants exactly the listed permissions', () => {
    for (const [action, spec] of Object.entries(specs)) {
      const granted = commandPolicy(action, spec.permissions).Statement.flatMap((s) => s.Action);
      expect(granted.sort()).toEqual([...new Set(spec.permissions)].sort());
    }
  });
});

describe('the SDK call scanner', () => {
  it('sees the calls of a command through its gateways, with IAM names', () => {
    const calls = sdkCalls('src/commands/create-trigger/run.ts');
    const permissions = calls.map((c) => c.permission);
    expect(permissions).toContain('s3:GetBucketNotification');
    expect(permissions).toContain('events:PutTargets');
    expect(permissions).toContain('sagemaker:DescribePipeline');
    expect(calls.find((c) => c.permission === 'events:PutTargets')!.file).toBe('src/aws/eventbridge.ts');
  });
  it('counts a gateway method only when the command calls it (paginators too)', () => {
    expect(
      sdkCalls('test/fixtures/iam-scan/run.ts')
        .map((c) => `${c.permission} ${c.within}`)
        .sort(),
    ).toEqual([
      'events:DescribeRule describe',
      's3:GetBucketNotification run',
      'sagemaker:ListPipelines listAll',
    ]);
  });
  it('describe-pipeline calls exactly its two operations', () => {
    expect(
      sdkCalls('src/commands/describe-pipeline/run.ts')
        .map((c) => c.permission)
        .sort(),
    ).toEqual(['sagemaker:DescribePipeline', 'sagemaker:ListPipelineExecutions']);
  });
});
