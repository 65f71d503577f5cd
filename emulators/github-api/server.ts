/**
 * A fake GitHub REST API for tests: node:http on loopback, a port of the system's choosing, state you can seed
 * and inspect, a request log by route, and a fault queue. It answers the way GitHub does for the routes the
 * action uses: Link pagination, base64 contents (no content past 1 MB), 401/403/404 bodies, rate-limit headers.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PullRequestsPermission = 'write' | 'read' | 'none';
export type ContentsPermission = 'read' | 'none';

export interface FakeToken {
  readonly login: string;
  readonly type: 'User' | 'Bot';
  /**
   * an installation token (GITHUB_TOKEN, `github-actions[bot]`, or a GitHub App's, `<slug>[bot]`):
   * GET /user answers 403; GraphQL `viewer { login }` answers its login
   */
  readonly installation?: boolean;
  readonly permissions: { readonly pull_requests: PullRequestsPermission; readonly contents: ContentsPermission };
  /** `owner/repo` names the token can see; others answer 404. Omitted: every repository. */
  readonly repositories?: readonly string[];
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
}

export interface FakeRepo {
  default_branch: string;
  /** ref (branch or sha) -> path -> content */
  files: Record<string, Record<string, string>>;
  pulls: FakePull[];
  /** issue numbers that exist besides the pulls */
  issues: number[];
  comments: FakeComment[];
}

export interface FakeGitHubState {
  tokens: Record<string, FakeToken>;
  /** `owner/repo` -> repository */
  repos: Record<string, FakeRepo>;
  nextCommentId: number;
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
  readonly issues?: readonly number[];
  readonly comments?: readonly SeedComment[];
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
} as const;

/** Bodies past this size come back without content, like GitHub's contents API. */
const CONTENTS_INLINE_LIMIT = 1024 * 1024;
const MAX_COMMENT_BODY = 65_536;
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

  for (const [fullName, seed] of Object.entries(options.repos ?? {})) {
    state.repos[fullName] = {
      default_branch: seed.default_branch ?? 'main',
      files: structuredClone(seed.files ?? {}),
      pulls: (seed.pulls ?? []).map((pull) => structuredClone(pull)),
      issues: [...(seed.issues ?? [])],
      comments: [],
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
    const context: RouteContext = { match, url, req, repo, fullName, token, body, baseUrl, addComment, now: () => tick() };
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
  readonly addComment: (repoFullName: string, seed: SeedComment) => FakeComment;
  readonly now: () => string;
}

const routeHandlers: Record<string, (context: RouteContext) => Reply> = {
  [FAKE_GITHUB_ROUTES.listComments](context) {
    if (context.token.permissions.pull_requests === 'none') return forbidden('issues/comments#list-issue-comments');
    const issueNumber = Number(context.match.params['n']);
    if (!issueExists(context.repo, issueNumber)) return { status: 404, body: notFound() };
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
    if (context.token.permissions.pull_requests !== 'write') return forbidden('issues/comments#create-an-issue-comment');
    const issueNumber = Number(context.match.params['n']);
    if (!issueExists(context.repo, issueNumber)) return { status: 404, body: notFound() };
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
    if (context.token.permissions.pull_requests === 'none') return forbidden('issues/comments#get-an-issue-comment');
    const comment = context.repo.comments.find((c) => c.id === Number(context.match.params['id']));
    if (!comment) return { status: 404, body: notFound() };
    return { status: 200, body: commentJson(comment, context) };
  },

  [FAKE_GITHUB_ROUTES.updateComment](context) {
    const comment = context.repo.comments.find((c) => c.id === Number(context.match.params['id']));
    if (context.token.permissions.pull_requests !== 'write') return forbidden('issues/comments#update-an-issue-comment');
    if (!comment) return { status: 404, body: notFound() };
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
  return repo.pulls.some((pull) => pull.number === issueNumber) || repo.issues.includes(issueNumber);
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
  return {
    number: pull.number,
    state: pull.state,
    title: pull.title ?? `Pull request #${pull.number}`,
    html_url: `https://github.com/${context.fullName}/pull/${pull.number}`,
    merged: pull.merged_at !== null,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    head: { sha: pull.head.sha, ref: pull.head.ref, label: `${headRepo.split('/')[0]}:${pull.head.ref}`, repo: { full_name: headRepo } },
    base: { sha: pull.base.sha, ref: pull.base.ref, label: `${context.fullName.split('/')[0]}:${pull.base.ref}`, repo: { full_name: context.fullName } },
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
