/**
 * A pull request's run, as its reviewers see it (SPEC section 4): the commit status on its head and its
 * plan comment move together. Pending while the run works; a plan that stands is `success` with the
 * summary line; a manifest that does not load or a plan that cannot be made is `failure`, and the comment
 * says the plan it shows is not current (its approval kept: only a new plan replaces it).
 */
import type { CommentStatusLine } from '../model/comment.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { RunFailure } from '../model/failure.ts';
import type { Plan } from '../model/plan.ts';
import { escapeMarkdownText } from '../render/index.ts';
import type { CommentThread } from './comment-thread.ts';
import type { CommitStatuses } from './commit-status.ts';

export interface PullRequestRun {
  /** the thread, when the run may comment */
  readonly thread: CommentThread | undefined;
  /** Marks the head commit pending; the write overlaps the run and is awaited before the next status. */
  started(): void;
  /** `fullPlanLocation`: where a cut comment sends readers (the plan's artifact), when not the job summary */
  planned(plan: Plan, status: CommentStatusLine, fullPlanLocation?: string): Promise<void>;
  manifestInvalid(diagnostics: readonly Diagnostic[]): Promise<void>;
  /** The plan could not be made (Ory down, a bad key): the comment and the status say the plan shown is not current. */
  planFailed(error: unknown): Promise<void>;
}

export function pullRequestRun(headSha: string, thread: CommentThread | undefined, statuses: CommitStatuses, mask: (text: string) => string): PullRequestRun {
  let pending: Promise<void> = Promise.resolve();
  // GitHub keeps the newest status per context: a later one is written only after the pending one landed.
  const after = async (work: () => Promise<void>) => {
    await pending;
    await work();
  };
  return {
    thread,
    started() {
      pending = statuses.set(headSha, { kind: 'planning' });
    },
    // One write after another, as GitHub asks of a client (secondary rate limits): the comment, then the status.
    planned: (plan, status, fullPlanLocation) =>
      after(async () => {
        await thread?.publishPlan(plan, status, fullPlanLocation);
        await statuses.set(headSha, { kind: 'planned', summary: plan.summary });
      }),
    manifestInvalid: (diagnostics) =>
      after(async () => {
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        await thread?.publishManifestErrors(diagnostics);
        await statuses.set(headSha, { kind: 'invalid-manifest', errors });
      }),
    planFailed: (error) =>
      after(async () => {
        const reason = error instanceof RunFailure ? error.reason : '';
        const message = mask(error instanceof Error ? error.message : String(error));
        await thread?.markNotCurrent({
          status: 'failed',
          ...(reason ? { failureReason: reason } : {}),
          headline: `This run could not make a new plan${reason ? ` (\`${reason}\`)` : ''}, so the plan below is the last one that could be made, not the current one.`,
          details: `> ${escapeMarkdownText(message)}`,
        });
        await statuses.set(headSha, { kind: 'plan-failed', reason });
      }),
  };
}
