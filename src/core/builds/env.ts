import { InputError } from '../errors.js';
import { yamlValue } from '../inputs.js';
import type { EnvType, EnvVar } from './types.js';

const TYPES: readonly EnvType[] = ['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ALLOWED =
  'must be a YAML map of NAME: value, or NAME: {type: PLAINTEXT | PARAMETER_STORE | SECRETS_MANAGER, value: ...}';

/**
 * The `env` input: build environment variables for StartBuild's environmentVariablesOverride.
 * `NAME: value` is PLAINTEXT; `NAME: {type: SECRETS_MANAGER, value: secret-id:json-key}` and
 * PARAMETER_STORE (a parameter name) are resolved by CodeBuild inside the build, so the secret
 * itself never passes through the workflow.
 */
export function parseEnv(input: string, raw: string): EnvVar[] {
  const doc = yamlValue(input, raw);
  if (doc === undefined || doc === null) return [];
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new InputError(input, ALLOWED);
  return Object.entries(doc as Record<string, unknown>).map(([name, v]) => {
    if (!NAME.test(name)) throw new InputError(input, 'names must be letters, digits and underscores', name);
    if (name.toUpperCase().startsWith('CODEBUILD_')) {
      throw new InputError(input, 'names must not start with CODEBUILD_ (reserved by CodeBuild)', name);
    }
    if (v === null || v === undefined) throw new InputError(input, `has no value for '${name}'`);
    if (typeof v !== 'object') return { name, value: String(v), type: 'PLAINTEXT' };
    const entry = v as Record<string, unknown>;
    const extra = Object.keys(entry).filter((k) => k !== 'type' && k !== 'value');
    if (Array.isArray(v) || extra.length) throw new InputError(input, `${ALLOWED}; '${name}' is neither`);
    const type = TYPES.find(
      (t) =>
        t ===
        String(entry.type ?? 'PLAINTEXT')
          .toUpperCase()
          .replace(/-/g, '_'),
    );
    if (!type)
      throw new InputError(input, `type of '${name}' must be one of ${TYPES.join(', ')}`, String(entry.type));
    if (
      entry.value === null ||
      entry.value === undefined ||
      typeof entry.value === 'object' ||
      entry.value === ''
    ) {
      throw new InputError(input, `has no value for '${name}'`);
    }
    return { name, value: String(entry.value), type };
  });
}
