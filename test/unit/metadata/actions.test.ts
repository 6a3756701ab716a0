import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { commands } from '../../../src/commands/index.js';

/** Every action.yml validates against SchemaStore's schema (a copy of ../shared/schemas) and points at its bundle under node24. */
const root = join(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/schemas/github-action.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const actionDirs = readdirSync(join(root, 'actions')).filter((d) =>
  existsSync(join(root, 'actions', d, 'action.yml')),
);

interface ActionYml {
  inputs: Record<string, { required: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}
const load = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as ActionYml;

describe.each(['action.yml', ...actionDirs.map((d) => `actions/${d}/action.yml`)])('%s', (path) => {
  const doc = load(path);
  it('is valid against the SchemaStore github-action schema', () => {
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });
  it('runs on node24 from a bundle that exists', () => {
    expect(doc.runs.using).toBe('node24');
    expect(existsSync(join(root, path, '..', doc.runs.main))).toBe(true);
  });
});

describe('the root action', () => {
  it('has a command input naming every action, and the union of their inputs', async () => {
    const rootYml = load('action.yml');
    expect(Object.keys(commands).sort()).toEqual([...actionDirs].sort());
    const union = new Set(['command']);
    for (const d of actionDirs)
      for (const name of Object.keys(load(`actions/${d}/action.yml`).inputs)) union.add(name);
    expect(new Set(Object.keys(rootYml.inputs))).toEqual(union);
    const commandDescription = (rootYml.inputs.command as unknown as { description: string }).description;
    for (const d of actionDirs) expect(commandDescription).toContain(d);
    expect(Object.values(rootYml.inputs).filter((i) => i.required)).toHaveLength(1);
  });
  it('every command spec matches its generated action.yml', async () => {
    for (const [name, loadCommand] of Object.entries(commands)) {
      const { spec } = await loadCommand();
      const yml = load(`actions/${name}/action.yml`);
      // CLI-only options (what a CodeBuild build must say itself) are not action inputs.
      const actionInputs = Object.entries(spec.inputs).filter(([, i]) => !i.cliOnly);
      expect(Object.keys(yml.inputs)).toEqual(actionInputs.map(([n]) => n));
      expect(Object.keys(yml.outputs)).toEqual(Object.keys(spec.outputs));
      expect(spec.permissions.length).toBeGreaterThan(0);
    }
  });
});
