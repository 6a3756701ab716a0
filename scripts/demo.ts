/**
 * `npm run demo`: the whole factory, offline. Each file in scripts/demo/steps/ is one stage
 * (build container → start pipeline → wait on conditions → report metrics → approval gate →
 * deploy), then one failure beside that happy path (a pull request whose model misses a
 * threshold) and what its author does next; run in file-name order through the bundled actions
 * against the loopback sandbox, each log shown as GitHub's run page shows it (scripts/demo/runner-log.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDemoContext, type DemoStep } from './demo/context.js';

const dir = join(import.meta.dirname, 'demo/steps');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const ctx = await createDemoContext();
let failed = false;
try {
  for (const [i, file] of files.entries()) {
    const step = ((await import(pathToFileURL(join(dir, file)).href)) as { default: DemoStep }).default;
    ctx.say(`\n━━━ ${i + 1}/${files.length} ${step.title} ━━━`);
    await step.run(ctx);
  }
  ctx.say(
    `\nDemo finished: ${ctx.aws.requests.length} AWS requests and ${ctx.github.requests.length} GitHub requests, all on loopback.`,
  );
} catch (err) {
  failed = true;
  process.stderr.write(`demo failed: ${(err as Error).stack}\n`);
} finally {
  await ctx.stop();
}
process.exit(failed ? 1 : 0);
