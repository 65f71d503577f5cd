/**
 * The commit status `ory-actions/<manifest>` (` (<environment>)` for a named target) on a pull request's
 * head (SPEC section 4): pending while a run works, success while its plan stands, failure for an invalid
 * manifest, a failed plan or a stale plan. A branch protection rule or ruleset that requires it keeps
 * unplanned and stale plans from merging. A token without `statuses: write` gets one warning, nothing else.
 */
import type { GitHubApi } from '../github/client.ts';
import { isGitHubPermissionError } from '../github/errors.ts';
import { statusContextOf, type PlanTarget, type StatusEvent } from '../model/lifecycle.ts';
import { commitStatusFor } from '../render/index.ts';

export interface CommitStatuses {
  readonly context: string;
  /** Sets the status on `sha`; never throws. Resolves when GitHub answered (or the write was skipped). */
  set(sha: string, event: StatusEvent): Promise<void>;
}

export interface CommitStatusesOptions {
  readonly owner: string;
  readonly repo: string;
  readonly target: PlanTarget;
  /** the run's page, where the status links */
  readonly targetUrl?: string;
  readonly warning: (message: string) => void;
  readonly info: (message: string) => void;
}

/** Statuses for one target; `github` undefined or `enabled` false (the `status-check` input): none are written. */
export function commitStatuses(github: GitHubApi | undefined, enabled: boolean, options: CommitStatusesOptions): CommitStatuses {
  const context = statusContextOf(options.target);
  let refused = false;
  return {
    context,
    async set(sha, event) {
      if (!github || !enabled || refused || !sha) return;
      const status = commitStatusFor(event);
      try {
        await github.setCommitStatus(options.owner, options.repo, sha, {
          state: status.state,
          context,
          description: status.description,
          ...(options.targetUrl ? { target_url: options.targetUrl } : {}),
        });
        options.info(`Commit status "${context}" on ${sha.slice(0, 7)}: ${status.state} (${status.description})`);
      } catch (error) {
        if (isGitHubPermissionError(error)) {
          // Asking again would only be refused again: one warning per run.
          refused = true;
          options.warning(`${error.message} The commit status "${context}" is not set; give the workflow \`statuses: write\`, or set \`status-check: false\`.`);
          return;
        }
        options.warning(`Could not set the commit status "${context}" on ${sha.slice(0, 7)} (${error instanceof Error ? error.message : String(error)}).`);
      }
    },
  };
}
