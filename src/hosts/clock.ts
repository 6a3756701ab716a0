import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../core/clock.js';

/**
 * The real clock: `Date.now()` and a promise timer. (Tests run both faster from outside, with a
 * `node --import` preload; the product reads no test setting.)
 */
export const realClock: Clock = {
  now: () => Date.now(),
  async sleep(ms, signal) {
    try {
      await sleep(Math.max(0, ms), undefined, { signal });
    } catch (err) {
      // Cancelled: the sleep ends early, without an error (the caller checks the signal).
      if (!signal?.aborted) throw err;
    }
  },
};
