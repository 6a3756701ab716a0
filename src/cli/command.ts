/**
 * A CLI command that is not an action (init, buildspec, iam-policy): its words, a one-line
 * summary, help, and how to run it on the arguments after its words.
 */
export interface CliCommand {
  words: string[];
  summary: string;
  help(): string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}
