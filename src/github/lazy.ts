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
    createIssueComment: async (owner, repo, issueNumber, body, on) => (await api()).createIssueComment(owner, repo, issueNumber, body, on),
    updateIssueComment: async (owner, repo, commentId, body) => (await api()).updateIssueComment(owner, repo, commentId, body),
    pullsForCommit: async (owner, repo, sha) => (await api()).pullsForCommit(owner, repo, sha),
    fileAtRef: async (owner, repo, path, ref) => (await api()).fileAtRef(owner, repo, path, ref),
    async *listOpenPulls(owner, repo, base) {
      yield* (await api()).listOpenPulls(owner, repo, base);
    },
    setCommitStatus: async (owner, repo, sha, status) => (await api()).setCommitStatus(owner, repo, sha, status),
    async *listIssues(owner, repo, query) {
      yield* (await api()).listIssues(owner, repo, query);
    },
    createIssue: async (owner, repo, issue) => (await api()).createIssue(owner, repo, issue),
    updateIssue: async (owner, repo, issueNumber, edit) => (await api()).updateIssue(owner, repo, issueNumber, edit),
  };
}
