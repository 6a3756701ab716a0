import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { scaledClock } from '../sandbox/clock.js';
import { node24 } from '../sandbox/node24.js';

/**
 * The time-scale preload the harness injects (test/sandbox/time-scale.mjs): a child at 600× sees
 * the sandbox's time and sleeps 600× shorter; its callback timers stay real; a child at 1× gets
 * nothing.
 */
const probe = `
const { setTimeout: sleep } = await import('node:timers/promises');
const r0 = process.hrtime.bigint();
const d0 = Date.now(), p0 = performance.now();
await sleep(60_000);
await sleep(60_000);
const realMs = Number(process.hrtime.bigint() - r0) / 1e6;
// Callback timers stay real (the SDK's network timeouts use them).
const c0 = process.hrtime.bigint();
await new Promise((done) => setTimeout(done, 100));
console.log(JSON.stringify({
  now: Date.now(), newDate: new Date().getTime(), fixed: new Date(0).toISOString(),
  dateMs: Date.now() - d0, perfMs: performance.now() - p0, realMs,
  callbackMs: Number(process.hrtime.bigint() - c0) / 1e6,
}));`;

function run(env: Record<string, string>) {
  const r = spawnSync(node24(), ['--input-type=module', '-e', probe], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Record<string, number | string>;
}

describe('time-scale preload', () => {
  it('runs Date, performance.now and promise timers 600x as fast, on the sandbox clock', () => {
    const clock = scaledClock(600);
    const out = run(clock.env);
    // Two 60 s sleeps: about 200 ms of real time, two minutes of the child's time.
    expect(out.realMs).toBeLessThan(20_000);
    expect(out.dateMs).toBeGreaterThanOrEqual(120_000);
    expect(out.perfMs).toBeGreaterThanOrEqual(120_000);
    expect(out.dateMs as number).toBeLessThan(120_000 + (out.realMs as number) * 600);
    // The child's clock is the sandbox's: read after the child ended, the sandbox is not behind it.
    expect(clock.now()).toBeGreaterThanOrEqual(out.now as number);
    expect(Math.abs((out.newDate as number) - (out.now as number))).toBeLessThan(600 * 50);
    expect(out.fixed).toBe('1970-01-01T00:00:00.000Z');
    expect(out.callbackMs).toBeGreaterThanOrEqual(99);
  });

  it('is absent at 1x: no NODE_OPTIONS, real time', () => {
    expect(scaledClock(1).env).toEqual({});
  });
});
