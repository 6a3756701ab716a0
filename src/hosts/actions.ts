import type { CommandSpec } from '../commands/spec.js';
import type { Annotation } from '../core/log.js';
import { realClock } from './clock.js';
import { githubRunInfo } from './run-info.js';
import type { Host } from './host.js';
import { cancellationSignal } from './signals.js';
import { toOutputString } from './output.js';
import { WorkflowCommands } from './workflow-commands.js';

/** A step in a GitHub Actions job: inputs from INPUT_*, outputs and summary to the runner's files. */
export function createActionsHost(spec: CommandSpec, env = process.env): Host {
  const runner = new WorkflowCommands(env);
  return {
    kind: 'github-actions',
    spec,
    input(name) {
      const raw = runner.input(name);
      return raw || spec.inputs[name]?.default?.trim() || '';
    },
    setOutput(name, value) {
      runner.setOutput(name, toOutputString(value));
    },
    async appendSummary(markdown) {
      runner.appendSummary(markdown);
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
}
