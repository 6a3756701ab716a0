import type { Log } from '../core/log.js';

/**
 * GitHub's error policy for writes that create something (a comment, a check run). Octokit retries
 * reads and idempotent writes on 5xx and dropped connections; a create is never sent twice blindly,
 * because GitHub may have handled it before the connection dropped (a second comment, a second
 * check run). After a lost response the thing is looked for first, and written again only when it
 * is not there.
 */

/** Per-request Octokit option: no automatic retry (the caller decides). */
export const NO_RETRY = { request: { retries: 0 } } as const;

/**
 * The request may have been handled: a server error, or a dropped connection (which Octokit
 * reports as status 500). Anything else (a refusal, a validation error) was not written.
 */
export function isLostResponse(err: unknown): boolean {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 500;
}

export interface CreateOnce<T> {
  /** What is written, for the log: e.g. `the report comment on #42`. */
  what: string;
  create(): Promise<T>;
  /** The thing, if an earlier attempt did create it (found by its marker or external_id). */
  find(): Promise<T | undefined>;
  log: Log;
  attempts?: number;
  /** Between attempts (real time: GitHub's own recovery, not the toolkit's waits). */
  pauseMs?: number;
}

export async function createOnce<T>(op: CreateOnce<T>): Promise<T> {
  const attempts = op.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await op.create();
    } catch (err) {
      if (!isLostResponse(err) || attempt >= attempts) throw err;
      const why = (err as { status: number }).status;
      op.log.warning(
        `Writing ${op.what}: the response was lost (${why}: ${(err as Error).message}); looking for it before writing again`,
      );
    }
    const found = await op.find();
    if (found !== undefined) {
      op.log.info(`${op.what} had been written; found it again instead of writing a second one`);
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, (op.pauseMs ?? 1_000) * attempt));
  }
}
