/**
 * Which pull request a push to the base branch merged. GitHub sets a merged PR's `merge_commit_sha` to the
 * merge commit, the squash commit, or (rebase merge) the last rebased commit: the sha that was pushed.
 */
import type { GitHubApi, PullRequestInfo } from './client.ts';

export async function findMergedPullRequest(
  api: GitHubApi,
  owner: string,
  repo: string,
  sha: string,
): Promise<PullRequestInfo | undefined> {
  return pickMergedPullRequest(await api.pullsForCommit(owner, repo, sha), sha);
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
