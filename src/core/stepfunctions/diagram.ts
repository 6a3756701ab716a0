import type { StateOutcome } from './history.js';

/** The Amazon States Language, as far as drawing needs it. */
interface Machine {
  StartAt: string;
  States: Record<string, State>;
}
interface State {
  Type: string;
  Next?: string;
  End?: boolean;
  Default?: string;
  Choices?: (ChoiceRule & { Next: string })[];
  Branches?: Machine[];
  /** Map: `ItemProcessor` (current) or `Iterator` (legacy). */
  ItemProcessor?: Machine;
  Iterator?: Machine;
  Catch?: { ErrorEquals?: string[]; Next: string }[];
  Seconds?: number;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}
type ChoiceRule = Record<string, unknown>;

const COLOURS: Record<StateOutcome, string> = {
  succeeded: 'fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
  failed: 'fill:#ffe3e3,stroke:#c92a2a,color:#7d1a1a',
  caught: 'fill:#fff3bf,stroke:#e67700,color:#5c3c00',
  running: 'fill:#d0ebff,stroke:#1864ab,color:#0b3a6b',
  stopped: 'fill:#e9ecef,stroke:#495057,color:#212529',
};

/**
 * A state machine definition as a mermaid flowchart: Task, Pass, Wait, Succeed, Fail, Choice (a
 * decision with each rule on its edge), Parallel (a sub-graph per branch) and Map (its item
 * processor as a sub-graph); Catch edges dotted. Each state is coloured by what happened to it.
 * Undefined when the definition is not JSON of that shape.
 */
export function drawMachine(
  definition: string,
  outcomes: ReadonlyMap<string, StateOutcome>,
): string | undefined {
  const machine = parseMachine(definition);
  if (!machine) return undefined;
  // Ids in the order states are defined (nested ones after their Parallel or Map).
  const ids = new Map(machineStates(machine).map((s, i) => [s.name, `s${i}`]));
  const nodes: string[] = [];
  const edges: string[] = ['  sm_start(("start"))', '  sm_end(("end"))'];
  const id = (name: string) => ids.get(name) ?? `s${ids.size}`;

  const draw = (m: Machine, indent: string, top: boolean): void => {
    for (const [name, s] of Object.entries(m.States)) {
      const me = id(name);
      if (s.Type === 'Parallel' || s.Type === 'Map') {
        nodes.push(`${indent}subgraph ${me} ["${esc(`${s.Type}: ${name}`)}"]`, `${indent}  direction TB`);
        const inner = s.Type === 'Parallel' ? (s.Branches ?? []) : [s.ItemProcessor ?? s.Iterator];
        inner.forEach((b, i) => {
          if (!b || !isMachine(b)) return;
          if (s.Type === 'Map') return draw(b, `${indent}  `, false);
          nodes.push(`${indent}  subgraph ${me}_b${i} ["branch ${i + 1}"]`, `${indent}    direction TB`);
          draw(b, `${indent}    `, false);
          nodes.push(`${indent}  end`);
        });
        nodes.push(`${indent}end`);
      } else {
        nodes.push(`${indent}${me}${shape(name, s)}`);
      }
      edges.push(...transitions(me, s, top, id));
    }
  };
  draw(machine, '  ', true);
  edges.splice(2, 0, `  sm_start --> ${id(machine.StartAt)}`);

  const byOutcome = new Map<StateOutcome, string[]>();
  for (const [name, outcome] of outcomes) {
    const v = ids.get(name);
    if (v) byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), v]);
  }
  const styles: string[] = [];
  for (const [outcome, list] of byOutcome) {
    list.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    styles.push(`  classDef ${outcome} ${COLOURS[outcome]}`, `  class ${list.join(',')} ${outcome}`);
  }
  return ['flowchart TD', ...nodes, ...edges, ...styles].join('\n');
}

function parseMachine(definition: string): Machine | undefined {
  try {
    const m = JSON.parse(definition) as unknown;
    return isMachine(m) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Every state of a definition, nested ones included, in the order they are defined. */
export function definedStates(definition: string): { name: string; type: string }[] {
  const m = parseMachine(definition);
  return m ? machineStates(m) : [];
}

function machineStates(m: Machine): { name: string; type: string }[] {
  return Object.entries(m.States).flatMap(([name, s]) => [
    { name, type: String(s.Type) },
    ...[...(s.Branches ?? []), s.ItemProcessor ?? s.Iterator]
      .filter((b): b is Machine => isMachine(b))
      .flatMap(machineStates),
  ]);
}

function isMachine(m: unknown): m is Machine {
  const x = m as Machine;
  return typeof x === 'object' && x !== null && typeof x.StartAt === 'string' && typeof x.States === 'object';
}

function shape(name: string, s: State): string {
  const label = esc(name);
  switch (s.Type) {
    case 'Choice':
      return `{"${label}"}`;
    case 'Wait':
      return `{{"${esc(`${name} (${waitFor(s)})`)}"}}`;
    case 'Pass':
      return `("${label}")`;
    case 'Succeed':
      return `(["${esc(`✓ ${name}`)}"])`;
    case 'Fail':
      return `(["${esc(`✗ ${name}`)}"])`;
    default:
      return `["${label}"]`;
  }
}

function waitFor(s: State): string {
  if (s.Seconds !== undefined) return `${s.Seconds}s`;
  if (s.Timestamp) return `until ${s.Timestamp}`;
  return s.SecondsPath ?? s.TimestampPath ?? 'wait';
}

function transitions(me: string, s: State, top: boolean, id: (name: string) => string): string[] {
  const out: string[] = [];
  if (s.Next) out.push(`  ${me} --> ${id(s.Next)}`);
  if ((s.End || s.Type === 'Succeed') && top) out.push(`  ${me} --> sm_end`);
  for (const c of s.Choices ?? []) out.push(`  ${me} -->|"${esc(truncate(rule(c)))}"| ${id(c.Next)}`);
  if (s.Default) out.push(`  ${me} -->|"default"| ${id(s.Default)}`);
  for (const c of s.Catch ?? [])
    out.push(`  ${me} -.->|"${esc(`catch ${(c.ErrorEquals ?? []).join(', ')}`)}"| ${id(c.Next)}`);
  return out;
}

const OPS: [RegExp, string][] = [
  [/GreaterThanEquals(Path)?$/, '>='],
  [/LessThanEquals(Path)?$/, '<='],
  [/GreaterThan(Path)?$/, '>'],
  [/LessThan(Path)?$/, '<'],
  [/Equals(Path)?$/, '=='],
  [/Matches$/, 'matches'],
];

/** A choice rule in a few words: `$.accuracy >= 0.9`, `not ($.skip == true)`, a JSONata condition. */
function rule(c: ChoiceRule): string {
  if (typeof c.Condition === 'string') return c.Condition.replace(/^\{%\s*|\s*%\}$/g, '');
  if (Array.isArray(c.And)) return (c.And as ChoiceRule[]).map(rule).join(' and ');
  if (Array.isArray(c.Or)) return (c.Or as ChoiceRule[]).map(rule).join(' or ');
  if (c.Not) return `not (${rule(c.Not as ChoiceRule)})`;
  const variable = String(c.Variable ?? '');
  for (const [key, value] of Object.entries(c)) {
    if (key === 'Variable' || key === 'Next') continue;
    if (key.startsWith('Is'))
      return `${variable} ${key.replace(/^Is/, 'is ').toLowerCase()}${value === false ? ' false' : ''}`;
    const op = OPS.find(([re]) => re.test(key))?.[1] ?? key;
    return `${variable} ${op} ${typeof value === 'string' && !key.endsWith('Path') ? JSON.stringify(value) : String(value)}`;
  }
  return variable;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** mermaid label text: its entity codes for the characters that would end or break the label. */
function esc(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/\n/g, ' ');
}
