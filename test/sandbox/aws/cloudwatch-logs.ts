import { AwsError, type AwsSandbox } from './server.js';

/**
 * CloudWatch Logs in the sandbox: log streams whose events become readable at their ingestion
 * time (sandbox time), read with GetLogEvents as AWS pages them: up to `limit` (10,000) events
 * and at most 1 MB a page (each event counted as its UTF-8 message plus 26 bytes, as PutLogEvents
 * counts them), forward tokens `f/<position>`, and the same token back at the end of the stream.
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

export class LogsWorld {
  readonly streams = new Map<string, Stream>();

  constructor(readonly sandbox: AwsSandbox) {
    sandbox.on('Logs_20140328.GetLogEvents', (input: GetLogEventsInput) => this.getLogEvents(input));
    sandbox.on('Logs_20140328.DescribeLogStreams', (input: DescribeLogStreamsInput) =>
      this.describeLogStreams(input),
    );
  }

  /** DescribeLogStreams by name prefix (ordered by name, as AWS does by default), up to `limit` (1-50). */
  private describeLogStreams(input: DescribeLogStreamsInput) {
    const limit = input.limit ?? 50;
    if (limit < 1 || limit > 50)
      throw new AwsError(
        'InvalidParameterException',
        '1 validation error detected: limit must be between 1 and 50',
      );
    const now = this.sandbox.now();
    const groupExists = [...this.streams.keys()].some((k) => k.startsWith(`${input.logGroupName}\n`));
    if (!groupExists)
      throw new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');
    const streams = [...this.streams.entries()]
      .map(([k, s]) => ({ name: k.split('\n')[1]!, group: k.split('\n')[0]!, s }))
      .filter((x) => x.group === input.logGroupName && x.s.createdAt <= now)
      .filter((x) => x.name.startsWith(input.logStreamNamePrefix ?? ''))
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, limit);
    return {
      logStreams: streams.map((x) => ({
        logStreamName: x.name,
        creationTime: x.s.createdAt,
        arn: this.sandbox.arn('logs', `log-group:${x.group}:log-stream:${x.name}`),
      })),
    };
  }

  /** A stream that exists from `createdAt` (sandbox ms) on; events must be added in time order. */
  addStream(group: string, stream: string, createdAt: number, events: SandboxLogEvent[] = []): void {
    this.streams.set(`${group}\n${stream}`, { createdAt, events });
  }

  private getLogEvents(input: GetLogEventsInput) {
    const now = this.sandbox.now();
    const s = this.streams.get(`${input.logGroupName}\n${input.logStreamName}`);
    if (!s || s.createdAt > now) {
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
    let from = 0;
    const visibleCount = s.events.filter((e) => (e.ingestionTime ?? e.timestamp) <= now).length;
    // Without a token or startFromHead, AWS returns the newest events: the stream's tail.
    if (input.nextToken === undefined && input.startFromHead !== true)
      from = Math.max(0, visibleCount - limit);
    if (input.nextToken !== undefined) {
      const m = /^f\/(\d{56})$/.exec(input.nextToken);
      if (!m) throw new AwsError('InvalidParameterException', 'The specified nextToken is invalid.');
      from = Number(m[1]);
    }
    const visible = s.events.filter((e) => (e.ingestionTime ?? e.timestamp) <= now);
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
  limit?: number;
}

interface GetLogEventsInput {
  logGroupName: string;
  logStreamName: string;
  nextToken?: string;
  startFromHead?: boolean;
  limit?: number;
}
