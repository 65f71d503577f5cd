import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_GITHUB_ROUTES as ROUTES, startFakeGitHub } from '../../../emulators/github-api/index.ts';
import { basicRepo, FAKE_TOKENS, PR_NUMBER, REPO, TOKENS, withFakeGitHub } from './helpers.ts';

async function call(base: string, path: string, init: RequestInit & { token?: string | null; scheme?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token !== null) headers.set('authorization', `${init.scheme ?? 'token'} ${init.token ?? TOKENS.actions}`);
  if (init.body) headers.set('content-type', 'application/json');
  const response = await fetch(`${base}${path}`, { ...init, headers });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

const comments = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ issue_number: PR_NUMBER, user: { login: 'reviewer', type: 'User' as const }, body: `c${i}` }));

test('Link headers paginate like GitHub: next and last, then prev/next/last/first, then prev and first', async () => {
  await withFakeGitHub({ [REPO]: basicRepo({ comments: comments(25) }) }, async (github) => {
    const path = `/repos/${REPO}/issues/${PR_NUMBER}/comments`;
    const first = await call(github.url, `${path}?per_page=10`);
    assert.equal((first.json as unknown[]).length, 10);
    assert.equal(
      first.headers.get('link'),
      `<${github.url}${path}?per_page=10&page=2>; rel="next", <${github.url}${path}?per_page=10&page=3>; rel="last"`,
    );
    const middle = await call(github.url, `${path}?per_page=10&page=2`);
    assert.equal(
      middle.headers.get('link'),
      `<${github.url}${path}?per_page=10&page=1>; rel="prev", <${github.url}${path}?per_page=10&page=3>; rel="next", ` +
        `<${github.url}${path}?per_page=10&page=3>; rel="last", <${github.url}${path}?per_page=10&page=1>; rel="first"`,
    );
    const last = await call(github.url, `${path}?per_page=10&page=3`);
    assert.deepEqual((last.json as { body: string }[]).map((c) => c.body), ['c20', 'c21', 'c22', 'c23', 'c24']);
    assert.equal(
      last.headers.get('link'),
      `<${github.url}${path}?per_page=10&page=2>; rel="prev", <${github.url}${path}?per_page=10&page=1>; rel="first"`,
    );
    const single = await call(github.url, path);
    assert.equal((single.json as unknown[]).length, 25);
    assert.equal(single.headers.get('link'), null, 'one page: no Link header');
  });
});

test('per_page is capped at 100 and defaults to 30', async () => {
  await withFakeGitHub({ [REPO]: basicRepo({ comments: comments(130) }) }, async (github) => {
    const path = `/repos/${REPO}/issues/${PR_NUMBER}/comments`;
    assert.equal(((await call(github.url, `${path}?per_page=500`)).json as unknown[]).length, 100);
    assert.equal(((await call(github.url, path)).json as unknown[]).length, 30);
  });
});

test('authorization: Bearer and token schemes; 401 without or with a wrong token; the log never holds the token', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    assert.equal((await call(github.url, '/user', { token: TOKENS.user, scheme: 'Bearer' })).status, 200);
    const me = (await call(github.url, '/user', { token: TOKENS.user })).json as Record<string, unknown>;
    assert.equal(me['login'], 'Octocat');
    assert.equal(me['type'], 'User');
    assert.equal(typeof me['id'], 'number');
    const missing = await call(github.url, '/user', { token: null });
    assert.equal(missing.status, 401);
    assert.equal((missing.json as { message: string }).message, 'Requires authentication');
    const wrong = await call(github.url, '/user', { token: 'nope' });
    assert.equal(wrong.status, 401);
    assert.equal((wrong.json as { message: string }).message, 'Bad credentials');
    const installation = await call(github.url, '/user');
    assert.equal(installation.status, 403);
    assert.equal((installation.json as { message: string }).message, 'Resource not accessible by integration');
    assert.ok(!JSON.stringify(github.requests).includes(TOKENS.user));
    assert.equal(github.requests.at(-1)?.login, 'github-actions[bot]');
  });
});

test('comment writes: create needs pull_requests write; editing another user’s comment is 403; too long is 422', async () => {
  await withFakeGitHub({ [REPO]: basicRepo({ comments: comments(1) }) }, async (github) => {
    const path = `/repos/${REPO}/issues/${PR_NUMBER}/comments`;
    const created = await call(github.url, path, { method: 'POST', body: JSON.stringify({ body: 'plan' }) });
    assert.equal(created.status, 201);
    const comment = created.json as { id: number; user: { login: string; type: string }; html_url: string; created_at: string };
    assert.deepEqual(comment.user.login, 'github-actions[bot]');
    assert.equal(comment.user.type, 'Bot');
    assert.equal(comment.html_url, `https://github.com/${REPO}/pull/${PR_NUMBER}#issuecomment-${comment.id}`);
    assert.match(comment.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const readOnly = await call(github.url, path, { method: 'POST', token: TOKENS.readOnly, body: JSON.stringify({ body: 'x' }) });
    assert.equal(readOnly.status, 403);
    assert.equal((readOnly.json as { message: string }).message, 'Resource not accessible by integration');

    const someoneElses = github.commentsOf(REPO, PR_NUMBER)[0]!;
    const edit = await call(github.url, `/repos/${REPO}/issues/comments/${someoneElses.id}`, { method: 'PATCH', body: JSON.stringify({ body: 'mine now' }) });
    assert.equal(edit.status, 403);
    assert.equal(someoneElses.body, 'c0');

    const own = await call(github.url, `/repos/${REPO}/issues/comments/${comment.id}`, { method: 'PATCH', body: JSON.stringify({ body: 'edited' }) });
    assert.equal(own.status, 200);
    assert.equal((own.json as { body: string }).body, 'edited');
    assert.notEqual((own.json as { updated_at: string }).updated_at, comment.created_at);

    const tooLong = await call(github.url, path, { method: 'POST', body: JSON.stringify({ body: 'x'.repeat(65_537) }) });
    assert.equal(tooLong.status, 422);
    assert.equal((await call(github.url, `/repos/${REPO}/issues/999/comments`)).status, 404, 'no such issue');
    assert.equal((await call(github.url, '/repos/acme/unknown/issues/1/comments')).status, 404, 'no such repository');
  });
});

test('contents: base64 wrapped at 60 like GitHub, no content past 1 MB, raw media type, 404s', async () => {
  const text = 'x'.repeat(100);
  const big = 'y'.repeat(1024 * 1024 + 1);
  await withFakeGitHub({ [REPO]: basicRepo({ files: { main: { 'a.yaml': text, 'dir/big.txt': big } } }) }, async (github) => {
    const file = (await call(github.url, `/repos/${REPO}/contents/a.yaml?ref=main`)).json as Record<string, unknown>;
    assert.equal(file['type'], 'file');
    assert.equal(file['encoding'], 'base64');
    assert.equal(file['size'], 100);
    assert.ok((file['content'] as string).split('\n').every((line) => line.length <= 60));
    assert.equal(Buffer.from(file['content'] as string, 'base64').toString(), text);
    assert.match(file['sha'] as string, /^[0-9a-f]{40}$/);

    const defaultRef = (await call(github.url, `/repos/${REPO}/contents/a.yaml`)).json as Record<string, unknown>;
    assert.equal(defaultRef['size'], 100, 'no ref: the default branch');

    const large = (await call(github.url, `/repos/${REPO}/contents/dir/big.txt?ref=main`)).json as Record<string, unknown>;
    assert.equal(large['encoding'], 'none');
    assert.equal(large['content'], '');
    assert.equal(large['size'], big.length);
    const raw = await call(github.url, `/repos/${REPO}/contents/dir/big.txt?ref=main`, { headers: { accept: 'application/vnd.github.raw+json' } });
    assert.equal(raw.text, big);

    const listing = (await call(github.url, `/repos/${REPO}/contents/dir?ref=main`)).json as { name: string; type: string }[];
    assert.deepEqual(listing.map((e) => [e.name, e.type]), [['big.txt', 'file']]);
    assert.equal((await call(github.url, `/repos/${REPO}/contents/missing.yaml?ref=main`)).status, 404);
    assert.equal((await call(github.url, `/repos/${REPO}/contents/a.yaml?ref=nope`)).status, 404);
    assert.equal((await call(github.url, `/repos/${REPO}/contents/a.yaml`, { token: TOKENS.noContents })).status, 403);
  });
});

test('faults: by route, counted down, with retry-after and secondary rate limit headers; log and counts by route', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    github.injectFault({ route: ROUTES.getPull, status: 502, times: 2 });
    github.injectFault({ route: ROUTES.user, status: 403, secondaryRateLimit: true, retryAfter: 30 });
    const pullPath = `/repos/${REPO}/pulls/${PR_NUMBER}`;
    const bad = await call(github.url, pullPath);
    assert.equal(bad.status, 502);
    assert.match(bad.headers.get('content-type') ?? '', /text\/html/);
    assert.equal((await call(github.url, pullPath)).status, 502);
    assert.equal((await call(github.url, pullPath)).status, 200, 'the fault ran out');

    const limited = await call(github.url, '/user', { token: TOKENS.user });
    assert.equal(limited.status, 403);
    assert.equal(limited.headers.get('retry-after'), '30');
    assert.match((limited.json as { message: string }).message, /secondary rate limit/);
    assert.equal((await call(github.url, '/user', { token: TOKENS.user })).status, 200);

    github.injectFault({ status: 500 });
    assert.equal((await call(github.url, '/user', { token: null })).status, 500, 'a fault without a route hits any request, before auth');

    assert.deepEqual(github.countByRoute(), { [ROUTES.getPull]: 3, [ROUTES.user]: 3 });
    assert.deepEqual(github.requests.map((r) => r.fault), [true, true, false, true, false, true]);
    github.resetRequests();
    assert.deepEqual(github.countByRoute(), {});
    assert.equal((await call(github.url, '/nowhere')).status, 404);
    assert.deepEqual(github.countByRoute(), { unmatched: 1 });
  });
});

test('commits/{sha}/pulls associates head, commits and merge commits; pulls/{n} 404s for unknown numbers', async () => {
  const repo = basicRepo({
    pulls: [
      { number: 1, state: 'closed', merged_at: '2024-01-02T00:00:00Z', merge_commit_sha: 'm1', head: { sha: 'h1', ref: 'a' }, base: { sha: 'b', ref: 'main' }, commits: ['c1', 'h1'] },
      { number: 2, state: 'open', merged_at: null, merge_commit_sha: 'm2', head: { sha: 'h2', ref: 'b', repo_full_name: 'fork/identity' }, base: { sha: 'b', ref: 'main' }, commits: ['h2'] },
    ],
  });
  await withFakeGitHub({ [REPO]: repo }, async (github) => {
    const numbers = async (sha: string) => ((await call(github.url, `/repos/${REPO}/commits/${sha}/pulls`)).json as { number: number }[]).map((p) => p.number);
    assert.deepEqual(await numbers('m1'), [1]);
    assert.deepEqual(await numbers('c1'), [1]);
    assert.deepEqual(await numbers('h2'), [2]);
    assert.deepEqual(await numbers('m2'), [], 'an open PR’s test merge is not associated');
    const forkPull = (await call(github.url, `/repos/${REPO}/pulls/2`)).json as { head: { repo: { full_name: string } }; merged: boolean };
    assert.equal(forkPull.head.repo.full_name, 'fork/identity');
    assert.equal(forkPull.merged, false);
    assert.equal((await call(github.url, `/repos/${REPO}/pulls/9`)).status, 404);
  });
});

test('control routes: faults over HTTP, request log and repos for another process; not logged themselves', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const added = await fetch(`${github.url}/_fake/faults`, { method: 'POST', body: JSON.stringify({ route: ROUTES.user, status: 503 }) });
    assert.equal(added.status, 201);
    assert.equal((await call(github.url, '/user', { token: TOKENS.user })).status, 503);
    const log = (await (await fetch(`${github.url}/_fake/requests`)).json()) as { route: string; status: number }[];
    assert.deepEqual(log.map((r) => [r.route, r.status]), [[ROUTES.user, 503]]);
    const repos = (await (await fetch(`${github.url}/_fake/repos`)).json()) as Record<string, { pulls: unknown[] }>;
    assert.equal(repos[REPO]?.pulls.length, 1);
    assert.equal((await fetch(`${github.url}/_fake/faults`, { method: 'POST', body: '{}' })).status, 400);
    assert.equal(github.requests.length, 1);
  });
});

test('latencyMs delays every answer like a network round trip; concurrent requests wait side by side', async () => {
  const github = await startFakeGitHub({ tokens: FAKE_TOKENS, repos: { [REPO]: basicRepo() }, latencyMs: 200 });
  try {
    const started = performance.now();
    const one = await call(github.url, '/user', { token: TOKENS.user });
    const single = performance.now() - started;
    assert.equal(one.status, 200);
    assert.ok(single >= 195, `one request took ${single} ms`);
    const together = performance.now();
    const answers = await Promise.all([1, 2, 3].map(() => call(github.url, '/user', { token: TOKENS.user })));
    const three = performance.now() - together;
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 200]);
    // one after another they would take 600 ms
    assert.ok(three >= 195 && three < 550, `three concurrent requests took ${three} ms`);
  } finally {
    await github.close();
  }
});

test('who a token is: GET /user refuses installation tokens, GET /app wants the App JWT, GraphQL viewer names every token', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const viewer = (token: string) => call(github.url, '/graphql', { method: 'POST', token, body: JSON.stringify({ query: 'query { viewer { login } }' }) });
    assert.equal((await call(github.url, '/user', { token: TOKENS.app })).status, 403);
    assert.equal((await call(github.url, '/app', { token: TOKENS.app })).status, 401);
    assert.deepEqual((await viewer(TOKENS.app)).json, { data: { viewer: { login: 'ory-gitops[bot]' } } });
    assert.deepEqual((await viewer(TOKENS.actions)).json, { data: { viewer: { login: 'github-actions[bot]' } } });
    assert.deepEqual((await viewer(TOKENS.user)).json, { data: { viewer: { login: 'Octocat' } } });
    const other = await call(github.url, '/graphql', { method: 'POST', token: TOKENS.app, body: JSON.stringify({ query: '{ repository(owner:"a", name:"b") { id } }' }) });
    assert.ok(Array.isArray((other.json as { errors?: unknown[] }).errors));
  });
});
