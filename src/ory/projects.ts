/**
 * What the core needs from Ory (the port the HTTP client in `client.ts` implements; tests pass
 * their own), and the two answers of a write the core acts on.
 */
import type { JsonPatch } from '@ory/client';
import { RunFailure } from '../model/failure.ts';

export interface OryWarning {
  readonly code?: number;
  readonly message?: string;
}

export interface PatchResult {
  readonly project: unknown;
  readonly warnings: readonly OryWarning[];
}

export interface OryProjects {
  getProject(projectId: string): Promise<unknown>;
  /** Throws RevisionConflict on 409, PatchRejected on 400. */
  patchProject(projectId: string, revisionId: string, operations: readonly JsonPatch[]): Promise<PatchResult>;
  /**
   * Waits before asking Ory again (a read that lags behind a write): the wait counts in the run's Ory
   * time like the requests do. Throws OryTimeUp, without waiting, when it would end past it.
   * `what` says what the wait is for, e.g. "read project p1 again".
   */
  pause(ms: number, what: string): Promise<void>;
}

/**
 * The run's Ory time (SPEC section 3) is used up: `ory-unavailable`. `requestSent` is false when the
 * request it stopped was never sent (so a write it stopped did not land).
 */
export class OryTimeUp extends RunFailure {
  readonly requestSent: boolean;
  constructor(message: string, requestSent: boolean, options?: { cause?: unknown }) {
    super('ory-unavailable', message, options);
    this.name = 'OryTimeUp';
    this.requestSent = requestSent;
  }
}

/**
 * The revision was no longer current (409): someone else wrote in between, or an earlier attempt
 * of this same write landed and only its answer was lost (`afterLostAnswer`: the 409 answered a
 * retry whose first attempt got no answer).
 */
export class RevisionConflict extends Error {
  readonly afterLostAnswer: boolean;
  constructor(projectId: string, options: { afterLostAnswer?: boolean } = {}) {
    super(`project ${projectId} changed since it was read (409 Conflict)`);
    this.name = 'RevisionConflict';
    this.afterLostAnswer = options.afterLostAnswer ?? false;
  }
}

/** Ory refused the patch (400): an operation it cannot apply, or a config it cannot validate. */
export class PatchRejected extends Error {
  constructor(readonly projectId: string, readonly oryMessage: string) {
    super(`Ory refused the change to project ${projectId}: ${oryMessage}`);
    this.name = 'PatchRejected';
  }
}
