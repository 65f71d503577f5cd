/**
 * The Ory edge: every call goes through `@ory/client`'s ProjectApi. Errors become
 * RunFailures with a reason and a message a person can act on; transient ones are retried.
 * It implements the port in `projects.ts`, which is all the core sees of Ory.
 */
import { Configuration, ProjectApi } from '@ory/client';
import { RunFailure } from '../model/failure.ts';
import { PatchRejected, RevisionConflict, type OryProjects } from './projects.ts';
// callers that build the client also name its port; it is defined once, in projects.ts
export { PatchRejected, RevisionConflict, type OryProjects, type OryWarning, type PatchResult } from './projects.ts';
import { isRecord } from '../model/records.ts';
import { REAL_CLOCK, nextRetry, serverRequestedDelayMs, withRetries, type ResponseHeaders, type RetryClock, type RetryPolicy, type RetryState, type RetryStep } from '../http/retry.ts';

export interface OryClientOptions {
  readonly apiUrl: string;
  readonly apiKey: string;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** a seam for tests: the retry waits */
  readonly sleep?: RetryClock['sleep'];
  readonly onRetry?: (message: string) => void;
}

/** Bounded retries (SPEC section 3): a run gives up on a request within a minute of Ory time. */
export const ORY_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 15_000, maxTotalMs: 60_000 };

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

/** Timeouts, resets and refused connections, 429 and 5xx are retried; Ory's `x-ratelimit-reset` counts seconds from now. */
function decideRetry(policy: RetryPolicy): (error: unknown, state: RetryState) => RetryStep | undefined {
  return (error, state) => {
    const failure = describeHttpFailure(error);
    if (failure.status === undefined) return nextRetry(undefined, state, policy, 'Ory');
    if (failure.status === 429 || failure.status >= 500) return nextRetry(serverRequestedDelayMs(failure.headers, state.nowMs, 'seconds-from-now'), state, policy, 'Ory');
    return undefined;
  };
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
      baseOptions: { timeout: options.timeoutMs ?? 30_000 },
    }),
  );
  const decide = decideRetry(options.retry ?? ORY_RETRY_POLICY);
  const clock: RetryClock = { ...REAL_CLOCK, ...(options.sleep ? { sleep: options.sleep } : {}) };
  const events = (what: string) => ({
    onRetry: (error: unknown, step: { readonly delayMs: number }, retry: number) => {
      const failure = describeHttpFailure(error);
      const why = failure.status ? `HTTP ${failure.status}` : (failure.code ?? 'network error');
      options.onRetry?.(`Ory: ${what} failed (${why}); retry ${retry} in ${Math.round(step.delayMs)} ms`);
    },
  });

  return {
    async getProject(projectId) {
      const what = `read project ${projectId}`;
      try {
        const response = await withRetries(() => api.getProject({ projectId }), decide, clock, events(what));
        return response.data;
      } catch (error) {
        throw toRunFailure(error, what, projectId);
      }
    },
    async patchProject(projectId, revisionId, operations) {
      const what = `update project ${projectId}`;
      let attempts = 0;
      try {
        // Retrying a patch is safe: it names the revision it was made for, so a write that did land
        // makes the retry answer 409 instead of writing twice.
        const response = await withRetries(
          (attempt) => {
            attempts = attempt;
            return api.patchProjectWithRevision({ projectId, revisionId, jsonPatch: [...operations] });
          },
          decide,
          clock,
          events(what),
        );
        return { project: response.data.project, warnings: response.data.warnings ?? [] };
      } catch (error) {
        const failure = describeHttpFailure(error);
        if (failure.status === 409) throw new RevisionConflict(projectId, { afterLostAnswer: attempts > 1 });
        if (failure.status === 400) throw new PatchRejected(projectId, failure.oryMessage ?? 'Bad Request');
        throw toRunFailure(error, what, projectId);
      }
    },
  };
}
