/**
 * A preload that runs a child process's time `scale` times as fast, from `epoch` (ms):
 *
 *   node --import 'file:///…/test/sandbox/time-scale.mjs?scale=600&epoch=1767225600000' dist/x/index.js
 *
 * The e2e harness injects it (NODE_OPTIONS) so that an action under test and the sandbox, which
 * runs on the same scaled clock in the test process (test/sandbox/clock.ts), agree on the time:
 * both see epoch + (real elapsed × scale). The product reads no test variable; it only sees time
 * pass faster. What is scaled: `Date` (now, and `new Date()` without arguments),
 * `performance.now()`, and the promise timers of `node:timers/promises`, which the toolkit's clock
 * sleeps on. At 600×, a 5-minute poll sleeps 0.5 real seconds and a 900-second role session
 * (judged by the SDK on `Date`) lasts 1.5. Callback timers (`setTimeout`) stay real: see below.
 * Plain JavaScript, so Node loads it without a TypeScript loader.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';

const params = new URL(import.meta.url).searchParams;
const scale = Number(params.get('scale'));
const epoch = Number(params.get('epoch'));
if (Number.isFinite(scale) && scale > 1 && Number.isFinite(epoch)) install(scale, epoch);

function install(scale, epoch) {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  /** The same formula as the sandbox's scaledClock, so both processes read the same time. */
  const now = () => Math.floor(epoch + (realNow() - epoch) * scale);

  function ScaledDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  }
  Object.setPrototypeOf(ScaledDate, RealDate);
  ScaledDate.prototype = RealDate.prototype;
  ScaledDate.now = now;
  globalThis.Date = ScaledDate;

  const perf = globalThis.performance;
  const realPerfNow = perf.now.bind(perf);
  const perfStart = realPerfNow();
  perf.now = () => perfStart + (realPerfNow() - perfStart) * scale;

  // Promise timers (what the toolkit's clock sleeps on) are scaled; callback timers are not: the
  // network runs in real time, and the SDK's connection and request timeouts (setTimeout) must
  // stay what they are (a 5 s connect timeout at 600× would be 8 ms on a busy machine).
  const scaled = (ms) => (Number(ms) > 0 ? Number(ms) / scale : 0);
  const promises = createRequire(import.meta.url)('node:timers/promises');
  const real = { setTimeout: promises.setTimeout, setInterval: promises.setInterval };
  promises.setTimeout = (ms, value, options) => real.setTimeout(scaled(ms), value, options);
  promises.setInterval = (ms, value, options) => real.setInterval(scaled(ms), value, options);
  promises.scheduler.wait = (ms, options) => real.setTimeout(scaled(ms), undefined, options);
  // ESM `import { setTimeout } from 'node:timers/promises'` sees the patched functions too.
  syncBuiltinESMExports();
}
