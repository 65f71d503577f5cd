/** The clients a run talks through, built from its settings: GitHub (when there is a token), Ory, and the pull request's comment thread. */
import type { GitHubApi } from '../github/client.ts';
import { commentThread, threadRunOf, type CommentThread, type ThreadReport } from '../lifecycle/comment-thread.ts';
import { RunFailure } from '../model/failure.ts';
import type { OryProjects } from '../ory/client.ts';
import type { ActionRuntime } from './runtime.ts';
import type { RunSettings } from './settings.ts';

/** The GitHub API, when the run has a token and a repository; built on first use. */
export function connectGitHub(rt: ActionRuntime, { inputs, context }: RunSettings): GitHubApi | undefined {
  if (!inputs.githubToken || !context.repo.owner) return undefined;
  return rt.createGitHub({
    token: inputs.githubToken,
    apiUrl: context.apiUrl,
    ...(inputs.commentAuthor ? { commentAuthor: inputs.commentAuthor } : {}),
    onWarning: (message) => rt.warning(message),
    onRetry: (e) => rt.info(`GitHub: ${e.method} ${e.url} answered ${e.status}; retry ${e.retry} in ${e.delayMs} ms`),
  });
}

/** The Ory API; a run without a key stops here, after the manifest was checked. */
export function connectOry(rt: ActionRuntime, { inputs, ory }: RunSettings): OryProjects {
  if (!inputs.oryApiKey) {
    throw new RunFailure('ory-auth', 'The input `ory-api-key` is empty. Pass a workspace API key, e.g. `ory-api-key: ${{ secrets.ORY_WORKSPACE_API_KEY }}`.');
  }
  return rt.createOry({ apiUrl: inputs.oryApiUrl, apiKey: inputs.oryApiKey, ...ory, onRetry: (message) => rt.info(message) });
}

/** How a thread reports to the run: the log, and the `comment-url` output. */
export function threadReport(rt: ActionRuntime): ThreadReport {
  return { info: (m) => rt.info(m), warning: (m) => rt.warning(m), commentUrl: (url) => rt.setOutput('comment-url', url) };
}

/** The pull request's comment thread for this manifest and target, when this run plans a pull request and may comment. */
export function pullRequestThread(rt: ActionRuntime, { inputs, context, intent, target, targetNamedByEnvironment }: RunSettings, github: GitHubApi | undefined): CommentThread | undefined {
  const pull = context.pullRequest;
  if (intent.kind !== 'plan' || !pull || !inputs.comment || !github) return undefined;
  const place = { owner: context.repo.owner, repo: context.repo.repo, issueNumber: pull.number, manifest: inputs.manifest, environment: target, namedByEnvironmentInput: targetNamedByEnvironment };
  return commentThread(github, place, threadRunOf(context), threadReport(rt));
}
