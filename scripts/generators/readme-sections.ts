import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandSpec } from '../../src/core/spec/types.js';
import { LIMITS, STRATEGIES, STRATEGY_NAMES } from '../../src/core/promotion/strategies.js';

/**
 * The README's generated sections, each rewritten between `<!-- NAME:start ... -->` and
 * `<!-- NAME:end -->`: the actions table (from the command specs) and the deployment strategies
 * (from the table the deploy code uses), so the README cannot drift from the code.
 */
export function readmeSections(specs: CommandSpec[]): Record<string, string> {
  const path = join(import.meta.dirname, '../../README.md');
  let readme = readFileSync(path, 'utf8');
  readme = replaceSection(readme, 'actions', actionsTable(specs));
  readme = replaceSection(readme, 'strategies', strategiesTable());
  readme = replaceSection(readme, 'install', installCommands());
  return { 'README.md': readme };
}

/** Rewrites a `<!-- NAME:start -->` ... `<!-- NAME:end -->` section of a markdown file. */
export function replaceSection(readme: string, name: string, body: string): string {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->`).exec(readme);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (!start || end < start.index) return readme;
  const head = start.index + start[0].length;
  return `${readme.slice(0, head)}\n\n${body}\n\n${readme.slice(end)}`;
}

/** Install lines for this version: from the npm registry, and from the GitHub release's tarball. */
function installCommands(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    name: string;
    version: string;
    repository: { url: string };
  };
  const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  return [
    '```sh',
    `npm install --global ${pkg.name}@${pkg.version}`,
    '# or, without the npm registry (e.g. before the package is published there): the release tarball',
    `npm install --global ${repo}/releases/download/v${pkg.version}/${pkg.name}-${pkg.version}.tgz`,
    '```',
  ].join('\n');
}

function actionsTable(specs: CommandSpec[]): string {
  const rows = specs.map(
    (s) =>
      `| [\`${s.action}\`](actions/${s.action}/README.md) | \`sagemaker-cicd ${s.cli.join(' ')}\` | ${s.description} |`,
  );
  return ['| Action | CLI | What it does |', '| --- | --- | --- |', ...rows].join('\n');
}

function strategiesTable(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = STRATEGY_NAMES.map((n) => {
    const s = STRATEGIES[n];
    return `| \`${n}\` | ${esc(s.risk)} | ${esc(s.cost)} | ${esc(s.complexity)} |`;
  });
  return [
    '| Strategy | Risk | Cost | Complexity |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Limits, checked before any AWS call: ${Object.values(LIMITS)
      .map((l) => l.text)
      .join('; ')}.`,
  ].join('\n');
}

/**
 * An action README's "GitHub permissions" section: the job's `permissions:` block, ready to paste,
 * each line saying why. (A job that sets `permissions:` gets none it does not list.)
 */
export function githubPermissionsSection(spec: CommandSpec): string[] {
  const entries = Object.entries(spec.githubPermissions ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) throw new Error(`src/commands/${spec.action}/spec.ts: githubPermissions is missing`);
  return [
    '## GitHub permissions',
    '',
    "The job's `permissions:` (the GITHUB_TOKEN's; a job that sets `permissions:` gets nothing it does not list):",
    '',
    '```yaml',
    'permissions:',
    ...entries.map(([scope, p]) => `  ${scope}: ${p!.access} # ${p!.why}`),
    '```',
    '',
  ];
}
