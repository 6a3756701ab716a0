/**
 * A step's stdout as GitHub's run page shows it, not as the raw workflow commands the action
 * writes: `::group::` blocks folded to their title (click to open, on GitHub), `::error::`,
 * `::warning::` and `::notice::` as the red/yellow "Error: …" lines of the log, with the
 * annotations collected for the run's annotation panel; `::debug::` (shown only with debug
 * logging) and `::add-mask::` consumed.
 */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  /** `file:line`, when the annotation points at one. */
  where?: string;
}

export interface RunnerLog {
  lines: string[];
  annotations: Annotation[];
}

const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/;
const LEVEL_LABEL = { error: 'Error', warning: 'Warning', notice: 'Notice' } as const;

/** Workflow command data escaping (as @actions/core writes it). */
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

function properties(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (raw ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
  }
  return out;
}

export function renderRunnerLog(stdout: string): RunnerLog {
  const lines: string[] = [];
  const annotations: Annotation[] = [];
  let group: { title: string; count: number } | undefined;
  for (const raw of stdout.split('\n')) {
    const m = COMMAND.exec(raw);
    const [command, props, data] = m ? [m[1]!, properties(m[2]), unescapeData(m[3]!)] : [undefined, {}, raw];
    if (command === 'group') {
      group = { title: data, count: 0 };
      continue;
    }
    if (command === 'endgroup') {
      if (group) lines.push(`▸ ${group.title}  (${group.count} lines folded)`);
      group = undefined;
      continue;
    }
    if (command === 'debug' || command === 'add-mask' || (!command && !raw)) continue;
    let shown = [data];
    if (command === 'error' || command === 'warning' || command === 'notice') {
      const where = props.file ? `${props.file}${props.line ? `:${props.line}` : ''}` : undefined;
      annotations.push({
        level: command,
        message: data,
        ...(props.title ? { title: props.title } : {}),
        ...(where ? { where } : {}),
      });
      shown = data.split('\n').map((l, i) => (i === 0 ? `${LEVEL_LABEL[command]}: ${l}` : l));
    } else if (command) {
      continue; // other commands (set-env, stop-commands…) are never printed by the runner
    }
    if (group) group.count += shown.length;
    else lines.push(...shown);
  }
  if (group) lines.push(`▸ ${group.title}  (${group.count} lines folded)`);
  return { lines, annotations };
}

/** The annotation panel of a run's summary page: one entry per annotation, the job named. */
export function renderAnnotations(job: string, annotations: Annotation[]): string[] {
  const icon = { error: '✖', warning: '⚠', notice: 'ℹ' } as const;
  return annotations.flatMap((a) => [
    `${icon[a.level]} ${job}${a.where ? ` · ${a.where}` : ''}${a.title ? ` · ${a.title}` : ''}`,
    ...a.message.split('\n').map((l) => `    ${l}`),
  ]);
}
