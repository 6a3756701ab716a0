import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RunInfo } from '../../core/run-info.js';

const run = promisify(execFile);

/**
 * The files a change touches, from the checkout: `git diff --name-only base...head` over the pull
 * request's base and head, or the push's before and after. Undefined, with the reason, when they
 * cannot be known (no range in the event, or history too shallow: check out with fetch-depth: 0).
 */
export async function changedFiles(info: RunInfo): Promise<{ files?: string[]; why: string }> {
  const change = info.change;
  if (!change)
    return {
      why: "the run names no change to compare (neither a pull request nor a push with a commit before it); give 'changed-files'",
    };
  const range = `${change.base}...${change.head}`;
  try {
    const { stdout } = await run('git', ['diff', '--name-only', '-z', range], {
      cwd: info.workspace,
      maxBuffer: 64 * 1024 * 1024,
    });
    const files = stdout.split('\0').filter(Boolean);
    return { files, why: `git diff ${short(change.base)}...${short(change.head)}` };
  } catch (err) {
    const stderr = ((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split('\n')[0];
    return {
      why: `could not list the change's files with git diff ${short(change.base)}...${short(change.head)} (${stderr}); check out with fetch-depth: 0`,
    };
  }
}

const short = (sha: string) => sha.slice(0, 7);
