import type { GithubPermissions } from './github-permissions.js';
import type { RunInfo } from '../run-info.js';
import type { ArnResource } from './arns.js';

/**
 * The one description of each command: its inputs (typed, with their constraints), outputs and
 * AWS permissions. action.yml, the action READMEs, the CLI's options and help, and the docs
 * tables are generated from it; the host parses every input with it before `run` is called, so
 * `run` receives typed values and bad input never reaches an AWS call.
 */

interface BaseInput {
  description: string;
  required?: boolean;
  /**
   * The default as a user would write it (action.yml shows it; the host parses it like a value).
   * A default that is an expression (`${{ github.token }}`) is applied by the runner only.
   */
  default?: string;
  /** Masked in every log line once read (tokens). */
  secret?: boolean;
  /** CLI only: read this environment variable when the flag is not given (e.g. GITHUB_TOKEN). */
  cliEnv?: string;
  /** An option of the CLI only (not in action.yml): what a CodeBuild build must say itself. */
  cliOnly?: boolean;
}

/** Text. Names and identifiers refuse control characters (newlines included) unless `multiline`. */
export interface StringInput<T = string> extends BaseInput {
  kind: 'string';
  pattern?: RegExp;
  /** What `pattern` allows, for the error message ("letters, digits and hyphens"). */
  allowed?: string;
  maxLength?: number;
  /** Free text (descriptions, thresholds, YAML): newlines and tabs allowed. */
  multiline?: boolean;
  /** A domain parser in core (e.g. `parseThresholds`): its result is the value `run` receives. */
  parse?: (name: string, value: string) => T;
}

export interface IntegerInput extends BaseInput {
  kind: 'integer';
  min: number;
  max: number;
  /** What the number counts ("instances"), for the message. */
  unit?: string;
}

/**
 * A duration: `90s`, `15m`, `2h`, `1h30m`; a bare number counts `bareUnit` (each input keeps the
 * unit its name or history gives it, and its help says which). The value is in milliseconds.
 */
export interface DurationInput extends BaseInput {
  kind: 'duration';
  bareUnit: 'seconds' | 'minutes';
  minMs: number;
  maxMs: number;
  /** Words accepted besides a duration (e.g. `adaptive`), returned as they are. */
  words?: readonly string[];
  /** The message for a value out of range, when an API's own wording says it better. */
  outOfRange?: string;
}

export interface BooleanInput extends BaseInput {
  kind: 'boolean';
}

export interface EnumInput<C extends string = string> extends BaseInput {
  kind: 'enum';
  choices: readonly C[];
}

/** One item per line or comma-separated; each item checked like a string input, or among `choices`. */
export interface ListInput<C extends string = string> extends BaseInput {
  kind: 'list';
  choices?: readonly C[];
  pattern?: RegExp;
  allowed?: string;
  maxItems?: number;
  /** The message for too many items, when an API's own wording says it better. */
  tooMany?: string;
}

/** A YAML or JSON map of names to scalar values, given as strings. */
export interface MapInput extends BaseInput {
  kind: 'map';
}

/** The ARN of one kind of resource (one pattern per resource, in core/spec/arns.ts). */
export interface ArnInput extends BaseInput {
  kind: 'arn';
  resource: ArnResource;
}

/** Any YAML or JSON value. */
export interface JsonInput extends BaseInput {
  kind: 'json';
}

export type InputSpec =
  | StringInput<unknown>
  | IntegerInput
  | DurationInput
  | BooleanInput
  | EnumInput
  | ListInput
  | MapInput
  | ArnInput
  | JsonInput;

export interface OutputSpec {
  description: string;
}

export interface CommandSpec {
  /** Action folder name, e.g. `start-pipeline`. */
  action: string;
  /** CLI words, e.g. `['pipeline', 'start']`. */
  cli: readonly string[];
  /** action.yml `name`. */
  title: string;
  description: string;
  inputs: Readonly<Record<string, InputSpec>>;
  outputs: Readonly<Record<string, OutputSpec>>;
  /** The job's GITHUB_TOKEN permissions the command needs (its README lists them); every action has it. */
  githubPermissions?: GithubPermissions;
  /** IAM actions the command may call, e.g. `sagemaker:DescribePipeline`. */
  permissions: readonly string[];
  /** action.yml branding. */
  icon?: string;
  /** More CLI help, after the outputs (e.g. the deployment strategies table). */
  cliHelp?: string;
  /** CLI: when this input has this value, stdout is a document and outputs are not printed. */
  cliQuiet?: { input: string; value: string };
  /**
   * Rules across inputs (options that go together, exactly one source...), run by the host after
   * each input is parsed and before `run`; what it returns reaches `run` as `ctx.checked`.
   * (Method syntax: each spec declares it with its own typed inputs.)
   */
  check?(inputs: Record<string, unknown>, run: RunInfo): unknown;
}

type ValueOf<I> = I extends { parse: (name: string, value: string) => infer T }
  ? T
  : I extends { kind: 'integer' | 'duration' }
    ? I extends { words: readonly (infer W)[] }
      ? number | W
      : number
    : I extends { kind: 'boolean' }
      ? boolean
      : I extends { kind: 'enum'; choices: readonly (infer C)[] }
        ? C
        : I extends { kind: 'list' }
          ? I extends { choices: readonly (infer C)[] }
            ? C[]
            : string[]
          : I extends { kind: 'map' }
            ? Record<string, string>
            : I extends { kind: 'json' }
              ? unknown
              : string;

/** Lists and maps are never undefined (empty when unset); others are when optional without a default. */
type Always<I> = I extends { required: true }
  ? true
  : I extends { default: string }
    ? true
    : I extends { kind: 'list' | 'map' | 'boolean' }
      ? true
      : false;

/** The typed values `run` receives, inferred from a spec's inputs. */
export type InputValues<I extends Readonly<Record<string, InputSpec>>> = {
  -readonly [K in keyof I]: Always<I[K]> extends true ? ValueOf<I[K]> : ValueOf<I[K]> | undefined;
};

export type InputsOf<S extends { inputs: Readonly<Record<string, InputSpec>> }> = InputValues<S['inputs']>;

/** What the spec's `check` returned (undefined without one). */
export type CheckedOf<S> = S extends { check(...args: never[]): infer R } ? R : undefined;

/** Declares a spec, keeping its literal types (required flags, choices) for `InputsOf`. */
export function defineSpec<const S extends CommandSpec>(spec: S): S {
  return spec;
}

/** Declares inputs shared by several specs (spread into their `inputs`). */
export function defineInputs<const I extends Readonly<Record<string, InputSpec>>>(inputs: I): I {
  return inputs;
}
