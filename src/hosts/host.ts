import type { Clock } from '../core/clock.js';
import type { Log } from '../core/log.js';
import type { RunInfo } from '../core/run-info.js';
import type { AwsInputs } from '../core/spec/aws-inputs.js';
import type { ParseOptions, RawInputs } from '../core/spec/parse.js';
import type { CheckedOf, CommandSpec, InputsOf } from '../core/spec/types.js';

/** What a command sees of the place it runs in: a GitHub Actions step, or the CLI in CodeBuild. */
export interface Host extends Log {
  /** Sets an output at once, so it survives a later failure or cancellation. */
  setOutput(name: string, value: string | number | boolean | object): void;
  /** Appends markdown to the job summary (the CLI prints it, or writes `--summary-file`). */
  appendSummary(markdown: string): Promise<void>;
  /** A document the user asked for as the command's output (the CLI's stdout; the log in Actions). */
  print(text: string): void;
  /** A line of a remote log (a build's): shown, never obeyed as a workflow command. */
  remoteLine(line: string): void;
  /** Hides a value from every later log line. */
  mask(value: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  /** Aborts when the workflow is cancelled (SIGINT) or the process is asked to stop (SIGTERM). */
  readonly signal: AbortSignal;
  readonly run: RunInfo;
  readonly debugMode: boolean;
}

/** What `run` receives: the host, and every input already parsed and checked against the spec. */
export interface RunContext<S extends CommandSpec> {
  host: Host;
  inputs: InputsOf<S>;
  /** What the spec's `check` returned (rules across inputs, resolved before `run`). */
  checked: CheckedOf<S>;
  /** The AWS inputs (region, role), for the gateways' clients. */
  aws: AwsInputs;
}

export type CommandRun<S extends CommandSpec = CommandSpec> = (ctx: RunContext<S>) => Promise<void>;

/** A host as the entry points drive it: the raw inputs and how to end. */
export interface HostRuntime {
  host: Host;
  raw: RawInputs;
  parseOptions: ParseOptions;
  /** How an input is named in messages: `input 'x'` (Actions) or `option --x` (CLI). */
  inputLabel(name: string): string;
  /** The process exit code for a failure (Actions: always 1). */
  exitCode(err: unknown): number;
}

/**
 * Any command's run, for registries that hold them all: method syntax makes the parameter
 * bivariant, so each run keeps its own typed context where it is written.
 */
export type AnyCommandRun = { run(ctx: RunContext<CommandSpec>): Promise<void> }['run'];
