import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandSpec } from '../../src/commands/spec.js';

const START = '<!-- actions:start (generated from src/commands/*/spec.ts) -->';
const END = '<!-- actions:end -->';

/** The README's table of actions and CLI commands, rewritten between its markers. */
export function readmeActions(specs: CommandSpec[]): Record<string, string> {
  const path = join(import.meta.dirname, '../../README.md');
  const readme = readFileSync(path, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return {};
  const rows = specs.map(
    (s) =>
      `| [\`${s.action}\`](actions/${s.action}/README.md) | \`sagemaker-cicd ${s.cli.join(' ')}\` | ${s.description} |`,
  );
  const table = ['| Action | CLI | What it does |', '| --- | --- | --- |', ...rows].join('\n');
  return { 'README.md': `${readme.slice(0, a + START.length)}\n\n${table}\n\n${readme.slice(b)}` };
}
