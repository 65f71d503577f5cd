/**
 * Which plan a push may apply: the one approved in the merged pull request's comment (SPEC section 4).
 * A push applies only what its pull request showed; a plan that changed since is refused, and says how.
 */
import type { GitHubApi } from '../github/client.ts';
import { findMergedPullRequest } from '../github/merged-pull.ts';
import type { PlanComment } from '../github/plan-comment.ts';
import { commentThread, type CommentThread, type ThreadReport, type ThreadRun } from './comment-thread.ts';

export interface ApprovedPlan {
  /** the merged pull request's thread, where the apply's status is recorded */
  readonly thread: CommentThread;
  /** its plan comment for this manifest; undefined when it has none */
  readonly comment?: PlanComment;
}

/** The pull request merged as commit `sha`, and its plan comment for `manifest` and the target `environment`; undefined when no merged pull request has the commit. */
export async function findApprovedPlan(
  github: GitHubApi,
  at: { readonly owner: string; readonly repo: string; readonly sha: string; readonly manifest: string; readonly environment: string; readonly namedByEnvironmentInput: boolean },
  run: ThreadRun,
  report: ThreadReport,
): Promise<ApprovedPlan | undefined> {
  const pull = await findMergedPullRequest(github, at.owner, at.repo, at.sha);
  if (!pull) return undefined;
  const thread = commentThread(github, { owner: at.owner, repo: at.repo, issueNumber: pull.number, manifest: at.manifest, environment: at.environment, namedByEnvironmentInput: at.namedByEnvironmentInput }, run, report);
  const comment = await thread.find();
  return { thread, ...(comment ? { comment } : {}) };
}
