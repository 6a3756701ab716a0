import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { WorkflowCommands } from '../../../src/hosts/workflow-commands.js';

/** What `fn` writes on stdout. */
async function stdoutOf(fn: () => unknown): Promise<string> {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const tricky = 'line 1\nline 2\r\n100% done: a, b';

describe('WorkflowCommands speaks the runner protocol exactly as @actions/core does', () => {
  const runner = new WorkflowCommands({});

  it.each([
    ['info', () => runner.info(tricky), () => core.info(tricky)],
    ['debug', () => runner.debug(tricky), () => core.debug(tricky)],
    ['mask', () => runner.mask(tricky), () => core.setSecret(tricky)],
    ['error', () => runner.error(tricky), () => core.error(tricky)],
    [
      'warning with an annotation',
      () => runner.warning(tricky, { title: 'Metric: drop, 5%', file: 'a:b.json', startLine: 3 }),
      () => core.warning(tricky, { title: 'Metric: drop, 5%', file: 'a:b.json', startLine: 3 }),
    ],
    [
      'group',
      () => runner.group('Steps: 3', async () => runner.info('in')),
      () => core.group('Steps: 3', async () => core.info('in')),
    ],
  ])('%s', async (_name, ours, theirs) => {
    const expected = await stdoutOf(theirs);
    expect(await stdoutOf(ours)).toBe(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('leaves out empty annotation properties (where @actions/core leaves a stray space)', async () => {
    expect(await stdoutOf(() => runner.error('x', { title: '', startLine: 0 }))).toBe('::error::x\n');
  });

  describe('files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-commands-'));
    const output = join(dir, 'output');
    const summary = join(dir, 'summary.md');
    afterEach(() => {
      delete process.env.GITHUB_OUTPUT;
      delete process.env.GITHUB_STEP_SUMMARY;
    });

    it('writes outputs as @actions/core does (a fresh delimiter per value)', () => {
      writeFileSync(output, '');
      process.env.GITHUB_OUTPUT = output;
      core.setOutput('status', tricky);
      const theirs = readFileSync(output, 'utf8');
      writeFileSync(output, '');
      new WorkflowCommands({ GITHUB_OUTPUT: output }).setOutput('status', tricky);
      const ours = readFileSync(output, 'utf8');
      const shape = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
      expect(shape(ours)).toBe(shape(theirs));
      expect(shape(ours)).toBe(`status<<DELIMITER\n${tricky}\nDELIMITER\n`);
    });

    it('appends to the job summary as core.summary.addRaw(md, true).write() does', async () => {
      writeFileSync(summary, 'before\n');
      process.env.GITHUB_STEP_SUMMARY = summary;
      await core.summary.addRaw('## Metrics', true).write();
      const theirs = readFileSync(summary, 'utf8');
      writeFileSync(summary, 'before\n');
      new WorkflowCommands({ GITHUB_STEP_SUMMARY: summary }).appendSummary('## Metrics');
      expect(readFileSync(summary, 'utf8')).toBe(theirs);
    });

    it('refuses to write to a runner file that does not exist', () => {
      const missing = new WorkflowCommands({ GITHUB_OUTPUT: join(dir, 'nope') });
      expect(() => missing.setOutput('a', 'b')).toThrow('Missing file at path');
    });
  });

  it('reads inputs as INPUT_<NAME>, trimmed; an input the runner did not set is undefined', () => {
    const env = { 'INPUT_PIPELINE-NAME': '  churn \n', INPUT_WITH_SPACE: 'x' };
    const r = new WorkflowCommands(env);
    expect(r.input('pipeline-name')).toBe('churn');
    expect(r.input('with space')).toBe('x');
    expect(r.input('missing')).toBeUndefined();
    expect(new WorkflowCommands({ RUNNER_DEBUG: '1' }).debugMode).toBe(true);
    expect(r.debugMode).toBe(false);
  });
});
