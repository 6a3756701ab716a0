import { AwsError, type AwsSandbox } from './server.js';

/**
 * CloudWatch Logs in the sandbox: log streams whose events become readable at their ingestion
 * time (sandbox time), read with GetLogEvents as AWS pages them: up to `limit` (10,000) events
 * and at most 1 MB a page (each event counted as its UTF-8 message plus 26 bytes, as PutLogEvents
 * counts them), forward tokens `f/<position>`, and the same token back at the end of the stream;
 * without `startFromHead`, the newest events. DescribeLogStreams lists a group's streams by name
 * prefix. Streams are added, or served by a source that computes them (a job's logs, from its run).
 */
export interface SandboxLogEvent {
  timestamp: number;
  message: string;
  /** When it can be read; defaults to its timestamp. */
  ingestionTime?: number;
}

interface Stream {
  createdAt: number;
  events: SandboxLogEvent[];
}

/** Streams computed on request: a group's streams (name → stream) at sandbox time `now`. */
export type StreamSource = (group: string, now: number) => Map<string, Stream>;

export class LogsWorld {
  readonly streams = new Map<string, Stream>();
  readonly sources: StreamSource[] = [];

  constructor(readonly sandbox: AwsSandbox) {
    sandbox.on('Logs_20140328.GetLogEvents', (input: GetLogEventsInput) => this.getLogEvents(input));
    sandbox.on('Logs_20140328.DescribeLogStreams', (input: DescribeLogStreamsInput) =>
      this.describeLogStreams(input),
    );
  }

  /** A stream that exists from `createdAt` (sandbox ms) on; events must be added in time order. */
  addStream(group: string, stream: string, createdAt: number, events: SandboxLogEvent[] = []): void {
    this.streams.set(`${group}\n${stream}`, { createdAt, events });
  }

  /** The group's streams that exist at `now`, by name. */
  private group(group: string, now: number): Map<string, Stream> {
    const out = new Map<string, Stream>();
    for (const [key, s] of this.streams) {
      const [g, name] = key.split('\n') as [string, string];
      if (g === group) out.set(name, s);
    }
    for (const source of this.sources) for (const [name, s] of source(group, now)) out.set(name, s);
    for (const [name, s] of out) if (s.createdAt > now) out.delete(name);
    return out;
  }

  private describeLogStreams(input: DescribeLogStreamsInput) {
    const now = this.sandbox.now();
    const limit = input.limit ?? 50;
    if (limit < 1 || limit > 50)
      throw new AwsError(
        'InvalidParameterException',
        '1 validation error detected: limit must be between 1 and 50',
      );
    if (input.orderBy === 'LastEventTime' && input.logStreamNamePrefix !== undefined)
      throw new AwsError(
        'InvalidParameterException',
        'Cannot order by LastEventTime with a logStreamNamePrefix.',
      );
    const streams = this.group(input.logGroupName, now);
    if (!streams.size)
      throw new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');
    const rows = [...streams]
      .filter(([name]) => name.startsWith(input.logStreamNamePrefix ?? ''))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (input.descending) rows.reverse();
    const from = input.nextToken ? Number(input.nextToken) : 0;
    return {
      logStreams: rows.slice(from, from + limit).map(([name, s]) => {
        const visible = s.events.filter((e) => (e.ingestionTime ?? e.timestamp) <= now);
        return {
          logStreamName: name,
          creationTime: s.createdAt,
          ...(visible.length
            ? {
                firstEventTimestamp: visible[0]!.timestamp,
                lastEventTimestamp: visible.at(-1)!.timestamp,
                lastIngestionTime: visible.at(-1)!.ingestionTime ?? visible.at(-1)!.timestamp,
              }
            : {}),
          arn: this.sandbox.arn('logs', `log-group:${input.logGroupName}:log-stream:${name}`),
          storedBytes: 0,
        };
      }),
      ...(from + limit < rows.length ? { nextToken: String(from + limit) } : {}),
    };
  }

  private getLogEvents(input: GetLogEventsInput) {
    const now = this.sandbox.now();
    const s = this.group(input.logGroupName, now).get(input.logStreamName);
    if (!s) {
      throw new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.');
    }
    const limit = input.limit ?? 10_000;
    if (limit < 1 || limit > 10_000) {
      throw new AwsError(
        'InvalidParameterException',
        '1 validation error detected: limit must be between 1 and 10000',
      );
    }
    if (input.nextToken !== undefined && input.startFromHead !== true) {
      // As the API documents: a forward token is only honoured reading from the head.
      throw new AwsError(
        'InvalidParameterException',
        'startFromHead must be true when using a forward token',
      );
    }
    const visible = s.events.filter((e) => (e.ingestionTime ?? e.timestamp) <= now);
    // Not from the head: the newest `limit` events (still returned oldest first).
    let from = input.startFromHead === true ? 0 : Math.max(0, visible.length - limit);
    if (input.nextToken !== undefined) {
      const m = /^f\/(\d{56})$/.exec(input.nextToken);
      if (!m) throw new AwsError('InvalidParameterException', 'The specified nextToken is invalid.');
      from = Number(m[1]);
    }
    const page: SandboxLogEvent[] = [];
    let bytes = 0;
    for (const e of visible.slice(from, from + limit)) {
      const size = Buffer.byteLength(e.message, 'utf8') + 26;
      if (bytes + size > 1_048_576) break;
      bytes += size;
      page.push(e);
    }
    const token = (n: number) => `f/${String(n).padStart(56, '0')}`;
    return {
      events: page.map((e) => ({
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: e.ingestionTime ?? e.timestamp,
      })),
      nextForwardToken: page.length ? token(from + page.length) : (input.nextToken ?? token(from)),
      nextBackwardToken: `b/${String(from).padStart(56, '0')}`,
    };
  }
}

interface DescribeLogStreamsInput {
  logGroupName: string;
  logStreamNamePrefix?: string;
  orderBy?: 'LogStreamName' | 'LastEventTime';
  descending?: boolean;
  limit?: number;
  nextToken?: string;
}

interface GetLogEventsInput {
  logGroupName: string;
  logStreamName: string;
  nextToken?: string;
  startFromHead?: boolean;
  limit?: number;
}
