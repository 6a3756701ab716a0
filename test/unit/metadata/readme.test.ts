import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The README is the user's guide: it opens with the two commands, and its links lead somewhere. */
const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('README', () => {
  const readme = read('README.md');

  it('opens with the two commands: the tests exactly as CI (.ci/run) runs them, and the demo', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme)!;
    expect(readme.slice(0, first.index)).not.toMatch(/```/);
    const commands = first[1]!
      .split('\n')
      .filter(Boolean)
      .map((l) => l.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm ci && npm test', 'npm run demo']);
    const ci = read('.ci/run');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
    expect(JSON.parse(read('package.json')).scripts.demo).toBeDefined();
  });

  it('has the first hour: install, quick start, prerequisites, troubleshooting, limitations, a place for the journey', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(
      expect.arrayContaining([
        'How a change travels',
        'Install',
        'Quick start',
        'Prerequisites checklist',
        'Troubleshooting',
        'Limitations',
      ]),
    );
    const trouble = readme.slice(readme.indexOf('## Troubleshooting'), readme.indexOf('## Limitations'));
    for (const topic of ['AccessDenied', 'Expired sessions', 'Throttling', 'forks'])
      expect(trouble).toContain(topic);
  });

  it.each([
    'README.md',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`),
  ])('%s: every relative link points at a file that exists', (file) => {
    const links = [
      ...read(file)
        .replace(/`[^`\n]*`/g, '')
        .matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g),
    ]
      .map((m) => m[1]!)
      .filter((l) => !/^[a-z]+:/.test(l));
    const missing = links.filter((l) => !existsSync(join(root, dirname(file), l)));
    expect(missing).toEqual([]);
  });
});
