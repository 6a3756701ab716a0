import { InputError } from '../errors.js';
import { ARNS } from '../spec/arns.js';
import { parseDefinition, type PipelineGraph } from './definition.js';
import { executionId } from './executions.js';
import { pipelineOfExecution, type ExecutionState, type PipelineGateway, type StepState } from './gateway.js';

/**
 * A selective execution (StartPipelineExecution's SelectiveExecutionConfig): run only some steps,
 * reusing the others' outputs from a source execution. Everything SageMaker would refuse, and what
 * would run on missing outputs, is refused here first, before any start, naming what is wrong.
 */
export const SOURCE_WORDS = ['latest-succeeded', 'latest'] as const;

export interface SelectivePlan {
  /** The steps that run, in the definition's order. */
  steps: string[];
  source: ExecutionState;
  /** Steps that do not run and whose outputs the selection reads: reused from the source. */
  reused: string[];
  /** The source's own step time of the reused steps (ms): what reusing them saves. */
  savedMs: number;
}

/** `source-execution`: one of the words, or a pipeline execution ARN. */
export function parseSource(name: string, value: string): string {
  const v = value.trim();
  if ((SOURCE_WORDS as readonly string[]).includes(v) || ARNS['pipeline-execution'].pattern.test(v)) return v;
  throw new InputError(
    name,
    `must be ${SOURCE_WORDS.map((w) => `'${w}'`).join(', ')} or ${ARNS['pipeline-execution'].shape}`,
    value,
  );
}

/** How many executions are looked through for `latest-succeeded` (100 a page). */
const MAX_PAGES = 5;

/** The source execution `source-execution` names, checked: this pipeline's, ended Succeeded or Failed. */
export async function resolveSource(
  gateway: PipelineGateway,
  pipeline: string,
  source: string,
  accept: (e: ExecutionState) => boolean = () => true,
): Promise<ExecutionState | undefined> {
  if (source === 'latest' || source === 'latest-succeeded') {
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const listed = await gateway.listExecutions(pipeline, token);
      const found = listed.executions.find(
        (e) => (source === 'latest' || e.status === 'Succeeded') && accept(e),
      );
      if (found) return found;
      if (source === 'latest' && listed.executions.length) return undefined;
      token = listed.nextToken;
      if (!token) break;
    }
    return undefined;
  }
  if (pipelineOfExecution(source) !== pipeline.toLowerCase())
    throw new InputError(
      'source-execution',
      `must be an execution of pipeline '${pipeline}', not of '${pipelineOfExecution(source)}'`,
      source,
    );
  try {
    return await gateway.describeExecution(source);
  } catch (err) {
    if ((err as Error).name !== 'ResourceNotFound') throw err;
    throw new InputError(
      'source-execution',
      `must be an existing execution of pipeline '${pipeline}'`,
      source,
    );
  }
}

/** Checks the selection against the source and the definition it ran; returns what will run and be reused. */
export async function planSelective(
  gateway: PipelineGateway,
  pipeline: string,
  selected: string[],
  sourceChoice: string,
  source: ExecutionState | undefined,
): Promise<SelectivePlan> {
  if (!source)
    throw new InputError(
      'source-execution',
      sourceChoice === 'latest-succeeded'
        ? `found no Succeeded execution of pipeline '${pipeline}' to reuse outputs from`
        : `found no execution of pipeline '${pipeline}' to reuse outputs from`,
      sourceChoice,
    );
  const name = source.displayName ?? executionId(source.arn);
  if (source.status !== 'Succeeded' && source.status !== 'Failed')
    throw new InputError(
      'source-execution',
      `must be an execution that ended Succeeded or Failed; ${name} is ${source.status}`,
      sourceChoice,
    );
  const graph = parseDefinition(await gateway.definitionForExecution(source.arn));
  const known = graph.steps.map((s) => s.name);
  const unknown = selected.filter((s) => !known.includes(s));
  if (unknown.length)
    throw new InputError(
      'selected-steps',
      `names ${unknown.map((s) => `'${s}'`).join(', ')}, not a step of the definition ${name} ran (steps: ${known.join(', ')})`,
    );
  const { steps } = await gateway.listSteps(source.arn);
  const ran = new Map(steps.map((s) => [s.name, s]));
  const chosen = new Set(selected);
  const reused = new Set<string>();
  for (const step of selected) {
    for (const upstream of upstreamOf(graph, step)) {
      if (chosen.has(upstream)) continue;
      const before = ran.get(upstream);
      if (before?.status !== 'Succeeded')
        throw new InputError(
          'selected-steps',
          `cannot run ${step} on ${name}'s outputs: it reads from ${upstream}, which is not selected and did not succeed there (${before?.status ?? 'did not run'}); select ${upstream} too, or choose another source-execution`,
        );
      reused.add(upstream);
    }
  }
  // SageMaker runs a connected selection: a step between two selected ones must be selected too.
  const below = new Set(downstreamClosure(graph, selected));
  for (const step of ancestors(graph, selected)) {
    if (below.has(step) && !chosen.has(step))
      throw new InputError(
        'selected-steps',
        `must include ${step}: it lies between selected steps, and SageMaker runs only a connected selection`,
      );
    // Everything upstream that does not run is reused, directly or through the steps it fed.
    if (!chosen.has(step)) reused.add(step);
  }
  const reusedList = known.filter((s) => reused.has(s));
  return {
    steps: known.filter((s) => chosen.has(s)),
    source,
    reused: reusedList,
    savedMs: stepTime(reusedList.map((s) => ran.get(s))),
  };
}

/** The steps a step runs after: its dependencies, and the condition step whose branch holds it. */
export function upstreamOf(graph: PipelineGraph, step: string): string[] {
  const node = graph.steps.find((s) => s.name === step);
  const conditions = graph.steps
    .filter((c) => c.ifSteps?.includes(step) || c.elseSteps?.includes(step))
    .map((c) => c.name);
  return [...(node?.after ?? []), ...conditions];
}

/** Every step upstream of `from`, transitively (not `from` themselves unless upstream of another). */
function ancestors(graph: PipelineGraph, from: string[]): Set<string> {
  const found = new Set<string>();
  const visit = (step: string) => {
    for (const u of upstreamOf(graph, step)) {
      if (found.has(u)) continue;
      found.add(u);
      visit(u);
    }
  };
  from.forEach(visit);
  return found;
}

/** The steps downstream of `from` (themselves included), in the definition's order. */
export function downstreamClosure(graph: PipelineGraph, from: string[]): string[] {
  const found = new Set(from);
  for (let changed = true; changed;) {
    changed = false;
    for (const node of graph.steps) {
      if (found.has(node.name)) continue;
      if (upstreamOf(graph, node.name).some((u) => found.has(u))) {
        found.add(node.name);
        changed = true;
      }
    }
  }
  return graph.steps.map((s) => s.name).filter((s) => found.has(s));
}

function stepTime(steps: (StepState | undefined)[]): number {
  return steps.reduce(
    (t, s) => t + (s?.startTime !== undefined && s.endTime !== undefined ? s.endTime - s.startTime : 0),
    0,
  );
}
