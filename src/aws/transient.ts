import { TransientError } from '../core/pipelines/gateway.js';

/**
 * Errors that say "try again later" rather than "this is wrong": throttling, server faults,
 * dropped connections and timeouts. Long waits swallow these (after the SDK's own retries) and
 * poll again; they never fail a wait.
 */
const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
  'RequestThrottled',
  'SlowDown',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);
const SERVER = new Set([
  'InternalFailure',
  'InternalError',
  'InternalServerError',
  'InternalServerException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
]);

export function isTransient(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as {
    name?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
    $retryable?: unknown;
  };
  if (e.name && (THROTTLING.has(e.name) || SERVER.has(e.name))) return true;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  if (e.code && NETWORK.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (e.$retryable) return true;
  return false;
}

/**
 * Sends an SDK call for a pipeline wait: a transient error (after the SDK's own retries) becomes
 * the domain's TransientError, keeping AWS's name and words, so a step that gives up shows them.
 */
export async function sendForWait<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!isTransient(err)) throw err;
    const transient = new TransientError((err as Error).message);
    transient.name = (err as Error).name;
    throw transient;
  }
}
