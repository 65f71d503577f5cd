/**
 * The GitHub edge: a small typed interface the action logic takes (tests hand it a fake or point the real
 * one at the local fake server), implemented on `getOctokit` from @actions/github.
 * Built only when called; nothing here reads inputs or the environment.
 */
import { getOctokit } from '@actions/github';
import { isRecord } from '../model/records.ts';
import { GitHubApiError, GitHubPermissionError, type GitHubPermission } from './errors.ts';
import { REAL_CLOCK, withRetries, type RetryPolicy } from '../http/retry.ts';
import { GITHUB_RETRY_POLICY, decideRetry, isRateLimitSignal, type RetryDecision, type RetryKind } from './retry.ts';
import { fetchOverAxios } from './transport.ts';

export interface CommentAuthor {
  readonly login: string;
  /** 'User' | 'Bot' | 'Organization' ... as GitHub says */
  readonly type: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly user: CommentAuthor;
  readonly html_url: string;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface CommentRef {
  readonly id: number;
  readonly html_url: string;
}

export interface PullRequestInfo {
  readonly number: number;
  readonly state: string;
  readonly merged_at: string | null;
  readonly merge_commit_sha: string | null;
  readonly head: { readonly sha: string; readonly ref: string };
  readonly base: { readonly sha: string; readonly ref: string };
  readonly html_url: string;
}

export interface GitHubApi {
  /**
   * The login whose comments are ours: the `commentAuthor` option when given, else the token's own
   * login (GET /user; for an installation token, which GET /user refuses, GraphQL's `viewer`:
   * `github-actions[bot]` for a workflow's GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub App's).
   * undefined when it cannot be told: then no comment is taken as ours. Cached.
   */
  authenticatedLogin(): Promise<string | undefined>;
  /** Every page of an issue's (or pull request's) comments, oldest first, 100 a page. */
  listIssueComments(owner: string, repo: string, issueNumber: number): AsyncIterable<IssueComment[]>;
  createIssueComment(owner: string, repo: string, issueNumber: number, body: string): Promise<CommentRef>;
  updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<CommentRef>;
  /** GET /repos/{owner}/{repo}/commits/{sha}/pulls */
  pullsForCommit(owner: string, repo: string, sha: string): Promise<PullRequestInfo[]>;
  /** A file's text at a ref; undefined when the file (or the ref) does not exist. */
  fileAtRef(owner: string, repo: string, path: string, ref: string): Promise<string | undefined>;
}

export interface GitHubClientOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly userAgent?: string;
  readonly retry?: Partial<RetryPolicy>;
  /** per attempt */
  readonly requestTimeoutMs?: number;
  /** seams for tests */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  readonly random?: () => number;
  /** told before each wait; never given the token */
  readonly onRetry?: (event: RetryEvent) => void;
  /** the `comment-author` input: the login whose comments are ours, instead of the token's own */
  readonly commentAuthor?: string;
  /** told when the token's login cannot be found, so no comment can be taken as ours */
  readonly onWarning?: (message: string) => void;
}

export interface RetryEvent {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly kind: RetryKind;
  readonly delayMs: number;
  readonly retry: number;
}

/** The login comments written with a workflow's GITHUB_TOKEN carry. */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';

const DEFAULT_USER_AGENT = 'ory-actions-gitops';
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** What each call is, for error messages and the permission it needs. */
interface Operation {
  readonly route: string;
  readonly doing: string;
  readonly permission: GitHubPermission;
  /** GitHub answers 404, not 403, when a token may not write to a repository it cannot see */
  readonly notFoundMeansNoPermission?: boolean;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubApi {
  if (!options.token) throw new Error('A GitHub token is required (the `github-token` input).');
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const policy: RetryPolicy = { ...GITHUB_RETRY_POLICY, ...options.retry };
  const clock = { sleep: options.sleep ?? REAL_CLOCK.sleep, now: options.now ?? REAL_CLOCK.now, random: options.random ?? REAL_CLOCK.random };
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;

  const octokit = getOctokit(options.token, {
    baseUrl: apiUrl,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    // Octokit's default logger prints to the console; we report through our own errors.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { fetch: fetchOverAxios() },
  });

  octokit.hook.wrap('request', (request, requestOptions) =>
    withRetries(
      () => {
        // The options object itself is changed: the hooks inside this one (Octokit's auth) are bound to
        // it, and options handed to `request` as an argument never reach the fetch.
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
        return request(requestOptions);
      },
      (error, state): RetryDecision | undefined => {
        const failure = failureOf(error);
        return failure ? decideRetry(failure, state, policy) : undefined;
      },
      clock,
      {
        onRetry: (error, decision, retry) =>
          options.onRetry?.({
            method: String(requestOptions.method),
            url: String(requestOptions.url),
            status: failureOf(error)?.status ?? 0,
            kind: decision.kind,
            delayMs: decision.delayMs,
            retry,
          }),
        onGiveUp: (error, tried, decision) => {
          if (failureOf(error)) attempts.set(error as object, { attempts: tried, ...(decision && !decision.retry && decision.reason ? { gaveUp: decision.reason } : {}) });
        },
      },
    ),
  );

  const call = async <T>(operation: Operation, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toGitHubError(error, operation, apiUrl);
    }
  };

  let login: Promise<string | undefined> | undefined;

  /** GraphQL's `viewer`: the login of a user token and of an installation token alike; undefined when GraphQL is not served. */
  const viewerLogin = async (): Promise<string | undefined> => {
    try {
      const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
      return typeof data.viewer?.login === 'string' && data.viewer.login !== '' ? data.viewer.login : undefined;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 || status === 401 || (status === 403 && !isRateLimit(error)) || (error instanceof Error && error.name === 'GraphqlResponseError')) return undefined;
      throw error;
    }
  };

  /** GET /user, for a server without GraphQL: refused for installation tokens, which are not users. */
  const userLogin = async (): Promise<string | undefined> => {
    try {
      const { data } = await octokit.rest.users.getAuthenticated();
      return typeof data.login === 'string' ? data.login : undefined;
    } catch (error) {
      const status = statusOf(error);
      if ((status === 403 && !isRateLimit(error)) || status === 404) return undefined;
      throw error;
    }
  };

  return {
    authenticatedLogin() {
      const configured = options.commentAuthor?.trim();
      if (configured) return Promise.resolve(configured);
      // One round trip: GraphQL's viewer answers for users, GITHUB_TOKEN (`github-actions[bot]`) and
      // GitHub App tokens (`<slug>[bot]`) alike, where GET /user refuses installation tokens and GET /app
      // needs the App's JWT. Never guessed: another workflow's bot is not us.
      login ??= call({ route: 'POST /graphql', doing: 'read the token’s login', permission: 'pull-requests: read' }, async () => {
        const found = (await viewerLogin()) ?? (await userLogin());
        if (found === undefined) {
          options.onWarning?.(
            'Cannot tell which login the github-token writes comments as (GitHub answered neither GraphQL `viewer` nor GET /user), so no existing plan comment is taken as ours. ' +
              'Set the `comment-author` input to that login (for a GitHub App token: `<app-slug>[bot]`).',
          );
        }
        return found;
      });
      // A failed lookup is not cached: a later call may succeed.
      login.catch(() => (login = undefined));
      return login;
    },

    listIssueComments(owner, repo, issueNumber) {
      const operation: Operation = {
        route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        doing: `list the comments of #${issueNumber} in ${owner}/${repo}`,
        permission: 'pull-requests: read',
      };
      return {
        async *[Symbol.asyncIterator]() {
          const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
          });
          const iterator = pages[Symbol.asyncIterator]();
          for (;;) {
            const next = await call(operation, () => iterator.next());
            if (next.done) return;
            yield next.value.data.map(toIssueComment);
          }
        },
      };
    },

    createIssueComment(owner, repo, issueNumber, body) {
      return call(
        {
          route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
          doing: `comment on #${issueNumber} in ${owner}/${repo}`,
          permission: 'pull-requests: write',
          notFoundMeansNoPermission: true,
        },
        async () => {
          const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
          return { id: data.id, html_url: data.html_url };
        },
      );
    },

    updateIssueComment(owner, repo, commentId, body) {
      return call(
        {
          route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
          doing: `edit comment ${commentId} in ${owner}/${repo}`,
          permission: 'pull-requests: write',
          notFoundMeansNoPermission: true,
        },
        async () => {
          const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
          return { id: data.id, html_url: data.html_url };
        },
      );
    },

    pullsForCommit(owner, repo, sha) {
      return call(
        {
          route: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
          doing: `find the pull requests of commit ${sha} in ${owner}/${repo}`,
          permission: 'pull-requests: read',
        },
        async () => {
          const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            owner,
            repo,
            commit_sha: sha,
            per_page: 100,
          });
          return data.map(toPullRequestInfo);
        },
      );
    },

    fileAtRef(owner, repo, path, ref) {
      const operation: Operation = {
        route: 'GET /repos/{owner}/{repo}/contents/{path}',
        doing: `read ${path} at ${ref} in ${owner}/${repo}`,
        permission: 'contents: read',
      };
      return call(operation, async () => {
        let data: unknown;
        try {
          ({ data } = await octokit.rest.repos.getContent({ owner, repo, path, ref }));
        } catch (error) {
          if (statusOf(error) === 404) return undefined;
          throw error;
        }
        if (Array.isArray(data) || !isRecord(data) || data['type'] !== 'file') {
          const kind = Array.isArray(data) ? 'a directory' : `a ${isRecord(data) ? String(data['type']) : 'non-file'}`;
          throw new GitHubApiError(`${path} at ${ref} in ${owner}/${repo} is ${kind}, not a file.`, {
            status: 200,
            route: operation.route,
          });
        }
        const content = typeof data['content'] === 'string' ? data['content'] : '';
        const size = typeof data['size'] === 'number' ? data['size'] : 0;
        if (data['encoding'] === 'base64' && (content !== '' || size === 0)) {
          return Buffer.from(content, 'base64').toString('utf8');
        }
        // Files over 1 MB come without content (encoding "none"): ask for the raw bytes instead.
        const raw = await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } });
        return decodeRaw(raw.data as unknown);
      });
    },
  };
}

/** Retry bookkeeping attached to the error that ended a request, to say how hard we tried. */
const attempts = new WeakMap<object, { attempts: number; gaveUp?: string }>();

interface OctokitLikeError {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function isOctokitError(error: unknown): error is OctokitLikeError {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

function statusOf(error: unknown): number | undefined {
  return isOctokitError(error) ? error.status : undefined;
}

function failureOf(error: unknown) {
  if (!isOctokitError(error)) return undefined;
  return { status: error.status, headers: error.response?.headers ?? {}, message: githubMessageOf(error) ?? error.message };
}

function isRateLimit(error: unknown): boolean {
  const failure = failureOf(error);
  return failure !== undefined && failure.status === 403 && isRateLimitSignal(failure);
}

function githubMessageOf(error: OctokitLikeError): string | undefined {
  const data = error.response?.data;
  if (isRecord(data) && typeof data['message'] === 'string') return data['message'];
  return undefined;
}

function toGitHubError(error: unknown, operation: Operation, apiUrl: string): Error {
  if (error instanceof GitHubApiError) return error;
  if (!isOctokitError(error)) return error instanceof Error ? error : new Error(String(error));

  const status = error.status;
  const githubMessage = githubMessageOf(error);
  const headers = error.response?.headers ?? {};
  const requestId = headers['x-github-request-id'];
  const documentationUrl = (() => {
    const data = error.response?.data;
    return isRecord(data) && typeof data['documentation_url'] === 'string' ? data['documentation_url'] : undefined;
  })();
  const details = {
    status,
    route: operation.route,
    ...(githubMessage !== undefined ? { githubMessage } : {}),
    ...(requestId !== undefined ? { requestId: String(requestId) } : {}),
    ...(documentationUrl !== undefined ? { documentationUrl } : {}),
  };
  const said = githubMessage ? `: ${githubMessage}` : '';
  const tried = attempts.get(error);
  const triedText = tried && tried.attempts > 1 ? ` after ${tried.attempts} attempts` : '';
  const requestText = requestId !== undefined ? ` (request id ${String(requestId)})` : '';

  if (!error.response) {
    return new GitHubApiError(
      `Could not reach GitHub at ${apiUrl} to ${operation.doing}${triedText}: ${error.message}`,
      details,
    );
  }
  if (status === 401) {
    return new GitHubApiError(
      `GitHub rejected the token (401${said}) when trying to ${operation.doing}. Check the \`github-token\` input.`,
      details,
    );
  }
  if (isRateLimit(error) || status === 429) {
    const why = tried?.gaveUp ? ` (${tried.gaveUp})` : triedText;
    return new GitHubApiError(
      `GitHub's rate limit stopped the request to ${operation.doing}${why}${said}. Try again later.${requestText}`,
      details,
    );
  }
  if (status === 403 || (status === 404 && operation.notFoundMeansNoPermission)) {
    return new GitHubPermissionError(
      `GitHub refused to ${operation.doing} (${status}${said}): the token lacks \`${operation.permission}\`. ` +
        `Grant it in the workflow's \`permissions:\` block. On pull requests from forks GitHub gives a ` +
        `read-only token whatever the workflow asks.`,
      { ...details, permission: operation.permission },
    );
  }
  if (status === 404) {
    return new GitHubApiError(
      `GitHub found nothing when trying to ${operation.doing} (404${said}). Check the repository and that the token can see it.`,
      details,
    );
  }
  if (status >= 500) {
    return new GitHubApiError(
      `GitHub failed to ${operation.doing} (${status}${said})${triedText}. GitHub may be having trouble: ` +
        `see https://www.githubstatus.com and re-run the job.${requestText}`,
      details,
    );
  }
  return new GitHubApiError(`GitHub refused to ${operation.doing} (${status}${said}).${requestText}`, details);
}

function toIssueComment(comment: {
  id: number;
  body?: string | undefined;
  user: { login: string; type: string } | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}): IssueComment {
  return {
    id: comment.id,
    body: comment.body ?? '',
    // A deleted account shows as GitHub's "ghost" user.
    user: comment.user ? { login: comment.user.login, type: comment.user.type } : { login: 'ghost', type: 'User' },
    html_url: comment.html_url,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
  };
}

function toPullRequestInfo(pull: {
  number: number;
  state: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  html_url: string;
}): PullRequestInfo {
  return {
    number: pull.number,
    state: pull.state,
    merged_at: pull.merged_at ?? null,
    merge_commit_sha: pull.merge_commit_sha ?? null,
    head: { sha: pull.head.sha, ref: pull.head.ref },
    base: { sha: pull.base.sha, ref: pull.base.ref },
    html_url: pull.html_url,
  };
}

function decodeRaw(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new TextDecoder('utf-8').decode(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  throw new Error('GitHub answered the raw file request with something that is not text.');
}
