import type { Log } from '../../src/core/log.js';

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
