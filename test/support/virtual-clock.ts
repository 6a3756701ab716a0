import type { Clock } from '../../src/core/clock.js';

/**
 * A clock that only moves when something sleeps on it: sleeping advances time at once.
 * Waits in tests and benchmarks then cost no real time and are exactly repeatable.
 */
export class VirtualClock implements Clock {
  private current: number;
  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += Math.max(0, ms);
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return;
    this.advance(ms);
    await Promise.resolve();
  }
}
