import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_GITHUB_ROUTES as ROUTES, type FakePull } from '../../../emulators/github-api/index.ts';
import type { PullRequestInfo } from '../../../src/github/client.ts';
import { findMergedPullRequest, pickMergedPullRequest } from '../../../src/github/merged-pull.ts';
import { clientFor, REPO, TOKENS, withFakeGitHub } from './helpers.ts';

const MERGED_AT = '2024-02-01T10:00:00Z';
const pull = (number: number, fields: Partial<FakePull>): FakePull => ({
  number,
  state: 'closed',
  merged_at: MERGED_AT,
  merge_commit_sha: null,
  head: { sha: `head-${number}`, ref: `branch-${number}` },
  base: { sha: 'base', ref: 'main' },
  commits: [`head-${number}`],
  ...fields,
});

const pulls: FakePull[] = [
  // merge commit: the pushed sha is the merge commit, parents are main and the PR head
  pull(1, { merge_commit_sha: 'merge-commit', commits: ['c1', 'head-1'] }),
  // squash: one new commit on main
  pull(2, { merge_commit_sha: 'squash-commit' }),
  // rebase: copies r1, r2 of the PR's commits land on main; merge_commit_sha is the last copy
  pull(3, { merge_commit_sha: 'rebased-2', commits: ['orig-1', 'head-3', 'rebased-1', 'rebased-2'] }),
  // an open PR built on top of the squash commit: associated with it, but not what was merged
  pull(4, { state: 'open', merged_at: null, merge_commit_sha: 'test-merge-4', commits: ['squash-commit', 'head-4'] }),
  // a PR closed without merging
  pull(5, { merged_at: null, merge_commit_sha: 'merge-commit-5' }),
];

test('finds the merged pull request for merge, squash and rebase merges', async () => {
  await withFakeGitHub({ [REPO]: { pulls } }, async (github) => {
    const { api } = clientFor(github, TOKENS.readOnly);
    assert.equal((await findMergedPullRequest(api, 'acme', 'identity', 'merge-commit'))?.number, 1);
    assert.equal((await findMergedPullRequest(api, 'acme', 'identity', 'squash-commit'))?.number, 2);
    assert.equal((await findMergedPullRequest(api, 'acme', 'identity', 'rebased-2'))?.number, 3);
    // A push whose head is an earlier rebased copy: the lone merged PR associated with it.
    assert.equal((await findMergedPullRequest(api, 'acme', 'identity', 'rebased-1'))?.number, 3);
    assert.equal(github.countByRoute()[ROUTES.commitPulls], 4, 'one request per lookup');
  });
});

test('no merged pull request: a direct push, an open PR, a PR closed unmerged', async () => {
  await withFakeGitHub({ [REPO]: { pulls } }, async (github) => {
    const { api } = clientFor(github, TOKENS.readOnly);
    assert.equal(await findMergedPullRequest(api, 'acme', 'identity', 'direct-push'), undefined);
    assert.equal(await findMergedPullRequest(api, 'acme', 'identity', 'head-4'), undefined);
    assert.equal(await findMergedPullRequest(api, 'acme', 'identity', 'head-5'), undefined);
    assert.equal(await findMergedPullRequest(api, 'acme', 'identity', 'merge-commit-5'), undefined);
  });
});

test('pickMergedPullRequest: exact merge sha wins; two merged PRs without one is ambiguous', () => {
  const info = (number: number, merge: string | null, merged: boolean): PullRequestInfo => ({
    number,
    state: merged ? 'closed' : 'open',
    merged_at: merged ? MERGED_AT : null,
    merge_commit_sha: merge,
    head: { sha: `h${number}`, ref: `b${number}` },
    base: { sha: 'base', ref: 'main' },
    html_url: `https://github.com/acme/identity/pull/${number}`,
  });
  assert.equal(pickMergedPullRequest([info(1, 'x', true), info(2, 'SHA', true)], 'sha')?.number, 2, 'case-insensitive');
  assert.equal(pickMergedPullRequest([info(1, 'x', true), info(2, 'y', true)], 'sha'), undefined);
  assert.equal(pickMergedPullRequest([info(1, 'sha', false)], 'sha'), undefined, 'open PR test merge');
  assert.equal(pickMergedPullRequest([info(1, 'x', false), info(2, 'y', true)], 'sha')?.number, 2);
  assert.equal(pickMergedPullRequest([], 'sha'), undefined);
});
