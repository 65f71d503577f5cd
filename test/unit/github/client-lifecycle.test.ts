/** The client's statuses, issues and open-pulls calls against the fake GitHub API; refusals are permission errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_GITHUB_ROUTES as ROUTES, type FakePull } from '../../../emulators/github-api/index.ts';
import { GitHubPermissionError } from '../../../src/github/errors.ts';
import { basicRepo, clientFor, REPO, TOKENS, withFakeGitHub } from './helpers.ts';

const HEAD = 'e'.repeat(40);
const [OWNER, NAME] = REPO.split('/') as [string, string];

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

async function permissionError(promise: Promise<unknown>): Promise<GitHubPermissionError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GitHubPermissionError, String(error));
    return error;
  }
  assert.fail('expected a permission error');
}

test('setCommitStatus writes one status; a read-only token is a permission error naming statuses: write', async () => {
  await withFakeGitHub({ [REPO]: basicRepo({ commits: [HEAD] }) }, async (github) => {
    const { api } = clientFor(github, TOKENS.actions);
    await api.setCommitStatus(OWNER, NAME, HEAD, { state: 'success', context: 'ory-actions/ory-actions.yaml', description: 'Plan: 0 to create, 0 to update, 0 to delete.', target_url: 'https://github.com/acme/identity/actions/runs/1' });
    const latest = github.latestStatuses(REPO, HEAD)['ory-actions/ory-actions.yaml'];
    assert.equal(latest?.state, 'success');
    assert.equal(latest?.target_url, 'https://github.com/acme/identity/actions/runs/1');
    const error = await permissionError(clientFor(github, TOKENS.readOnly).api.setCommitStatus(OWNER, NAME, HEAD, { state: 'pending', context: 'c', description: 'd' }));
    assert.equal(error.permission, 'statuses: write');
    assert.match(error.message, /statuses: write/);
  });
});

test('listOpenPulls reads every page (100 a page) with the head repository of forks', async () => {
  const pulls: FakePull[] = Array.from({ length: 130 }, (_, i) => ({
    number: 200 + i,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: String(i).padStart(40, 'd'), ref: `b${i}`, ...(i === 0 ? { repo_full_name: 'someone/identity' } : {}) },
    base: { sha: HEAD, ref: 'main' },
    commits: [],
  }));
  await withFakeGitHub({ [REPO]: basicRepo({ pulls }) }, async (github) => {
    const all = await collect(clientFor(github, TOKENS.readOnly).api.listOpenPulls(OWNER, NAME, 'main'));
    assert.equal(all.length, 130);
    assert.equal(all.find((p) => p.number === 200)?.head.repo_full_name, 'someone/identity');
    assert.equal(github.countByRoute()[ROUTES.listPulls], 2);
    assert.equal(github.requests[0]?.query['per_page'], '100');
  });
});

test('issues: create, list by label (pull requests left out), edit and close; comment on an issue needs issues: write', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const { api } = clientFor(github, TOKENS.actions);
    const created = await api.createIssue(OWNER, NAME, { title: 'Drift', body: 'plan', labels: ['ory-actions-drift'] });
    assert.equal(created.html_url, `https://github.com/${REPO}/issues/${created.number}`);
    const open = await collect(api.listIssues(OWNER, NAME, { labels: ['ory-actions-drift'], state: 'open' }));
    assert.deepEqual(open.map((i) => [i.number, i.title, i.body, i.labels]), [[created.number, 'Drift', 'plan', ['ory-actions-drift']]]);
    assert.deepEqual(await collect(api.listIssues(OWNER, NAME, { labels: [], state: 'open' })).then((l) => l.map((i) => i.number)), [created.number], 'the open pull request is not an issue');
    await api.updateIssue(OWNER, NAME, created.number, { body: 'newer' });
    await api.createIssueComment(OWNER, NAME, created.number, 'in sync', 'issue');
    await api.updateIssue(OWNER, NAME, created.number, { state: 'closed', state_reason: 'completed' });
    const issue = github.issuesOf(REPO)[0]!;
    assert.equal(issue.body, 'newer');
    assert.equal(issue.state, 'closed');
    assert.equal(github.commentsOf(REPO, created.number)[0]?.body, 'in sync');

    const readOnly = clientFor(github, TOKENS.readOnly).api;
    assert.equal((await permissionError(readOnly.createIssue(OWNER, NAME, { title: 't', body: 'b', labels: [] }))).permission, 'issues: write');
    assert.equal((await permissionError(readOnly.createIssueComment(OWNER, NAME, created.number, 'x', 'issue'))).permission, 'issues: write');
    assert.equal((await permissionError(readOnly.updateIssue(OWNER, NAME, created.number, { state: 'open' }))).permission, 'issues: write');
  });
});
