import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer, readBody } from '../loopback.js';
import { randomUUID } from 'node:crypto';
import { scaledClock, type SandboxClock } from '../clock.js';

/**
 * A loopback stand-in for AWS: the JSON 1.1 protocol (POST /, `X-Amz-Target: Service.Operation`,
 * `application/x-amz-json-1.1`, errors as `{"__type": ..., "message": ...}`) for SageMaker,
 * CodeBuild, CodePipeline, EventBridge and CloudWatch Logs, JSON 1.0 (the same, as
 * `application/x-amz-json-1.0`) for Step Functions, and path-style S3 objects. Services
 * are modules that register handlers (see ./sagemaker.ts); every request is recorded, and faults
 * can be injected at a chosen rate.
 */

const SERVICES: Record<string, string> = {
  SageMaker: 'sagemaker',
  CodeBuild_20161006: 'codebuild',
  CodePipeline_20150709: 'codepipeline',
  Logs_20140328: 'logs',
  AWSEvents: 'events',
  GraniteServiceVersion20100801: 'cloudwatch',
  AWSStepFunctions: 'states',
};
/** Services of the JSON 1.0 protocol (the others speak 1.1): requests and answers carry its content type. */
const JSON_1_0 = new Set(['AWSStepFunctions', 'GraniteServiceVersion20100801']);

export interface RecordedRequest {
  /** Service id: sagemaker, codebuild, codepipeline, logs, events, s3, or `raw`. */
  service: string;
  /** The operation (`StartPipelineExecution`), or for S3 `GetObject` / `PutObject` / `HeadObject`. */
  operation: string;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (S3: the object key and size). */
  body: Record<string, unknown>;
  /** Sandbox time (ms) when it arrived. */
  time: number;
  /** Set when a fault was injected instead of (or, for `drop-after`, after) handling it. */
  fault?: FaultKind;
  /** Real milliseconds it was held back before being handled (see `delays`). */
  delayedMs?: number;
  /** The error a guard refused it with (expired credentials, AccessDenied): it never reached its handler. */
  refused?: string;
}

/** An error as AWS sends it; handlers throw it. */
export class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type FaultKind = 'throttle' | '500' | '503' | 'drop' | 'drop-after';

export interface FaultOptions {
  /** Share of requests (0..1) that fail. */
  rate: number;
  kinds: FaultKind[];
  /** Only these operations (default: all). */
  operations?: string[];
  seed?: number;
}

export interface DelayOptions {
  /** Real milliseconds each matching request waits before it is handled (a slow or hanging call). */
  ms: number;
  /** Only these operations (default: all). */
  operations?: string[];
}

export interface HandlerContext {
  sandbox: AwsSandbox;
  request: RecordedRequest;
}

export type Handler = (input: any, ctx: HandlerContext) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A route for anything that is not JSON 1.1 (STS query protocol, S3 sub-resources...). */
export interface RawRoute {
  match(req: IncomingMessage, url: URL): boolean;
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer, sandbox: AwsSandbox): void | Promise<void>;
  /** For the record: service and operation. */
  describe(
    req: IncomingMessage,
    url: URL,
    body: Buffer,
  ): { service: string; operation: string; body?: Record<string, unknown> };
}

export interface SandboxOptions {
  clock?: SandboxClock;
  region?: string;
  accountId?: string;
}

export class AwsSandbox extends LoopbackServer {
  readonly clock: SandboxClock;
  readonly region: string;
  readonly accountId: string;
  readonly requests: RecordedRequest[] = [];
  /** S3 objects by `bucket/key`. */
  readonly objects = new Map<string, Buffer>();
  /** When each object was last written (sandbox time), for ListObjectsV2's LastModified. */
  readonly modified = new Map<string, number>();
  readonly rawRoutes: RawRoute[] = [];
  /** Checks run on every request before its handler (e.g. expired credentials); throw an AwsError to refuse. */
  readonly guards: ((request: RecordedRequest) => void | Promise<void>)[] = [];
  private readonly handlers = new Map<string, Handler>();
  private faultOptions: FaultOptions | undefined;
  private delayOptions: DelayOptions | undefined;
  private random: () => number = Math.random;

  constructor(options: SandboxOptions = {}) {
    super();
    this.clock = options.clock ?? scaledClock(1);
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? '123456789012';
  }

  now(): number {
    return this.clock.now();
  }

  /** Registers `Service.Operation` (e.g. `SageMaker.DescribePipeline`). */
  on(target: string, handler: Handler): this {
    // Two modules serving one operation would silently replace each other's behaviour.
    if (this.handlers.has(target)) {
      throw new Error(
        `${target} is already served by another sandbox module on this sandbox; extend that module`,
      );
    }
    this.handlers.set(target, handler);
    return this;
  }

  faults(options: FaultOptions | undefined): this {
    this.faultOptions = options;
    this.random = mulberry32(options?.seed ?? 42);
    return this;
  }

  /** Holds matching requests back for `ms` real milliseconds before handling them; undefined: none. */
  delays(options: DelayOptions | undefined): this {
    this.delayOptions = options;
    return this;
  }

  /** Requests for one operation that reached its handler (faulted and refused ones excluded, unless `drop-after`). */
  calls(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation && handled(r));
  }

  /** Operations in the order they were handled, e.g. ['DescribePipeline', 'ListPipelineExecutions']. */
  operations(): string[] {
    return this.requests.filter(handled).map((r) => r.operation);
  }

  putObject(bucket: string, key: string, body: string | Buffer): void {
    this.objects.set(`${bucket}/${key}`, Buffer.from(body));
    this.modified.set(`${bucket}/${key}`, this.now());
  }

  arn(service: string, resource: string): string {
    return `arn:aws:${service}:${this.region}:${this.accountId}:${resource}`;
  }

  /** Environment that points a child process's AWS SDK here, with dummy credentials. */
  env(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_REGION: this.region,
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...this.clock.env,
    };
  }

  protected async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const target = String(req.headers['x-amz-target'] ?? '');
    const route = target ? undefined : this.rawRoutes.find((r) => r.match(req, url));
    let record: RecordedRequest;
    let contentType = 'application/x-amz-json-1.1';
    if (target) {
      const [prefix = '', operation = ''] = target.split('.');
      if (JSON_1_0.has(prefix)) {
        contentType = 'application/x-amz-json-1.0';
        if (req.headers['content-type'] !== contentType)
          return this.sendError(
            res,
            new AwsError('UnknownOperationException', `${prefix} speaks ${contentType}`),
            contentType,
          );
      }
      let body: Record<string, unknown>;
      try {
        body = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        return this.sendError(
          res,
          new AwsError('SerializationException', 'Body is not valid JSON'),
          contentType,
        );
      }
      record = this.record(SERVICES[prefix] ?? prefix, operation, req, url, body);
    } else if (route) {
      const d = route.describe(req, url, raw);
      record = this.record(d.service, d.operation, req, url, d.body ?? {});
    } else {
      const s3 = s3Operation(req.method ?? 'GET', url);
      record = this.record('s3', s3.operation, req, url, {
        bucket: s3.bucket,
        key: s3.key,
        size: raw.length,
      });
    }

    const delay = this.delayOptions;
    if (delay && (!delay.operations || delay.operations.includes(record.operation))) {
      record.delayedMs = delay.ms;
      await new Promise((resolve) => setTimeout(resolve, delay.ms).unref());
      if (req.socket.destroyed) return; // the caller gave up (aborted) meanwhile
    }

    // AWS dates its answers; the SDK corrects its clock by that Date (and retries an error it
    // thinks a skew caused), so it must be the sandbox's time, which the action's clock shares.
    res.setHeader('date', new Date(this.now()).toUTCString());
    const fault = this.pickFault(record.operation);
    if (fault && fault !== 'drop-after') {
      record.fault = fault;
      return this.sendFault(req, res, fault, record.service, contentType);
    }

    try {
      for (const guard of this.guards) await guard(record);
    } catch (err) {
      record.refused = err instanceof AwsError ? err.type : 'InternalFailure';
      return this.sendGuardError(res, record, err, contentType);
    }

    if (target) {
      const handler = this.handlers.get(target);
      if (!handler) {
        return this.sendError(
          res,
          new AwsError('UnknownOperationException', `The sandbox does not implement ${target}`),
          contentType,
        );
      }
      try {
        const result = await handler(record.body, { sandbox: this, request: record });
        if (fault === 'drop-after') {
          record.fault = fault;
          return void req.socket.destroy();
        }
        const text = JSON.stringify(result ?? {});
        res.writeHead(200, {
          'content-type': contentType,
          'x-amzn-requestid': randomUUID(),
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      } catch (err) {
        this.sendError(res, err, contentType);
      }
      return;
    }
    if (route) return route.handle(req, res, raw, this);
    this.handleS3(req, res, url, raw);
  }

  private record(
    service: string,
    operation: string,
    req: IncomingMessage,
    url: URL,
    body: Record<string, unknown>,
  ): RecordedRequest {
    const record: RecordedRequest = {
      service,
      operation,
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      headers: req.headers,
      body,
      time: this.now(),
    };
    this.requests.push(record);
    return record;
  }

  private pickFault(operation: string): FaultKind | undefined {
    const f = this.faultOptions;
    if (!f || !f.kinds.length || (f.operations && !f.operations.includes(operation))) return undefined;
    if (this.random() >= f.rate) return undefined;
    return f.kinds[Math.floor(this.random() * f.kinds.length)];
  }

  private sendFault(
    req: IncomingMessage,
    res: ServerResponse,
    fault: FaultKind,
    service: string,
    contentType: string,
  ): void {
    if (fault === 'drop') return void req.socket.destroy();
    if (service === 's3') {
      const [status, code] =
        fault === 'throttle'
          ? [503, 'SlowDown']
          : fault === '500'
            ? [500, 'InternalError']
            : [503, 'ServiceUnavailable'];
      return this.sendS3Error(res, status, code, 'Injected fault');
    }
    const error =
      fault === 'throttle'
        ? new AwsError('ThrottlingException', 'Rate exceeded', 400)
        : fault === '500'
          ? new AwsError('InternalFailure', 'We encountered an internal error. Please try again.', 500)
          : new AwsError('ServiceUnavailable', 'Service is unavailable. Please try again.', 503);
    this.sendError(res, error, contentType);
  }

  private sendError(res: ServerResponse, err: unknown, contentType = 'application/x-amz-json-1.1'): void {
    const e =
      err instanceof AwsError
        ? err
        : new AwsError('InternalFailure', String((err as Error)?.stack ?? err), 500);
    const text = JSON.stringify({ __type: e.type, message: e.message });
    res.writeHead(e.status, {
      'content-type': contentType,
      'x-amzn-requestid': randomUUID(),
      'x-amzn-errortype': e.type,
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  /** A guard's refusal in the request's protocol: S3's XML, STS's query XML, or JSON 1.1. */
  private sendGuardError(
    res: ServerResponse,
    record: RecordedRequest,
    err: unknown,
    contentType: string,
  ): void {
    if (!(err instanceof AwsError) || (record.service !== 's3' && record.service !== 'sts')) {
      return this.sendError(res, err, contentType);
    }
    // S3 and STS name it AccessDenied (403); JSON services AccessDeniedException.
    const denied = err.type === 'AccessDeniedException';
    const code = denied ? 'AccessDenied' : err.type;
    const status = denied ? 403 : err.status;
    if (record.service === 's3') return this.sendS3Error(res, status, code, err.message);
    const xml = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${err.message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
    res.writeHead(status, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml) });
    res.end(xml);
  }

  private handleS3(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const { bucket, key, operation } = s3Operation(req.method ?? 'GET', url);
    if (operation === 'ListObjectsV2') return this.listObjects(res, bucket, url);
    const id = `${bucket}/${key}`;
    if (req.method === 'PUT') {
      this.objects.set(id, body);
      this.modified.set(id, this.now());
      res.writeHead(200, { etag: `"${body.length.toString(16)}"`, 'content-length': 0 });
      return void res.end();
    }
    const object = this.objects.get(id);
    if (!object)
      return this.sendS3Error(
        res,
        404,
        'NoSuchKey',
        'The specified key does not exist.',
        req.method === 'HEAD',
      );
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': object.length });
    res.end(req.method === 'HEAD' ? undefined : object);
  }

  /** ListObjectsV2 (`GET /<bucket>?list-type=2`): keys in order, common prefixes, pages of max-keys (1000). */
  private listObjects(res: ServerResponse, bucket: string, url: URL): void {
    const q = url.searchParams;
    const prefix = q.get('prefix') ?? '';
    const delimiter = q.get('delimiter') ?? '';
    const max = Math.min(Number(q.get('max-keys') ?? 1000), 1000);
    const after = q.get('continuation-token') ?? q.get('start-after') ?? '';
    const entries: { key?: string; prefix?: string; size?: number; modified?: number }[] = [];
    const seenPrefixes = new Set<string>();
    const keys = [...this.objects.keys()]
      .filter((id) => id.startsWith(`${bucket}/`))
      .map((id) => id.slice(bucket.length + 1))
      .filter((k) => k.startsWith(prefix))
      .sort();
    for (const k of keys) {
      const cut = delimiter ? k.indexOf(delimiter, prefix.length) : -1;
      if (cut >= 0) {
        const p = k.slice(0, cut + delimiter.length);
        if (!seenPrefixes.has(p)) {
          seenPrefixes.add(p);
          entries.push({ prefix: p });
        }
      } else {
        const id = `${bucket}/${k}`;
        entries.push({
          key: k,
          size: this.objects.get(id)!.length,
          modified: this.modified.get(id) ?? this.now(),
        });
      }
    }
    const rest = entries.filter((e) => (e.key ?? e.prefix)! > after);
    const page = rest.slice(0, max);
    const truncated = rest.length > max;
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
      `<Name>${esc(bucket)}</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys>` +
      (delimiter ? `<Delimiter>${esc(delimiter)}</Delimiter>` : '') +
      `<IsTruncated>${truncated}</IsTruncated>` +
      (truncated
        ? `<NextContinuationToken>${esc((page[page.length - 1]!.key ?? page[page.length - 1]!.prefix)!)}</NextContinuationToken>`
        : '') +
      page
        .map((e) =>
          e.key !== undefined
            ? `<Contents><Key>${esc(e.key)}</Key><LastModified>${new Date(e.modified!).toISOString()}</LastModified>` +
              `<Size>${e.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`
            : `<CommonPrefixes><Prefix>${esc(e.prefix!)}</Prefix></CommonPrefixes>`,
        )
        .join('') +
      `</ListBucketResult>`;
    res.writeHead(200, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
    res.end(xml);
  }

  private sendS3Error(
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
    head = false,
  ): void {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${randomUUID()}</RequestId></Error>`;
    res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
    res.end(head ? undefined : xml);
  }
}

const handled = (r: RecordedRequest) =>
  (r.fault === undefined || r.fault === 'drop-after') && r.refused === undefined;

function s3Operation(method: string, url: URL) {
  const [, bucket = '', ...rest] = url.pathname.split('/');
  const key = decodeURIComponent(rest.join('/'));
  const operation =
    method === 'PUT'
      ? 'PutObject'
      : method === 'HEAD'
        ? 'HeadObject'
        : !key && url.searchParams.get('list-type') === '2'
          ? 'ListObjectsV2'
          : 'GetObject';
  return { bucket: decodeURIComponent(bucket), key, operation };
}

/** A small seeded PRNG: fault patterns repeat exactly from run to run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** AWS JSON timestamps are epoch seconds. */
export function epochSeconds(ms: number): number {
  return Math.round(ms) / 1000;
}
