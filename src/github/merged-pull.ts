/**
 * Which pull request a push to the base branch merged. GitHub sets a merged PR's `merge_commit_sha` to the
 * merge commit, the squash commit, or (rebase merge) the last rebased commit: the sha that was pushed.
 */
import { RunFailure } from '../model/failure.ts';
import type { GitHubApi, PullRequestInfo } from './client.ts';

/**
 * The merged pull request of `sha`, or undefined when none has it. Several merged pull requests
 * holding it, none of which it merged, cannot be told apart: that fails (`no-approved-plan`) saying so.
 */
export async function findMergedPullRequest(
  api: GitHubApi,
  owner: string,
  repo: string,
  sha: string,
): Promise<PullRequestInfo | undefined> {
  const pulls = await api.pullsForCommit(owner, repo, sha);
  const pull = pickMergedPullRequest(pulls, sha);
  const merged = pulls.filter((p) => p.merged_at !== null);
  if (!pull && merged.length > 1) {
    throw new RunFailure(
      'no-approved-plan',
      `Commit ${sha.slice(0, 7)} belongs to ${merged.length} merged pull requests (${merged.map((p) => `#${p.number}`).join(', ')}) and is the merge commit of none of them, ` +
        'so which one approved this plan cannot be told. Nothing was written. Apply by hand (workflow_dispatch) after reviewing the plan, or merge each change through its own pull request.',
    );
  }
  return pull;
}

/** Pure choice over the commit's associated pull requests. */
export function pickMergedPullRequest(pulls: readonly PullRequestInfo[], sha: string): PullRequestInfo | undefined {
  const merged = pulls.filter((pull) => pull.merged_at !== null);
  const sameSha = (pull: PullRequestInfo) => pull.merge_commit_sha?.toLowerCase() === sha.toLowerCase();
  // An open PR's merge_commit_sha is a test merge, never what was pushed: only merged ones count.
  const exact = merged.find(sameSha);
  if (exact) return exact;
  // Rebase merges push copies of the PR's commits; if the pushed sha is not the recorded one, a lone merged PR is it.
  return merged.length === 1 ? merged[0] : undefined;
}
