// Generates the derived files, then bundles each action entry (src/actions/*.ts) and the CLI
// with @vercel/ncc into dist/<name>/index.js. `--if-missing` skips the bundling when dist/ exists.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ifMissing = process.argv.includes('--if-missing');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/generate.ts')], { stdio: 'inherit' });

const entries = readdirSync(join(root, 'src/actions'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ name: f.replace(/\.ts$/, ''), file: `src/actions/${f}` }));
entries.push({ name: 'cli', file: 'src/cli/main.ts' });
const todo = entries.filter(
  (e) =>
    (!only.length || only.includes(e.name)) &&
    !(ifMissing && existsSync(join(root, 'dist', e.name, 'index.js'))),
);

function bundle({ name, file }) {
  return new Promise((resolve, reject) => {
    const out = join(root, 'dist', name);
    rmSync(out, { recursive: true, force: true });
    // -m: minified bundles parse faster, which is most of an action's start-up time.
    const child = spawn(
      join(root, 'node_modules/.bin/ncc'),
      ['build', file, '-o', out, '-m', '-q', '--target', 'es2022'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed on ${file}`))));
  });
}

// Two at a time: ncc is CPU-bound and the machine has two cores.
const queue = [...todo];
await Promise.all(
  [0, 1].map(async () => {
    for (let e = queue.shift(); e; e = queue.shift()) {
      await bundle(e);
      console.log(`bundled dist/${e.name}/index.js`);
    }
  }),
);
