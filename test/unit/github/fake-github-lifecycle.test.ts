/** The fake GitHub API's commit statuses, issues, pull listing and merge-group payload answer as GitHub does. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_GITHUB_ROUTES as ROUTES, mergeGroupEvent, startFakeGitHub, type FakeToken, installationToken } from '../../../emulators/github-api/index.ts';
import { basicRepo, REPO, PR_NUMBER } from './helpers.ts';

const HEAD = 'a'.repeat(40);
const TOKENS = {
  write: 'ghs_write',
  readOnly: 'ghs_read',
  statusesOnly: 'ghs_statuses_only',
  noIssues: 'ghs_no_issues',
};
const bot = (permissions: FakeToken['permissions']): FakeToken => (installationToken(permissions));
const FAKE_TOKENS: Record<string, FakeToken> = {
  [TOKENS.write]: bot({ pull_requests: 'write', contents: 'read' }),
  [TOKENS.readOnly]: bot({ pull_requests: 'read', contents: 'read' }),
  [TOKENS.statusesOnly]: bot({ pull_requests: 'read', contents: 'read', statuses: 'write', issues: 'read' }),
  [TOKENS.noIssues]: bot({ pull_requests: 'write', contents: 'read', issues: 'none' }),
};

async function withGitHub(seed: Parameters<typeof basicRepo>[0], body: (url: string, github: Awaited<ReturnType<typeof startFakeGitHub>>) => Promise<void>) {
  const github = await startFakeGitHub({ tokens: FAKE_TOKENS, repos: { [REPO]: basicRepo({ commits: [HEAD], ...seed }) } });
  try {
    await body(github.url, github);
  } finally {
    await github.close();
  }
}

async function call(base: string, path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `token ${init.token ?? TOKENS.write}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as unknown) : undefined };
}

test('commit statuses: created per sha and context, newest first, combined per context; GitHub’s 422s and 403s', async () => {
  await withGitHub({}, async (url, github) => {
    const path = `/repos/${REPO}/statuses/${HEAD}`;
    const pending = await call(url, path, { method: 'POST', body: { state: 'pending', context: 'ory-actions/ory-actions.yaml', description: 'Planning…' } });
    assert.equal(pending.status, 201);
    const created = pending.json as Record<string, unknown>;
    assert.equal(created['state'], 'pending');
    assert.equal((created['creator'] as { login: string }).login, 'github-actions[bot]');
    await call(url, path, { method: 'POST', body: { state: 'success', context: 'ory-actions/ory-actions.yaml', description: 'Plan: 1 to create, 0 to update, 0 to delete.', target_url: 'https://example.com/run' } });
    await call(url, path, { method: 'POST', body: { state: 'failure', context: 'other' } });

    const listed = (await call(url, `/repos/${REPO}/commits/${HEAD}/statuses`)).json as { state: string; context: string }[];
    assert.deepEqual(listed.map((s) => [s.context, s.state]), [['other', 'failure'], ['ory-actions/ory-actions.yaml', 'success'], ['ory-actions/ory-actions.yaml', 'pending']]);
    const combined = (await call(url, `/repos/${REPO}/commits/${HEAD}/status`)).json as { state: string; total_count: number };
    assert.equal(combined.state, 'failure');
    assert.equal(combined.total_count, 2);
    assert.equal(github.latestStatuses(REPO, HEAD)['ory-actions/ory-actions.yaml']?.state, 'success');

    const noState = await call(url, path, { method: 'POST', body: { context: 'x' } });
    assert.equal(noState.status, 422);
    const badState = await call(url, path, { method: 'POST', body: { state: 'done' } });
    assert.equal(badState.status, 422);
    assert.equal(((badState.json as { errors: { field: string }[] }).errors[0]!).field, 'state');
    const long = await call(url, path, { method: 'POST', body: { state: 'success', description: 'x'.repeat(141) } });
    assert.equal(long.status, 422);
    assert.match(JSON.stringify(long.json), /maximum is 140 characters/);
    assert.equal((await call(url, path, { method: 'POST', body: { state: 'success', description: 'x'.repeat(140) } })).status, 201);
    const unknown = await call(url, `/repos/${REPO}/statuses/${'b'.repeat(40)}`, { method: 'POST', body: { state: 'success' } });
    assert.equal(unknown.status, 422);
    assert.match((unknown.json as { message: string }).message, /^No commit found for SHA: b{40}$/);

    const readOnly = await call(url, path, { method: 'POST', token: TOKENS.readOnly, body: { state: 'success' } });
    assert.equal(readOnly.status, 403);
    assert.equal((readOnly.json as { message: string }).message, 'Resource not accessible by integration');
    assert.equal((await call(url, path, { method: 'POST', token: TOKENS.statusesOnly, body: { state: 'success' } })).status, 201, 'statuses: write without pull-requests: write');
    assert.equal(github.countByRoute()[ROUTES.createStatus], 10);
  });
});

test('a context takes at most 1000 statuses per sha, like GitHub', async () => {
  await withGitHub({}, async (url, github) => {
    const repo = github.state.repos[REPO]!;
    for (let i = 0; i < 1000; i++) {
      repo.statuses.push({ id: i, sha: HEAD, state: 'pending', context: 'c', description: null, target_url: null, creator: { login: 'x', type: 'Bot' }, created_at: '', updated_at: '' });
    }
    assert.equal((await call(url, `/repos/${REPO}/statuses/${HEAD}`, { method: 'POST', body: { state: 'success', context: 'c' } })).status, 422);
    assert.equal((await call(url, `/repos/${REPO}/statuses/${HEAD}`, { method: 'POST', body: { state: 'success', context: 'd' } })).status, 201);
  });
});

test('issues: created with labels (new labels made), listed by label without pull requests, edited, closed with a reason', async () => {
  await withGitHub({ issues: [{ number: 7, title: 'old', labels: ['bug'] }] }, async (url, github) => {
    const created = await call(url, `/repos/${REPO}/issues`, { method: 'POST', body: { title: 'Drift', body: 'the plan', labels: ['ory-actions-drift'] } });
    assert.equal(created.status, 201);
    const issue = created.json as { number: number; state: string; labels: { name: string }[]; html_url: string; user: { login: string } };
    assert.equal(issue.number, 43, 'after PR 42: one sequence of numbers');
    assert.deepEqual(issue.labels.map((l) => l.name), ['ory-actions-drift']);
    assert.equal(issue.html_url, `https://github.com/${REPO}/issues/43`);
    assert.equal(issue.user.login, 'github-actions[bot]');
    assert.ok(github.state.repos[REPO]!.labels.includes('ory-actions-drift'));

    const byLabel = (await call(url, `/repos/${REPO}/issues?labels=ory-actions-drift&state=open`)).json as { number: number }[];
    assert.deepEqual(byLabel.map((i) => i.number), [43]);
    const all = (await call(url, `/repos/${REPO}/issues`)).json as { number: number; pull_request?: unknown }[];
    assert.deepEqual(all.map((i) => [i.number, 'pull_request' in i]).sort(), [[42, true], [43, false], [7, false]].sort(), 'pull requests are listed among issues');

    const edited = await call(url, `/repos/${REPO}/issues/43`, { method: 'PATCH', body: { body: 'newer plan' } });
    assert.equal((edited.json as { body: string }).body, 'newer plan');
    const closed = await call(url, `/repos/${REPO}/issues/43`, { method: 'PATCH', body: { state: 'closed', state_reason: 'completed' } });
    assert.equal((closed.json as { state: string; state_reason: string; closed_at: string | null }).state, 'closed');
    assert.equal((closed.json as { state_reason: string }).state_reason, 'completed');
    assert.deepEqual((await call(url, `/repos/${REPO}/issues?labels=ory-actions-drift`)).json, [], 'closed issues are not listed by default');
    assert.equal(((await call(url, `/repos/${REPO}/issues?labels=ory-actions-drift&state=closed`)).json as unknown[]).length, 1);

    const comment = await call(url, `/repos/${REPO}/issues/43/comments`, { method: 'POST', body: { body: 'in sync again' } });
    assert.equal(comment.status, 201);
    assert.match((comment.json as { html_url: string }).html_url, /\/issues\/43#issuecomment-/);

    assert.equal((await call(url, `/repos/${REPO}/issues`, { method: 'POST', body: { body: 'no title' } })).status, 422);
    assert.equal((await call(url, `/repos/${REPO}/issues`, { method: 'POST', body: { title: 't', body: 'x'.repeat(65_537) } })).status, 422);
    assert.equal((await call(url, `/repos/${REPO}/issues/43`, { method: 'PATCH', body: { state: 'gone' } })).status, 422);
    assert.equal((await call(url, `/repos/${REPO}/issues/999`, { method: 'PATCH', body: { state: 'closed' } })).status, 404);
    const forbidden = await call(url, `/repos/${REPO}/issues`, { method: 'POST', token: TOKENS.readOnly, body: { title: 't' } });
    assert.equal(forbidden.status, 403);
    assert.equal((forbidden.json as { message: string }).message, 'Resource not accessible by integration');
    assert.equal((await call(url, `/repos/${REPO}/issues?labels=x`, { token: TOKENS.noIssues })).status, 403);
    assert.equal((await call(url, `/repos/${REPO}/issues/43/comments`, { method: 'POST', token: TOKENS.noIssues, body: { body: 'x' } })).status, 403, 'an issue’s comments need issues: write');
    assert.equal((await call(url, `/repos/${REPO}/issues/${PR_NUMBER}/comments`, { method: 'POST', token: TOKENS.noIssues, body: { body: 'x' } })).status, 201, 'a pull request’s, pull-requests: write');
  });
});

test('open pull requests: listed newest first, filtered by base, paginated with Link headers', async () => {
  const pulls = Array.from({ length: 45 }, (_, i) => ({
    number: 100 + i,
    state: (i === 3 ? 'closed' : 'open') as 'open' | 'closed',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: (i + 10).toString(16).padStart(40, 'c'), ref: `b${i}`, ...(i === 5 ? { repo_full_name: 'fork/identity' } : {}) },
    base: { sha: HEAD, ref: i === 4 ? 'develop' : 'main' },
    commits: [],
    created_at: `2024-01-01T00:${String(i).padStart(2, '0')}:00Z`,
  }));
  await withGitHub({ pulls }, async (url) => {
    const first = await call(url, `/repos/${REPO}/pulls?state=open&base=main&per_page=20`);
    const page1 = first.json as { number: number; head: { repo: { full_name: string; fork: boolean } } }[];
    assert.equal(page1.length, 20);
    assert.equal(page1[0]!.number, 144, 'newest first');
    assert.match(first.headers.get('link') ?? '', /page=2>; rel="next".*page=3>; rel="last"/);
    type Listed = { number: number; head: { repo: { full_name: string; fork: boolean } } };
    const page2 = (await call(url, `/repos/${REPO}/pulls?state=open&base=main&per_page=20&page=2`)).json as Listed[];
    const page3 = (await call(url, `/repos/${REPO}/pulls?state=open&base=main&per_page=20&page=3`)).json as Listed[];
    const numbers = [...page1, ...page2, ...page3].map((p) => p.number);
    // 45 minus one closed and one on develop
    assert.equal(numbers.length, 43);
    assert.equal(new Set(numbers).size, 43);
    assert.ok(!numbers.includes(103) && !numbers.includes(104));
    const fork = [...page1, ...page2, ...page3].find((p) => p.number === 105);
    assert.deepEqual(fork?.head.repo, { full_name: 'fork/identity', fork: true });
    assert.equal((await call(url, `/repos/${REPO}/pulls?state=weird`)).status, 422);
  });
});

test('the merge_group payload names the queued pull request in head_ref, as GitHub does', () => {
  const { payload, env } = mergeGroupEvent({ repository: REPO, pullNumber: 123, headSha: HEAD, baseSha: 'b'.repeat(40) });
  const group = payload['merge_group'] as Record<string, unknown>;
  assert.equal(group['head_ref'], `refs/heads/gh-readonly-queue/main/pr-123-${'b'.repeat(40)}`);
  assert.equal(group['base_ref'], 'refs/heads/main');
  assert.equal((group['head_commit'] as { id: string }).id, HEAD);
  assert.equal(payload['action'], 'checks_requested');
  assert.deepEqual(env, { GITHUB_EVENT_NAME: 'merge_group', GITHUB_SHA: HEAD, GITHUB_REF: group['head_ref'] });
});
