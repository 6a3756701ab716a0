import * as core from '@actions/core';
import type { CommandSpec } from '../commands/spec.js';
import type { Annotation } from '../core/log.js';
import { systemClock } from './clock.js';
import { githubRunInfo } from './run-info.js';
import type { Host } from './host.js';
import { cancellationSignal } from './signals.js';
import { toOutputString } from './output.js';

/** A step in a GitHub Actions job: inputs from INPUT_*, outputs and summary to the runner's files. */
export function createActionsHost(spec: CommandSpec, env = process.env): Host {
  return {
    kind: 'github-actions',
    spec,
    input(name) {
      const raw = core.getInput(name);
      return raw || spec.inputs[name]?.default?.trim() || '';
    },
    setOutput(name, value) {
      core.setOutput(name, toOutputString(value));
    },
    async appendSummary(markdown) {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    mask(value) {
      if (value) core.setSecret(value);
    },
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m, a?: Annotation) => core.warning(m, a ?? {}),
    error: (m, a?: Annotation) => core.error(m, a ?? {}),
    group: (title, fn) => core.group(title, fn),
    env,
    clock: systemClock(env),
    signal: cancellationSignal(),
    run: githubRunInfo(env),
    debugMode: core.isDebug(),
  };
}
