/**
 * A pull request's plan thread: the one comment of ours per manifest and target on it, found by its hidden marker,
 * that shows the latest plan and whose status line moves from planned to applying to applied (or failed).
 *
 * - An applied comment is a record of what was applied: a newer plan gets a comment of its own.
 * - A token that may not comment (a fork's read-only token) leaves the plan in the job summary and the
 *   outputs, with a warning naming the permission: never a failed run.
 *
 * The GitHub edge (github/plan-comment.ts) finds and writes comments; this room decides what they say.
 */
import type { GitHubApi } from '../github/client.ts';
import type { GitHubContext } from '../github/context.ts';
import { isGitHubPermissionError } from '../github/errors.ts';
import { findPlanComment, upsertPlanComment, type PlanComment } from '../github/plan-comment.ts';
import type { CommentStatusLine } from '../model/comment.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { failedMarker, planMarker, type CommentMarker, type CommentStatus } from '../model/marker.ts';
import type { Plan } from '../model/plan.ts';
import { renderComment, renderManifestErrorsComment, type SourceLinks } from '../render/index.ts';

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
}

/** One thread: a manifest's comment on one pull request (or issue) of one repository. */
export interface ThreadPlace {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** the manifest path, as the marker holds it */
  readonly manifest: string;
  /** the target (targetName), as the marker's `environment` holds it: each target has a thread of its own */
  readonly environment: string;
  /** true when the `environment` input named the target (see isForTarget) */
  readonly namedByEnvironmentInput?: boolean;
}

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
  /** The same plan, further on (applying, applied, failed): edits the plan's comment in place. */
  setStatus(plan: Plan, status: CommentStatusLine): Promise<void>;
  /** The manifest does not load: the comment says so, instead of going on showing a plan that no longer stands. */
  publishManifestErrors(diagnostics: readonly Diagnostic[]): Promise<void>;
}

/** The run as a thread links it: the pull request's head (or the pushed commit) and the workflow run. */
export function threadRunOf(context: GitHubContext): ThreadRun {
  return {
    headSha: context.pullRequest?.headSha ?? context.sha,
    ...(context.repo.owner ? { repoUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}` } : {}),
    ...(context.runId ? { runId: context.runId, runUrl: context.runUrl, runNumber: context.runNumber } : {}),
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
    setStatus: (plan, status) => orWarn(async () => writePlan(plan, status, await find())),
    async publishManifestErrors(diagnostics) {
      try {
        const existing = await find();
        const marker = failedMarker(place.manifest, place.environment, { headSha: run.headSha, failureReason: 'invalid-manifest', run: markerRun });
        const body = renderManifestErrorsComment(marker, statusLine(run, 'failed', { failureReason: 'invalid-manifest' }), diagnostics, sourceLinksOf(run));
        await write(body, marker, existing?.marker.status === 'applied' ? null : existing);
      } catch (error) {
        report.warning(`Could not write the manifest errors to the pull request (${messageOf(error)}); they are in the annotations and the job summary.`);
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
