import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import type { PipelineGraph } from './definition.js';
import { downstreamClosure } from './selective.js';

/**
 * `selected-steps: auto`: the repository's map of step name → the paths its code and configuration
 * live in, and the change's files, select the touched steps and everything downstream of them.
 * Whenever that cannot be decided safely, everything runs, and the reason says why.
 */
export type StepMap = Map<string, string[]>;

export type AutoSelection =
  { all: true; why: string } | { all: false; steps: string[]; touched: Map<string, string[]> };

/**
 * The map file: YAML or JSON, step name → a path or a list of paths. A path ending in `/` is a
 * folder (everything under it); `*` matches within one path segment, `**` across segments; any
 * other path is a file, or a folder when a file lies under it.
 */
export function parseStepMap(text: string, file: string): StepMap {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new UserError(`${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new UserError(`${file}: must map each step name to its paths, e.g. "Evaluate: [src/evaluate/]"`);
  const map: StepMap = new Map();
  for (const [step, paths] of Object.entries(doc as Record<string, unknown>)) {
    const list = typeof paths === 'string' ? [paths] : paths;
    if (!Array.isArray(list) || !list.length || !list.every((p) => typeof p === 'string' && p.trim()))
      throw new UserError(`${file}: step '${step}' must list one or more paths (a path or a list of paths)`);
    map.set(
      step,
      list.map((p: string) => p.trim().replace(/^\.\//, '')),
    );
  }
  return map;
}

const GLOB: Record<string, string> = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' };

export function pathMatches(pattern: string, path: string): boolean {
  if (pattern.endsWith('/')) return path.startsWith(pattern);
  if (!/[*?]/.test(pattern)) return path === pattern || path.startsWith(`${pattern}/`);
  const regex = pattern
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) => GLOB[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return new RegExp(`^${regex}$`).test(path);
}

/** The steps a change selects, or why everything must run. */
export function autoSelection(
  graph: PipelineGraph,
  map: StepMap | undefined,
  mapFile: string,
  files: string[] | undefined,
  filesWhy: string,
): AutoSelection {
  if (!map) return { all: true, why: `no step map (${mapFile}) in the repository` };
  const known = graph.steps.map((s) => s.name);
  const strangers = [...map.keys()].filter((s) => !known.includes(s));
  if (strangers.length)
    throw new UserError(
      `${mapFile} names ${strangers.map((s) => `'${s}'`).join(', ')}, not a step of the pipeline (steps: ${known.join(', ')})`,
    );
  if (!files) return { all: true, why: filesWhy };
  if (!files.length) return { all: true, why: `the change lists no files (${filesWhy})` };
  const touched = new Map<string, string[]>();
  for (const file of files) {
    const steps = [...map].filter(([, paths]) => paths.some((p) => pathMatches(p, file))).map(([s]) => s);
    if (!steps.length) return { all: true, why: `${file} is changed and ${mapFile} maps it to no step` };
    for (const s of steps) touched.set(s, [...(touched.get(s) ?? []), file]);
  }
  const steps = downstreamClosure(graph, [...touched.keys()]);
  if (steps.length === known.length)
    return {
      all: true,
      why: `the change touches ${[...touched.keys()].join(', ')}, and every step is ${steps.length > touched.size ? 'it or downstream of it' : 'touched'}`,
    };
  return { all: false, steps, touched };
}
