/**
 * A pull request's plan thread: the one comment of ours per manifest and target on it, found by its hidden marker,
 * that shows the latest plan and whose status line moves from planned to applying to applied (or failed).
 *
 * - An applied comment is a record of what was applied: a newer plan gets a comment of its own.
 * - The marker's fingerprint is the plan reviewers saw. Only a new plan replaces it; a failure (on the
 *   pull request or at merge) changes the status and says why, and a plan that no longer stands is
 *   folded away under a line saying so (SPEC section 4, "Approval").
 * - A merge that fails to apply adds a new comment: people are notified of new comments, not of edits.
 * - A token that may not comment (a fork's read-only token) leaves the plan in the job summary and the
 *   outputs, with a warning naming the permission: never a failed run.
 *
 * The GitHub edge (github/plan-comment.ts) finds and writes comments; this room decides what they say.
 */
import type { GitHubApi } from '../github/client.ts';
import type { GitHubContext } from '../github/context.ts';
import { isGitHubPermissionError } from '../github/errors.ts';
import { findPlanComment, upsertPlanComment, type PlanComment, type PlanCommentTarget } from '../github/plan-comment.ts';
import type { CommentStatusLine } from '../model/comment.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { FailureReason } from '../model/failure.ts';
import type { PlanTarget } from '../model/lifecycle.ts';
import { failedMarker, formatMarker, planMarker, type CommentMarker, type CommentStatus, type ProjectOutcomeKind } from '../model/marker.ts';
import type { Plan } from '../model/plan.ts';
import {
  manifestErrorsHeadline,
  renderApplyFailureNotice,
  renderApplyRecoveredNotice,
  renderComment,
  renderManifestErrorList,
  renderNotCurrentComment,
  replaceStatusLine,
  statusLineMarkdown,
  type ApplyFailureNoticeInput,
  type SourceLinks,
} from '../render/index.ts';

/** Where the thread tells what it did; `commentUrl` is called each time the comment is written. */
export interface ThreadReport {
  readonly info: (message: string) => void;
  readonly warning: (message: string) => void;
  readonly commentUrl: (url: string) => void;
}

/** The run that writes to a thread: the commit it planned, and the workflow run its status line links. */
export interface ThreadRun {
  readonly headSha: string;
  /** `https://github.com/owner/repo`: locations in the plan link to their lines at `headSha` */
  readonly repoUrl?: string;
  readonly runId?: string;
  readonly runUrl?: string;
  readonly runNumber?: string;
  /** the workflow's name, for the ways out a failure notice names */
  readonly workflow?: string;
}

/** One thread: a manifest's comment, for one target, on one pull request (or issue) of one repository. */
export type ThreadPlace = Omit<PlanCommentTarget, 'ownLogin'>;

/** Why the plan a comment shows no longer stands. */
export interface NotCurrentNotice {
  readonly status: Extract<CommentStatus, 'failed' | 'stale'>;
  readonly failureReason?: FailureReason;
  /** one sentence (markdown) */
  readonly headline: string;
  /** markdown: the error, or the manifest's errors */
  readonly details?: string;
}

/** What a merge's failure notice says, besides what the thread knows itself. */
export type ApplyFailure = Omit<ApplyFailureNoticeInput, 'target' | 'pull' | 'approvedCommentUrl' | 'approvedSummary' | 'run'>;

export interface CommentThread {
  readonly place: ThreadPlace;
  /** Looks for our comment once `when` settles, so the lookup can overlap other work; a failed early lookup is tried again at the write. */
  prefetch(when: PromiseLike<unknown>): void;
  /** Our comment for this manifest; null when there is none. Found once, then kept (and kept up to date by the writes). */
  find(): Promise<PlanComment | null>;
  /**
   * A new plan: edits our comment, or (none yet, or the last one is an applied record) starts one.
   * `fullPlanLocation` (markdown) names where a cut comment sends readers, when not the job summary.
   */
  publishPlan(plan: Plan, status: CommentStatusLine, fullPlanLocation?: string): Promise<void>;
  /**
   * The approved plan, further on (applying, applied, failed): the status line and the marker's status
   * change, the plan shown and its fingerprint stay. `projectOutcomes`: what the merge did per project.
   */
  setStatus(status: CommentStatusLine, projectOutcomes?: Readonly<Record<string, ProjectOutcomeKind>>): Promise<void>;
  /** The manifest does not load: the comment says so, instead of going on showing a plan that no longer stands. */
  publishManifestErrors(diagnostics: readonly Diagnostic[]): Promise<void>;
  /** The plan shown no longer stands (a failed plan, a stale one): a line at the top, the old plan folded, the approval kept. */
  markNotCurrent(notice: NotCurrentNotice): Promise<void>;
  /** A re-plan after a merge found the same plan: the comment says it is still current, and against what. */
  confirmCurrent(checkedSha: string, mergedPull: number): Promise<void>;
  /** A merge whose apply failed: a new comment saying what failed and the ways out. */
  notifyApplyFailure(failure: ApplyFailure): Promise<void>;
  /**
   * The approved plan is now wholly applied: when an earlier merge run of it had failed in a project, a
   * new comment says it is over (those told of the failure are told of the end). Call before setStatus.
   */
  notifyRecovered(outcomes: ApplyFailure['outcomes']): Promise<void>;
}

/** The run as a thread links it: the pull request's head (or the pushed commit) and the workflow run. */
export function threadRunOf(context: GitHubContext): ThreadRun {
  return {
    headSha: context.pullRequest?.headSha ?? context.sha,
    ...(context.repo.owner ? { repoUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}` } : {}),
    ...(context.runId ? { runId: context.runId, runUrl: context.runUrl, runNumber: context.runNumber } : {}),
    ...(context.workflow ? { workflow: context.workflow } : {}),
  };
}

/** Where the plan's locations link to: their lines at the planned commit (none without a repository). */
export function sourceLinksOf(run: ThreadRun): SourceLinks | undefined {
  return run.repoUrl && run.headSha ? { repoUrl: run.repoUrl, sha: run.headSha } : undefined;
}

/** A status line for the comment and the job summary, linking the run when there is one. */
export function statusLine(run: ThreadRun, status: CommentStatus, extra: Partial<Omit<CommentStatusLine, 'status'>> = {}): CommentStatusLine {
  return { status, ...(run.runId ? { runUrl: run.runUrl, runNumber: run.runNumber } : {}), ...extra };
}

export function commentThread(github: GitHubApi, place: ThreadPlace, run: ThreadRun, report: ThreadReport): CommentThread {
  const markerRun = { ...(run.runId ? { runId: run.runId, ...(run.runUrl !== undefined ? { runUrl: run.runUrl } : {}) } : {}) };
  const fullPlanLocation = run.runId ? `the [job summary of run #${run.runNumber}](${run.runUrl})` : 'the job summary';

  let known: Promise<PlanComment | null> | undefined;
  let prefetched: Promise<PlanComment | null | undefined> | undefined;

  const lookUp = async (): Promise<PlanComment | null> => {
    // Who we are and the first page of comments are asked for at once: one round trip, not two.
    const ownLogin = github.authenticatedLogin().then((login) => login ?? '');
    return (await findPlanComment(github, { ...place, ownLogin })) ?? null;
  };
  const find = (): Promise<PlanComment | null> => {
    const lookup = (known ??= lookUp());
    // A failed lookup is not kept: the next call asks again.
    lookup.catch(() => {
      if (known === lookup) known = undefined;
    });
    return lookup;
  };

  /** Writes `body` over `existing` (or as a new comment) and keeps what it wrote as the thread's comment. */
  const write = async (body: string, marker: CommentMarker, existing: PlanComment | null): Promise<{ url: string; created: boolean }> => {
    const result = await upsertPlanComment(github, { ...place, ownLogin: '', body, existing });
    known = Promise.resolve({ id: result.id, html_url: result.url, body, marker, created_at: existing?.created_at ?? '' });
    report.commentUrl(result.url);
    return result;
  };

  const writePlan = async (plan: Plan, status: CommentStatusLine, existing: PlanComment | null, fullPlanAt = fullPlanLocation): Promise<void> => {
    const marker = planMarker(plan, { headSha: run.headSha, status: status.status, ...(status.failureReason ? { failureReason: status.failureReason } : {}), run: markerRun });
    const { body, truncated } = renderComment(plan, { marker, status, fullPlanLocation: fullPlanAt, links: sourceLinksOf(run) });
    if (truncated) report.info(`The plan is longer than a comment allows; the comment is cut and links ${fullPlanAt === fullPlanLocation ? 'the job summary' : 'the full plan'}.`);
    const result = await write(body, marker, existing);
    report.info(`${result.created ? 'Created' : 'Updated'} the plan comment: ${result.url}`);
  };

  const target: PlanTarget = { manifest: place.manifest, environment: place.environment };
  const runFields = (): Partial<CommentMarker> => (run.runId ? { run_id: run.runId, ...(run.runUrl !== undefined ? { run_url: run.runUrl } : {}) } : {});

  /** The marker of an existing comment moved on to a new status; its approval (fingerprints) unchanged. */
  const movedOn = (marker: CommentMarker, status: CommentStatusLine, extra: Partial<CommentMarker> = {}): CommentMarker => {
    const { failure_reason: _old, ...rest } = marker;
    return { ...rest, status: status.status, ...(status.failureReason ? { failure_reason: status.failureReason } : {}), ...extra };
  };

  const markNotCurrent = async (notice: NotCurrentNotice): Promise<void> => {
    const found = await find();
    // An applied comment is a record; a comment of ours that never held an approval stays without one.
    const existing = found && found.marker.status !== 'applied' ? found : null;
    const status = statusLine(run, notice.status, notice.failureReason ? { failureReason: notice.failureReason } : {});
    const marker = existing
      ? movedOn(existing.marker, status, runFields())
      : { ...failedMarker(place.manifest, place.environment, { headSha: run.headSha, failureReason: notice.failureReason ?? 'stale', run: markerRun }), status: notice.status };
    const body = renderNotCurrentComment({
      marker,
      target,
      status,
      headline: notice.headline,
      ...(notice.details ? { details: notice.details } : {}),
      ...(existing ? { previousBody: existing.body } : {}),
    });
    const result = await write(body, marker, existing);
    report.info(`Marked the plan comment as not current (${notice.status}): ${result.url}`);
  };

  /** A comment that cannot be written never fails the run: the plan is in the job summary and the outputs. */
  const orWarn = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      if (isGitHubPermissionError(error)) {
        report.warning(`${error.message} The plan is in the job summary and the outputs.`);
        return;
      }
      report.warning(`Could not write the plan comment (${messageOf(error)}). The plan is in the job summary and the outputs.`);
    }
  };

  return {
    place,
    prefetch(when) {
      prefetched = Promise.resolve(when)
        .then(() => find())
        .catch(() => undefined);
    },
    find,
    publishPlan: (plan, status, fullPlanAt) =>
      orWarn(async () => {
        const early = prefetched === undefined ? undefined : await prefetched;
        const existing = early === undefined ? await find() : early;
        // An applied comment is a record of what was applied: a newer plan gets a comment of its own.
        await writePlan(plan, status, existing?.marker.status === 'applied' ? null : existing, fullPlanAt);
      }),
    setStatus: (status, projectOutcomes) =>
      orWarn(async () => {
        const existing = await find();
        if (!existing) return;
        const outcomes = projectOutcomes ? { project_outcomes: mergeOutcomes(existing.marker.project_outcomes, projectOutcomes) } : {};
        const marker = movedOn(existing.marker, status, { ...runFields(), ...outcomes });
        // A comment from before status lines could be found gets its new status right under the marker.
        const body =
          replaceStatusLine(existing.body, marker, status) ??
          `${formatMarker(marker)}\n\n${statusLineMarkdown(status, marker.head_sha)}\n\n${existing.body.split('\n').slice(1).join('\n')}`;
        await write(body, marker, existing);
      }),
    async publishManifestErrors(diagnostics) {
      try {
        await markNotCurrent({
          status: 'failed',
          failureReason: 'invalid-manifest',
          headline: manifestErrorsHeadline(diagnostics),
          details: renderManifestErrorList(diagnostics, sourceLinksOf(run)),
        });
      } catch (error) {
        report.warning(`Could not write the manifest errors to the pull request (${messageOf(error)}); they are in the annotations and the job summary.`);
      }
    },
    markNotCurrent: (notice) => orWarn(() => markNotCurrent(notice)),
    confirmCurrent: (checkedSha, mergedPull) =>
      orWarn(async () => {
        const existing = await find();
        if (!existing) return;
        const planned = existing.marker.run_url ? { runUrl: existing.marker.run_url } : {};
        const status: CommentStatusLine = {
          status: 'planned',
          ...planned,
          detail: `Still current after #${mergedPull} merged: planned again against ${checkedSha.slice(0, 7)}${run.runNumber ? ` in run #${run.runNumber}` : ''} with the same result.`,
        };
        const marker = { ...movedOn(existing.marker, status), checked_sha: checkedSha };
        const body = replaceStatusLine(existing.body, marker, status);
        if (body) await write(body, marker, existing);
      }),
    notifyRecovered: (outcomes) =>
      orWarn(async () => {
        const existing = await find();
        const before = existing?.marker.project_outcomes;
        if (!before || !Object.values(before).includes('failed')) return;
        const body = renderApplyRecoveredNotice({
          target,
          pull: place.issueNumber,
          outcomes,
          run: { ...(run.runNumber ? { number: run.runNumber } : {}), ...(run.runUrl ? { url: run.runUrl } : {}) },
        });
        const created = await github.createIssueComment(place.owner, place.repo, place.issueNumber, body);
        report.info(`Told pull request #${place.issueNumber} that its apply is complete: ${created.html_url}`);
      }),
    notifyApplyFailure: (failure) =>
      orWarn(async () => {
        const existing = await find();
        const body = renderApplyFailureNotice({
          ...failure,
          target,
          pull: place.issueNumber,
          ...(existing ? { approvedCommentUrl: existing.html_url } : {}),
          ...(existing?.marker.summary ? { approvedSummary: existing.marker.summary } : {}),
          run: { ...(run.runNumber ? { number: run.runNumber } : {}), ...(run.runUrl ? { url: run.runUrl } : {}), ...(run.workflow ? { workflow: run.workflow } : {}) },
        });
        const created = await github.createIssueComment(place.owner, place.repo, place.issueNumber, body);
        report.info(`Told pull request #${place.issueNumber} that its apply failed: ${created.html_url}`);
      }),
  };
}

/** What merge runs did per project, over time: a project once applied stays applied (its approval is spent). */
function mergeOutcomes(
  before: Readonly<Record<string, ProjectOutcomeKind>> | undefined,
  now: Readonly<Record<string, ProjectOutcomeKind>>,
): Record<string, ProjectOutcomeKind> {
  const merged: Record<string, ProjectOutcomeKind> = { ...before };
  for (const [projectId, outcome] of Object.entries(now)) if (merged[projectId] !== 'applied') merged[projectId] = outcome;
  return merged;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
