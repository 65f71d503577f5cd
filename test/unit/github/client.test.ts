import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_GITHUB_ROUTES as ROUTES } from '../../../emulators/github-api/index.ts';
import { createGitHubClient, GITHUB_ACTIONS_BOT_LOGIN } from '../../../src/github/client.ts';
import { GitHubApiError, GitHubPermissionError } from '../../../src/github/errors.ts';
import { basicRepo, clientFor, PR_NUMBER, REPO, TOKENS, withFakeGitHub } from './helpers.ts';

const repos = () => ({
  [REPO]: basicRepo({
    files: {
      main: { 'ory-actions.yaml': 'version: 1\nactions: {}\n', 'config/ory-actions.yaml': 'prune: true\n', 'notes/é.md': 'héllo ✓\n' },
      'base-sha': { 'ory-actions.yaml': 'version: 1\n' },
    },
  }),
});

async function rejectsWith<T extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected a ${type.name}`);
}

test('authenticatedLogin: a GITHUB_TOKEN is github-actions[bot], a GitHub App token its own bot, a user token its login; one GraphQL request each, cached', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const actions = clientFor(github, TOKENS.actions).api;
    assert.equal(await actions.authenticatedLogin(), GITHUB_ACTIONS_BOT_LOGIN);
    assert.equal(await actions.authenticatedLogin(), GITHUB_ACTIONS_BOT_LOGIN);
    // GET /user refuses installation tokens: an App token is not taken for github-actions[bot]
    assert.equal(await clientFor(github, TOKENS.app).api.authenticatedLogin(), 'ory-gitops[bot]');
    const user = clientFor(github, TOKENS.user).api;
    assert.equal(await user.authenticatedLogin(), 'Octocat');
    assert.deepEqual(github.countByRoute(), { [ROUTES.graphql]: 3 }, 'one lookup per client');
  });
});

test('authenticatedLogin: the comment-author option wins without a request; without GraphQL a user token falls back to GET /user, an installation token is unknown and warned about', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const configured = createGitHubClient({ token: TOKENS.app, apiUrl: github.url, commentAuthor: 'ory-gitops[bot]' });
    assert.equal(await configured.authenticatedLogin(), 'ory-gitops[bot]');
    assert.deepEqual(github.countByRoute(), {});
    github.injectFault({ route: ROUTES.graphql, status: 404, times: 2 });
    assert.equal(await clientFor(github, TOKENS.user).api.authenticatedLogin(), 'Octocat');
    const warnings: string[] = [];
    const app = createGitHubClient({ token: TOKENS.app, apiUrl: github.url, onWarning: (m) => warnings.push(m) });
    assert.equal(await app.authenticatedLogin(), undefined, 'never assumed to be github-actions[bot]');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /comment-author/);
  });
});

test('a bad token is a 401 GitHubApiError naming the input, and never shows the token', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const secret = 'ghp_verySecretValue123';
    const { api } = clientFor(github, secret);
    const error = await rejectsWith(api.pullsForCommit('acme', 'identity', 'head-sha'), GitHubApiError);
    assert.equal(error.status, 401);
    assert.match(error.message, /401: Bad credentials/);
    assert.match(error.message, /`github-token`/);
    assert.ok(!error.message.includes(secret));
    assert.ok(!JSON.stringify(error).includes(secret));
    assert.ok(!String(error.stack).includes(secret));
  });
});

test('retries a 502 with growing backoff, then succeeds', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api, sleeps } = clientFor(github, TOKENS.actions);
    github.injectFault({ route: ROUTES.commitPulls, status: 502, times: 2 });
    const pulls = await api.pullsForCommit('acme', 'identity', 'head-sha');
    assert.equal(pulls[0]!.number, PR_NUMBER);
    assert.deepEqual(sleeps, [100, 200]);
    assert.deepEqual(
      github.requests.map((r) => r.status),
      [502, 502, 200],
    );
  });
});

test('gives up after maxRetries and says how often it tried', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api, sleeps } = clientFor(github, TOKENS.actions);
    github.injectFault({ route: ROUTES.commitPulls, status: 503, times: 100 });
    const error = await rejectsWith(api.pullsForCommit('acme', 'identity', 'head-sha'), GitHubApiError);
    assert.equal(error.status, 503);
    assert.match(error.message, /after 4 attempts/);
    assert.match(error.message, /githubstatus/);
    assert.equal(github.countByRoute()[ROUTES.commitPulls], 4, 'first attempt + 3 retries');
    assert.equal(sleeps.length, 3);
  });
});

test('a secondary rate limit with Retry-After waits exactly that long (recorded)', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api, sleeps } = clientFor(github, TOKENS.actions);
    github.injectFault({ route: ROUTES.listComments, status: 403, retryAfter: 7, secondaryRateLimit: true });
    github.injectFault({ route: ROUTES.listComments, status: 429, retryAfter: 3 });
    const pages = [];
    for await (const page of api.listIssueComments('acme', 'identity', PR_NUMBER)) pages.push(page);
    assert.equal(pages.length, 1);
    assert.deepEqual(sleeps, [7000, 3000]);
  });
});

test('a secondary rate limit without Retry-After waits for x-ratelimit-reset', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api, sleeps } = clientFor(github, TOKENS.actions);
    github.injectFault({ route: ROUTES.commitPulls, status: 403, secondaryRateLimit: true });
    await api.pullsForCommit('acme', 'identity', 'head-sha');
    assert.equal(sleeps.length, 1);
    assert.ok(sleeps[0]! > 0 && sleeps[0]! <= 2000, `waited ${sleeps[0]}ms until the reset`);
  });
});

test('Retry-After is honoured in real time with the default sleep', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const api = createGitHubClient({ token: TOKENS.actions, apiUrl: github.url });
    github.injectFault({ route: ROUTES.commitPulls, status: 429, retryAfter: 1 });
    const started = Date.now();
    await api.pullsForCommit('acme', 'identity', 'head-sha');
    assert.ok(Date.now() - started >= 950, 'waited about a second');
    assert.equal(github.countByRoute()[ROUTES.commitPulls], 2);
  });
});

test('a rate limit that asks for a wait past the budget fails at once', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api, sleeps } = clientFor(github, TOKENS.actions, { retry: { maxTotalMs: 10_000 } });
    github.injectFault({ route: ROUTES.commitPulls, status: 403, retryAfter: 600, secondaryRateLimit: true });
    const error = await rejectsWith(api.pullsForCommit('acme', 'identity', 'head-sha'), GitHubApiError);
    assert.ok(!(error instanceof GitHubPermissionError), 'a rate limit is not a permission problem');
    assert.match(error.message, /rate limit/);
    assert.match(error.message, /wait 600s/);
    assert.deepEqual(sleeps, []);
  });
});

test('a read-only token cannot comment: GitHubPermissionError naming pull-requests: write and forks, not retried', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api, sleeps } = clientFor(github, TOKENS.readOnly);
    const error = await rejectsWith(api.createIssueComment('acme', 'identity', PR_NUMBER, 'hello'), GitHubPermissionError);
    assert.equal(error.status, 403);
    assert.equal(error.permission, 'pull-requests: write');
    assert.match(error.message, /Resource not accessible by integration/);
    assert.match(error.message, /`pull-requests: write`/);
    assert.match(error.message, /forks/);
    assert.deepEqual(sleeps, []);
    assert.equal(github.countByRoute()[ROUTES.createComment], 1);
    assert.equal(github.commentsOf(REPO, PR_NUMBER).length, 0);
  });
});

test('a 404 on a comment write is a permission error (the token cannot see the repository)', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api } = clientFor(github, TOKENS.otherRepo);
    const error = await rejectsWith(api.createIssueComment('acme', 'identity', PR_NUMBER, 'hello'), GitHubPermissionError);
    assert.equal(error.status, 404);
    assert.equal(error.permission, 'pull-requests: write');
    // A 404 on a read stays a plain not-found.
    const readError = await rejectsWith(api.pullsForCommit('acme', 'identity', 'head-sha'), GitHubApiError);
    assert.ok(!(readError instanceof GitHubPermissionError));
    assert.equal(readError.status, 404);
  });
});

test('fileAtRef: present, nested, unicode, at another ref, missing file and missing ref', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api } = clientFor(github, TOKENS.actions);
    assert.equal(await api.fileAtRef('acme', 'identity', 'ory-actions.yaml', 'main'), 'version: 1\nactions: {}\n');
    assert.equal(await api.fileAtRef('acme', 'identity', 'config/ory-actions.yaml', 'main'), 'prune: true\n');
    assert.equal(await api.fileAtRef('acme', 'identity', 'notes/é.md', 'main'), 'héllo ✓\n');
    assert.equal(await api.fileAtRef('acme', 'identity', 'ory-actions.yaml', 'base-sha'), 'version: 1\n');
    assert.equal(await api.fileAtRef('acme', 'identity', 'missing.yaml', 'main'), undefined);
    assert.equal(await api.fileAtRef('acme', 'identity', 'ory-actions.yaml', 'no-such-ref'), undefined);
    assert.equal(github.countByRoute()[ROUTES.getContents], 6);
  });
});

test('fileAtRef reads a file over 1 MB through the raw media type', async () => {
  const big = `# big\n${'a'.repeat(1024 * 1024)}\n✓`;
  await withFakeGitHub({ [REPO]: basicRepo({ files: { main: { 'big.yaml': big } } }) }, async (github) => {
    const { api } = clientFor(github, TOKENS.actions);
    assert.equal(await api.fileAtRef('acme', 'identity', 'big.yaml', 'main'), big);
    assert.equal(github.countByRoute()[ROUTES.getContents], 2, 'JSON without content, then raw');
  });
});

test('fileAtRef refuses a directory, and names contents: read when the token lacks it', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api } = clientFor(github, TOKENS.actions);
    const dirError = await rejectsWith(api.fileAtRef('acme', 'identity', 'config', 'main'), GitHubApiError);
    assert.match(dirError.message, /config at main in acme\/identity is a directory, not a file/);

    const noContents = clientFor(github, TOKENS.noContents).api;
    const error = await rejectsWith(noContents.fileAtRef('acme', 'identity', 'ory-actions.yaml', 'main'), GitHubPermissionError);
    assert.equal(error.permission, 'contents: read');
    assert.match(error.message, /`contents: read`/);
  });
});

test('pullsForCommit returns the typed shape', async () => {
  await withFakeGitHub(repos(), async (github) => {
    const { api } = clientFor(github, TOKENS.readOnly);
    const expected = {
      number: PR_NUMBER,
      state: 'open',
      merged_at: null,
      merge_commit_sha: 'test-merge-sha',
      head: { sha: 'head-sha', ref: 'add-welcome' },
      base: { sha: 'base-sha', ref: 'main' },
      html_url: `https://github.com/${REPO}/pull/${PR_NUMBER}`,
    };
    assert.deepEqual(await api.pullsForCommit('acme', 'identity', 'head-sha'), [expected]);
    assert.deepEqual(await api.pullsForCommit('acme', 'identity', 'unrelated'), []);
    assert.deepEqual(github.requests.map((r) => r.query), [{ per_page: '100' }, { per_page: '100' }]);
  });
});

test('an unreachable API is retried, then reported with the URL and the attempts', async () => {
  const github = await import('../../../emulators/github-api/index.ts').then((m) => m.startFakeGitHub());
  const url = github.url;
  await github.close();
  const sleeps: number[] = [];
  const api = createGitHubClient({
    token: TOKENS.actions,
    apiUrl: url,
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
    sleep: async (ms) => void sleeps.push(ms),
  });
  const error = await rejectsWith(api.pullsForCommit('acme', 'identity', 'head-sha'), GitHubApiError);
  assert.match(error.message, new RegExp(`Could not reach GitHub at ${url.replace(/[.]/g, '\\.')}`));
  assert.match(error.message, /after 3 attempts/);
  assert.equal(sleeps.length, 2);
  assert.ok(!error.message.includes(TOKENS.actions));
});

test('the client needs a token', () => {
  assert.throws(() => createGitHubClient({ token: '', apiUrl: 'http://127.0.0.1:1' }), /github-token/);
});

test('a request GitHub never answers times out per attempt, is retried, then reported', { timeout: 10_000 }, async () => {
  const { createServer } = await import('node:http');
  const server = createServer(() => {
    /* never answers */
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
  try {
    const sleeps: number[] = [];
    const api = createGitHubClient({
      token: TOKENS.actions,
      apiUrl: url,
      requestTimeoutMs: 100,
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 },
      sleep: async (ms) => void sleeps.push(ms),
    });
    const started = Date.now();
    const error = await rejectsWith(api.pullsForCommit('acme', 'identity', 'head-sha'), GitHubApiError);
    assert.match(error.message, /timeout/i);
    assert.match(error.message, /after 2 attempts/);
    assert.equal(sleeps.length, 1);
    assert.ok(Date.now() - started < 5_000, 'each attempt stops at its timeout');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
