/**
 * What a merge may write (SPEC section 4, "Approval"). The approval is the plan reviewers saw: per
 * project, the fingerprint of its changes. A merge run writes only when, for every project, what is
 * left to write is exactly what was approved for that project, or nothing; so re-running a merge that
 * applied some projects finishes the others, and nothing unreviewed is written. A project applied
 * under an approval has spent it; a comment whose status is `applied` has spent all of it.
 */
import type { CommentMarker, ProjectOutcomeKind } from '../model/marker.ts';
import type { Plan } from '../model/plan.ts';

/** The approval a plan comment carries (its marker), as the decision needs it. */
export interface Approval {
  /** the whole plan's fingerprint, as reviewed */
  readonly fingerprint: string;
  /** per project with changes, its fingerprint as reviewed; absent in comments written before it existed */
  readonly projectFingerprints?: Readonly<Record<string, string>>;
  /** the comment's status: `applied` means every write it approved was made */
  readonly status: string;
  /** per project, what earlier merge runs under this approval did */
  readonly projectOutcomes?: Readonly<Record<string, ProjectOutcomeKind>>;
}

/** The approval of a plan comment's marker. */
export function approvalOf(marker: CommentMarker): Approval {
  return {
    fingerprint: marker.fingerprint,
    status: marker.status,
    ...(marker.project_fingerprints ? { projectFingerprints: marker.project_fingerprints } : {}),
    ...(marker.project_outcomes ? { projectOutcomes: marker.project_outcomes } : {}),
  };
}

export type ProjectVerdict =
  /** what is left to write is what was approved: write it */
  | { readonly projectId: string; readonly verdict: 'apply'; readonly fingerprint: string }
  /** nothing is left to write (never changed, or already applied) */
  | { readonly projectId: string; readonly verdict: 'nothing-left' }
  /** there is something to write, but this project's approval was already used */
  | { readonly projectId: string; readonly verdict: 'spent'; readonly fingerprint: string }
  /** what is left to write is not what was approved */
  | { readonly projectId: string; readonly verdict: 'differs'; readonly fingerprint: string; readonly approved?: string };

export interface ApprovalDecision {
  /** true when every project may go ahead (apply or nothing-left) */
  readonly approved: boolean;
  readonly projects: readonly ProjectVerdict[];
  /** the failure when not approved: a changed plan, or a spent approval with nothing else wrong */
  readonly failure?: 'plan-changed' | 'no-approved-plan';
}

/** Decides, per project of the current plan, whether the approval covers what is left to write. */
export function decideApproval(approval: Approval, plan: Plan): ApprovalDecision {
  const allSpent = approval.status === 'applied';
  const projects = plan.projects.map((project): ProjectVerdict => {
    const projectId = project.projectId;
    const fingerprint = plan.projectFingerprints[projectId];
    if (fingerprint === undefined) return { projectId, verdict: 'nothing-left' };
    if (allSpent || approval.projectOutcomes?.[projectId] === 'applied') return { projectId, verdict: 'spent', fingerprint };
    const approved = approvedFingerprintOf(approval, plan, projectId);
    if (approved === fingerprint) return { projectId, verdict: 'apply', fingerprint };
    return { projectId, verdict: 'differs', fingerprint, ...(approved !== undefined ? { approved } : {}) };
  });
  const differs = projects.some((p) => p.verdict === 'differs');
  const spent = projects.some((p) => p.verdict === 'spent');
  if (!differs && !spent) return { approved: true, projects };
  return { approved: false, projects, failure: differs ? 'plan-changed' : 'no-approved-plan' };
}

function approvedFingerprintOf(approval: Approval, plan: Plan, projectId: string): string | undefined {
  if (approval.projectFingerprints) return approval.projectFingerprints[projectId];
  // A comment from before per-project fingerprints approves only the whole plan, never a part of it.
  return approval.fingerprint === plan.fingerprint ? plan.projectFingerprints[projectId] : undefined;
}
