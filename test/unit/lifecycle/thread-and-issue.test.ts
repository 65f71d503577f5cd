/**
 * The comment thread's lifecycle and the drift issue against the fake GitHub API: a failure never replaces
 * the approval, a status change keeps the plan, freshness moves only the status line, a failure notice is
 * a new comment, and only our own drift issue for the target is kept.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commentThread, statusLine } from '../../../src/lifecycle/comment-thread.ts';
import { keepDriftIssue } from '../../../src/lifecycle/drift-issue.ts';
import { parseMarker, planMarker } from '../../../src/model/marker.ts';
import { renderComment } from '../../../src/render/index.ts';
import { aPlan, aProject, aCreate } from '../render/fixtures.ts';
import { basicRepo, clientFor, PR_NUMBER, REPO, TOKENS, withFakeGitHub } from '../github/helpers.ts';

const [OWNER, NAME] = REPO.split('/') as [string, string];
const RUN = { headSha: 'head-sha', runId: '7', runUrl: 'https://github.com/acme/identity/actions/runs/7', runNumber: '7', workflow: 'ory-actions' };
const quiet = { info: () => {}, warning: (m: string) => warnings.push(m), commentUrl: () => {} };
const warnings: string[] = [];
const plan = aPlan([aProject({ projectId: 'p1', creates: [aCreate()] })], { fingerprint: 'sha256:reviewed', projectFingerprints: { p1: 'sha256:p1' } });

function approvedComment() {
  const marker = planMarker(plan, { headSha: 'head-sha', status: 'planned', run: { runId: '6' } });
  return renderComment(plan, { marker, status: statusLine(RUN, 'planned') }).body;
}

test('setStatus moves the status line and the marker; the plan and its fingerprints stay; outcomes merge, applied ones kept', async () => {
  await withFakeGitHub({ [REPO]: basicRepo({ comments: [{ issue_number: PR_NUMBER, user: { login: 'github-actions[bot]', type: 'Bot' }, body: approvedComment() }] }) }, async (github) => {
    const thread = commentThread(clientFor(github, TOKENS.actions).api, { owner: OWNER, repo: NAME, issueNumber: PR_NUMBER, manifest: 'ory-actions.yaml', environment: '' }, RUN, quiet);
    await thread.setStatus(statusLine(RUN, 'failed', { failureReason: 'ory-unavailable' }), { p1: 'applied', p2: 'failed' });
    await thread.setStatus(statusLine(RUN, 'failed', { failureReason: 'conflict' }), { p1: 'unchanged', p2: 'failed' });
    const [comment] = github.commentsOf(REPO, PR_NUMBER);
    const marker = parseMarker(comment!.body)!;
    assert.equal(marker.fingerprint, 'sha256:reviewed');
    assert.deepEqual(marker.project_fingerprints, { p1: 'sha256:p1' });
    assert.equal(marker.failure_reason, 'conflict');
    assert.deepEqual(marker.project_outcomes, { p1: 'applied', p2: 'failed' }, 'an applied project stays applied');
    assert.match(comment!.body, /❌ \*\*Failed\*\* \(`conflict`\)/);
    assert.equal(comment!.body.split('\n').filter((l) => l.includes('ory-actions-status')).length, 1);
    assert.ok(comment!.body.includes(approvedComment().split('\n').slice(2, 6).join('\n')), 'the plan itself is as it was');
  });
});

test('markNotCurrent keeps the approval; with no comment yet it starts one that approves nothing', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    const thread = commentThread(clientFor(github, TOKENS.actions).api, { owner: OWNER, repo: NAME, issueNumber: PR_NUMBER, manifest: 'ory-actions.yaml', environment: '' }, RUN, quiet);
    await thread.markNotCurrent({ status: 'failed', failureReason: 'ory-unavailable', headline: 'Ory is down.' });
    const marker = parseMarker(github.commentsOf(REPO, PR_NUMBER)[0]!.body)!;
    assert.equal(marker.fingerprint, 'none');
    assert.equal(marker.status, 'failed');
  });
});

test('confirmCurrent records the commit it was checked against and says so; notifyApplyFailure adds a new comment', async () => {
  await withFakeGitHub({ [REPO]: basicRepo({ comments: [{ issue_number: PR_NUMBER, user: { login: 'github-actions[bot]', type: 'Bot' }, body: approvedComment() }] }) }, async (github) => {
    const thread = commentThread(clientFor(github, TOKENS.actions).api, { owner: OWNER, repo: NAME, issueNumber: PR_NUMBER, manifest: 'ory-actions.yaml', environment: '' }, RUN, quiet);
    await thread.confirmCurrent('c'.repeat(40), 41);
    const body = github.commentsOf(REPO, PR_NUMBER)[0]!.body;
    assert.equal(parseMarker(body)!.checked_sha, 'c'.repeat(40));
    assert.match(body, /Still current after #41 merged: planned again against ccccccc in run #7/);
    await thread.notifyApplyFailure({ reason: 'conflict', message: 'Project p1 changed while applying.', outcomes: [{ projectId: 'p1', outcome: 'failed', reason: 'conflict' }] });
    const all = github.commentsOf(REPO, PR_NUMBER);
    assert.equal(all.length, 2);
    assert.equal(parseMarker(all[1]!.body), undefined, 'the notice is not a plan comment');
    assert.match(all[1]!.body, /gh workflow run "ory-actions"/);
  });
});

test('the drift issue: someone else’s issue with our marker is ignored; ours is updated, then closed', async () => {
  await withFakeGitHub({ [REPO]: basicRepo() }, async (github) => {
    github.state.repos[REPO]!.issues.push({
      number: 90,
      title: 'forged',
      body: '<!-- ory-actions-gitops-drift {"manifest":"ory-actions.yaml","environment":""} -->\nforged',
      state: 'open',
      state_reason: null,
      labels: ['ory-actions-drift'],
      user: { login: 'mallory', type: 'User' },
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      closed_at: null,
    });
    const api = clientFor(github, TOKENS.actions).api;
    const target = { manifest: 'ory-actions.yaml', environment: '' };
    const input = { github: api, owner: OWNER, repo: NAME, target, plan, run: { number: '3' }, warning: (m: string) => warnings.push(m), info: () => {} };
    assert.equal(await keepDriftIssue(input), 'opened');
    assert.equal(await keepDriftIssue(input), 'updated');
    assert.equal(await keepDriftIssue({ ...input, target: { manifest: 'ory-actions.yaml', environment: 'prod' } }), 'opened', 'another target has its own issue');
    const inSync = aPlan([aProject({ projectId: 'p1' })]);
    assert.equal(await keepDriftIssue({ ...input, plan: inSync }), 'closed');
    assert.equal(await keepDriftIssue({ ...input, plan: inSync }), 'none');
    const issues = github.issuesOf(REPO);
    assert.equal(issues.find((i) => i.number === 90)!.state, 'open', 'theirs untouched');
    assert.equal(issues.filter((i) => i.user.login === 'github-actions[bot]').length, 2);
    const readOnly = clientFor(github, TOKENS.readOnly).api;
    warnings.length = 0;
    assert.equal(await keepDriftIssue({ ...input, github: readOnly, target: { manifest: 'other.yaml', environment: '' } }), 'not-allowed');
    assert.match(warnings.join('\n'), /issues: write/);
  });
});
