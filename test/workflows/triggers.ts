import type { WorkflowTemplate } from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import { UnsupportedError } from './expressions.js';
import type { WorkflowEvent } from './events.js';

/**
 * Whether a workflow runs on an event (its `on:` and branch filters), and the `inputs` context of
 * a `workflow_dispatch` (declared inputs with their defaults and types). Path filters need the
 * event's changed files, which these events do not carry: a workflow with `paths:` is run only when
 * the test says which files the push changed.
 */
export function checkTrigger(template: WorkflowTemplate, _root: MappingToken, event: WorkflowEvent): boolean {
  const config = template.events[event.name] as
    | {
        branches?: string[];
        'branches-ignore'?: string[];
        paths?: string[];
        'paths-ignore'?: string[];
        types?: string[];
      }
    | undefined;
  if (!config) return false;
  const branch =
    event.name === 'pull_request'
      ? String((event.payload.pull_request as { base: { ref: string } }).base.ref)
      : event.ref.replace(/^refs\/heads\//, '');
  if (config.branches && !config.branches.some((b) => glob(b).test(branch))) return false;
  if (config['branches-ignore']?.some((b) => glob(b).test(branch))) return false;
  if (config.types && !config.types.includes(String(event.payload.action))) return false;
  if (config.paths || config['paths-ignore']) {
    if (!event.changedFiles)
      throw new UnsupportedError(`the workflow filters on paths: give the event its changedFiles`);
    const files = event.changedFiles;
    if (config.paths && !files.some((f) => config.paths!.some((p) => glob(p).test(f)))) return false;
    if (config['paths-ignore'] && files.every((f) => config['paths-ignore']!.some((p) => glob(p).test(f))))
      return false;
  }
  if (event.name === 'pull_request' && !config.types) {
    // The default activity types of pull_request.
    if (!['opened', 'synchronize', 'reopened'].includes(String(event.payload.action))) return false;
  }
  return true;
}

/** GitHub's filter globs: `*` within a path segment, `**` across segments. */
function glob(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .split('**')
    .map((part) => part.replace(/\*/g, '[^/]*'))
    .join('.*');
  return new RegExp(`^${re}$`);
}

/** `inputs` of a workflow_dispatch: given values, else defaults; booleans typed; required ones present. */
export function inputsContext(template: WorkflowTemplate, event: WorkflowEvent): Record<string, unknown> {
  if (event.name !== 'workflow_dispatch') return {};
  const declared = template.events.workflow_dispatch?.inputs ?? {};
  const given = (event.payload.inputs ?? {}) as Record<string, string>;
  for (const name of Object.keys(given))
    if (!(name in declared)) throw new Error(`Unexpected inputs provided: ["${name}"] (GitHub answers 422)`);
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(declared)) {
    const value = given[name] ?? (def.default === undefined ? '' : String(def.default));
    if (def.required && value === '')
      throw new Error(`Required input '${name}' not provided (GitHub answers 422)`);
    if (def.type === 'choice' && value !== '' && !def.options?.includes(value))
      throw new Error(`Provided value '${value}' for input '${name}' not in the list of allowed values`);
    out[name] = def.type === 'boolean' ? value === 'true' : value;
  }
  return out;
}
