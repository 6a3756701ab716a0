import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pullRequestEvent } from './runner.js';

/**
 * A checkout with a change in it: a base commit holding `files` (and the given extra files, e.g.
 * a step map), then a head commit that edits `changed`; with the pull_request event whose base and
 * head are those commits, as a pull request's run sees them (fetch-depth: 0).
 */
export function changeRepository(
  files: string[],
  changed: string[],
  extra: Record<string, string> = {},
): { cwd: string; event: Record<string, unknown> } {
  const cwd = mkdtempSync(join(tmpdir(), 'change-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd })
      .toString()
      .trim();
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(cwd, file)), { recursive: true });
    writeFileSync(join(cwd, file), text);
  };
  git('init', '-q', '-b', 'main');
  for (const f of files) write(f, 'v1\n');
  for (const [f, text] of Object.entries(extra)) write(f, text);
  git('add', '-A');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  for (const f of changed) write(f, 'v2\n');
  git('add', '-A');
  git('commit', '-qm', 'change');
  const head = git('rev-parse', 'HEAD');
  const event = pullRequestEvent();
  const pr = event.pull_request as { head: { sha: string }; base: { sha: string } };
  pr.head.sha = head;
  pr.base.sha = base;
  return { cwd, event };
}
