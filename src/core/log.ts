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
