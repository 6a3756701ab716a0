import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { specCommand } from '../../../src/cli/spec-command.js';
import { specs } from '../../../src/commands/specs.js';

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

const bySpec = Object.values(specs);

describe.each(files)('buildspecs/%s', (file) => {
  it('calls the CLI only with commands and options it has (as commander parses them)', () => {
    for (const args of invocations(file)) {
      const spec = bySpec.find((s) => s.cli.every((w, i) => args[i] === w));
      expect(spec?.cli.join(' ')).toBe(args.slice(0, 2).join(' '));
      // The command as the CLI builds it, with its action replaced: only the parsing is under test.
      const command = specCommand(
        spec!,
        async () => ({ run: async () => {} }),
        () => {},
      )
        .exitOverride()
        .configureOutput({ writeErr: () => {} })
        .action(() => {});
      expect(() => command.parse(args.slice(spec!.cli.length), { from: 'user' })).not.toThrow();
    }
  });
  it('an option the CLI does not have would be refused (the check can fail)', () => {
    const spec = bySpec.find((s) => s.action === 'start-pipeline')!;
    const command = specCommand(
      spec,
      async () => ({ run: async () => {} }),
      () => {},
    )
      .exitOverride()
      .configureOutput({ writeErr: () => {} })
      .action(() => {});
    expect(() => command.parse(['--pipeline', 'x'], { from: 'user' })).toThrow(/unknown option/);
  });
});

it('the pipeline and metrics buildspecs do call the CLI', () => {
  expect(invocations('pipeline.yml').length).toBeGreaterThan(0);
  expect(invocations('metrics.yml').length).toBeGreaterThan(0);
});
