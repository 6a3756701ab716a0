/**
 * The parts of a pipeline definition JSON the toolkit reads: its Parameters (to check values before
 * starting) and its Steps as a graph (to draw the flowchart). Condition steps nest their branches'
 * steps in Arguments.IfSteps / ElseSteps; data dependencies are `{"Get": "Steps.<Name>...."}`.
 */
const PARAMETER_TYPES = ['String', 'Integer', 'Float', 'Boolean'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export interface ParameterDefinition {
  name: string;
  type: ParameterType;
  defaultValue?: string;
}

export interface StepNode {
  name: string;
  type: string;
  /** Steps this one runs after: DependsOn, and steps whose properties it reads. */
  after: string[];
  /** For a condition step: the steps of each branch. */
  ifSteps?: string[];
  elseSteps?: string[];
}

export interface PipelineGraph {
  steps: StepNode[];
  parameters: ParameterDefinition[];
}

type Json = Record<string, unknown>;

export function parseDefinition(text: string): PipelineGraph {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`the pipeline definition is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  if (!doc || typeof doc !== 'object') throw new Error('the pipeline definition is not a JSON object');
  const d = doc as Json;
  const parameters = (Array.isArray(d.Parameters) ? d.Parameters : []).map((p: Json) => ({
    name: String(p.Name),
    type: (PARAMETER_TYPES as readonly string[]).includes(String(p.Type))
      ? (p.Type as ParameterType)
      : 'String',
    ...(p.DefaultValue !== undefined ? { defaultValue: String(p.DefaultValue) } : {}),
  }));
  const steps: StepNode[] = [];
  const visit = (raw: unknown): string | undefined => {
    if (typeof raw === 'string') return raw;
    if (!raw || typeof raw !== 'object') return undefined;
    const s = raw as Json;
    const name = String(s.Name ?? '');
    if (!name || steps.some((x) => x.name === name)) return name || undefined;
    const node: StepNode = { name, type: String(s.Type ?? 'Unknown'), after: [] };
    steps.push(node);
    const depends = Array.isArray(s.DependsOn) ? s.DependsOn.map(String) : [];
    const args = (s.Arguments ?? {}) as Json;
    const nested = new Set<unknown>([args.IfSteps, args.ElseSteps]);
    const reads = stepReferences(
      Object.fromEntries(Object.entries(args).filter(([, v]) => !nested.has(v))),
      name,
    );
    node.after = [...new Set([...depends, ...reads])];
    if (s.Type === 'Condition') {
      node.ifSteps = (Array.isArray(args.IfSteps) ? args.IfSteps : []).map(visit).filter(isString);
      node.elseSteps = (Array.isArray(args.ElseSteps) ? args.ElseSteps : []).map(visit).filter(isString);
    }
    return name;
  };
  for (const s of Array.isArray(d.Steps) ? d.Steps : []) visit(s);
  // Branch steps start after their condition step, even without an explicit DependsOn.
  for (const c of steps) {
    for (const b of [...(c.ifSteps ?? []), ...(c.elseSteps ?? [])]) {
      const node = steps.find((s) => s.name === b);
      if (node) node.after = node.after.filter((a) => a !== c.name);
    }
  }
  return { steps, parameters };
}

/** Names of the steps a value reads from: `{"Get": "Steps.Train.ModelArtifacts..."}` anywhere inside. */
function stepReferences(value: unknown, self?: string): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    for (const [k, inner] of Object.entries(v as Json)) {
      if (k === 'Get' && typeof inner === 'string') {
        const m = /^Steps\.([^.[\]]+)/.exec(inner);
        if (m && m[1] !== self) found.add(m[1]!);
      } else {
        walk(inner);
      }
    }
  };
  walk(value);
  return [...found];
}

function isString(v: string | undefined): v is string {
  return typeof v === 'string';
}
