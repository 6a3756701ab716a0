import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import type { Annotation } from '../core/log.js';

/**
 * The GitHub Actions runner's protocol, as `@actions/core` speaks it: workflow commands on stdout
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions) and the
 * runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). Written here, byte for byte as
 * `@actions/core` 3 writes it, because importing `@actions/core` loads its HTTP client (undici)
 * for OIDC, which the toolkit does not use: that alone was most of an action's start-up time.
 */
type Env = Readonly<Record<string, string | undefined>>;
type Write = (text: string) => void;

const stdout: Write = (text) => process.stdout.write(text);

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message`, properties without a value left out. */
function command(name: string, properties: Record<string, string | number | undefined>, message: string) {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** An annotation's properties under the names the runner reads. */
function annotationProperties(a: Annotation = {}) {
  return { title: a.title, file: a.file, line: a.startLine };
}

export class WorkflowCommands {
  constructor(
    private readonly env: Env,
    private readonly write: Write = stdout,
  ) {}

  /** INPUT_<NAME> (spaces as underscores, upper case) trimmed; undefined when the runner set none. */
  input(name: string): string | undefined {
    return this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  }

  /** A `name<<delimiter` block in GITHUB_OUTPUT (multi-line safe); `::set-output` without one. */
  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT;
    if (!file) {
      this.write(EOL);
      return this.issue('set-output', { name }, value);
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(`Unexpected input: output ${name} contains the delimiter "${delimiter}"`);
    }
    appendRunnerFile('GITHUB_OUTPUT', file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
  }

  /** Appends markdown (and a line end) to the job summary. */
  appendSummary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendRunnerFile('GITHUB_STEP_SUMMARY', file, markdown + EOL);
  }

  mask(value: string): void {
    this.issue('add-mask', {}, value);
  }
  info(message: string): void {
    this.write(message + EOL);
  }
  debug(message: string): void {
    this.issue('debug', {}, message);
  }
  warning(message: string, annotation?: Annotation): void {
    this.issue('warning', annotationProperties(annotation), message);
  }
  error(message: string, annotation?: Annotation): void {
    this.issue('error', annotationProperties(annotation), message);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.issue('group', {}, title);
    try {
      return await fn();
    } finally {
      this.issue('endgroup', {}, '');
    }
  }
  /** Step debug logging (the runner sets RUNNER_DEBUG=1 on a re-run with debug logging). */
  get debugMode(): boolean {
    return this.env.RUNNER_DEBUG === '1';
  }

  private issue(name: string, properties: Record<string, string | number | undefined>, message: string) {
    this.write(command(name, properties, message) + EOL);
  }
}

function appendRunnerFile(variable: string, file: string, text: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file} (${variable})`);
  appendFileSync(file, text, { encoding: 'utf8' });
}
