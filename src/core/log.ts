/** Where the domain reports progress. Hosts implement it (workflow log, or a terminal). */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
}

export interface Log {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  /** Runs `fn` inside a collapsible group of log lines. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A Log that keeps lines in memory: for tests and benchmarks. */
export class MemoryLog implements Log {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[group] ${title}`);
    try {
      return await fn();
    } finally {
      this.lines.push('[endgroup]');
    }
  }
}
