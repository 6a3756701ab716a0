// Release step: checks the pushed tag against package.json and CHANGELOG.md, and says what to do
// with it. Prints `name=value` lines for $GITHUB_OUTPUT and writes the release notes (the
// CHANGELOG section of that version) to the file given by --notes.
//
//   node scripts/release/tag-info.mjs v1.2.3 --notes release-notes.md >> "$GITHUB_OUTPUT"
//
// version=1.2.3, major=v1, prerelease=false, npm-tag=latest, and move-major=true when this is the
// highest release of its major among the repository's tags (so releasing 1.0.5 after 1.1.0 does not
// move `v1` back). A pre-release (1.3.0-rc.1) is published under the npm tag `next` and never
// moves `v1`. Exits 1 with one line naming the problem when the tag cannot be released.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const SEMVER = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** Numeric comparison of two release tags of the same form (no pre-release part). */
function compare(a, b) {
  for (let i = 1; i <= 3; i++) if (Number(a[i]) !== Number(b[i])) return Number(a[i]) - Number(b[i]);
  return 0;
}

/** The CHANGELOG section of `version` (Keep a Changelog: `## [1.2.3] - 2026-12-01`), without its heading. */
function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((l) => !/^\[[^\]]+\]: /.test(l))
    .join('\n')
    .trim();
}

const [tag, ...rest] = process.argv.slice(2);
const notesAt = rest.indexOf('--notes');
const notesFile = notesAt >= 0 ? rest[notesAt + 1] : undefined;
if (!tag) fail('usage: tag-info.mjs <tag> [--notes <file>]');

const m = SEMVER.exec(tag);
if (!m) fail(`tag '${tag}' is not a semantic version tag such as v1.2.3 or v1.3.0-rc.1`);
const version = tag.slice(1);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.version !== version) {
  fail(
    `tag '${tag}' does not match package.json's version ${pkg.version}: bump the version, commit, then tag`,
  );
}
const notes = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), version);
if (!notes) fail(`CHANGELOG.md has no '## [${version}]' section with its changes`);
if (notesFile) writeFileSync(notesFile, `${notes}\n`);

const prerelease = m[4] !== undefined;
const major = `v${m[1]}`;
const tags = execFileSync('git', ['tag', '--list', `${major}.*.*`], { encoding: 'utf8' })
  .split('\n')
  .map((t) => SEMVER.exec(t.trim()))
  .filter((t) => t && t[1] === m[1] && t[4] === undefined);
const highest = !prerelease && tags.every((t) => compare(t, m) <= 0);

console.log(`version=${version}`);
console.log(`major=${major}`);
console.log(`prerelease=${prerelease}`);
console.log(`npm-tag=${prerelease ? 'next' : 'latest'}`);
console.log(`move-major=${highest}`);
