/**
 * The last line of defence at the edge: every text the action writes (log, annotations, outputs,
 * summary, plan file, comments, artifacts) has each value registered with setSecret replaced, in clear and
 * JSON-escaped, as the runner does for its log alone. The core never prints secrets; this catches
 * what reaches the edge from elsewhere, such as an Ory error naming a project whose id is secret.
 */
import type { GitHubApi } from '../github/client.ts';
import { maskKnownSecrets } from '../planner/secrets.ts';
import type { ActionRuntime } from './runtime.ts';

/**
 * Shorter values are left to the runner's log mask: replacing them in a comment could corrupt its
 * marker (a secret `planned`), and the core never prints a secret of any length.
 */
const GUARDED_LENGTH = 8;

/** Outputs of fixed shape (booleans, counts, fingerprints) hold no secret and must stay parseable. */
const FIXED_OUTPUT = /^(true|false|\d+|sha256:[0-9a-f]+)?$/;

export function guardSecrets(rt: ActionRuntime): ActionRuntime {
  const secrets: string[] = [];
  const scrub = (text: string): string => (secrets.length === 0 ? text : maskKnownSecrets(text, secrets));
  return {
    ...rt,
    setSecret: (value) => {
      if (value.length >= GUARDED_LENGTH && !secrets.includes(value)) secrets.push(value);
      rt.setSecret(value);
    },
    setOutput: (name, value) => rt.setOutput(name, FIXED_OUTPUT.test(value) ? value : scrub(value)),
    setFailed: (message) => rt.setFailed(scrub(message)),
    info: (message) => rt.info(scrub(message)),
    warning: (message, location) => rt.warning(scrub(message), location),
    error: (message, location) => rt.error(scrub(message), location),
    appendSummary: (markdown) => rt.appendSummary(scrub(markdown)),
    writePlanFile: (name, content) => rt.writePlanFile(name, scrub(content)),
    createGitHub: (options) => guardComments(rt.createGitHub(options), scrub),
    uploadArtifact: (artifact) => rt.uploadArtifact({ ...artifact, files: Object.fromEntries(Object.entries(artifact.files).map(([name, text]) => [name, scrub(text)])) }),
  };
}

/** Every text the action writes to GitHub: comments, commit status descriptions, issues. */
function guardComments(api: GitHubApi, scrub: (text: string) => string): GitHubApi {
  return {
    ...api,
    createIssueComment: (owner, repo, issueNumber, body, on) => api.createIssueComment(owner, repo, issueNumber, scrub(body), on),
    updateIssueComment: (owner, repo, commentId, body) => api.updateIssueComment(owner, repo, commentId, scrub(body)),
    setCommitStatus: (owner, repo, sha, status) => api.setCommitStatus(owner, repo, sha, { ...status, description: scrub(status.description) }),
    createIssue: (owner, repo, issue) => api.createIssue(owner, repo, { ...issue, title: scrub(issue.title), body: scrub(issue.body) }),
    updateIssue: (owner, repo, issueNumber, edit) =>
      api.updateIssue(owner, repo, issueNumber, {
        ...edit,
        ...(edit.title !== undefined ? { title: scrub(edit.title) } : {}),
        ...(edit.body !== undefined ? { body: scrub(edit.body) } : {}),
      }),
  };
}
