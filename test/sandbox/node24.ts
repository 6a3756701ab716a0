import { execFileSync } from 'node:child_process';

/**
 * The Node 24 binary that runs the bundled actions, as GitHub's runner does (`runs.using: node24`).
 * NODE24 overrides; the current Node if it is 24; else the npm registry's `node@24` package.
 */
export function node24(): string {
  if (process.env.NODE24) return process.env.NODE24;
  if (process.versions.node.startsWith('24.')) return process.execPath;
  const path = execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  process.env.NODE24 = path;
  return path;
}
