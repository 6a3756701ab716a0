import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file an npm script runs exists (`npm run generate` once pointed at one that did not). */
const root = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('package.json scripts', () => {
  const files = Object.entries(pkg.scripts).flatMap(([name, command]) =>
    [...command.matchAll(/(?:^|\s)((?:scripts|bin)\/[\w./-]+)/g)].map((m) => [name, m[1]!] as const),
  );

  it('name files', () => {
    expect(files.map(([name]) => name)).toEqual(
      expect.arrayContaining(['build', 'generate', 'demo', 'bench']),
    );
  });

  it.each(files)('%s runs %s, which exists', (_name, file) => {
    expect(existsSync(join(root, file))).toBe(true);
  });
});
