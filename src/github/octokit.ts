import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Log } from '../core/log.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * An Octokit for the GitHub REST API at GITHUB_API_URL (GitHub Enterprise Server included), with
 * retries on server errors and waits on rate limits. Loaded lazily: most steps never touch GitHub,
 * and this keeps them fast to start.
 */
export async function createOctokit(token: string, env: Env, log: Log) {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(
    token,
    {
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return count < 3;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }) => {
          log.warning(
            `GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`,
          );
          return true;
        },
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422] },
    },
    retry,
    throttling,
  );
}

export type GitHubClient = Awaited<ReturnType<typeof createOctokit>>;

/** What the GitHub gateways build their client from: the token, the environment, a log. */
export interface GitHubContext {
  token: string;
  env: Env;
  log: Log;
}

/** The client, made on first use (Octokit loads only when a step really calls GitHub). */
export function lazyOctokit(ctx: GitHubContext): () => Promise<GitHubClient> {
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= createOctokit(ctx.token, ctx.env, ctx.log));
}
