// CI: rebuild everything that is generated (metadata, buildspecs, docs tables, dist/) and fail
// when the result differs from what is committed, so nothing ships stale.
import { execFileSync } from 'node:child_process';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
if (status.trim()) {
  console.error('Generated files are stale; run `npm run build` and commit the result:\n' + status);
  try {
    execFileSync('git', ['--no-pager', 'diff', '--stat'], { stdio: 'inherit' });
  } catch {
    // the status above says enough
  }
  process.exit(1);
}
console.log('generated files and dist/ are up to date');
