/**
 * The life of a plan on GitHub beyond its comment (SPEC section 4): the commit status that says whether
 * it stands, the notice a failed merge leaves, the issue drift opens. Data and the names users see.
 */
import { posix } from 'node:path';
import type { FailureReason } from './failure.ts';
import type { ProjectOutcomeKind } from './marker.ts';
import type { PlanSummary } from './plan.ts';

/** What a plan comment, a commit status and a drift issue belong to: one manifest in one target. */
export interface PlanTarget {
  /** the manifest path as the marker holds it */
  readonly manifest: string;
  /** the target's name (model/action.ts targetName): the `environment` input, else a given `project-id`; '' when none */
  readonly environment: string;
  /** true when the `environment` input named the target (how older comments are claimed, see isForTarget) */
  readonly namedByEnvironmentInput?: boolean;
}

export function planTargetOf(manifest: string, target: string, namedByEnvironmentInput = false): PlanTarget {
  return { manifest: normalizeManifestPath(manifest), environment: target, ...(namedByEnvironmentInput ? { namedByEnvironmentInput } : {}) };
}

/** A manifest path as a marker, a status context and an issue name it: `./ory-actions.yaml` is `ory-actions.yaml`. */
export function normalizeManifestPath(path: string): string {
  return posix.normalize(path.trim().replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
}

/** `./ory-actions.yaml` and `ory-actions.yaml` name the same manifest. */
export function sameManifestPath(a: string, b: string): boolean {
  return normalizeManifestPath(a) === normalizeManifestPath(b);
}

export function sameTarget(a: PlanTarget, b: PlanTarget): boolean {
  return sameManifestPath(a.manifest, b.manifest) && a.environment === b.environment;
}

/** `ory-actions/<manifest>`, with ` (<environment>)` for a named target: the commit status's context. */
export function statusContextOf(target: PlanTarget): string {
  return `ory-actions/${target.manifest}${target.environment ? ` (${target.environment})` : ''}`;
}

/** GitHub refuses a commit status description longer than this. */
export const MAX_STATUS_DESCRIPTION = 140;

export type CommitState = 'pending' | 'success' | 'failure';

export interface CommitStatus {
  readonly state: CommitState;
  readonly description: string;
}

/** Why a commit status says what it says. */
export type StatusEvent =
  | { readonly kind: 'planning' }
  | { readonly kind: 'planned'; readonly summary: PlanSummary }
  | { readonly kind: 'invalid-manifest'; readonly errors: number }
  | { readonly kind: 'plan-failed'; readonly reason: FailureReason | '' }
  | { readonly kind: 'stale'; readonly mergedPull: number }
  | { readonly kind: 'queue-passed'; readonly summary: PlanSummary; readonly pull: number }
  | { readonly kind: 'queue-failed'; readonly pull: number; readonly reason: FailureReason };

/** Open pull requests re-planned after one merge; the rest are marked stale (bounded GitHub and Ory cost). */
export const MAX_REPLANS_PER_RUN = 20;
/** Open pull requests looked at per merge (the most recently updated first): each costs a listing of its comments. */
export const MAX_OPEN_PULLS_SCANNED = 100;

/** The label of drift issues. */
export const DRIFT_LABEL = 'ory-actions-drift';

/** Starts a failure notice: a comment of ours that is not a plan comment. */
export const NOTICE_MARKER_PREFIX = '<!-- ory-actions-gitops-notice ';
/** Starts a drift issue's body. */
export const DRIFT_MARKER_PREFIX = '<!-- ory-actions-gitops-drift ';

/** What one project of a merge came to, for the summary, the comments and the plan JSON. */
export interface ProjectOutcome {
  readonly projectId: string;
  readonly outcome: ProjectOutcomeKind;
  /** for failed: the failure reason and what happened */
  readonly reason?: FailureReason;
  readonly message?: string;
  /** for applied: how many patch operations were written */
  readonly operations?: number;
}

/** The merge's pull request re-plans of other open pull requests came to, for the summary. */
export interface ReplanReport {
  readonly mergedPull: number;
  readonly replanned: ReadonlyArray<{ readonly pull: number; readonly result: 'unchanged' | 'changed' | 'invalid-manifest' | 'failed'; readonly detail?: string }>;
  readonly stale: readonly number[];
  /** open pull requests without a plan comment for this target */
  readonly skipped: number;
  /** more open pull requests than MAX_OPEN_PULLS_SCANNED: those past it were not looked at */
  readonly scanLimitReached?: boolean;
}
