import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { Annotation } from '../core/log.js';
import { systemClock } from './clock.js';
import { githubRunInfo } from './run-info.js';
import type { Host, HostRuntime } from './host.js';
import { cancellationSignal } from './signals.js';
import { toOutputString } from './output.js';

const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

/** A step in a GitHub Actions job: inputs from INPUT_*, outputs and summary to the runner's files. */
export function createActionsHost(env = process.env): HostRuntime {
  const host: Host = {
    setOutput(name, value) {
      core.setOutput(name, toOutputString(value));
    },
    async appendSummary(markdown) {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    print: (text) => core.info(text),
    remoteLine(line) {
      // A build's log line that looks like a workflow command must be shown, not obeyed.
      if (!/^\s*::/.test(line)) return core.info(line);
      const stopToken = randomUUID();
      core.info(`::stop-commands::${stopToken}`);
      core.info(line);
      core.info(`::${stopToken}::`);
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
  return {
    host,
    // Unset (no INPUT_ variable) differs from set empty: the runner sets every input that has a default.
    raw: (name) => (env[envName(name)] === undefined ? undefined : core.getInput(name)),
    parseOptions: { runnerAppliesDefaults: true },
    inputLabel: (name) => `input '${name}'`,
    exitCode: () => 1,
  };
}
