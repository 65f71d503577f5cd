/**
 * A GitHubApi whose client is built on first use. Loading the GitHub client (Octokit and undici)
 * costs a run about a sixth of a second; runs that never call GitHub (a dispatch apply, a drift
 * check) should not pay it.
 */
import type { GitHubApi } from './client.ts';

export function lazyGitHubApi(create: () => Promise<GitHubApi>): GitHubApi {
  let client: Promise<GitHubApi> | undefined;
  const api = () => (client ??= create());
  return {
    authenticatedLogin: async () => (await api()).authenticatedLogin(),
    async *listIssueComments(owner, repo, issueNumber) {
      yield* (await api()).listIssueComments(owner, repo, issueNumber);
    },
    createIssueComment: async (owner, repo, issueNumber, body) => (await api()).createIssueComment(owner, repo, issueNumber, body),
    updateIssueComment: async (owner, repo, commentId, body) => (await api()).updateIssueComment(owner, repo, commentId, body),
    pullsForCommit: async (owner, repo, sha) => (await api()).pullsForCommit(owner, repo, sha),
    fileAtRef: async (owner, repo, path, ref) => (await api()).fileAtRef(owner, repo, path, ref),
  };
}
