import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The release workflow's first step (scripts/release/tag-info.mjs), run as the workflow runs it:
 * in a checkout with package.json, CHANGELOG.md and the repository's tags.
 */
const script = join(import.meta.dirname, '../../../scripts/release/tag-info.mjs');

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.2.0] - 2026-12-01

### Added

- A thing.

## [1.1.0] - 2026-11-01

- Older.

[1.2.0]: https://github.com/o/r/releases/tag/v1.2.0
`;

function checkout(version: string, tags: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tag-info-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'sagemaker-cicd', version }));
  writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'c');
  for (const t of tags) git('tag', t);
  return dir;
}

function run(dir: string, tag: string) {
  const notes = join(dir, 'notes.md');
  const r = spawnSync('node', [script, tag, '--notes', notes], { cwd: dir, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { status: r.status, outputs, stderr: r.stderr, notes: () => readFileSync(notes, 'utf8') };
}

describe('release: tag-info', () => {
  it('a new highest release: its outputs for $GITHUB_OUTPUT, notes from its CHANGELOG section, v1 moves', () => {
    const r = run(checkout('1.2.0', ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v0.9.0']), 'v1.2.0');
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({
      version: '1.2.0',
      major: 'v1',
      prerelease: 'false',
      'npm-tag': 'latest',
      'move-major': 'true',
    });
    expect(r.notes()).toBe('### Added\n\n- A thing.\n');
  });

  it('a patch of an older minor does not move v1 back (numeric order: 1.10.0 > 1.9.0)', () => {
    const r = run(checkout('1.1.0', ['v1.1.0', 'v1.10.0']), 'v1.1.0');
    expect(r.status).toBe(0);
    expect(r.outputs['move-major']).toBe('false');
  });

  it('a pre-release goes to the npm tag next and never moves v1', () => {
    const dir = checkout('1.2.0', []);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.2.0-rc.1' }));
    writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG.replace('## [1.2.0]', '## [1.2.0-rc.1]'));
    const r = run(dir, 'v1.2.0-rc.1');
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({
      prerelease: 'true',
      'npm-tag': 'next',
      'move-major': 'false',
      major: 'v1',
    });
  });

  it.each([
    ['1.2.0', 'v1.3.0', /tag 'v1.3.0' does not match package.json's version 1.2.0/],
    ['1.2.0', 'v1.2', /tag 'v1.2' is not a semantic version tag/],
    ['1.3.0', 'v1.3.0', /CHANGELOG.md has no '## \[1.3.0\]' section/],
  ])('package.json %s, tag %s: refused with one line, exit 1', (version, tag, message) => {
    const r = run(checkout(version, []), tag);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.outputs).toEqual({});
  });

  it("this repository's own version can be released: package.json's version has its CHANGELOG section", () => {
    const root = join(import.meta.dirname, '../../..');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const notes = join(mkdtempSync(join(tmpdir(), 'tag-info-')), 'notes.md');
    const r = spawnSync('node', [script, `v${version}`, '--notes', notes], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`version=${version}\n`);
    expect(readFileSync(notes, 'utf8')).toContain('### Added\n');
  });

  it('the release workflow runs it on the pushed tag and uses its outputs', () => {
    const wf = parse(
      readFileSync(join(import.meta.dirname, '../../../.github/workflows/release.yml'), 'utf8'),
    );
    const steps = wf.jobs.release.steps as {
      id?: string;
      run?: string;
      if?: string;
      env?: Record<string, string>;
    }[];
    expect(wf.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(wf.jobs.release.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    expect(steps.find((s) => s.id === 'tag')!.run).toContain(
      'node scripts/release/tag-info.mjs "$GITHUB_REF_NAME"',
    );
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run check-generated');
    expect(runs).toMatch(/npm publish "\$TARBALL" --provenance --access public --tag "\$NPM_TAG"/);
    expect(runs).toMatch(/gh release create "\$GITHUB_REF_NAME" "\$TARBALL"/);
    expect(steps.find((s) => s.run?.includes('git push --force'))!.if).toBe(
      "steps.tag.outputs.move-major == 'true'",
    );
  });
});
