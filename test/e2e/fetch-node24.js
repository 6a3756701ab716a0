// Jest globalSetup of the e2e project: resolve Node 24 (which runs the bundled actions, as GitHub's
// runner does) once, before the tests, so no test pays for the download inside its own timeout.
// On a clean machine `npx -y -p node@24` downloads ~30 MB: it gets 5 minutes of its own.
// The path is exported as NODE24, which test/sandbox/node24.ts reads in every test worker.
import { execFileSync } from 'node:child_process';

export default function fetchNode24() {
  if (process.env.NODE24) return;
  if (process.versions.node.startsWith('24.')) {
    process.env.NODE24 = process.execPath;
    return;
  }
  const started = Date.now();
  process.env.NODE24 = execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 300_000,
  }).trim();
  console.log(`\nNode 24 for the e2e tests: ${process.env.NODE24} (${Date.now() - started} ms)`);
}
