import { pathToFileURL } from 'node:url';

/**
 * Time shared by the sandbox and the action under test. The action runs in another process; the
 * harness makes its time run at the same scale with a preload (time-scale.mjs, passed in
 * NODE_OPTIONS), so both see epoch + (real elapsed × scale). The product itself reads no test
 * variable: it only sees time pass faster.
 */
export interface SandboxClock {
  now(): number;
  scale: number;
  epoch: number;
  /** Environment for the child process so its clock matches this one. */
  env: Record<string, string>;
}

const PRELOAD = new URL('./time-scale.mjs', import.meta.url);

/** `--import` of the time-scale preload for a child at this scale and epoch. */
function timeScaleImport(scale: number, epoch: number): string {
  const url = pathToFileURL(PRELOAD.pathname);
  url.search = new URLSearchParams({ scale: String(scale), epoch: String(epoch) }).toString();
  return `--import="${url.href}"`;
}

export function scaledClock(scale = 1, epoch = Date.now()): SandboxClock {
  return {
    now: () => Math.floor(epoch + (Date.now() - epoch) * scale),
    scale,
    epoch,
    env: scale > 1 ? { NODE_OPTIONS: timeScaleImport(scale, epoch) } : {},
  };
}
