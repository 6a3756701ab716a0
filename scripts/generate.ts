/**
 * Writes every file that is derived from the command specs, so code and metadata cannot drift:
 * - src/version.ts (from package.json)
 * - src/commands/index.ts (the registry of commands, for the root action and the CLI)
 * - src/actions/<name>.ts (each action's entry point)
 * - src/cli/registry.ts (the CLI's commands that are not actions: init, buildspec, iam-policy)
 * - actions/<name>/action.yml and actions/<name>/README.md (from src/commands/<name>/spec.ts)
 * - action.yml (the root action: a `command` input and the union of every action's inputs)
 * Run by `npm run build`; CI fails when a committed file differs from what this writes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { inputHelp } from '../src/core/spec/help.js';
import type { CommandSpec, InputSpec } from '../src/core/spec/types.js';
import { extraGenerators } from './generators.js';
import { githubPermissionsSection } from './generators/readme-sections.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEADER = (source: string) =>
  `# Generated from ${source} by 'npm run generate'. Do not edit: edit the source and regenerate.\n`;

export async function loadSpecs(): Promise<CommandSpec[]> {
  const dir = join(root, 'src/commands');
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'spec.ts')))
    .map((d) => d.name)
    .sort();
  const specs: CommandSpec[] = [];
  for (const name of names) {
    const mod = (await import(pathToFileURL(join(dir, name, 'spec.ts')).href)) as { spec: CommandSpec };
    if (mod.spec.action !== name) throw new Error(`src/commands/${name}/spec.ts: action must be '${name}'`);
    specs.push(mod.spec);
  }
  return specs;
}

function write(path: string, content: string): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  if (existsSync(full) && readFileSync(full, 'utf8') === content) return;
  writeFileSync(full, content);
  console.log(`generated ${path}`);
}

/** The inputs an action takes (CLI-only options are left out of action.yml). */
function actionInputs(spec: CommandSpec): [string, InputSpec][] {
  return Object.entries(spec.inputs).filter(([, i]) => !i.cliOnly);
}

function actionYml(spec: CommandSpec): string {
  const doc = {
    name: spec.title,
    description: spec.description,
    author: 'sagemaker-cicd',
    branding: { icon: spec.icon ?? 'package', color: 'orange' },
    inputs: Object.fromEntries(
      actionInputs(spec).map(([name, i]) => [
        name,
        {
          description: inputHelp(i),
          required: Boolean(i.required),
          ...(i.default !== undefined ? { default: i.default } : {}),
        },
      ]),
    ),
    outputs: Object.fromEntries(
      Object.entries(spec.outputs).map(([name, o]) => [name, { description: o.description }]),
    ),
    runs: { using: 'node24', main: `../../dist/${spec.action}/index.js` },
  };
  return HEADER(`src/commands/${spec.action}/spec.ts`) + stringify(doc, { lineWidth: 0 });
}

/** The root action: one `command` input picks the action; inputs are the union of all actions'. */
function rootActionYml(specs: CommandSpec[]): string {
  const inputs: Record<string, { description: string; required: boolean; default?: string }> = {
    command: {
      description: `Which action to run: ${specs.map((s) => s.action).join(', ')}.`,
      required: true,
    },
  };
  const users = new Map<string, CommandSpec[]>();
  for (const spec of specs) {
    for (const [name] of actionInputs(spec)) users.set(name, [...(users.get(name) ?? []), spec]);
  }
  for (const [name, list] of [...users].sort(([a], [b]) => a.localeCompare(b))) {
    const first = list[0]!.inputs[name]!;
    const defaults = new Set(list.map((s) => s.inputs[name]!.default));
    // A default shared by every command that takes the input can live here (the runner evaluates
    // expressions such as ${{ github.token }}); differing defaults are applied per command in code.
    const shared = defaults.size === 1 ? [...defaults][0] : undefined;
    inputs[name] = {
      description: `${inputHelp(first)} (${list.map((s) => s.action).join(', ')})`,
      required: false,
      ...(shared !== undefined ? { default: shared } : {}),
    };
  }
  // Each output once, described as its first action describes it, naming every action that sets it.
  const setters = new Map<string, CommandSpec[]>();
  for (const spec of specs) {
    for (const name of Object.keys(spec.outputs)) setters.set(name, [...(setters.get(name) ?? []), spec]);
  }
  const outputs = Object.fromEntries(
    [...setters].map(([name, list]) => [
      name,
      { description: `${list[0]!.outputs[name]!.description} (${list.map((s) => s.action).join(', ')})` },
    ]),
  );
  const doc = {
    name: 'SageMaker CI/CD',
    description:
      'Build containers, run SageMaker pipelines, report model metrics on pull requests, and promote models through an approval gate and a deployment strategy.',
    author: 'sagemaker-cicd',
    branding: { icon: 'cpu', color: 'orange' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/main/index.js' },
  };
  return HEADER('src/commands/*/spec.ts') + stringify(doc, { lineWidth: 0 });
}

function actionReadme(spec: CommandSpec): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `<!-- Generated from src/commands/${spec.action}/spec.ts by 'npm run generate'. Do not edit. -->`,
    `# ${spec.title}`,
    '',
    spec.description,
    '',
    '```yaml',
    `- uses: OWNER/sagemaker-cicd/actions/${spec.action}@v1`,
    // An action without required inputs gets no `with:` (an empty one is a workflow syntax error).
    ...(Object.values(spec.inputs).some((i) => i.required) ? ['  with:'] : []),
    ...actionInputs(spec)
      .filter(([, i]) => i.required)
      .map(([n]) => `    ${n}: ...`),
    '```',
    '',
    `CLI: \`sagemaker-cicd ${spec.cli.join(' ')} ${Object.entries(spec.inputs)
      .filter(([, i]) => i.required)
      .map(([n]) => `--${n} ...`)
      .join(' ')}\``.replace(/ `$/, '`'),
    '',
    '## Inputs',
    '',
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...actionInputs(spec).map(
      ([n, i]) =>
        `| \`${n}\` | ${i.required ? 'yes' : 'no'} | ${i.default ? `\`${esc(i.default)}\`` : ''} | ${esc(inputHelp(i))} |`,
    ),
    '',
    '## Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(spec.outputs).map(([n, o]) => `| \`${n}\` | ${esc(o.description)} |`),
    '',
    ...githubPermissionsSection(spec),
    '## AWS permissions',
    '',
    ...spec.permissions.map((p) => `- \`${p}\``),
    '',
  ].join('\n');
}

function commandRegistry(specs: CommandSpec[]): string {
  return [
    '// Generated by scripts/generate.ts from src/commands/*/spec.ts. Do not edit.',
    "import type { AnyCommandRun } from '../hosts/host.js';",
    "import type { CommandSpec } from '../core/spec/types.js';",
    '',
    '/**',
    ' * Each command, loaded only when it runs (so the root action starts as fast as a single one):',
    ' * its spec first, its run (and the SDK clients behind it) once the inputs are checked.',
    ' */',
    'export const commands: Record<',
    '  string,',
    '  { spec: () => Promise<{ spec: CommandSpec }>; run: () => Promise<{ run: AnyCommandRun }> }',
    '> = {',
    ...specs.map(
      (s) =>
        `  '${s.action}': { spec: () => import('./${s.action}/spec.js'), run: () => import('./${s.action}/run.js') },`,
    ),
    '};',
    '',
  ].join('\n');
}

/** src/actions/<action>.ts: the entry point ncc bundles into dist/<action>/index.js. */
function actionEntry(spec: CommandSpec): string {
  return [
    `// Generated by scripts/generate.ts from src/commands/${spec.action}/spec.ts. Do not edit.`,
    `import { spec } from '../commands/${spec.action}/spec.js';`,
    "import { runAction } from '../hosts/action-entry.js';",
    '',
    '// The run (and the AWS SDK and Octokit behind it) loads once the inputs are checked.',
    `await runAction(spec, () => import('../commands/${spec.action}/run.js'));`,
    '',
  ].join('\n');
}

const CLI_INFRASTRUCTURE = [
  'main.ts',
  'registry.ts',
  'command.ts',
  'program.ts',
  'spec-command.ts',
  'options.ts',
];

function cliRegistry(): string {
  const files = readdirSync(join(root, 'src/cli'))
    .filter((f) => f.endsWith('.ts') && !CLI_INFRASTRUCTURE.includes(f))
    .sort();
  return [
    '// Generated by scripts/generate.ts from the files in src/cli/ (the commands that are not actions). Do not edit.',
    "import type { CliCommand } from './command.js';",
    '',
    'export const cliCommands: Record<string, () => Promise<{ default: CliCommand }>> = {',
    ...files.map((f) => `  '${f.replace(/\.ts$/, '')}': () => import('./${f.replace(/\.ts$/, '.js')}'),`),
    '};',
    '',
  ].join('\n');
}

export async function generate(): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  write(
    'src/version.ts',
    `// Generated from package.json by scripts/generate.ts.\nexport const VERSION = '${pkg.version}';\n`,
  );
  const specs = await loadSpecs();
  write('src/commands/index.ts', commandRegistry(specs));
  write('src/cli/registry.ts', cliRegistry());
  for (const spec of specs) {
    write(`src/actions/${spec.action}.ts`, actionEntry(spec));
    write(`actions/${spec.action}/action.yml`, actionYml(spec));
    write(`actions/${spec.action}/README.md`, actionReadme(spec));
  }
  write('action.yml', rootActionYml(specs));
  for (const generator of extraGenerators) {
    for (const [path, content] of Object.entries(await generator(specs))) write(path, content);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await generate();
