import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer, readBody } from './loopback.js';

/**
 * A loopback GitHub REST API: records every request and answers like api.github.com for the
 * routes that modules register (check runs, issue comments, pulls, run approvals...).
 * Tokens listed in `readOnlyTokens` get 403 on writes, as a fork's pull request token does.
 */
export interface GitHubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** `drop-after`: handled, then the connection was dropped (the client never saw the response). */
  fault?: 'drop-after';
}

export interface GitHubResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type RouteHandler = (
  req: GitHubRequest,
  params: Record<string, string>,
) => GitHubResponse | Promise<GitHubResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

export class GitHubSandbox extends LoopbackServer {
  readonly requests: GitHubRequest[] = [];
  readonly readOnlyTokens = new Set<string>();
  private readonly routes: Route[] = [];
  private readonly drops: { method: string; path: RegExp; left: number }[] = [];

  /**
   * The next `times` requests matching `method` and `path` are handled, then their connection is
   * dropped before the response: the write happened, the client cannot know (tests idempotency).
   */
  dropAfterHandling(method: string, path: RegExp, times = 1): this {
    this.drops.push({ method, path, left: times });
    return this;
  }

  /** `route('POST', '/repos/:owner/:repo/check-runs', handler)`. */
  route(method: string, template: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, k: string) => (keys.push(k), '([^/]+)'))}$`,
    );
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  /** Requests matching a method and a path prefix or pattern. */
  find(method: string, path: string | RegExp): GitHubRequest[] {
    return this.requests.filter(
      (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  }

  protected async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = (await readBody(req)).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://github');
    const request: GitHubRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: text ? safeJson(text) : undefined,
    };
    this.requests.push(request);
    const token = String(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    if (request.method !== 'GET' && this.readOnlyTokens.has(token)) {
      return send(res, {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403',
        },
      });
    }
    for (const route of this.routes) {
      const m = route.method === request.method ? route.pattern.exec(request.path) : null;
      if (!m) continue;
      const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(m[i + 1]!)]));
      try {
        const response = await route.handler(request, params);
        const drop = this.drops.find(
          (d) => d.left > 0 && d.method === request.method && d.path.test(request.path),
        );
        if (drop) {
          drop.left--;
          request.fault = 'drop-after';
          return void req.socket.destroy();
        }
        return send(res, response);
      } catch (err) {
        return send(res, { status: 500, body: { message: String(err) } });
      }
    }
    send(res, {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    });
  }
}

function send(res: ServerResponse, r: GitHubResponse): void {
  const text = r.body === undefined ? '' : JSON.stringify(r.body);
  res.writeHead(r.status ?? 200, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...r.headers,
  });
  res.end(text);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
