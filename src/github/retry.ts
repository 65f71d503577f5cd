/**
 * When to retry a GitHub request, and how long to wait first. Pure: the caller owns the clock and the sleep.
 * Retried: 5xx and network failures, 429, and rate limits GitHub signals on a 403 (`retry-after`,
 * `x-ratelimit-remaining: 0`, or a "secondary rate limit" message). A plain 403 is a permission problem: not retried.
 */

export interface RetryPolicy {
  /** retries after the first attempt */
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  /** cap of one computed backoff (a server's Retry-After is honoured as given, within maxTotalMs) */
  readonly maxDelayMs: number;
  /** cap of the time spent on one request, waits included */
  readonly maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxTotalMs: 120_000,
};

export interface FailedResponse {
  readonly status: number;
  /** lower-case header names */
  readonly headers: Readonly<Record<string, string | number | undefined>>;
  readonly message?: string;
}

export type RetryKind = 'server-error' | 'rate-limit';

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly kind: RetryKind }
  | { readonly retry: false; readonly kind?: RetryKind; readonly reason?: string };

export interface RetryState {
  /** retries already made for this request */
  readonly retriesSoFar: number;
  /** ms since the first attempt started */
  readonly elapsedMs: number;
  /** epoch ms, to read `x-ratelimit-reset` */
  readonly nowMs: number;
  /** 0 <= random < 1, for jitter */
  readonly random: number;
}

export function classifyFailure(failure: FailedResponse): RetryKind | undefined {
  const { status } = failure;
  if (status >= 500) return 'server-error';
  if (status === 429) return 'rate-limit';
  if (status === 403) {
    if (header(failure, 'retry-after') !== undefined) return 'rate-limit';
    if (header(failure, 'x-ratelimit-remaining') === '0') return 'rate-limit';
    if (/rate limit/i.test(failure.message ?? '')) return 'rate-limit';
  }
  return undefined;
}

export function decideRetry(failure: FailedResponse, state: RetryState, policy: RetryPolicy): RetryDecision {
  const kind = classifyFailure(failure);
  if (kind === undefined) return { retry: false };
  if (state.retriesSoFar >= policy.maxRetries) {
    return { retry: false, kind, reason: `gave up after ${state.retriesSoFar + 1} attempts` };
  }
  const serverDelay = serverRequestedDelayMs(failure, state.nowMs);
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** state.retriesSoFar);
  // Up to 25% jitter so parallel jobs do not retry in lockstep.
  const delayMs = serverDelay ?? Math.round(backoff * (0.75 + 0.25 * state.random));
  if (state.elapsedMs + delayMs > policy.maxTotalMs) {
    const wait = Math.ceil(delayMs / 1000);
    return { retry: false, kind, reason: `GitHub asked to wait ${wait}s, beyond the ${Math.round(policy.maxTotalMs / 1000)}s retry budget` };
  }
  return { retry: true, delayMs, kind };
}

/** Retry-After (seconds or HTTP date), else the rate limit's reset time when none remain. */
export function serverRequestedDelayMs(failure: FailedResponse, nowMs: number): number | undefined {
  const retryAfter = header(failure, 'retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  if (header(failure, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(failure, 'x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - nowMs);
  }
  return undefined;
}

function header(failure: FailedResponse, name: string): string | undefined {
  const value = failure.headers[name];
  return value === undefined ? undefined : String(value).trim();
}
