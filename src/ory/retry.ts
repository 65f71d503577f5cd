/** Bounded retries with exponential backoff that honour `Retry-After` (SPEC section 3). */

export interface RetryPolicy {
  /** attempts in all, the first included */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** no new attempt starts after this much time since the first */
  readonly budgetMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 15_000, budgetMs: 60_000 };

export interface RetryDecision {
  readonly retry: boolean;
  /** from a `Retry-After` header, in milliseconds */
  readonly retryAfterMs?: number;
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `Retry-After` is seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(String(value));
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function withRetries<T>(
  operation: (attempt: number) => Promise<T>,
  classify: (error: unknown) => RetryDecision,
  policy: RetryPolicy,
  sleep: Sleep = realSleep,
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void,
): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      const decision = classify(error);
      if (!decision.retry || attempt >= policy.maxAttempts) throw error;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const jitter = Math.floor(backoff * 0.2 * Math.random());
      const delay = Math.min(policy.maxDelayMs, Math.max(decision.retryAfterMs ?? 0, backoff + jitter));
      if (Date.now() - started + delay > policy.budgetMs) throw error;
      onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
