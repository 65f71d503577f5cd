import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_GITHUB_ROUTES as ROUTES, type FakeGitHub, type FakeUser } from '../../../emulators/github-api/index.ts';
import type { GitHubApi } from '../../../src/github/client.ts';
import { GitHubPermissionError } from '../../../src/github/errors.ts';
import { findPlanComment, sameManifestPath, upsertPlanComment } from '../../../src/github/plan-comment.ts';
import { COMMENT_MAX_LENGTH } from '../../../src/model/comment.ts';
import { isForTarget, readMarker } from '../../../src/model/marker.ts';
import { basicRepo, clientFor, marker, PR_NUMBER, REPO, TOKENS, withFakeGitHub } from './helpers.ts';

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };
const MALLORY = { login: 'mallory', type: 'User' as const };
const CHATTER = { login: 'reviewer', type: 'User' as const };
const target = { owner: 'acme', repo: 'identity', issueNumber: PR_NUMBER, manifest: 'ory-actions.yaml', environment: '' };

test('readMarker reads the first line, tolerant of whitespace and CRLF', () => {
  const body = `${marker({ manifest: 'ory-actions.yaml', summary: { create: 1, update: 0, delete: 2 } })}\n## Plan`;
  assert.deepEqual(readMarker(body), {
    manifest: 'ory-actions.yaml',
    fingerprint: 'sha256:aaaa',
    projects: { 'proj-1': 'rev-1' },
    head_sha: 'head-sha',
    status: 'planned',
    summary: { create: 1, update: 0, delete: 2 },
  });
  const spaced = `\n  <!--   ory-actions-gitops   {"manifest":"m.yaml","fingerprint":"f","projects":{},"head_sha":"s","status":"applied"}   -->  \r\nrest`;
  assert.equal(readMarker(spaced)?.status, 'applied');
  assert.equal(readMarker(spaced)?.manifest, 'm.yaml');
  const sameLine = `<!-- ory-actions-gitops {"manifest":"m.yaml","fingerprint":"f","projects":{"p":"r"},"head_sha":"s","status":"planned"} --> ## Plan {x}`;
  assert.deepEqual(readMarker(sameLine)?.projects, { p: 'r' });
});

test('readMarker refuses anything not a valid marker', () => {
  const valid = { manifest: 'm.yaml', fingerprint: 'f', projects: {}, head_sha: 's', status: 'planned' };
  const line = (json: unknown) => `<!-- ory-actions-gitops ${JSON.stringify(json)} -->`;
  assert.ok(readMarker(line(valid)), 'the control case is valid');
  assert.equal(readMarker(`Some text\n${line(valid)}`), undefined, 'not on the first line');
  assert.equal(readMarker('<!-- ory-actions-gitops {not json} -->'), undefined);
  assert.equal(readMarker('<!-- other-tool {"manifest":"m.yaml"} -->'), undefined);
  assert.equal(readMarker(line({ ...valid, status: 'done' })), undefined, 'unknown status');
  assert.equal(readMarker(line({ ...valid, manifest: '' })), undefined, 'empty manifest');
  assert.equal(readMarker(line({ ...valid, projects: { p: 3 } })), undefined, 'revision not a string');
  assert.equal(readMarker(line({ ...valid, summary: { create: -1, update: 0, delete: 0 } })), undefined);
  assert.equal(readMarker(line({ ...valid, run_id: 12 })), undefined);
  assert.equal(readMarker(line([valid])), undefined);
  const { head_sha: _omitted, ...withoutHead } = valid;
  assert.equal(readMarker(line(withoutHead)), undefined, 'missing head_sha');
  assert.equal(readMarker(''), undefined);
});

test('readMarker reads JSON whose strings escape - < > & (as the renderer writes them)', () => {
  const line =
    '<!-- ory-actions-gitops {"manifest":"odd/\\u002d\\u002d\\u003e \\u003cb\\u003e \\u0026.yaml","fingerprint":"f",' +
    '"projects":{"p":"r"},"head_sha":"s","status":"failed","failure_reason":"plan-changed"} -->';
  assert.ok(!line.includes('-->"'), 'the control case holds no raw --> inside the JSON');
  assert.deepEqual(readMarker(`${line}\nbody`), {
    manifest: 'odd/--> <b> &.yaml',
    fingerprint: 'f',
    projects: { p: 'r' },
    head_sha: 's',
    status: 'failed',
    failure_reason: 'plan-changed',
  });
});

test('sameManifestPath ignores ./ and duplicate slashes', () => {
  assert.ok(sameManifestPath('./ory-actions.yaml', 'ory-actions.yaml'));
  assert.ok(sameManifestPath('config//ory.yaml', 'config/ory.yaml'));
  assert.ok(!sameManifestPath('config/ory.yaml', 'ory.yaml'));
});

/** 250 comments over 3 pages: ours early, an impostor and another manifest's later, our newest on page 3. */
function seedBusyPullRequest(github: FakeGitHub) {
  const add = (user: FakeUser, body: string) => github.addComment(REPO, { issue_number: PR_NUMBER, user, body });
  const older = add(BOT, `${marker({ manifest: 'ory-actions.yaml', fingerprint: 'old' })}\nold plan`);
  for (let i = 0; i < 120; i++) add(CHATTER, `looks good ${i}`);
  const otherManifest = add(BOT, `${marker({ manifest: 'staging/ory-actions.yaml' })}\nstaging plan`);
  for (let i = 0; i < 100; i++) add(CHATTER, `more ${i}`);
  const ours = add(BOT, `${marker({ manifest: './ory-actions.yaml', fingerprint: 'newest' })}\nnew plan`);
  for (let i = 0; i < 20; i++) add(CHATTER, `after ${i}`);
  const impostor = add(MALLORY, `${marker({ manifest: 'ory-actions.yaml', fingerprint: 'forged' })}\nforged plan`);
  for (let i = 0; i < 6; i++) add(CHATTER, `tail ${i}`);
  assert.equal(github.commentsOf(REPO, PR_NUMBER).length, 250);
  return { older, otherManifest, ours, impostor };
}

test('findPlanComment reads every page and takes the newest comment of ours for this manifest', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const seeded = seedBusyPullRequest(github);
    const { api } = clientFor(github, TOKENS.actions);
    const ownLogin = (await api.authenticatedLogin())!;
    const found = await findPlanComment(api, { ...target, ownLogin });
    assert.equal(found?.id, seeded.ours.id);
    assert.equal(found?.marker.fingerprint, 'newest');
    assert.equal(found?.html_url, seeded.ours.html_url);
    assert.deepEqual(github.countByRoute(), { [ROUTES.graphql]: 1, [ROUTES.listComments]: 3 });

    const staging = await findPlanComment(api, { ...target, manifest: 'staging/ory-actions.yaml', ownLogin });
    assert.equal(staging?.id, seeded.otherManifest.id);
    assert.equal(await findPlanComment(api, { ...target, manifest: 'prod.yaml', ownLogin }), undefined);
  });
});

test("another user's comment with our marker is never taken, whoever the token is", async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    seedBusyPullRequest(github);
    const { api } = clientFor(github, TOKENS.user);
    // Octocat wrote none of them; mallory's forged one must not be taken either.
    assert.equal(await findPlanComment(api, { ...target, ownLogin: 'octocat' }), undefined);
    // Logins compare case-insensitively.
    const asMallory = await findPlanComment(api, { ...target, ownLogin: 'MALLORY' });
    assert.equal(asMallory?.marker.fingerprint, 'forged');
    assert.equal(await findPlanComment(api, { ...target, ownLogin: '' }), undefined);
  });
});

test('upsertPlanComment creates once, then edits in place; one login lookup, one GET per page, one write', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const seeded = seedBusyPullRequest(github);
    github.state.repos[REPO]!.comments.splice(github.state.repos[REPO]!.comments.indexOf(seeded.older), 1);
    github.state.repos[REPO]!.comments.splice(github.state.repos[REPO]!.comments.indexOf(seeded.ours), 1);
    const { api } = clientFor(github, TOKENS.actions);
    const ownLogin = (await api.authenticatedLogin())!;

    const body1 = `${marker({ manifest: 'ory-actions.yaml', fingerprint: 'one' })}\nPlan: 1 to create, 0 to update, 0 to delete.`;
    const first = await upsertPlanComment(api, { ...target, ownLogin, body: body1 });
    assert.equal(first.created, true);
    assert.deepEqual(github.countByRoute(), { [ROUTES.graphql]: 1, [ROUTES.listComments]: 3, [ROUTES.createComment]: 1 });

    github.resetRequests();
    const body2 = `${marker({ manifest: 'ory-actions.yaml', fingerprint: 'two', status: 'applied' })}\nApplied.`;
    const ownLoginAgain = (await api.authenticatedLogin())!;
    const second = await upsertPlanComment(api, { ...target, ownLogin: ownLoginAgain, body: body2 });
    assert.deepEqual(second, { url: first.url, id: first.id, created: false });
    assert.deepEqual(github.countByRoute(), { [ROUTES.listComments]: 3, [ROUTES.updateComment]: 1 }, 'login cached');

    const ours = github.commentsOf(REPO, PR_NUMBER).filter((c) => c.user.login === BOT.login && readMarker(c.body)?.manifest === 'ory-actions.yaml');
    assert.equal(ours.length, 1, 'never duplicated');
    assert.equal(ours[0]!.body, body2);
    assert.equal(github.state.repos[REPO]!.comments.find((c) => c.id === seeded.impostor.id)!.body.includes('forged plan'), true);
    assert.equal(github.state.repos[REPO]!.comments.find((c) => c.id === seeded.otherManifest.id)!.body.includes('staging plan'), true);
  });
});

test('upsertPlanComment uses a comment already found (null: known absent) without listing again', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const { api } = clientFor(github, TOKENS.actions);
    const body = `${marker({ manifest: 'ory-actions.yaml' })}\nplan`;
    const created = await upsertPlanComment(api, { ...target, ownLogin: BOT.login, body, existing: null });
    assert.equal(created.created, true);
    const found = await findPlanComment(api, { ...target, ownLogin: BOT.login });
    github.resetRequests();
    const edited = await upsertPlanComment(api, { ...target, ownLogin: BOT.login, body: `${body}!`, existing: found! });
    assert.equal(edited.id, created.id);
    assert.deepEqual(github.countByRoute(), { [ROUTES.updateComment]: 1 });
  });
});

test('upsertPlanComment with a read-only token fails with a permission error and writes nothing', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const { api } = clientFor(github, TOKENS.readOnly);
    const ownLogin = (await api.authenticatedLogin())!;
    await assert.rejects(
      upsertPlanComment(api, { ...target, ownLogin, body: `${marker({ manifest: 'ory-actions.yaml' })}\nplan` }),
      (error: unknown) => error instanceof GitHubPermissionError && error.permission === 'pull-requests: write',
    );
    assert.equal(github.commentsOf(REPO, PR_NUMBER).length, 0);
  });
});

test('upsertPlanComment refuses a body GitHub would refuse, before any request', async () => {
  let calls = 0;
  const counting = new Proxy({} as GitHubApi, {
    get: () => () => {
      calls++;
      throw new Error('no request expected');
    },
  });
  await assert.rejects(
    upsertPlanComment(counting, { ...target, ownLogin: BOT.login, body: 'x'.repeat(COMMENT_MAX_LENGTH + 1) }),
    /at most 65536/,
  );
  assert.equal(calls, 0);
});

/** A GitHubApi whose comment listing and login lookup the test drives by hand. */
function scriptedApi(pages: () => AsyncIterable<unknown[]>): { api: GitHubApi; events: string[] } {
  const events: string[] = [];
  const unused = () => Promise.reject(new Error('not used here'));
  const api = {
    authenticatedLogin: unused,
    listIssueComments: (..._args: unknown[]) => {
      events.push('list');
      return pages();
    },
    createIssueComment: unused,
    updateIssueComment: unused,
    pullsForCommit: unused,
    fileAtRef: unused,
  } as unknown as GitHubApi;
  return { api, events };
}

test('findPlanComment asks for the first page while the login is still on its way', async () => {
  const ours = { id: 7, body: `${marker({ manifest: 'ory-actions.yaml', fingerprint: 'fp' })}\nplan`, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: 'https://example.test/c/7', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' };
  const { api, events } = scriptedApi(async function* () {
    yield [ours];
  });
  let resolveLogin!: (login: string) => void;
  const login = new Promise<string>((resolve) => (resolveLogin = resolve)).then((value) => {
    events.push('login');
    return value;
  });
  const finding = findPlanComment(api, { ...target, ownLogin: login });
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(events, ['list'], 'the listing started before the login was known');
  resolveLogin('github-actions[bot]');
  assert.equal((await finding)?.id, 7);
  assert.deepEqual(events, ['list', 'login']);
});

test('a listing that fails first leaves no unhandled rejection behind when the login lookup fails later', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    const { api } = scriptedApi(async function* () {
      throw new Error('listing failed');
    });
    let rejectLogin!: (error: Error) => void;
    const login = new Promise<string>((_resolve, reject) => (rejectLogin = reject));
    await assert.rejects(findPlanComment(api, { ...target, ownLogin: login }), /listing failed/);
    rejectLogin(new Error('login failed'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('each target finds only its own comment; a marker from before targets belongs to the manifest itself or to its project', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const add = (body: string) => github.addComment(REPO, { issue_number: PR_NUMBER, user: BOT, body });
    const legacy = add(`${marker({ manifest: 'ory-actions.yaml', fingerprint: 'legacy' })}\nplan`);
    const staging = add(`${marker({ manifest: 'ory-actions.yaml', environment: 'staging', fingerprint: 'staging' })}\nplan`);
    const production = add(`${marker({ manifest: 'ory-actions.yaml', environment: 'production', fingerprint: 'production' })}\nplan`);
    const { api } = clientFor(github, TOKENS.actions);
    const ownLogin = (await api.authenticatedLogin())!;
    const find = (environment: string) => findPlanComment(api, { ...target, environment, ownLogin });
    assert.equal((await find('staging'))?.id, staging.id);
    assert.equal((await find('production'))?.id, production.id);
    assert.equal((await find(''))?.id, legacy.id);
    // the legacy marker planned proj-1: that project-id target keeps it; another project's does not take it
    assert.equal((await find('proj-1'))?.id, legacy.id);
    assert.equal(await find('proj-2'), undefined);
    assert.equal(await find('qa'), undefined);
    // an environment input did not exist before targets: a target it names never takes a legacy comment
    assert.equal(await findPlanComment(api, { ...target, environment: 'proj-1', namedByEnvironmentInput: true, ownLogin }), undefined);
  });
  const parsed = readMarker(marker({ manifest: 'm', environment: '' }))!;
  assert.equal(isForTarget(parsed, ''), true);
  assert.equal(isForTarget(parsed, 'proj-1'), false, 'a marker that names its target is not legacy');
  // a legacy marker that planned no project (the manifest did not load) goes to a project-id target too
  const noProjects = readMarker(marker({ manifest: 'm', projects: {} }))!;
  assert.equal(isForTarget(noProjects, 'proj-9'), true);
  assert.equal(isForTarget(noProjects, 'staging', true), false);
});
