import { envVarsMarkdown } from '../../src/core/env-vars.js';

/** docs/environment.md, from the table of the environment variables the toolkit reads. */
export function envVarsDoc(): Record<string, string> {
  return { 'docs/environment.md': envVarsMarkdown() };
}
