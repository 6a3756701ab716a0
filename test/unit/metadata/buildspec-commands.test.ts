import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cliCommands } from '../../../src/cli/registry.js';
import { parseFlags } from '../../../src/hosts/cli.js';
import type { CliCommand } from '../../../src/cli/command.js';

/** Every `sagemaker-cicd ...` line in the generated buildspecs names a real command and real options. */
const root = join(import.meta.dirname, '../../..');
const files = readdirSync(join(root, 'buildspecs')).filter((f) => f.endsWith('.yml'));

function invocations(file: string): string[][] {
  const doc = parse(readFileSync(join(root, 'buildspecs', file), 'utf8')) as {
    phases?: Record<string, { commands?: string[] }>;
  };
  return Object.values(doc.phases ?? {})
    .flatMap((phase) => phase.commands ?? [])
    .filter((line) => line.startsWith('sagemaker-cicd '))
    .map((line) => (line.split(/\s[>|]/)[0]!.match(/"[^"]*"|\S+/g) ?? []).slice(1));
}

// Loaded one at a time: jest's ESM loader trips over concurrent imports of shared modules.
const commands: CliCommand[] = [];
beforeAll(async () => {
  for (const load of Object.values(cliCommands)) commands.push((await load()).default);
});

describe.each(files)('buildspecs/%s', (file) => {
  it('calls the CLI only with commands and options it has', () => {
    for (const args of invocations(file)) {
      const command = commands.find((c) => c.words.every((w, i) => args[i] === w));
      expect(command?.words.join(' ')).toBe(args.slice(0, command?.words.length ?? 2).join(' '));
      expect(command!.spec).toBeDefined();
      expect(() => parseFlags(command!.spec!, args.slice(command!.words.length))).not.toThrow();
    }
  });
});

it('the pipeline and metrics buildspecs do call the CLI', () => {
  expect(invocations('pipeline.yml').length).toBeGreaterThan(0);
  expect(invocations('metrics.yml').length).toBeGreaterThan(0);
});
