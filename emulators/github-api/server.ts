/**
 * A fake GitHub REST API for tests: node:http on loopback, a port of the system's choosing, state you can seed
 * and inspect, a request log by route, and a fault queue. It answers the way GitHub does for the routes the
 * action uses: Link pagination, base64 contents (no content past 1 MB), 401/403/404/422 bodies, rate-limit headers,
 * commit statuses (with GitHub's limits), issues (create, edit, close, list by label) and open pull requests.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PermissionLevel = 'write' | 'read' | 'none';
export type PullRequestsPermission = PermissionLevel;
export type ContentsPermission = 'read' | 'none';

export interface FakeTokenPermissions {
  readonly pull_requests: PullRequestsPermission;
  readonly contents: ContentsPermission;
  /** commit statuses; omitted: the same level as pull_requests (a GITHUB_TOKEN grants them together by default) */
  readonly statuses?: PermissionLevel;
  /** issues (and their comments); omitted: the same level as pull_requests */
  readonly issues?: PermissionLevel;
}

export interface FakeToken {
  readonly login: string;
  readonly type: 'User' | 'Bot';
  /**
   * an installation token (GITHUB_TOKEN, `github-actions[bot]`, or a GitHub App's, `<slug>[bot]`):
   * GET /user answers 403; GraphQL `viewer { login }` answers its login
   */
  readonly installation?: boolean;
  readonly permissions: FakeTokenPermissions;
  /** `owner/repo` names the token can see; others answer 404. Omitted: every repository. */
  readonly repositories?: readonly string[];
}

/** An installation token, as a workflow's GITHUB_TOKEN (`github-actions[bot]`) or a GitHub App's (`<slug>[bot]`) is. */
export function installationToken(permissions: FakeTokenPermissions, login = 'github-actions[bot]'): FakeToken {
  return { login, type: 'Bot', installation: true, permissions };
}

export interface FakeUser {
  readonly login: string;
  readonly type: 'User' | 'Bot';
}

export interface FakeComment {
  readonly id: number;
  readonly issue_number: number;
  readonly user: FakeUser;
  body: string;
  readonly html_url: string;
  readonly created_at: string;
  updated_at: string;
}

export interface FakePull {
  readonly number: number;
  state: 'open' | 'closed';
  merged_at: string | null;
  merge_commit_sha: string | null;
  readonly head: { readonly sha: string; readonly ref: string; readonly repo_full_name?: string };
  readonly base: { readonly sha: string; readonly ref: string };
  /** the PR's commits (shas), for GET /commits/{sha}/pulls */
  readonly commits: readonly string[];
  readonly title?: string;
  readonly user?: FakeUser;
  readonly draft?: boolean;
  /** default: the fake clock when the repository was seeded */
  readonly created_at?: string;
  updated_at?: string;
}

export type CommitState = 'error' | 'failure' | 'pending' | 'success';

export interface FakeStatus {
  readonly id: number;
  readonly sha: string;
  readonly state: CommitState;
  readonly context: string;
  readonly description: string | null;
  readonly target_url: string | null;
  readonly creator: FakeUser;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface FakeIssue {
  readonly number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  readonly user: FakeUser;
  readonly created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface SeedIssue {
  readonly number: number;
  readonly title?: string;
  readonly body?: string;
  readonly state?: 'open' | 'closed';
  readonly labels?: readonly string[];
  readonly user?: FakeUser;
}

export interface FakeRepo {
  default_branch: string;
  /** ref (branch or sha) -> path -> content */
  files: Record<string, Record<string, string>>;
  pulls: FakePull[];
  /** issues besides the pulls (they share one sequence of numbers) */
  issues: FakeIssue[];
  comments: FakeComment[];
  /** commit statuses, oldest first */
  statuses: FakeStatus[];
  /** the repository's labels (names); creating an issue with a new label creates it, as GitHub does */
  labels: string[];
  /** shas that exist besides those the files, pulls and statuses name (e.g. a merge group's commit) */
  commits: string[];
}

export interface FakeGitHubState {
  tokens: Record<string, FakeToken>;
  /** `owner/repo` -> repository */
  repos: Record<string, FakeRepo>;
  nextCommentId: number;
  nextStatusId: number;
  /** epoch ms of the fake clock; each created comment moves it one second on */
  clockMs: number;
}

export interface SeedComment {
  readonly issue_number: number;
  readonly user: FakeUser;
  readonly body: string;
  readonly created_at?: string;
}

export interface SeedRepo {
  readonly default_branch?: string;
  readonly files?: Record<string, Record<string, string>>;
  readonly pulls?: readonly FakePull[];
  /** numbers alone make untitled open issues */
  readonly issues?: ReadonlyArray<number | SeedIssue>;
  readonly comments?: readonly SeedComment[];
  readonly commits?: readonly string[];
}

export interface FakeGitHubOptions {
  readonly tokens?: Record<string, FakeToken>;
  readonly repos?: Record<string, SeedRepo>;
  /** where html_url points (default https://github.com) */
  readonly htmlUrl?: string;
  /** the fake clock's start (default 2024-01-01T00:00:00Z) */
  readonly startTime?: string;
  readonly port?: number;
  /** every API answer waits this long, like a real network round trip (default 0) */
  readonly latencyMs?: number;
}

export interface FaultSpec {
  /** a route template from FAKE_GITHUB_ROUTES, e.g. `GET /user`; omitted: any request */
  readonly route?: string;
  readonly status: number;
  /** seconds, sent as `retry-after` */
  readonly retryAfter?: number;
  /** how many requests it hits (default 1) */
  readonly times?: number;
  /** answer like GitHub's secondary rate limit (message; `x-ratelimit-remaining: 0` when no retryAfter) */
  readonly secondaryRateLimit?: true;
  readonly message?: string;
}

export interface RecordedRequest {
  readonly method: string;
  /** the route template, or `unmatched` */
  readonly route: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number;
  /** who the token belonged to; never the token itself */
  readonly login?: string;
  readonly fault: boolean;
}

export interface FakeGitHub {
  readonly url: string;
  readonly state: FakeGitHubState;
  readonly requests: readonly RecordedRequest[];
  countByRoute(): Record<string, number>;
  resetRequests(): void;
  injectFault(fault: FaultSpec): void;
  /** adds a comment as if `user` wrote it now; returns it */
  addComment(repoFullName: string, comment: SeedComment): FakeComment;
  /** the comments of one issue, oldest first */
  commentsOf(repoFullName: string, issueNumber: number): FakeComment[];
  /** the statuses of one commit, oldest first */
  statusesOf(repoFullName: string, sha: string): FakeStatus[];
  /** the newest status of each context on a commit (what the pull request page shows) */
  latestStatuses(repoFullName: string, sha: string): Record<string, FakeStatus>;
  /** the repository's issues (not pull requests), by number */
  issuesOf(repoFullName: string): FakeIssue[];
  close(): Promise<void>;
}

export const FAKE_GITHUB_ROUTES = {
  user: 'GET /user',
  graphql: 'POST /graphql',
  app: 'GET /app',
  listComments: 'GET /repos/{owner}/{repo}/issues/{n}/comments',
  createComment: 'POST /repos/{owner}/{repo}/issues/{n}/comments',
  getComment: 'GET /repos/{owner}/{repo}/issues/comments/{id}',
  updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{id}',
  commitPulls: 'GET /repos/{owner}/{repo}/commits/{sha}/pulls',
  getPull: 'GET /repos/{owner}/{repo}/pulls/{n}',
  getContents: 'GET /repos/{owner}/{repo}/contents/{path}',
  listPulls: 'GET /repos/{owner}/{repo}/pulls',
  createStatus: 'POST /repos/{owner}/{repo}/statuses/{sha}',
  listStatuses: 'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
  combinedStatus: 'GET /repos/{owner}/{repo}/commits/{ref}/status',
  listIssues: 'GET /repos/{owner}/{repo}/issues',
  createIssue: 'POST /repos/{owner}/{repo}/issues',
  getIssue: 'GET /repos/{owner}/{repo}/issues/{n}',
  updateIssue: 'PATCH /repos/{owner}/{repo}/issues/{n}',
} as const;

/** Bodies past this size come back without content, like GitHub's contents API. */
const CONTENTS_INLINE_LIMIT = 1024 * 1024;
const MAX_COMMENT_BODY = 65_536;
/** GitHub's limits on commit statuses. */
const MAX_STATUS_DESCRIPTION = 140;
const MAX_STATUSES_PER_CONTEXT = 1000;
const COMMIT_STATES: readonly CommitState[] = ['error', 'failure', 'pending', 'success'];
const NOT_ACCESSIBLE = 'Resource not accessible by integration';
const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

interface RouteMatch {
  readonly route: string;
  readonly params: Record<string, string>;
}

interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** raw text instead of JSON */
  readonly raw?: { readonly contentType: string; readonly text: string };
}

interface Fault {
  readonly spec: FaultSpec;
  remaining: number;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const htmlUrl = (options.htmlUrl ?? 'https://github.com').replace(/\/+$/, '');
  const state: FakeGitHubState = {
    tokens: { ...options.tokens },
    repos: {},
    nextCommentId: 1001,
    nextStatusId: 5001,
    clockMs: Date.parse(options.startTime ?? '2024-01-01T00:00:00Z'),
  };
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let requestCounter = 0;
  let baseUrl = '';

  const tick = (): string => {
    state.clockMs += 1000;
    return new Date(state.clockMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  };

  const addComment = (repoFullName: string, seed: SeedComment): FakeComment => {
    const repo = state.repos[repoFullName];
    if (!repo) throw new Error(`fake GitHub: no repository ${repoFullName}`);
    const id = state.nextCommentId++;
    const createdAt = seed.created_at ?? tick();
    const kind = repo.pulls.some((pull) => pull.number === seed.issue_number) ? 'pull' : 'issues';
    const comment: FakeComment = {
      id,
      issue_number: seed.issue_number,
      user: { ...seed.user },
      body: seed.body,
      html_url: `${htmlUrl}/${repoFullName}/${kind}/${seed.issue_number}#issuecomment-${id}`,
      created_at: createdAt,
      updated_at: createdAt,
    };
    repo.comments.push(comment);
    return comment;
  };

  const seededAt = new Date(state.clockMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const [fullName, seed] of Object.entries(options.repos ?? {})) {
    const labels = new Set<string>();
    const issues = (seed.issues ?? []).map((entry): FakeIssue => {
      const issue: SeedIssue = typeof entry === 'number' ? { number: entry } : entry;
      for (const label of issue.labels ?? []) labels.add(label);
      return {
        number: issue.number,
        title: issue.title ?? `Issue #${issue.number}`,
        body: issue.body ?? null,
        state: issue.state ?? 'open',
        state_reason: issue.state === 'closed' ? 'completed' : null,
        labels: [...(issue.labels ?? [])],
        user: issue.user ?? { login: 'octocat', type: 'User' },
        created_at: seededAt,
        updated_at: seededAt,
        closed_at: issue.state === 'closed' ? seededAt : null,
      };
    });
    state.repos[fullName] = {
      default_branch: seed.default_branch ?? 'main',
      files: structuredClone(seed.files ?? {}),
      pulls: (seed.pulls ?? []).map((pull) => structuredClone(pull)),
      issues,
      comments: [],
      statuses: [],
      labels: [...labels],
      commits: [...(seed.commits ?? [])],
    };
    for (const comment of seed.comments ?? []) addComment(fullName, comment);
  }

  const handle = async (req: IncomingMessage): Promise<{ match: RouteMatch | undefined; reply: Reply; login?: string; fault: boolean }> => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const match = matchRoute(method, url.pathname);

    const fault = takeFault(faults, match?.route);
    if (fault) return { match, reply: faultReply(fault, state.clockMs), fault: true };

    if (!match) return { match, reply: { status: 404, body: notFound() }, fault: false };

    const auth = authenticate(req.headers.authorization, state.tokens);
    if ('reply' in auth) return { match, reply: auth.reply, fault: false };
    const { token } = auth;
    const login = token.login;

    if (match.route === FAKE_GITHUB_ROUTES.app) {
      // GET /app takes the App's JWT; an installation or user token is refused (as GitHub does).
      return { match, login, fault: false, reply: { status: 401, body: githubError('A JSON web token could not be decoded', 'rest/apps/apps#get-the-authenticated-app') } };
    }
    if (match.route === FAKE_GITHUB_ROUTES.graphql) {
      // Only the query the action makes: `viewer { login }` answers for user and installation tokens alike.
      const request = await readJson(req);
      const query = typeof request === 'object' && request !== null ? String((request as { query?: unknown }).query ?? '') : '';
      if (/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
        return { match, login, fault: false, reply: { status: 200, body: { data: { viewer: { login: token.login } } } } };
      }
      return { match, login, fault: false, reply: { status: 200, body: { errors: [{ message: 'fake GitHub: only `{ viewer { login } }` is served' }] } } };
    }
    if (match.route === FAKE_GITHUB_ROUTES.user) {
      if (token.installation) {
        return { match, login, fault: false, reply: { status: 403, body: githubError(NOT_ACCESSIBLE, 'users/users#get-the-authenticated-user') } };
      }
      return { match, login, fault: false, reply: { status: 200, body: userJson(token) } };
    }

    const fullName = `${match.params['owner']}/${match.params['repo']}`;
    const repo = state.repos[fullName];
    if (!repo || (token.repositories && !token.repositories.includes(fullName))) {
      return { match, login, fault: false, reply: { status: 404, body: notFound() } };
    }
    const body = method === 'POST' || method === 'PATCH' ? await readJson(req) : undefined;
    if (body === INVALID_JSON) {
      return { match, login, fault: false, reply: { status: 400, body: githubError('Problems parsing JSON') } };
    }
    const context: RouteContext = {
      match,
      url,
      req,
      repo,
      fullName,
      token,
      body,
      baseUrl,
      htmlUrl,
      addComment,
      now: () => tick(),
      nextStatusId: () => state.nextStatusId++,
      seededAt,
    };
    return { match, login, fault: false, reply: routeHandlers[match.route]!(context) };
  };

  /** Out-of-band inspection for tests that run the fake in another process; never in the request log. */
  const control = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (method === 'GET' && pathname === '/_fake/requests') return json(200, requests);
    if (method === 'GET' && pathname === '/_fake/repos') return json(200, state.repos);
    if (method === 'POST' && pathname === '/_fake/faults') {
      const spec = await readJson(req);
      if (typeof spec !== 'object' || spec === null || typeof (spec as FaultSpec).status !== 'number') {
        return json(400, { message: 'a fault needs a numeric status' });
      }
      faults.push({ spec: spec as FaultSpec, remaining: (spec as FaultSpec).times ?? 1 });
      return json(201, spec);
    }
    if (method === 'POST' && pathname === '/_fake/reset-requests') {
      requests.length = 0;
      return json(200, {});
    }
    return json(404, { message: 'unknown control route' });
  };

  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://fake.invalid').pathname;
    if (pathname.startsWith('/_fake/')) {
      control(req, res, pathname).catch(() => {
        res.writeHead(500);
        res.end();
      });
      return;
    }
    const latencyMs = options.latencyMs ?? 0;
    const answered = latencyMs > 0 ? new Promise<void>((resolve) => setTimeout(resolve, latencyMs)).then(() => handle(req)) : handle(req);
    answered.then(
      ({ match, reply, login, fault }) => {
        const url = new URL(req.url ?? '/', 'http://fake.invalid');
        requests.push({
          method: (req.method ?? 'GET').toUpperCase(),
          route: match?.route ?? 'unmatched',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          status: reply.status,
          ...(login !== undefined ? { login } : {}),
          fault,
        });
        send(res, reply, ++requestCounter, state.clockMs);
      },
      (error: unknown) => {
        send(res, { status: 500, body: githubError(`fake GitHub failed: ${String(error)}`) }, ++requestCounter, state.clockMs);
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${address.port}`;

  return {
    url: baseUrl,
    state,
    requests,
    countByRoute() {
      const counts: Record<string, number> = {};
      for (const request of requests) counts[`${request.route}`] = (counts[request.route] ?? 0) + 1;
      return counts;
    },
    resetRequests() {
      requests.length = 0;
    },
    injectFault(spec) {
      faults.push({ spec, remaining: spec.times ?? 1 });
    },
    addComment,
    commentsOf(repoFullName, issueNumber) {
      return (state.repos[repoFullName]?.comments ?? []).filter((comment) => comment.issue_number === issueNumber);
    },
    statusesOf(repoFullName, sha) {
      return (state.repos[repoFullName]?.statuses ?? []).filter((status) => status.sha === sha.toLowerCase());
    },
    latestStatuses(repoFullName, sha) {
      return latestByContext((state.repos[repoFullName]?.statuses ?? []).filter((status) => status.sha === sha.toLowerCase()));
    },
    issuesOf(repoFullName) {
      return [...(state.repos[repoFullName]?.issues ?? [])];
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

interface RouteContext {
  readonly match: RouteMatch;
  readonly url: URL;
  readonly req: IncomingMessage;
  readonly repo: FakeRepo;
  readonly fullName: string;
  readonly token: FakeToken;
  readonly body: unknown;
  readonly baseUrl: string;
  readonly htmlUrl: string;
  readonly addComment: (repoFullName: string, seed: SeedComment) => FakeComment;
  readonly now: () => string;
  readonly nextStatusId: () => number;
  /** when the repository was seeded: the creation time of seeded pulls without one */
  readonly seededAt: string;
}

/** The level a token has for issues or statuses: unless set, that of pull requests. */
function levelOf(token: FakeToken, permission: 'statuses' | 'issues'): PermissionLevel {
  return token.permissions[permission] ?? token.permissions.pull_requests;
}

/** May the token read (or write) the comments of this number? A pull request's through either permission. */
function mayUseComments(token: FakeToken, repo: FakeRepo, issueNumber: number, need: 'read' | 'write'): boolean {
  const enough = (level: PermissionLevel) => (need === 'read' ? level !== 'none' : level === 'write');
  const isPull = repo.pulls.some((pull) => pull.number === issueNumber);
  return enough(levelOf(token, 'issues')) || (isPull && enough(token.permissions.pull_requests));
}

const routeHandlers: Record<string, (context: RouteContext) => Reply> = {
  [FAKE_GITHUB_ROUTES.listComments](context) {
    const issueNumber = Number(context.match.params['n']);
    if (!issueExists(context.repo, issueNumber)) return { status: 404, body: notFound() };
    if (!mayUseComments(context.token, context.repo, issueNumber, 'read')) return forbidden('issues/comments#list-issue-comments');
    const all = context.repo.comments.filter((comment) => comment.issue_number === issueNumber);
    const perPage = clamp(Number(context.url.searchParams.get('per_page') ?? 30) || 30, 1, 100);
    const page = Math.max(1, Math.floor(Number(context.url.searchParams.get('page') ?? 1)) || 1);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const items = all.slice((page - 1) * perPage, page * perPage);
    const link = linkHeader(context.baseUrl, context.url, page, lastPage);
    return {
      status: 200,
      body: items.map((comment) => commentJson(comment, context)),
      ...(link ? { headers: { link } } : {}),
    };
  },

  [FAKE_GITHUB_ROUTES.createComment](context) {
    const issueNumber = Number(context.match.params['n']);
    if (!issueExists(context.repo, issueNumber)) return { status: 404, body: notFound() };
    if (!mayUseComments(context.token, context.repo, issueNumber, 'write')) return forbidden('issues/comments#create-an-issue-comment');
    const invalid = invalidCommentBody(context.body);
    if (invalid) return invalid;
    const comment = context.addComment(context.fullName, {
      issue_number: issueNumber,
      user: { login: context.token.login, type: context.token.type },
      body: (context.body as { body: string }).body,
    });
    return { status: 201, body: commentJson(comment, context) };
  },

  [FAKE_GITHUB_ROUTES.getComment](context) {
    const comment = context.repo.comments.find((c) => c.id === Number(context.match.params['id']));
    if (!comment) return { status: 404, body: notFound() };
    if (!mayUseComments(context.token, context.repo, comment.issue_number, 'read')) return forbidden('issues/comments#get-an-issue-comment');
    return { status: 200, body: commentJson(comment, context) };
  },

  [FAKE_GITHUB_ROUTES.updateComment](context) {
    const comment = context.repo.comments.find((c) => c.id === Number(context.match.params['id']));
    if (!comment) return { status: 404, body: notFound() };
    if (!mayUseComments(context.token, context.repo, comment.issue_number, 'write')) return forbidden('issues/comments#update-an-issue-comment');
    if (comment.user.login.toLowerCase() !== context.token.login.toLowerCase()) {
      return forbidden('issues/comments#update-an-issue-comment');
    }
    const invalid = invalidCommentBody(context.body);
    if (invalid) return invalid;
    comment.body = (context.body as { body: string }).body;
    comment.updated_at = context.now();
    return { status: 200, body: commentJson(comment, context) };
  },

  [FAKE_GITHUB_ROUTES.commitPulls](context) {
    if (context.token.permissions.pull_requests === 'none') return forbidden('commits/commits#list-pull-requests-associated-with-a-commit');
    const sha = context.match.params['sha']!.toLowerCase();
    const pulls = context.repo.pulls.filter(
      (pull) =>
        pull.head.sha.toLowerCase() === sha ||
        pull.commits.some((commit) => commit.toLowerCase() === sha) ||
        (pull.merged_at !== null && pull.merge_commit_sha?.toLowerCase() === sha),
    );
    return { status: 200, body: pulls.map((pull) => pullJson(pull, context)) };
  },

  [FAKE_GITHUB_ROUTES.getPull](context) {
    if (context.token.permissions.pull_requests === 'none') return forbidden('pulls/pulls#get-a-pull-request');
    const pull = context.repo.pulls.find((p) => p.number === Number(context.match.params['n']));
    if (!pull) return { status: 404, body: notFound() };
    return { status: 200, body: pullJson(pull, context) };
  },

  [FAKE_GITHUB_ROUTES.getContents](context) {
    if (context.token.permissions.contents === 'none') return forbidden('repos/contents#get-repository-content');
    const ref = context.url.searchParams.get('ref') ?? context.repo.default_branch;
    const tree = context.repo.files[ref];
    if (!tree) return { status: 404, body: githubError(`No commit found for the ref ${ref}`, 'repos/contents#get-repository-content') };
    const path = context.match.params['path']!.replace(/^\/+|\/+$/g, '');
    const content = tree[path];
    if (content === undefined) {
      const prefix = path === '' ? '' : `${path}/`;
      const children = [...new Set(Object.keys(tree).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split('/')[0]!))];
      if (children.length === 0) return { status: 404, body: notFound('repos/contents#get-repository-content') };
      return {
        status: 200,
        body: children.sort().map((name) => {
          const childPath = prefix + name;
          const isFile = tree[childPath] !== undefined;
          return { type: isFile ? 'file' : 'dir', name, path: childPath, size: isFile ? Buffer.byteLength(tree[childPath]!) : 0 };
        }),
      };
    }
    const accept = String(context.req.headers.accept ?? '');
    if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
      return { status: 200, raw: { contentType: 'application/vnd.github.raw', text: content } };
    }
    const bytes = Buffer.from(content, 'utf8');
    const inline = bytes.length <= CONTENTS_INLINE_LIMIT;
    const name = path.split('/').pop()!;
    const location = `${context.baseUrl}/repos/${context.fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: inline ? 'base64' : 'none',
        size: bytes.length,
        name,
        path,
        // GitHub wraps base64 at 60 characters.
        content: inline ? (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (bytes.length ? '\n' : '') : '',
        sha: gitBlobSha(bytes),
        url: location,
        git_url: null,
        html_url: `https://github.com/${context.fullName}/blob/${ref}/${path}`,
        download_url: null,
        _links: { self: location },
      },
    };
  },

  [FAKE_GITHUB_ROUTES.listPulls](context) {
    if (context.token.permissions.pull_requests === 'none') return forbidden('pulls/pulls#list-pull-requests');
    const params = context.url.searchParams;
    const state = params.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) return validationFailed('pulls/pulls#list-pull-requests', 'PullRequest', 'state', 'invalid');
    const base = params.get('base');
    const sort = params.get('sort') ?? 'created';
    const direction = params.get('direction') ?? 'desc';
    const created = (pull: FakePull) => pull.created_at ?? context.seededAt;
    const updated = (pull: FakePull) => pull.updated_at ?? created(pull);
    const key = sort === 'updated' ? updated : created;
    const pulls = context.repo.pulls
      .filter((pull) => state === 'all' || pull.state === state)
      .filter((pull) => base === null || pull.base.ref === base)
      // ties keep the newest number first, as GitHub's ids grow with time
      .sort((a, b) => (key(a) === key(b) ? b.number - a.number : key(a) < key(b) ? 1 : -1));
    if (direction === 'asc') pulls.reverse();
    return paginated(context, pulls, (pull) => pullJson(pull, context));
  },

  [FAKE_GITHUB_ROUTES.createStatus](context) {
    if (levelOf(context.token, 'statuses') !== 'write') return forbidden('commits/statuses#create-a-commit-status');
    const sha = context.match.params['sha']!.toLowerCase();
    if (!/^[0-9a-f]{40}$/.test(sha) || !knownCommits(context.repo).has(sha)) {
      return { status: 422, body: { ...githubError(`No commit found for SHA: ${context.match.params['sha']}`, 'rest/commits/statuses#create-a-commit-status'), status: '422' } };
    }
    const body = isPlainObject(context.body) ? context.body : {};
    const state = body['state'];
    if (state === undefined) {
      return { status: 422, body: { message: 'Invalid request.\n\n"state" wasn\'t supplied.', documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status', status: '422' } };
    }
    if (typeof state !== 'string' || !COMMIT_STATES.includes(state as CommitState)) {
      return validationFailed('commits/statuses#create-a-commit-status', 'Status', 'state', 'custom', 'state is not included in the list');
    }
    const description = typeof body['description'] === 'string' ? body['description'] : null;
    if (description !== null && description.length > MAX_STATUS_DESCRIPTION) {
      return validationFailed('commits/statuses#create-a-commit-status', 'Status', 'description', 'custom', `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`);
    }
    const targetUrl = typeof body['target_url'] === 'string' ? body['target_url'] : null;
    const statusContext = typeof body['context'] === 'string' && body['context'] !== '' ? body['context'] : 'default';
    const sameContext = context.repo.statuses.filter((s) => s.sha === sha && s.context === statusContext).length;
    if (sameContext >= MAX_STATUSES_PER_CONTEXT) {
      return validationFailed('commits/statuses#create-a-commit-status', 'Status', 'context', 'custom', `This SHA and context has reached the maximum number of statuses.`);
    }
    const at = context.now();
    const status: FakeStatus = {
      id: context.nextStatusId(),
      sha,
      state: state as CommitState,
      context: statusContext,
      description,
      target_url: targetUrl,
      creator: { login: context.token.login, type: context.token.type },
      created_at: at,
      updated_at: at,
    };
    context.repo.statuses.push(status);
    return { status: 201, body: statusJson(status, context) };
  },

  [FAKE_GITHUB_ROUTES.listStatuses](context) {
    if (levelOf(context.token, 'statuses') === 'none') return forbidden('commits/statuses#list-commit-statuses-for-a-reference');
    // statuses are asked for by sha here; the fake does not resolve branch names
    const sha = context.match.params['ref']!.toLowerCase();
    const statuses = context.repo.statuses.filter((s) => s.sha === sha).reverse();
    return paginated(context, statuses, (status) => statusJson(status, context));
  },

  [FAKE_GITHUB_ROUTES.combinedStatus](context) {
    if (levelOf(context.token, 'statuses') === 'none') return forbidden('commits/statuses#get-the-combined-status-for-a-specific-reference');
    // statuses are asked for by sha here; the fake does not resolve branch names
    const sha = context.match.params['ref']!.toLowerCase();
    if (!knownCommits(context.repo).has(sha)) return { status: 422, body: { ...githubError(`No commit found for SHA: ${context.match.params['ref']}`), status: '422' } };
    const latest = Object.values(latestByContext(context.repo.statuses.filter((s) => s.sha === sha)));
    const states = latest.map((s) => s.state);
    const state = states.some((s) => s === 'error' || s === 'failure') ? 'failure' : states.length === 0 || states.includes('pending') ? 'pending' : 'success';
    return {
      status: 200,
      body: {
        state,
        sha,
        total_count: latest.length,
        statuses: latest.map((status) => statusJson(status, context)),
        repository: { full_name: context.fullName },
        commit_url: `${context.baseUrl}/repos/${context.fullName}/commits/${sha}`,
        url: `${context.baseUrl}/repos/${context.fullName}/commits/${sha}/status`,
      },
    };
  },

  [FAKE_GITHUB_ROUTES.listIssues](context) {
    if (levelOf(context.token, 'issues') === 'none') return forbidden('issues/issues#list-repository-issues');
    const params = context.url.searchParams;
    const state = params.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) return validationFailed('issues/issues#list-repository-issues', 'Issue', 'state', 'invalid');
    const wanted = (params.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
    const creator = params.get('creator')?.toLowerCase();
    const direction = params.get('direction') ?? 'desc';
    const sort = params.get('sort') ?? 'created';
    // GitHub lists pull requests among issues; they carry a `pull_request` key.
    const entries: Array<{ number: number; created: string; updated: string; json: () => Record<string, unknown> }> = [
      ...context.repo.issues
        .filter((issue) => state === 'all' || issue.state === state)
        .filter((issue) => wanted.every((label) => issue.labels.some((l) => l.toLowerCase() === label)))
        .filter((issue) => creator === undefined || issue.user.login.toLowerCase() === creator)
        .map((issue) => ({ number: issue.number, created: issue.created_at, updated: issue.updated_at, json: () => issueJson(issue, context) })),
      ...(wanted.length > 0
        ? []
        : context.repo.pulls
            .filter((pull) => state === 'all' || pull.state === state)
            .filter((pull) => creator === undefined || (pull.user?.login ?? 'octocat').toLowerCase() === creator)
            .map((pull) => {
              const created = pull.created_at ?? context.seededAt;
              return { number: pull.number, created, updated: pull.updated_at ?? created, json: () => pullAsIssueJson(pull, context) };
            })),
    ];
    const key = (e: (typeof entries)[number]) => (sort === 'updated' ? e.updated : e.created);
    entries.sort((a, b) => (key(a) === key(b) ? b.number - a.number : key(a) < key(b) ? 1 : -1));
    if (direction === 'asc') entries.reverse();
    return paginated(context, entries, (entry) => entry.json());
  },

  [FAKE_GITHUB_ROUTES.createIssue](context) {
    if (levelOf(context.token, 'issues') !== 'write') return forbidden('issues/issues#create-an-issue');
    const body = isPlainObject(context.body) ? context.body : {};
    if (typeof body['title'] !== 'string' || body['title'] === '') {
      return { status: 422, body: { message: 'Invalid request.\n\n"title" wasn\'t supplied.', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '422' } };
    }
    const invalid = invalidIssueFields(body);
    if (invalid) return invalid;
    const at = context.now();
    const issue: FakeIssue = {
      number: nextIssueNumber(context.repo),
      title: body['title'],
      body: typeof body['body'] === 'string' ? body['body'] : null,
      state: 'open',
      state_reason: null,
      labels: labelNames(body['labels']),
      user: { login: context.token.login, type: context.token.type },
      created_at: at,
      updated_at: at,
      closed_at: null,
    };
    addLabels(context.repo, issue.labels);
    context.repo.issues.push(issue);
    return { status: 201, body: issueJson(issue, context) };
  },

  [FAKE_GITHUB_ROUTES.getIssue](context) {
    const number = Number(context.match.params['n']);
    const pull = context.repo.pulls.find((p) => p.number === number);
    if (pull) {
      if (context.token.permissions.pull_requests === 'none' && levelOf(context.token, 'issues') === 'none') return forbidden('issues/issues#get-an-issue');
      return { status: 200, body: pullAsIssueJson(pull, context) };
    }
    if (levelOf(context.token, 'issues') === 'none') return forbidden('issues/issues#get-an-issue');
    const issue = context.repo.issues.find((i) => i.number === number);
    if (!issue) return { status: 404, body: notFound('issues/issues#get-an-issue') };
    return { status: 200, body: issueJson(issue, context) };
  },

  [FAKE_GITHUB_ROUTES.updateIssue](context) {
    if (levelOf(context.token, 'issues') !== 'write') return forbidden('issues/issues#update-an-issue');
    const issue = context.repo.issues.find((i) => i.number === Number(context.match.params['n']));
    if (!issue) return { status: 404, body: notFound('issues/issues#update-an-issue') };
    const body = isPlainObject(context.body) ? context.body : {};
    const invalid = invalidIssueFields(body);
    if (invalid) return invalid;
    if (body['state'] !== undefined && body['state'] !== 'open' && body['state'] !== 'closed') {
      return validationFailed('issues/issues#update-an-issue', 'Issue', 'state', 'invalid');
    }
    const reason = body['state_reason'];
    if (reason !== undefined && reason !== null && !['completed', 'not_planned', 'reopened'].includes(String(reason))) {
      return validationFailed('issues/issues#update-an-issue', 'Issue', 'state_reason', 'invalid');
    }
    if (typeof body['title'] === 'string' && body['title'] !== '') issue.title = body['title'];
    if (typeof body['body'] === 'string' || body['body'] === null) issue.body = body['body'] as string | null;
    if (body['labels'] !== undefined) {
      issue.labels = labelNames(body['labels']);
      addLabels(context.repo, issue.labels);
    }
    const at = context.now();
    if (body['state'] === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closed_at = at;
      issue.state_reason = (reason as FakeIssue['state_reason']) ?? 'completed';
    } else if (body['state'] === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closed_at = null;
      issue.state_reason = 'reopened';
    }
    issue.updated_at = at;
    return { status: 200, body: issueJson(issue, context) };
  },
};

const ROUTE_PATTERNS: ReadonlyArray<{ route: string; method: string; pattern: RegExp; names: string[] }> = [
  { route: FAKE_GITHUB_ROUTES.user, method: 'GET', pattern: /^\/user$/, names: [] },
  { route: FAKE_GITHUB_ROUTES.graphql, method: 'POST', pattern: /^\/graphql$/, names: [] },
  { route: FAKE_GITHUB_ROUTES.app, method: 'GET', pattern: /^\/app$/, names: [] },
  { route: FAKE_GITHUB_ROUTES.listComments, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, names: ['owner', 'repo', 'n'] },
  { route: FAKE_GITHUB_ROUTES.createComment, method: 'POST', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, names: ['owner', 'repo', 'n'] },
  { route: FAKE_GITHUB_ROUTES.getComment, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, names: ['owner', 'repo', 'id'] },
  { route: FAKE_GITHUB_ROUTES.updateComment, method: 'PATCH', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, names: ['owner', 'repo', 'id'] },
  { route: FAKE_GITHUB_ROUTES.commitPulls, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/, names: ['owner', 'repo', 'sha'] },
  { route: FAKE_GITHUB_ROUTES.getPull, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/, names: ['owner', 'repo', 'n'] },
  { route: FAKE_GITHUB_ROUTES.getContents, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/contents(?:\/(.*))?$/, names: ['owner', 'repo', 'path'] },
  { route: FAKE_GITHUB_ROUTES.listPulls, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls$/, names: ['owner', 'repo'] },
  { route: FAKE_GITHUB_ROUTES.createStatus, method: 'POST', pattern: /^\/repos\/([^/]+)\/([^/]+)\/statuses\/([^/]+)$/, names: ['owner', 'repo', 'sha'] },
  { route: FAKE_GITHUB_ROUTES.listStatuses, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/statuses$/, names: ['owner', 'repo', 'ref'] },
  { route: FAKE_GITHUB_ROUTES.combinedStatus, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/status$/, names: ['owner', 'repo', 'ref'] },
  { route: FAKE_GITHUB_ROUTES.listIssues, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/, names: ['owner', 'repo'] },
  { route: FAKE_GITHUB_ROUTES.createIssue, method: 'POST', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/, names: ['owner', 'repo'] },
  { route: FAKE_GITHUB_ROUTES.getIssue, method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/, names: ['owner', 'repo', 'n'] },
  { route: FAKE_GITHUB_ROUTES.updateIssue, method: 'PATCH', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/, names: ['owner', 'repo', 'n'] },
];

function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  for (const candidate of ROUTE_PATTERNS) {
    if (candidate.method !== method) continue;
    const found = candidate.pattern.exec(pathname);
    if (!found) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, index) => {
      params[name] = decodeURIComponent(found[index + 1] ?? '');
    });
    return { route: candidate.route, params };
  }
  return undefined;
}

function takeFault(faults: Fault[], route: string | undefined): FaultSpec | undefined {
  const index = faults.findIndex((fault) => fault.remaining > 0 && (fault.spec.route === undefined || fault.spec.route === route));
  if (index < 0) return undefined;
  const fault = faults[index]!;
  fault.remaining -= 1;
  if (fault.remaining <= 0) faults.splice(index, 1);
  return fault.spec;
}

function faultReply(fault: FaultSpec, clockMs: number): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault.secondaryRateLimit) {
    if (fault.retryAfter === undefined) {
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = String(Math.ceil(Math.max(Date.now(), clockMs) / 1000) + 1);
    }
    return {
      status: fault.status,
      headers,
      body: githubError(fault.message ?? SECONDARY_RATE_LIMIT_MESSAGE, 'rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits'),
    };
  }
  if (fault.status === 502 || fault.status === 504) {
    // GitHub's edge answers these with HTML, not JSON.
    return { status: fault.status, headers, raw: { contentType: 'text/html; charset=utf-8', text: '<html><body><h1>Bad Gateway</h1></body></html>' } };
  }
  return { status: fault.status, headers, body: githubError(fault.message ?? (fault.status >= 500 ? 'Server Error' : 'Injected fault')) };
}

function authenticate(header: string | undefined, tokens: Record<string, FakeToken>): { token: FakeToken } | { reply: Reply } {
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header ?? '');
  if (!header) return { reply: { status: 401, body: githubError('Requires authentication', 'rest') } };
  const token = match ? tokens[match[1]!] : undefined;
  if (!token) return { reply: { status: 401, body: githubError('Bad credentials', 'rest') } };
  return { token };
}

const INVALID_JSON = Symbol('invalid json');

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID_JSON;
  }
}

function invalidCommentBody(body: unknown): Reply | undefined {
  const text = typeof body === 'object' && body !== null ? (body as { body?: unknown }).body : undefined;
  if (typeof text !== 'string' || text === '') {
    return { status: 422, body: { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: 'https://docs.github.com/rest/issues/comments', status: '422' } };
  }
  if (text.length > MAX_COMMENT_BODY) {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_COMMENT_BODY} characters)` }],
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '422',
      },
    };
  }
  return undefined;
}

function issueExists(repo: FakeRepo, issueNumber: number): boolean {
  return repo.pulls.some((pull) => pull.number === issueNumber) || repo.issues.some((issue) => issue.number === issueNumber);
}

/** Pull requests and issues share one sequence of numbers. */
function nextIssueNumber(repo: FakeRepo): number {
  return Math.max(0, ...repo.pulls.map((p) => p.number), ...repo.issues.map((i) => i.number)) + 1;
}

/** Every sha the repository knows: file trees, pulls (heads, bases, commits, merges), extra commits. */
function knownCommits(repo: FakeRepo): Set<string> {
  const shas = new Set<string>();
  const add = (sha: string | null | undefined) => {
    if (sha) shas.add(sha.toLowerCase());
  };
  for (const ref of Object.keys(repo.files)) add(ref);
  for (const pull of repo.pulls) {
    add(pull.head.sha);
    add(pull.base.sha);
    add(pull.merge_commit_sha);
    for (const commit of pull.commits) add(commit);
  }
  for (const commit of repo.commits) add(commit);
  return shas;
}

function latestByContext(statuses: readonly FakeStatus[]): Record<string, FakeStatus> {
  const latest: Record<string, FakeStatus> = {};
  for (const status of statuses) latest[status.context] = status;
  return latest;
}

function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.map((label) => (typeof label === 'string' ? label : isPlainObject(label) && typeof label['name'] === 'string' ? label['name'] : undefined));
  return [...new Set(names.filter((name): name is string => typeof name === 'string' && name !== ''))];
}

function addLabels(repo: FakeRepo, names: readonly string[]): void {
  for (const name of names) if (!repo.labels.some((l) => l.toLowerCase() === name.toLowerCase())) repo.labels.push(name);
}

function invalidIssueFields(body: Record<string, unknown>): Reply | undefined {
  if (typeof body['body'] === 'string' && body['body'].length > MAX_COMMENT_BODY) {
    return validationFailed('issues/issues', 'Issue', 'body', 'custom', `body is too long (maximum is ${MAX_COMMENT_BODY} characters)`);
  }
  if (body['labels'] !== undefined && !Array.isArray(body['labels'])) {
    return validationFailed('issues/issues', 'Issue', 'labels', 'invalid');
  }
  return undefined;
}

function validationFailed(docsPath: string, resource: string, field: string, code: string, message?: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, field, code, ...(message ? { message } : {}) }],
      documentation_url: `https://docs.github.com/rest/${docsPath}`,
      status: '422',
    },
  };
}

/** A page of a list, as GitHub pages it: `per_page` (default 30, at most 100), `page`, a Link header. */
function paginated<T>(context: RouteContext, items: readonly T[], toJson: (item: T) => unknown): Reply {
  const perPage = clamp(Number(context.url.searchParams.get('per_page') ?? 30) || 30, 1, 100);
  const page = Math.max(1, Math.floor(Number(context.url.searchParams.get('page') ?? 1)) || 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = linkHeader(context.baseUrl, context.url, page, lastPage);
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage).map(toJson),
    ...(link ? { headers: { link } } : {}),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function linkHeader(baseUrl: string, requestUrl: URL, page: number, lastPage: number): string | undefined {
  if (lastPage <= 1) return undefined;
  const at = (target: number) => {
    const url = new URL(requestUrl.pathname + requestUrl.search, baseUrl);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`);
  return links.join(', ');
}

function userJson(user: FakeUser): Record<string, unknown> {
  return { login: user.login, id: idOf(user.login), type: user.type, site_admin: false };
}

function commentJson(comment: FakeComment, context: RouteContext): Record<string, unknown> {
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${context.baseUrl}/repos/${context.fullName}/issues/comments/${comment.id}`,
    html_url: comment.html_url,
    issue_url: `${context.baseUrl}/repos/${context.fullName}/issues/${comment.issue_number}`,
    body: comment.body,
    user: userJson(comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: 'NONE',
  };
}

function pullJson(pull: FakePull, context: RouteContext): Record<string, unknown> {
  const headRepo = pull.head.repo_full_name ?? context.fullName;
  const createdAt = pull.created_at ?? context.seededAt;
  return {
    number: pull.number,
    state: pull.state,
    title: pull.title ?? `Pull request #${pull.number}`,
    html_url: `${context.htmlUrl}/${context.fullName}/pull/${pull.number}`,
    user: userJson(pull.user ?? { login: 'octocat', type: 'User' }),
    draft: pull.draft ?? false,
    created_at: createdAt,
    updated_at: pull.updated_at ?? createdAt,
    merged: pull.merged_at !== null,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    head: {
      sha: pull.head.sha,
      ref: pull.head.ref,
      label: `${headRepo.split('/')[0]}:${pull.head.ref}`,
      repo: { full_name: headRepo, fork: headRepo.toLowerCase() !== context.fullName.toLowerCase() },
    },
    base: { sha: pull.base.sha, ref: pull.base.ref, label: `${context.fullName.split('/')[0]}:${pull.base.ref}`, repo: { full_name: context.fullName, fork: false } },
  };
}

function labelJson(name: string, context: RouteContext): Record<string, unknown> {
  return { id: idOf(`label:${name}`), name, url: `${context.baseUrl}/repos/${context.fullName}/labels/${encodeURIComponent(name)}`, color: 'ededed', default: false };
}

function issueJson(issue: FakeIssue, context: RouteContext): Record<string, unknown> {
  return {
    id: idOf(`issue:${context.fullName}#${issue.number}`),
    node_id: `I_${issue.number}`,
    number: issue.number,
    url: `${context.baseUrl}/repos/${context.fullName}/issues/${issue.number}`,
    html_url: `${context.htmlUrl}/${context.fullName}/issues/${issue.number}`,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map((name) => labelJson(name, context)),
    user: userJson(issue.user),
    comments: context.repo.comments.filter((c) => c.issue_number === issue.number).length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
  };
}

/** A pull request as the issues API shows it: with a `pull_request` key. */
function pullAsIssueJson(pull: FakePull, context: RouteContext): Record<string, unknown> {
  const createdAt = pull.created_at ?? context.seededAt;
  return {
    id: idOf(`pull:${context.fullName}#${pull.number}`),
    number: pull.number,
    url: `${context.baseUrl}/repos/${context.fullName}/issues/${pull.number}`,
    html_url: `${context.htmlUrl}/${context.fullName}/pull/${pull.number}`,
    title: pull.title ?? `Pull request #${pull.number}`,
    body: null,
    state: pull.state,
    labels: [],
    user: userJson(pull.user ?? { login: 'octocat', type: 'User' }),
    created_at: createdAt,
    updated_at: pull.updated_at ?? createdAt,
    closed_at: pull.state === 'closed' ? (pull.merged_at ?? createdAt) : null,
    pull_request: {
      url: `${context.baseUrl}/repos/${context.fullName}/pulls/${pull.number}`,
      html_url: `${context.htmlUrl}/${context.fullName}/pull/${pull.number}`,
      merged_at: pull.merged_at,
    },
  };
}

function statusJson(status: FakeStatus, context: RouteContext): Record<string, unknown> {
  return {
    url: `${context.baseUrl}/repos/${context.fullName}/statuses/${status.sha}`,
    avatar_url: null,
    id: status.id,
    node_id: `SC_${status.id}`,
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: status.created_at,
    updated_at: status.updated_at,
    creator: userJson(status.creator),
  };
}

function githubError(message: string, docsPath = 'rest'): Record<string, unknown> {
  return { message, documentation_url: `https://docs.github.com/${docsPath}` };
}

function notFound(docsPath = 'rest'): Record<string, unknown> {
  return { ...githubError('Not Found', docsPath), status: '404' };
}

function forbidden(docsPath: string): Reply {
  return { status: 403, body: { ...githubError(NOT_ACCESSIBLE, `rest/${docsPath}`), status: '403' } };
}

function send(res: ServerResponse, reply: Reply, requestNumber: number, clockMs: number): void {
  const headers: Record<string, string> = {
    'x-github-request-id': `FAKE:${requestNumber.toString(16).toUpperCase().padStart(6, '0')}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.ceil(clockMs / 1000) + 3600),
    'x-github-api-version-selected': '2022-11-28',
    ...reply.headers,
  };
  if (reply.raw) {
    res.writeHead(reply.status, { ...headers, 'content-type': reply.raw.contentType });
    res.end(reply.raw.text);
    return;
  }
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(reply.body));
}

function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function idOf(login: string): number {
  let hash = 0;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (hash % 9_000_000) + 1_000_000;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}
