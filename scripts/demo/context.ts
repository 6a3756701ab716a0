import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { GitHubSandbox } from '../../test/sandbox/github.js';
import { scaledClock } from '../../test/sandbox/clock.js';
import { runAction, type RunOptions, type RunResult } from '../../test/sandbox/runner.js';
import { renderAnnotations, renderRunnerLog } from './runner-log.js';

/**
 * What each demo step gets: the sandboxes (AWS at 60× speed, so a 20-minute pipeline takes
 * 20 seconds), a place to keep sandbox worlds and earlier outputs, and `run`, which runs a bundled
 * action under Node 24 exactly as the runner would and prints its outputs and summary.
 */
export interface DemoContext {
  aws: AwsSandbox;
  github: GitHubSandbox;
  /** Sandbox worlds shared between steps, created by the first step that needs them. */
  worlds: Record<string, unknown>;
  /** Outputs of earlier steps by action name. */
  outputs: Record<string, Record<string, string>>;
  run(action: string, options: RunOptions): Promise<RunResult>;
  say(text: string): void;
}

export interface DemoStep {
  title: string;
  run(ctx: DemoContext): Promise<void>;
}

export const DEMO_TIME_SCALE = 60;

export async function createDemoContext(): Promise<DemoContext & { stop(): Promise<void> }> {
  const aws = new AwsSandbox({ clock: scaledClock(DEMO_TIME_SCALE) });
  const github = new GitHubSandbox();
  await Promise.all([aws.start(), github.start()]);
  const ctx = {
    aws,
    github,
    worlds: {},
    outputs: {} as Record<string, Record<string, string>>,
    say: (text: string) => process.stdout.write(`${text}\n`),
    async run(action: string, options: RunOptions) {
      const inputs = Object.entries(options.inputs ?? {})
        // A workflow passes tokens as secrets; the demo shows them as such, never their value.
        .map(
          ([k, v]) =>
            `      ${k}: ${/token|secret|password/i.test(k) ? '${{ secrets.… }}' : v.includes('\n') ? JSON.stringify(v) : v}`,
        )
        .join('\n');
      ctx.say(`\n  - uses: ./actions/${action}\n    with:\n${inputs}`);
      const result = await runAction(action, { aws, github, ...options });
      // As GitHub's run page shows it: groups folded, annotations rendered, commands consumed.
      const { lines, annotations } = renderRunnerLog(result.stdout);
      const log = lines.map((l) => `  │ ${l}`).join('\n');
      ctx.say(`\n  ── log (${result.ms} ms, exit ${result.exitCode})\n${log}`);
      if (annotations.length) {
        ctx.say(`\n  ── annotations (the run's summary page)`);
        ctx.say(
          renderAnnotations(action, annotations)
            .map((l) => `  ${l}`)
            .join('\n'),
        );
      }
      ctx.say(`\n  ── outputs`);
      for (const [k, v] of Object.entries(result.outputs))
        ctx.say(`  ${k} = ${v.length > 300 ? `${v.slice(0, 300)}…` : v}`);
      ctx.say(`\n  ── job summary\n${result.summary.replace(/^/gm, '  ┃ ')}`);
      ctx.outputs[action] = result.outputs;
      return result;
    },
    async stop() {
      await Promise.all([aws.stop(), github.stop()]);
    },
  };
  return ctx;
}
