import { InputError } from '../errors.js';
import type { ParameterDefinition } from './definition.js';

/** A parameter as StartPipelineExecution takes it (values are strings). */
export interface PipelineParameter {
  Name: string;
  Value: string;
}

const NAME = /^[A-Za-z0-9\-_]*$/;
const MAX_VALUE = 1024;

/**
 * Checks the given values against the definition's Parameters before anything starts: unknown names
 * (listing the known ones) and values that are not of the parameter's type are refused. Booleans
 * are sent as `true` / `false`, the form SageMaker's definition uses.
 */
export function checkParameters(
  input: string,
  given: Record<string, string>,
  defined: ParameterDefinition[],
): PipelineParameter[] {
  const known = new Map(defined.map((p) => [p.name, p]));
  const out: PipelineParameter[] = [];
  for (const [name, raw] of Object.entries(given)) {
    if (!name || name.length > 256 || !NAME.test(name)) {
      throw new InputError(input, 'has a parameter name that is not letters, digits, - and _ (1-256)', name);
    }
    const def = known.get(name);
    if (!def) {
      const list = defined.length
        ? `known parameters: ${defined.map((p) => p.name).join(', ')}`
        : 'the pipeline defines no parameters';
      throw new InputError(input, `names an unknown parameter '${name}' (${list})`);
    }
    const value = typedValue(input, def, raw);
    if (value.length > MAX_VALUE) {
      throw new InputError(input, `has a value for '${name}' longer than ${MAX_VALUE} characters`);
    }
    out.push({ Name: name, Value: value });
  }
  return out;
}

function typedValue(input: string, def: ParameterDefinition, raw: string): string {
  const value = raw.trim();
  const bad = (what: string) =>
    new InputError(input, `parameter '${def.name}' is ${def.type}: must be ${what}`, raw);
  switch (def.type) {
    case 'Integer':
      if (!/^[-+]?\d+$/.test(value)) throw bad('a whole number');
      return value.replace(/^\+/, '');
    case 'Float':
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value)) throw bad('a number');
      return value.replace(/^\+/, '');
    case 'Boolean':
      if (!/^(true|false)$/i.test(value)) throw bad('true or false');
      return value.toLowerCase();
    default:
      return raw;
  }
}
