/**
 * Which GitHub failures are worth a retry, and how long to wait first (the policy and the wait are
 * src/http/retry.ts's). Retried: 5xx and network failures, 429, and rate limits GitHub signals on a 403
 * (`retry-after`, `x-ratelimit-remaining: 0`, or a "secondary rate limit" message). A plain 403 is a
 * permission problem: not retried.
 */
import { nextRetry, serverRequestedDelayMs, type ResponseHeaders, type RetryPolicy, type RetryState } from '../http/retry.ts';

export const GITHUB_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxTotalMs: 120_000,
};

export interface FailedResponse {
  readonly status: number;
  /** lower-case header names */
  readonly headers: ResponseHeaders;
  readonly message?: string;
}

export type RetryKind = 'server-error' | 'rate-limit';

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly kind: RetryKind }
  | { readonly retry: false; readonly kind?: RetryKind; readonly reason?: string };

export function classifyFailure(failure: FailedResponse): RetryKind | undefined {
  const { status } = failure;
  if (status >= 500) return 'server-error';
  if (status === 429) return 'rate-limit';
  if (status === 403 && isRateLimitSignal(failure)) return 'rate-limit';
  return undefined;
}

/** A 403 that is GitHub's rate limit, not a missing permission. */
export function isRateLimitSignal(failure: FailedResponse): boolean {
  return failure.headers['retry-after'] !== undefined || String(failure.headers['x-ratelimit-remaining']).trim() === '0' || /rate limit/i.test(failure.message ?? '');
}

export function decideRetry(failure: FailedResponse, state: RetryState, policy: RetryPolicy): RetryDecision {
  const kind = classifyFailure(failure);
  if (kind === undefined) return { retry: false };
  return { ...nextRetry(serverRequestedDelayMs(failure.headers, state.nowMs, 'epoch-seconds'), state, policy, 'GitHub'), kind };
}
