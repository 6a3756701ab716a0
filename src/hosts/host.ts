import type { Clock } from '../core/clock.js';
import type { Log } from '../core/log.js';
import type { RunInfo } from '../core/run-info.js';
import type { CommandSpec } from '../commands/spec.js';

/** What a command sees of the place it runs in: a GitHub Actions step, or the CLI in CodeBuild. */
export interface Host extends Log {
  readonly kind: 'github-actions' | 'cli';
  readonly spec: CommandSpec;
  /** The raw input (flag) value, trimmed; the spec's default when unset; '' when neither. */
  input(name: string): string;
  /** Sets an output at once, so it survives a later failure or cancellation. */
  setOutput(name: string, value: string | number | boolean | object): void;
  /** Appends markdown to the job summary (the CLI prints it, or writes `--summary-file`). */
  appendSummary(markdown: string): Promise<void>;
  /** Hides a value from every later log line. */
  mask(value: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  /** Aborts when the workflow is cancelled (SIGINT) or the process is asked to stop (SIGTERM). */
  readonly signal: AbortSignal;
  readonly run: RunInfo;
  readonly debugMode: boolean;
}

export type CommandRun = (host: Host) => Promise<void>;
