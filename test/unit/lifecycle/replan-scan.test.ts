import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GitHubApi, PullRequestInfo } from '../../../src/github/client.ts';
import { replanOpenPulls } from '../../../src/lifecycle/replan.ts';
import { MAX_OPEN_PULLS_SCANNED } from '../../../src/model/lifecycle.ts';

function pulls(count: number): PullRequestInfo[] {
  return Array.from({ length: count }, (_, i) => ({
    number: i + 2,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: `${i}`.padStart(40, 'a'), ref: `feature-${i}` },
    base: { sha: 'b'.repeat(40), ref: 'main' },
    html_url: `https://github.example/o/r/pull/${i + 2}`,
  }));
}

/** A GitHub with open pull requests and no comments on any: only what a scan reads is answered. */
function githubWith(open: PullRequestInfo[]): { api: GitHubApi; commentListings: () => number } {
  let listings = 0;
  const api = {
    authenticatedLogin: async () => 'github-actions[bot]',
    async *listOpenPulls() {
      for (let i = 0; i < open.length; i += 100) yield open.slice(i, i + 100);
    },
    async *listIssueComments() {
      listings++;
      yield [];
    },
  } as unknown as GitHubApi;
  return { api, commentListings: () => listings };
}

async function scan(count: number) {
  const { api, commentListings } = githubWith(pulls(count));
  const report = await replanOpenPulls({
    github: api,
    owner: 'o',
    repo: 'r',
    base: 'main',
    mergedPull: 1,
    mergeSha: 'c'.repeat(40),
    target: { manifest: 'ory-actions.yaml', environment: '' },
    run: { headSha: 'c'.repeat(40) },
    statuses: { set: async () => undefined } as never,
    report: { info: () => undefined, warning: () => undefined } as never,
    planPull: async () => assert.fail('no pull request has a plan comment, so none is planned'),
    mask: (text) => text,
  });
  return { report, listings: commentListings() };
}

test('a merge looks at most at MAX_OPEN_PULLS_SCANNED open pull requests, and its report says when more were left unread', async () => {
  const many = await scan(MAX_OPEN_PULLS_SCANNED + 5);
  assert.equal(many.listings, MAX_OPEN_PULLS_SCANNED);
  assert.equal(many.report.skipped, MAX_OPEN_PULLS_SCANNED);
  assert.equal(many.report.scanLimitReached, true);

  const exactly = await scan(MAX_OPEN_PULLS_SCANNED);
  assert.equal(exactly.listings, MAX_OPEN_PULLS_SCANNED);
  assert.equal(exactly.report.scanLimitReached, undefined, 'every open pull request was looked at');
});
