import type { PlanSummary } from './plan.ts';

/** Where a plan comment stands; the status line moves from planned to applied (or failed). */
export type CommentStatus = 'planned' | 'applying' | 'applied' | 'failed';

/** The marker's identifying text: `<!-- ory-actions-gitops {json} -->` starts every comment of ours. */
export const COMMENT_MARKER_PREFIX = '<!-- ory-actions-gitops ';

/** The JSON inside the hidden marker. Only comments written by the token's own user count. */
export interface CommentMarker {
  readonly manifest: string;
  /**
   * the target (SPEC section 1: the environment input, else the project-id input); '' for the manifest
   * itself. Absent in comments written before targets existed: those belong to the '' target.
   */
  readonly environment?: string;
  readonly fingerprint: string;
  /** project id to the revision the plan was made against */
  readonly projects: Readonly<Record<string, string>>;
  readonly head_sha: string;
  readonly status: CommentStatus;
  readonly summary?: PlanSummary;
  readonly run_id?: string;
  readonly run_url?: string;
  readonly failure_reason?: string;
  /** change key -> short digest, when the plan is small enough to carry it (for plan-changed diffs) */
  readonly changes?: Readonly<Record<string, string>>;
}

/** What the status line of a comment says, besides the plan itself. */
export interface CommentStatusLine {
  readonly status: CommentStatus;
  readonly runUrl?: string;
  readonly runNumber?: string;
  readonly failureReason?: string;
  readonly detail?: string;
}

/** How an approved plan and the current plan differ (for `plan-changed`). */
export interface PlanDifference {
  readonly approved: { readonly fingerprint: string; readonly summary?: PlanSummary };
  readonly current: { readonly fingerprint: string; readonly summary: PlanSummary };
  /** change keys only in the current plan / only in the approved plan / in both with different content */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  /** false when the approved comment did not carry per-change digests (very large plans) */
  readonly detailed: boolean;
}
