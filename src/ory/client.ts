/**
 * The Ory edge: every call goes through `@ory/client`'s ProjectApi. Errors become
 * RunFailures with a reason and a message a person can act on; transient ones are retried.
 * It implements the port in `projects.ts`, which is all the core sees of Ory.
 */
import { Configuration, ProjectApi } from '@ory/client';
import { RunFailure } from '../model/failure.ts';
import { OryTimeUp, PatchRejected, RevisionConflict, type OryProjects } from './projects.ts';
// callers that build the client also name its port; it is defined once, in projects.ts
export { OryTimeUp, PatchRejected, RevisionConflict, type OryProjects, type OryWarning, type PatchResult } from './projects.ts';
import { isRecord } from '../model/records.ts';
import { REAL_CLOCK, nextRetry, serverRequestedDelayMs, withRetries, type ResponseHeaders, type RetryClock, type RetryPolicy, type RetryState, type RetryStep } from '../http/retry.ts';
import { createTimeBudget, type TimeBudget } from '../http/time-budget.ts';

export interface OryClientOptions {
  readonly apiUrl: string;
  readonly apiKey: string;
  /** the most one request may wait for its answer (less when the run's Ory time has less left) */
  readonly timeoutMs?: number;
  /** `maxRetries` per request; `maxTotalMs` is the run's Ory time (the budget), shared by all its requests */
  readonly retry?: RetryPolicy;
  /** seams for tests: the retry waits and the clock the budget is counted with */
  readonly sleep?: RetryClock['sleep'];
  readonly now?: RetryClock['now'];
  readonly onRetry?: (message: string) => void;
}

/**
 * Bounded retries (SPEC section 3): a request is tried at most 5 times, and a run gives up within a
 * minute of Ory time in all: `maxTotalMs` is counted over every Ory request of the run (one client),
 * the waits for answers and between attempts, and the waits before reading a lagging project again.
 */
export const ORY_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 15_000, maxTotalMs: 60_000 };
export const ORY_REQUEST_TIMEOUT_MS = 30_000;

/** How long Ory requests may take and how they are retried; unset: the defaults above. */
export interface OryTiming {
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
}

/**
 * Tests and impatient users can shorten the waits (read at the edges, from the environment they pass):
 * ORY_ACTIONS_HTTP_TIMEOUT_MS (one request), ORY_ACTIONS_RETRY_BASE_MS (the first backoff),
 * ORY_ACTIONS_RETRY_BUDGET_MS (the run's Ory time, at most the default).
 */
export function oryTimingFromEnv(env: Readonly<Record<string, string | undefined>>): OryTiming {
  const timeoutMs = Number(env.ORY_ACTIONS_HTTP_TIMEOUT_MS);
  const baseDelayMs = Number(env.ORY_ACTIONS_RETRY_BASE_MS);
  const budgetMs = Number(env.ORY_ACTIONS_RETRY_BUDGET_MS);
  const retry: RetryPolicy = {
    ...ORY_RETRY_POLICY,
    ...(baseDelayMs > 0 ? { baseDelayMs, maxDelayMs: Math.max(baseDelayMs * 8, 1000) } : {}),
    // shorter only: SPEC section 3 promises a run gives up within 60 s of Ory time
    ...(budgetMs > 0 ? { maxTotalMs: Math.min(budgetMs, ORY_RETRY_POLICY.maxTotalMs) } : {}),
  };
  return {
    ...(timeoutMs > 0 ? { timeoutMs } : {}),
    ...(baseDelayMs > 0 || budgetMs > 0 ? { retry } : {}),
  };
}

interface HttpFailure {
  status?: number;
  headers: ResponseHeaders;
  oryMessage?: string;
  code?: string;
}

function describeHttpFailure(error: unknown): HttpFailure {
  if (!isRecord(error)) return { headers: {} };
  const response = isRecord(error.response) ? error.response : undefined;
  const headers = response && isRecord(response.headers) ? response.headers : {};
  const data = response && isRecord(response.data) ? response.data : undefined;
  const oryError = data && isRecord(data.error) ? data.error : data;
  const oryMessage = oryError
    ? [oryError.message, oryError.reason].filter((s) => typeof s === 'string' && s !== '').join(' — ') || undefined
    : undefined;
  return {
    ...(typeof response?.status === 'number' ? { status: response.status } : {}),
    headers,
    ...(oryMessage ? { oryMessage } : {}),
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
  };
}

/** `outOfTime`: the next attempt's wait would not end within the run's Ory time (`waitMs`, asked for by Ory or not) */
type OryRetryStep = RetryStep & { readonly outOfTime?: { readonly waitMs: number; readonly askedByOry: boolean } };

/**
 * Timeouts, resets and refused connections, 429 and 5xx are retried; Ory's `x-ratelimit-reset` counts
 * seconds from now. The time bound is the run's: what the budget has spent, not this request alone.
 */
function decideRetry(policy: RetryPolicy, budget: TimeBudget): (error: unknown, state: RetryState) => OryRetryStep | undefined {
  return (error, state) => {
    const failure = describeHttpFailure(error);
    if (failure.status !== undefined && failure.status !== 429 && failure.status < 500) return undefined;
    const serverDelayMs = failure.status === undefined ? undefined : serverRequestedDelayMs(failure.headers, state.nowMs, 'seconds-from-now');
    const step = nextRetry(serverDelayMs, { ...state, elapsedMs: budget.spentMs() }, { ...policy, maxTotalMs: budget.totalMs }, 'Ory');
    if (step.retry || state.retriesSoFar >= policy.maxRetries) return step;
    const backoffMs = nextRetry(undefined, { ...state, elapsedMs: 0 }, { ...policy, maxTotalMs: Infinity }, 'Ory');
    const waitMs = serverDelayMs ?? (backoffMs.retry ? backoffMs.delayMs : 0);
    return { ...step, outOfTime: { waitMs, askedByOry: serverDelayMs !== undefined } };
  };
}

function describeLastFailure(error: unknown): string {
  const failure = describeHttpFailure(error);
  if (failure.status !== undefined) return `HTTP ${failure.status}`;
  return failure.code === 'ECONNABORTED' || failure.code === 'ETIMEDOUT' ? 'no answer in time' : (failure.code ?? 'network error');
}

/** The budget message: what was being done, that the run's Ory time is used up, and how to retry. */
function timeUp(
  budget: TimeBudget,
  what: string,
  requestSent: boolean,
  next?: { readonly waitMs: number; readonly askedByOry: boolean },
  last?: { readonly error: unknown; readonly attempts: number },
): OryTimeUp {
  const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))}s`;
  const tried = last ? ` after ${last.attempts} attempt${last.attempts === 1 ? '' : 's'} (last: ${describeLastFailure(last.error)})` : '';
  const left = budget.remainingMs();
  const why = left > 0 && next
    ? `the next wait (${seconds(next.waitMs)}${next.askedByOry ? ', as Ory asked' : ''}) would not end within this run's ${seconds(budget.totalMs)} budget of Ory time (${seconds(left)} left)`
    : `this run's ${seconds(budget.totalMs)} budget of Ory time is used up`;
  return new OryTimeUp(
    `Gave up on Ory while trying to ${what}${tried}: ${why} (the budget counts waiting for answers and between retries, over all the run's requests). ` +
      (requestSent ? '' : 'That request was not sent. ') +
      'Ory is slow or unavailable; run again in a few minutes (re-run the job, or the command): the next run plans against what Ory holds.',
    requestSent,
    last ? { cause: last.error } : undefined,
  );
}

function toRunFailure(error: unknown, what: string, projectId: string): Error {
  const failure = describeHttpFailure(error);
  const detail = failure.oryMessage ? `: ${failure.oryMessage}` : '';
  switch (failure.status) {
    case undefined:
      return new RunFailure(
        'ory-unavailable',
        `Could not reach Ory to ${what} (${failure.code ?? 'network error'}), after retries. Check ory-api-url and try again.`,
        { cause: error },
      );
    case 401:
      return new RunFailure('ory-auth', `Ory refused the API key (401) to ${what}${detail}. Set ory-api-key to a valid workspace API key (ory_wak_...).`);
    case 403:
      return new RunFailure(
        'ory-auth',
        `Ory denied access (403) to ${what}${detail}. Use a workspace API key (ory_wak_...) of the workspace that owns project ${projectId}; project API keys (ory_pat_...) cannot change project config.`,
      );
    case 404:
      return new RunFailure('ory-auth', `Project ${projectId} was not found (404)${detail}. Check the project_id, and that the workspace API key belongs to its workspace.`);
    case 429:
      return new RunFailure('ory-unavailable', `Ory kept rate-limiting requests (429) to ${what}, after retries. Try again later.`);
    default:
      if (failure.status >= 500) {
        return new RunFailure('ory-unavailable', `Ory answered ${failure.status} to ${what}${detail}, after retries. Try again later.`);
      }
      return new RunFailure('apply-failed', `Ory answered ${failure.status} to ${what}${detail}.`);
  }
}

export function createOryProjects(options: OryClientOptions): OryProjects {
  const api = new ProjectApi(
    new Configuration({
      basePath: options.apiUrl.replace(/\/+$/, ''),
      accessToken: options.apiKey,
    }),
  );
  const policy = options.retry ?? ORY_RETRY_POLICY;
  const timeoutMs = options.timeoutMs ?? ORY_REQUEST_TIMEOUT_MS;
  const clock: RetryClock = { ...REAL_CLOCK, ...(options.sleep ? { sleep: options.sleep } : {}), ...(options.now ? { now: options.now } : {}) };
  // one client per run (the action's, the CLI's), so this is the run's budget
  const budget = createTimeBudget(policy.maxTotalMs, clock);
  const decide = decideRetry(policy, budget);
  // every wait between attempts is counted; decide only retries when the wait fits in what is left
  const retryClock: RetryClock = { ...clock, sleep: async (ms) => void (await budget.wait(ms)) };

  /**
   * One request with its retries, every attempt counted in the budget and cut off when the budget
   * ends. Throws OryTimeUp when the budget ran out, else the last error as it came.
   */
  async function request<T>(what: string, send: (timeout: number, attempt: number) => Promise<T>): Promise<T> {
    if (budget.remainingMs() <= 0) throw timeUp(budget, what, false);
    let gaveUp: { error: unknown; attempts: number; step: OryRetryStep | undefined } | undefined;
    try {
      return await withRetries(
        (attempt) => budget.spend(() => send(Math.max(1, Math.min(timeoutMs, budget.remainingMs())), attempt)),
        decide,
        retryClock,
        {
          onRetry: (error, step, retry) => options.onRetry?.(`Ory: ${what} failed (${describeLastFailure(error)}); retry ${retry} in ${Math.round(step.delayMs)} ms`),
          onGiveUp: (error, attempts, step) => void (gaveUp = { error, attempts, step }),
        },
      );
    } catch (error) {
      const step = gaveUp?.step;
      if (gaveUp && step?.outOfTime) throw timeUp(budget, what, true, step.outOfTime, { error, attempts: gaveUp.attempts });
      throw error;
    }
  }

  return {
    async getProject(projectId) {
      const what = `read project ${projectId}`;
      try {
        return (await request(what, (timeout) => api.getProject({ projectId }, { timeout }))).data;
      } catch (error) {
        throw error instanceof OryTimeUp ? error : toRunFailure(error, what, projectId);
      }
    },
    async patchProject(projectId, revisionId, operations) {
      const what = `update project ${projectId}`;
      let attempts = 0;
      try {
        // Retrying a patch is safe: it names the revision it was made for, so a write that did land
        // makes the retry answer 409 instead of writing twice.
        const response = await request(what, (timeout, attempt) => {
          attempts = attempt;
          return api.patchProjectWithRevision({ projectId, revisionId, jsonPatch: [...operations] }, { timeout });
        });
        return { project: response.data.project, warnings: response.data.warnings ?? [] };
      } catch (error) {
        if (error instanceof OryTimeUp) throw error;
        const failure = describeHttpFailure(error);
        if (failure.status === 409) throw new RevisionConflict(projectId, { afterLostAnswer: attempts > 1 });
        if (failure.status === 400) throw new PatchRejected(projectId, failure.oryMessage ?? 'Bad Request');
        throw toRunFailure(error, what, projectId);
      }
    },
    async pause(ms, what) {
      if (!(await budget.wait(ms))) throw timeUp(budget, what, false, { waitMs: ms, askedByOry: false });
    },
  };
}
