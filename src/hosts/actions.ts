import { randomUUID } from 'node:crypto';
import type { Annotation } from '../core/log.js';
import { realClock } from './clock.js';
import { githubRunInfo } from './run-info.js';
import type { Host, HostRuntime } from './host.js';
import { cancellationSignal } from './signals.js';
import { toOutputString } from './output.js';
import { WorkflowCommands } from './workflow-commands.js';

/** A step in a GitHub Actions job: inputs from INPUT_*, outputs and summary to the runner's files. */
export function createActionsHost(env = process.env): HostRuntime {
  const runner = new WorkflowCommands(env);
  const host: Host = {
    setOutput(name, value) {
      runner.setOutput(name, toOutputString(value));
    },
    async appendSummary(markdown) {
      runner.appendSummary(markdown);
    },
    print: (text) => runner.info(text),
    remoteLine(line) {
      // A build's log line that looks like a workflow command must be shown, not obeyed.
      if (!/^\s*::/.test(line)) return runner.info(line);
      const stopToken = randomUUID();
      runner.info(`::stop-commands::${stopToken}`);
      runner.info(line);
      runner.info(`::${stopToken}::`);
    },
    mask(value) {
      if (value) runner.mask(value);
    },
    info: (m) => runner.info(m),
    debug: (m) => runner.debug(m),
    warning: (m, a?: Annotation) => runner.warning(m, a),
    error: (m, a?: Annotation) => runner.error(m, a),
    group: (title, fn) => runner.group(title, fn),
    env,
    clock: realClock,
    signal: cancellationSignal(),
    run: githubRunInfo(env),
    debugMode: runner.debugMode,
  };
  return {
    host,
    // Unset (no INPUT_ variable) differs from set empty: the runner sets every input that has a default.
    raw: (name) => runner.input(name),
    parseOptions: { runnerAppliesDefaults: true },
    inputLabel: (name) => `input '${name}'`,
    exitCode: () => 1,
  };
}
