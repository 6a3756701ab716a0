import { InputError, UserError } from '../errors.js';
import {
  boolean,
  choice,
  choices,
  duration,
  formatDuration,
  integer,
  list,
  stringMap,
  yamlValue,
} from '../inputs.js';
import { ARNS, isArn } from './arns.js';
import type { CommandSpec, DurationInput, InputSpec, InputValues } from './types.js';

/** Where the raw values come from: `undefined` when the input was not given at all. */
export type RawInputs = (name: string) => string | undefined;

export interface ParseOptions {
  /**
   * True in GitHub Actions, where the runner applies action.yml's defaults, expressions included:
   * an input with an expression default (`${{ github.token }}`) that arrives empty was set empty
   * on purpose — an unset secret — and is refused instead of being used as it is.
   */
  runnerAppliesDefaults?: boolean;
}

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Parses every input of a spec, before anything runs: all missing required inputs are named in
 * one message, then each value is checked against its kind. Throws InputError (exit code 2).
 */
export function parseInputs<S extends CommandSpec>(
  spec: S,
  raw: RawInputs,
  options: ParseOptions = {},
): InputValues<S['inputs']> {
  return parseInputGroup(spec.inputs, raw, options);
}

/** The same, for a group of inputs (e.g. deploy's strategy inputs). */
export function parseInputGroup<I extends Readonly<Record<string, InputSpec>>>(
  inputs: I,
  raw: RawInputs,
  options: ParseOptions = {},
): InputValues<I> {
  const given: Record<string, string> = {};
  const missing: string[] = [];
  for (const [name, input] of Object.entries(inputs)) {
    const value = rawValue(name, input, raw(name), options);
    if (value) given[name] = value;
    else if (input.required) missing.push(name);
  }
  if (missing.length === 1)
    throw new InputError(missing[0]!, `is required: ${inputs[missing[0]!]!.description}`);
  if (missing.length > 1) throw new MissingInputsError(missing);
  const out: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(inputs)) out[name] = parseValue(name, input, given[name] ?? '');
  return out as InputValues<I>;
}

/** Several required inputs missing: all named in one message. */
export class MissingInputsError extends UserError {
  override name = 'MissingInputsError';
  constructor(readonly inputs: string[]) {
    super(`missing required inputs: ${inputs.map((i) => `'${i}'`).join(', ')}`, 2);
  }
}

/** The value to parse: the given one, else the default; refuses unevaluated expressions. */
function rawValue(name: string, input: InputSpec, value: string | undefined, options: ParseOptions): string {
  const text = (value ?? '').trim();
  const defaultIsExpression = input.default !== undefined && EXPRESSION.test(input.default);
  if (EXPRESSION.test(text)) {
    throw new InputError(
      name,
      'is an unevaluated expression ${{ ... }}: the runner expands expressions only in a workflow file, so pass the value itself',
      text.slice(0, 80),
    );
  }
  if (text) return text;
  if (defaultIsExpression) {
    // Set, yet empty: the runner would have given the default had the workflow left it out.
    if (options.runnerAppliesDefaults && value !== undefined)
      throw new InputError(
        name,
        `is empty (an unset secret or variable?): give it a value, or leave it out to use ${input.default}`,
      );
    return '';
  }
  return input.default?.trim() ?? '';
}

/** One input's value from its (trimmed, possibly empty) text. */
export function parseValue(name: string, input: InputSpec, text: string): unknown {
  switch (input.kind) {
    case 'string':
      return text ? parseString(name, input, text) : undefined;
    case 'integer':
      return integer(name, text, undefined, input);
    case 'duration':
      return parseDuration(name, input, text);
    case 'boolean':
      return boolean(name, text, false);
    case 'enum':
      return text ? choice(name, text, input.choices) : undefined;
    case 'list':
      return parseList(name, input, text);
    case 'map': {
      const map = stringMap(name, text);
      for (const key of Object.keys(map)) refuseControl(name, key);
      return map;
    }
    case 'arn':
      if (!text) return undefined;
      if (!isArn(input.resource, text))
        throw new InputError(name, `must be ${ARNS[input.resource].shape}`, text);
      return text;
    case 'json':
      return yamlValue(name, text);
  }
}

function parseString(name: string, input: Extract<InputSpec, { kind: 'string' }>, text: string): unknown {
  if (!input.multiline) refuseControl(name, text);
  if (input.maxLength !== undefined && text.length > input.maxLength)
    throw new InputError(name, `must be at most ${input.maxLength} characters`, text.slice(0, 80));
  if (input.pattern && !input.pattern.test(text))
    throw new InputError(name, `must be ${input.allowed ?? `text matching ${input.pattern.source}`}`, text);
  return input.parse ? input.parse(name, text) : text;
}

function refuseControl(name: string, text: string): void {
  if (CONTROL.test(text))
    throw new InputError(name, 'must not contain newlines or other control characters', text.slice(0, 80));
}

function parseList(name: string, input: Extract<InputSpec, { kind: 'list' }>, text: string): string[] {
  const items = input.choices ? choices(name, text, input.choices, []) : [...new Set(list(name, text))];
  if (input.maxItems !== undefined && items.length > input.maxItems)
    throw new InputError(
      name,
      input.tooMany ?? `must name at most ${input.maxItems} items, got ${items.length}`,
    );
  for (const item of items) {
    refuseControl(name, item);
    if (input.pattern && !input.pattern.test(item))
      throw new InputError(
        name,
        `items must be ${input.allowed ?? `text matching ${input.pattern.source}`}`,
        item,
      );
  }
  return items;
}

function parseDuration(name: string, input: DurationInput, text: string): number | string | undefined {
  if (!text) return undefined;
  const word = input.words?.find((w) => w.toLowerCase() === text.toLowerCase());
  if (word) return word;
  const defaultUnit = input.bareUnit === 'minutes' ? 'm' : 's';
  if (!input.outOfRange) return duration(name, text, undefined, { ...input, defaultUnit });
  const ms = duration(name, text, undefined, { minMs: 0, maxMs: Number.MAX_SAFE_INTEGER, defaultUnit })!;
  if (ms < input.minMs || ms > input.maxMs) throw new InputError(name, input.outOfRange, text);
  return ms;
}

/** The sentence every duration input's help ends with, the same for all of them. */
export function durationHelp(input: DurationInput): string {
  const words = input.words?.length ? `, or ${input.words.join(' or ')}` : '';
  return `A duration such as 90s, 15m or 2h (a bare number counts ${input.bareUnit}), from ${formatDuration(input.minMs)} to ${formatDuration(input.maxMs)}${words}.`;
}
