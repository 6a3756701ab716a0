// Records what the e2e tests (or, with --journeys, the journeys) ask IAM for, into
// test/fixtures/iam/e2e-authorizations.json (journeys-authorizations.json), the input of the
// least-privilege tests (test/unit/iam/*least-privilege.test.ts). Runs the given files (default:
// all of the project) with SAGEMAKER_CICD_IAM_RECORD set, after `npm run build`:
//   node scripts/iam-record.mjs [--journeys] [test/e2e/deploy.test.ts ...]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'iam-record-'));
const journeys = process.argv.includes('--journeys');
const project = journeys ? 'journeys' : 'e2e';
const out = `test/fixtures/iam/${project}-authorizations.json`;
const files = process.argv.slice(2).filter((a) => a !== '--journeys');
try {
  execFileSync('npx', ['jest', '--selectProjects', project, '--runInBand', ...files], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', SAGEMAKER_CICD_IAM_RECORD: dir },
  });
} catch {
  console.error(`some ${project} tests failed; the recording keeps the requests of every run`);
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
writeFileSync(out, `${JSON.stringify(records, null, 1)}\n`);
console.log(`${records.length} distinct authorization checks from ${readdirSync(dir).length} commands`);
