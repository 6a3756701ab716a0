import type { Clock } from '../core/clock.js';

/**
 * The real clock. SAGEMAKER_CICD_TIME_SCALE (tests and the offline demo only) runs time faster:
 * at 60, a one-minute sleep takes one second and `now()` moves 60 times as fast, from
 * SAGEMAKER_CICD_TIME_EPOCH (ms) so that the sandbox and the action agree on the time.
 */
export function systemClock(env: Readonly<Record<string, string | undefined>>): Clock {
  const scale = Number(env.SAGEMAKER_CICD_TIME_SCALE ?? '1');
  if (!Number.isFinite(scale) || scale <= 1) return realClock;
  const epoch = Number(env.SAGEMAKER_CICD_TIME_EPOCH ?? Date.now());
  return {
    now: () => epoch + (Date.now() - epoch) * scale,
    sleep: (ms, signal) => abortableSleep(ms / scale, signal),
  };
}

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
