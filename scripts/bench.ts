/**
 * `npm run bench`: every benchmark in scripts/bench/ (or the ones named: `npm run bench -- cold-start`).
 * Benchmarks print figures; they assert nothing and are not part of the test suite.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && (!wanted.length || wanted.includes(f.replace(/\.ts$/, ''))))
  .sort();
for (const file of files) {
  process.stdout.write(`\n## ${file.replace(/\.ts$/, '')}\n\n`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
