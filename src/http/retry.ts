/**
 * One retry policy for every HTTP API the action calls (Ory and GitHub): bounded in count and in time,
 * exponential backoff with jitter, and the server's own word on when to come back (`Retry-After`, else
 * `x-ratelimit-reset`) honoured as given while it fits in the time budget. Each client says which
 * failures are worth a retry; the waiting is decided here. The clock, the sleep and the randomness are
 * handed in, so tests run without waiting.
 */

export interface RetryPolicy {
  /** retries after the first attempt */
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  /** cap of one computed backoff (a server's requested wait is honoured as given, within maxTotalMs) */
  readonly maxDelayMs: number;
  /**
   * cap of the time spent, waits included: no wait may end past it. Counted per request by GitHub's
   * client, over all of a run's requests by Ory's (its time budget, src/http/time-budget.ts)
   */
  readonly maxTotalMs: number;
}

/** Response headers, by lower-case name. */
export type ResponseHeaders = Readonly<Record<string, unknown>>;

/**
 * How a server counts `x-ratelimit-reset`: GitHub sends the epoch second the window resets at;
 * Ory sends the seconds until it resets (NOTES "Rate limits").
 */
export type ResetClock = 'epoch-seconds' | 'seconds-from-now';

/**
 * The wait a server asked for, in ms: `Retry-After` (seconds or an HTTP date), else, when no requests
 * remain in the window (or the server does not say), the time until `x-ratelimit-reset`.
 */
export function serverRequestedDelayMs(headers: ResponseHeaders, nowMs: number, resetClock: ResetClock): number | undefined {
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (retryAfter !== '' && Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  const remaining = header(headers, 'x-ratelimit-remaining');
  const reset = header(headers, 'x-ratelimit-reset');
  if (reset === undefined || reset === '' || (remaining !== undefined && remaining !== '0')) return undefined;
  const value = Number(reset);
  if (!Number.isFinite(value) || value < 0) return undefined;
  return resetClock === 'epoch-seconds' ? (value > 0 ? Math.max(0, value * 1000 - nowMs) : undefined) : Math.ceil(value * 1000);
}

export interface RetryState {
  /** retries already made for this request */
  readonly retriesSoFar: number;
  /** ms since the first attempt started */
  readonly elapsedMs: number;
  /** epoch ms, to read an HTTP-date `Retry-After` or an epoch `x-ratelimit-reset` */
  readonly nowMs: number;
  /** 0 <= random < 1, for jitter */
  readonly random: number;
}

export type RetryStep = { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly reason?: string };

/**
 * The wait before the next attempt of a failure worth retrying, or why there is none. `server` names
 * who asked for a wait that does not fit, e.g. "GitHub".
 */
export function nextRetry(serverDelayMs: number | undefined, state: RetryState, policy: RetryPolicy, server: string): { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly reason: string } {
  if (state.retriesSoFar >= policy.maxRetries) return { retry: false, reason: `gave up after ${state.retriesSoFar + 1} attempts` };
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** state.retriesSoFar);
  // Up to 25% jitter so parallel jobs do not retry in lockstep.
  const delayMs = serverDelayMs ?? Math.round(backoff * (0.75 + 0.25 * state.random));
  if (state.elapsedMs + delayMs > policy.maxTotalMs) {
    return { retry: false, reason: `${server} asked to wait ${Math.ceil(delayMs / 1000)}s, beyond the ${Math.round(policy.maxTotalMs / 1000)}s retry budget` };
  }
  return { retry: true, delayMs };
}

export interface RetryClock {
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly random: () => number;
}

export const REAL_CLOCK: RetryClock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: Date.now,
  random: Math.random,
};

/**
 * Runs `attempt` (told its number, the first is 1) until it succeeds or `decide` says to stop:
 * undefined (not worth a retry) or a step without a retry. The last error is thrown as it came.
 */
export async function withRetries<T, D extends RetryStep>(
  attempt: (attempt: number) => T | Promise<T>,
  decide: (error: unknown, state: RetryState) => D | undefined,
  clock: RetryClock,
  events: {
    readonly onRetry?: (error: unknown, step: D & { readonly retry: true }, retry: number) => void;
    readonly onGiveUp?: (error: unknown, attempts: number, step: D | undefined) => void;
  } = {},
): Promise<T> {
  const started = clock.now();
  for (let retriesSoFar = 0; ; retriesSoFar++) {
    try {
      return await attempt(retriesSoFar + 1);
    } catch (error) {
      const now = clock.now();
      const step = decide(error, { retriesSoFar, elapsedMs: now - started, nowMs: now, random: clock.random() });
      if (!step?.retry) {
        events.onGiveUp?.(error, retriesSoFar + 1, step);
        throw error;
      }
      events.onRetry?.(error, step as D & { readonly retry: true }, retriesSoFar + 1);
      await clock.sleep(step.delayMs);
    }
  }
}

function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  return value === undefined || value === null ? undefined : String(value).trim();
}
