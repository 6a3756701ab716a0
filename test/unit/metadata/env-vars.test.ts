import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_VARS, envVarsMarkdown } from '../../../src/core/env-vars.js';

/**
 * The table of environment variables (src/core/env-vars.ts) is the whole truth: every variable
 * the source reads is in it, everything it says the toolkit reads is read, and the generated
 * docs/environment.md matches it.
 */
const root = join(import.meta.dirname, '../../..');
const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: `src/${f}`, text: readFileSync(join(root, 'src', f), 'utf8') }));

/**
 * Names read as `env.X`, `env?.X`, `env['X']`, families read as `env[`X_${…}`]` (→ X_<…>), and
 * the variables a spec names for the CLI host to read (`cliEnv: 'X'`).
 */
function reads(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split('\n')) {
    // `${{ env.X }}` in a generated workflow is a workflow expression, not a read.
    if (line.includes('${{')) continue;
    for (const m of line.matchAll(/\benv\??\.([A-Z][A-Z0-9_]*)\b/g)) names.push(m[1]!);
    for (const m of line.matchAll(/\benv\[['"]([A-Z][A-Z0-9_]*)['"]\]/g)) names.push(m[1]!);
    for (const m of line.matchAll(/\benv\[`([A-Z][A-Z0-9_]*)\$\{/g)) names.push(`${m[1]}<`);
    for (const m of line.matchAll(/\bcliEnv: '([A-Z][A-Z0-9_]*)'/g)) names.push(m[1]!);
  }
  return names;
}

const inTable = (name: string) =>
  ENV_VARS.some((v) => (name.endsWith('<') ? v.name.startsWith(name) : v.name === name));

describe('environment variables', () => {
  it('every variable the source reads is in the table', () => {
    const missing = sources.flatMap(({ file, text }) =>
      reads(text)
        .filter((n) => !inTable(n))
        .map((n) => `${file}: ${n}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the reads it looks for (the scan itself works)', () => {
    expect(reads("const a = env.AWS_REGION || process.env?.X_Y; b = env['Q'];")).toEqual([
      'AWS_REGION',
      'X_Y',
      'Q',
    ]);
    expect(reads('env[`AWS_ENDPOINT_URL_${service}`]')).toEqual(['AWS_ENDPOINT_URL_<']);
    expect(reads("{ cliEnv: 'GITHUB_TOKEN' }")).toEqual(['GITHUB_TOKEN']);
    expect(reads('run: echo ${{ env.MODEL_PACKAGE_ARN }}')).toEqual([]);
  });

  it('the toolkit reads every variable the table says it reads, and the table lists each once', () => {
    const read = new Set(sources.flatMap(({ text }) => reads(text)));
    const stale = ENV_VARS.filter((v) => v.readBy === 'toolkit')
      .map((v) => v.name)
      .filter((name) => !read.has(name) && !read.has(name.replace(/<[A-Z]+>$/, '<')));
    expect(stale).toEqual([]);
    const names = ENV_VARS.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('no test setting is read by the product', () => {
    const testish = sources.flatMap(({ file, text }) =>
      reads(text)
        .filter((n) => /TIME_SCALE|TIME_EPOCH|^TEST|SANDBOX|^JEST/.test(n))
        .map((n) => `${file}: ${n}`),
    );
    expect(testish).toEqual([]);
  });

  it('docs/environment.md is generated from the table', () => {
    expect(readFileSync(join(root, 'docs/environment.md'), 'utf8')).toBe(envVarsMarkdown());
  });
});
