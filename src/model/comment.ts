/** The plan comment on a pull request: where it stands, how long it may be, and how two plans of it differ. */
import type { CommentMarker, CommentStatus } from './marker.ts';
import type { Plan, PlanSummary } from './plan.ts';

/** GitHub refuses comment bodies longer than this (characters, as JavaScript counts them). */
export const COMMENT_MAX_LENGTH = 65_536;

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

/** The approved plan (as its comment's marker recorded it) against the plan made now, change by change. */
export function planDifference(approved: CommentMarker, plan: Plan): PlanDifference {
  const sides = {
    approved: { fingerprint: approved.fingerprint, ...(approved.summary ? { summary: approved.summary } : {}) },
    current: { fingerprint: plan.fingerprint, summary: plan.summary },
  };
  const before = approved.changes;
  if (!before) return { ...sides, added: [], removed: [], changed: [], detailed: false };
  const current = plan.changeDigests;
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(current)])].sort()) {
    if (!(key in before)) added.push(key);
    else if (!(key in current)) removed.push(key);
    else if (before[key] !== current[key]) changed.push(key);
  }
  return { ...sides, added, removed, changed, detailed: true };
}
