import type { Clock } from '../core/clock.js';

/** The real clock. (Tests run it faster from outside, with a preload: test/sandbox/time-scale.mjs.) */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: abortableSleep,
};

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener('abort', done, { once: true });
  });
}
