import type { LogGateway } from './types.js';

/** GetLogEvents' largest page (the gateway asks for it)... */
export const FULL_PAGE = 10_000;
/** ...or as many events as fit in 1 MB, each counted as its UTF-8 message plus 26 bytes. */
export const FULL_PAGE_BYTES = 1_048_576;
export const EVENT_OVERHEAD_BYTES = 26;
/**
 * The largest event CloudWatch Logs takes (256 KiB): a page this close to 1 MB may have stopped
 * short of the next event, so it counts as full and the next page is read at once.
 */
const LARGEST_EVENT_BYTES = 262_144;

/** Whether CloudWatch may have cut this page short: then more is waiting. */
export function mayBeFull(events: { message: string }[]): boolean {
  if (events.length >= FULL_PAGE) return true;
  let bytes = 0;
  for (const e of events) bytes += Buffer.byteLength(e.message, 'utf8') + EVENT_OVERHEAD_BYTES;
  return bytes > FULL_PAGE_BYTES - LARGEST_EVENT_BYTES;
}

/**
 * Follows one log stream forward from its head. Position is the forward token alone: a line is
 * printed once because the token that produced it is never sent again, and a failed request is
 * retried with the same token (so faults neither lose nor repeat lines). Text is never compared:
 * a build may print the same line twice, and then it is shown twice.
 */
export class LogTail {
  private token: string | undefined;
  /** Whether the stream has been seen to exist. */
  started = false;
  lines = 0;
  calls = 0;

  constructor(
    private readonly gateway: LogGateway,
    readonly group: string,
    readonly stream: string,
    private readonly onLine: (line: string) => void,
    /** Pages read in one poll at most, so one busy stream cannot starve the status polls. */
    private readonly maxPages = 10,
  ) {}

  /** Reads what is new; returns how many lines were printed. Throws what the gateway throws. */
  async poll(signal?: AbortSignal): Promise<number> {
    let printed = 0;
    for (let page = 0; page < this.maxPages; page++) {
      if (signal?.aborted) break;
      this.calls++;
      const res = await this.gateway.getEvents(this.group, this.stream, this.token, signal);
      if (!res) break; // the stream does not exist yet
      this.started = true;
      for (const event of res.events) {
        // CodeBuild ends each event with a newline; one event may hold several lines.
        for (const line of event.message.replace(/\r?\n$/, '').split(/\r?\n/)) {
          this.onLine(line);
          printed++;
        }
      }
      const same = res.nextForwardToken === undefined || res.nextForwardToken === this.token;
      if (res.nextForwardToken !== undefined) this.token = res.nextForwardToken;
      // The same token back means the end of the stream for now; a page with events that is not
      // full (by count or by bytes) means the same, without a second call to be told so. Only an
      // empty page with a new token (a gap in time) or a full page is followed at once, so a
      // burst faster than a page a poll is drained instead of falling further behind.
      if (same || (res.events.length > 0 && !mayBeFull(res.events))) break;
    }
    this.lines += printed;
    return printed;
  }
}
