import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { autoSelection, parseStepMap, type StepMap } from '../../core/pipelines/change-map.js';
import type { PipelineGraph } from '../../core/pipelines/definition.js';
import { executionConsoleUrl, executionId } from '../../core/pipelines/executions.js';
import type { ExecutionState, PipelineGateway } from '../../core/pipelines/gateway.js';
import type { PipelineParameter } from '../../core/pipelines/parameters.js';
import { planSelective, resolveSource, type SelectivePlan } from '../../core/pipelines/selective.js';
import { formatSpan } from '../../core/pipelines/steps.js';
import type { Host } from '../../hosts/host.js';
import { changedFiles } from './changes.js';

export interface SelectionInputs {
  'selected-steps': string[];
  'source-execution'?: string;
  'steps-map-file': string;
  'changed-files': string[];
}

/** What start-pipeline starts: every step (no plan), or a selection with its source. */
export interface Selection {
  plan?: SelectivePlan;
  /** The job summary's opening: what ran, what was reused and from where, or why everything ran. */
  preface: string;
}

/**
 * `selected-steps` with `source-execution`, or `selected-steps: auto`. Every refusal is made here,
 * before any start. `auto` never refuses what it cannot decide: it runs everything and says why.
 */
export async function chooseSteps(
  host: Host,
  gateway: PipelineGateway,
  pipeline: string,
  graph: PipelineGraph,
  parameters: PipelineParameter[],
  i: SelectionInputs,
): Promise<Selection> {
  const selected = i['selected-steps'];
  if (!selected.length) return { preface: '' };
  if (selected.length > 1 || selected[0] !== 'auto') {
    const choice = i['source-execution'] ?? 'latest-succeeded';
    const source = await resolveSource(gateway, pipeline, choice);
    return withPreface(await planSelective(gateway, pipeline, selected, choice, source));
  }

  const everything = (why: string): Selection => {
    host.info(`selected-steps: auto: running every step: ${why}`);
    return { preface: `> **Every step ran** (\`selected-steps: auto\`): ${why}.\n\n` };
  };
  const mapFile = i['steps-map-file'];
  const map = await readMap(host.run.workspace, mapFile);
  const given = i['changed-files'];
  const change = given.length
    ? { files: given, why: "the files given in 'changed-files'" }
    : await changedFiles(host.run);
  const auto = autoSelection(graph, map, mapFile, change.files, change.why);
  if (auto.all) return everything(auto.why);
  const because = [...auto.touched].map(([step, files]) => `${step} (${files.join(', ')})`).join('; ');
  host.info(`selected-steps: auto: the change touches ${because}`);

  const baseRef = host.run.change?.baseRef;
  const choice = i['source-execution'];
  const source = choice
    ? await resolveSource(gateway, pipeline, choice)
    : await resolveSource(gateway, pipeline, 'latest-succeeded', (e) => startedFor(e, baseRef));
  if (!source)
    return everything(
      `found no Succeeded execution${baseRef ? ` started for ${baseRef}` : ''} to reuse outputs from`,
    );
  const differs = await differentParameters(gateway, source, graph, parameters);
  if (differs) return everything(`${label(source)} ran with ${differs}: its outputs do not fit this run`);
  try {
    const plan = await planSelective(gateway, pipeline, auto.steps, choice ?? 'latest-succeeded', source);
    return withPreface(plan, `the change touches ${because}`);
  } catch (err) {
    // A source named explicitly is the user's choice: what is wrong with it is refused.
    if (err instanceof InputError && !choice) return everything(err.message);
    throw err;
  }
}

function withPreface(plan: SelectivePlan, why?: string): Selection {
  const reused = plan.reused.length
    ? `Reused ${plan.reused.join(', ')} from [${label(plan.source)}](${executionConsoleUrl(plan.source.arn)}) (${plan.source.status}): **${formatSpan(plan.savedMs)} of step time saved**.`
    : `Outputs read from [${label(plan.source)}](${executionConsoleUrl(plan.source.arn)}).`;
  const lines = [
    `### ♻️ Selective run: ${plan.steps.join(', ')}`,
    '',
    reused,
    ...(why ? ['', `Why: ${why}.`] : []),
    '',
  ];
  return { plan, preface: lines.join('\n') + '\n' };
}

/** The toolkit's default description names the ref an execution was started for. */
function startedFor(e: ExecutionState, baseRef: string | undefined): boolean {
  if (!baseRef) return true;
  return Boolean(e.description && new RegExp(`, ref ${escape(baseRef)}(,|$)`).test(e.description));
}

/** `Epochs=10 (this run: 20)` when the source ran with other parameter values than this start. */
async function differentParameters(
  gateway: PipelineGateway,
  source: ExecutionState,
  graph: PipelineGraph,
  parameters: PipelineParameter[],
): Promise<string | undefined> {
  const theirs = new Map((await gateway.executionParameters(source.arn)).map((p) => [p.Name, p.Value]));
  const ours = new Map(parameters.map((p) => [p.Name, p.Value]));
  const diffs: string[] = [];
  for (const p of graph.parameters) {
    const a = theirs.get(p.name) ?? p.defaultValue;
    const b = ours.get(p.name) ?? p.defaultValue;
    if (a !== b) diffs.push(`${p.name}=${a ?? '(unset)'} (this run: ${b ?? '(unset)'})`);
  }
  return diffs.length ? diffs.join(', ') : undefined;
}

async function readMap(workspace: string, file: string): Promise<StepMap | undefined> {
  let text: string;
  try {
    text = await readFile(isAbsolute(file) ? file : join(workspace, file), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(
      'steps-map-file',
      `must be a readable file (${(err as NodeJS.ErrnoException).code})`,
      file,
    );
  }
  return parseStepMap(text, file);
}

const label = (e: ExecutionState) => e.displayName ?? executionId(e.arn);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
