// Records what the e2e tests ask IAM for, into test/fixtures/iam/e2e-authorizations.json, the
// input of the least-privilege test (test/unit/iam/e2e-least-privilege.test.ts). Runs the given e2e
// files (default: all) with SAGEMAKER_CICD_IAM_RECORD set, after `npm run build`:
//   node scripts/iam-record.mjs [test/e2e/deploy.test.ts ...]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'iam-record-'));
const files = process.argv.slice(2);
try {
  execFileSync('npx', ['jest', '--selectProjects', 'e2e', '--runInBand', ...files], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', SAGEMAKER_CICD_IAM_RECORD: dir },
  });
} catch {
  console.error('some e2e tests failed; the recording keeps the requests of every run');
}
const seen = new Map();
for (const file of readdirSync(dir)) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    seen.set(JSON.stringify([r.principal, r.operation, r.action, r.resource, r.context]), r);
  }
}
const key = (r) => `${r.principal} ${r.operation} ${r.action} ${r.resource} ${JSON.stringify(r.context)}`;
const records = [...seen.values()].sort((a, b) => key(a).localeCompare(key(b)));
mkdirSync('test/fixtures/iam', { recursive: true });
writeFileSync('test/fixtures/iam/e2e-authorizations.json', `${JSON.stringify(records, null, 1)}\n`);
console.log(`${records.length} distinct authorization checks from ${readdirSync(dir).length} commands`);
