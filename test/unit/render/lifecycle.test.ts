/** Commit status descriptions, not-current comments, failure notices and drift issues, as data in and text out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarker } from '../../../src/model/marker.ts';
import {
  commitStatusFor,
  parseDriftMarker,
  renderApplyFailureNotice,
  renderApplyRecoveredNotice,
  renderDriftIssueBody,
  renderNotCurrentComment,
  renderReplanReport,
  replaceStatusLine,
} from '../../../src/render/lifecycle.ts';
import { renderComment } from '../../../src/render/index.ts';
import { planTargetOf, statusContextOf } from '../../../src/model/lifecycle.ts';
import { targetName } from '../../../src/model/action.ts';
import { aMarker, mixedPlan } from './fixtures.ts';

const target = { manifest: 'ory-actions.yaml', environment: '' };

test('status contexts: ory-actions/<manifest>, plus (<environment>) for a named target; the project-id names it without one', () => {
  assert.equal(statusContextOf(planTargetOf('./ory-actions.yaml', '')), 'ory-actions/ory-actions.yaml');
  assert.equal(statusContextOf(planTargetOf('config/ory.yaml', 'production', true)), 'ory-actions/config/ory.yaml (production)');
  assert.equal(statusContextOf(planTargetOf('ory-actions.yaml', targetName('', 'p1'))), 'ory-actions/ory-actions.yaml (p1)');
});

test('status descriptions: the summary line for a standing plan; failures say why; never past 140 characters', () => {
  assert.deepEqual(commitStatusFor({ kind: 'planned', summary: { create: 1, update: 0, delete: 2 } }), { state: 'success', description: 'Plan: 1 to create, 0 to update, 2 to delete.' });
  assert.equal(commitStatusFor({ kind: 'planning' }).state, 'pending');
  assert.equal(commitStatusFor({ kind: 'invalid-manifest', errors: 3 }).state, 'failure');
  assert.match(commitStatusFor({ kind: 'plan-failed', reason: 'ory-unavailable' }).description, /Ory could not be reached \(ory-unavailable\)/);
  assert.match(commitStatusFor({ kind: 'stale', mergedPull: 12 }).description, /#12 merged/);
  const huge = commitStatusFor({ kind: 'planned', summary: { create: 10 ** 40, update: 10 ** 40, delete: 10 ** 40 } });
  assert.ok(huge.description.length <= 140);
});

test('a plan that no longer stands: a line at the top, the reason, the old plan folded, the approval kept in the marker', () => {
  const before = renderComment(mixedPlan(), { marker: aMarker(), status: { status: 'planned' } }).body;
  const marker = aMarker({ status: 'failed', failure_reason: 'ory-unavailable' });
  const body = renderNotCurrentComment({ marker, target, status: { status: 'failed', failureReason: 'ory-unavailable' }, headline: 'Ory could not be reached.', details: '`boom`', previousBody: before });
  assert.equal(parseMarker(body.split('\n')[0]!)?.fingerprint, aMarker().fingerprint, 'the fingerprint is the reviewed plan');
  assert.match(body, /> \[!WARNING\]\n> \*\*The plan shown is not current\.\*\* Ory could not be reached\./);
  assert.ok(body.indexOf('not current') < body.indexOf('<details><summary>The last plan'), 'the line comes first, the old plan after');
  assert.ok(body.includes('Plan: 1 to create'), 'the old plan is still there, folded');
  assert.equal((body.match(/ory-actions-gitops /g) ?? []).length, 1, 'one marker only');
  // failing again folds the same plan, never a fold inside a fold
  const again = renderNotCurrentComment({ marker, target, status: { status: 'failed' }, headline: 'Still down.', previousBody: body });
  assert.equal((again.match(/The last plan/g) ?? []).length, 1);
  assert.ok(again.includes('Plan: 1 to create'));
  assert.ok(!again.includes('Ory could not be reached.'));
  const long = renderNotCurrentComment({ marker, target, status: { status: 'failed' }, headline: 'x', previousBody: `${before}\n${'y'.repeat(70_000)}` });
  assert.ok(long.length <= 65_536);
});

test('replaceStatusLine changes the marker and the status line and leaves the plan as it was', () => {
  const before = renderComment(mixedPlan(), { marker: aMarker(), status: { status: 'planned' } }).body;
  const after = replaceStatusLine(before, aMarker({ status: 'failed', failure_reason: 'plan-changed' }), { status: 'failed', failureReason: 'plan-changed', detail: 'the plan changed; nothing was applied.' })!;
  assert.equal(parseMarker(after.split('\n')[0]!)?.status, 'failed');
  assert.match(after, /❌ \*\*Failed\*\*/);
  assert.ok(!after.includes('📝 **Planned**'));
  assert.equal(after.split('\n').slice(1).filter((l) => !l.includes('ory-actions-status')).join('\n'), before.split('\n').slice(1).filter((l) => !l.includes('ory-actions-status')).join('\n'));
  assert.equal(replaceStatusLine('no marker here', aMarker(), { status: 'planned' }), undefined);
});

test('the failure notice says what failed, per project, and the three ways out; it is not a plan comment', () => {
  const notice = renderApplyFailureNotice({
    target,
    pull: 7,
    reason: 'conflict',
    message: 'Project b changed while applying.',
    outcomes: [
      { projectId: 'a', outcome: 'applied', operations: 3 },
      { projectId: 'b', outcome: 'failed', reason: 'conflict', message: 'Project b changed while applying.' },
    ],
    approvedCommentUrl: 'https://github.com/acme/identity/pull/7#issuecomment-1',
    approvedSummary: { create: 1, update: 1, delete: 0 },
    run: { number: '18', url: 'https://github.com/acme/identity/actions/runs/18', workflow: 'ory-actions' },
  });
  assert.equal(parseMarker(notice), undefined, 'never taken for the plan comment');
  assert.match(notice, /was only partly applied/);
  assert.match(notice, /\| `a` \| ✅ applied \|/);
  assert.match(notice, /\| `b` \| ❌ failed \(`conflict`\) \|/);
  assert.match(notice, /Re-run the failed job/);
  assert.match(notice, /workflow_dispatch/);
  assert.match(notice, /follow-up pull request/);
  assert.match(notice, /\[the plan comment\]\(https:\/\/github\.com\/acme\/identity\/pull\/7#issuecomment-1\) \(Plan: 1 to create, 1 to update, 0 to delete\.\)/);
});

test('the recovered notice names the pull request and what each project came to; it is not a plan comment', () => {
  const notice = renderApplyRecoveredNotice({ target, pull: 7, outcomes: [{ projectId: 'a', outcome: 'unchanged' }, { projectId: 'b', outcome: 'applied', operations: 2 }], run: { number: '19' } });
  assert.equal(parseMarker(notice), undefined);
  assert.match(notice, /the merge of #7 is now applied/);
  assert.match(notice, /\| `b` \| ✅ applied \| 2 operations written \|/);
});

test('the drift issue: its target in a marker, the plan, both ways out with the import command', () => {
  const body = renderDriftIssueBody({ target: { manifest: 'ory-actions.yaml', environment: 'prod' }, summary: { create: 0, update: 1, delete: 0 }, planMarkdown: 'PLAN', projectIds: ['p1'], run: { number: '3', workflow: 'ory-actions' } });
  assert.deepEqual(parseDriftMarker(body), { manifest: 'ory-actions.yaml', environment: 'prod' });
  assert.match(body, /Apply the manifest again/);
  assert.match(body, /npx ory-actions-gitops import --project-id p1 --out ory-actions\.yaml/);
  assert.match(body, /gh workflow run "ory-actions" --ref main/);
  assert.ok(body.includes('PLAN'));
  assert.ok(renderDriftIssueBody({ target, summary: { create: 1, update: 0, delete: 0 }, planMarkdown: 'z'.repeat(100_000), projectIds: [], run: {} }).length <= 65_536);
  assert.equal(parseDriftMarker('<!-- ory-actions-gitops-drift {bad -->'), undefined);
});

test('the re-plan report names what each pull request came to and which were marked stale', () => {
  const text = renderReplanReport({ mergedPull: 5, replanned: [{ pull: 6, result: 'unchanged' }, { pull: 8, result: 'invalid-manifest', detail: '1 error' }], stale: [9, 10], skipped: 0 });
  assert.match(text, /#6: plan unchanged/);
  assert.match(text, /#8: invalid manifest at its head \(1 error\)/);
  assert.match(text, /2 more marked stale, not re-planned\*\* \(at most 20 re-plans per run\): #9, #10/);
});

test('the re-plan report says when open pull requests past the scan limit were not looked at, and only then', () => {
  const past = renderReplanReport({ mergedPull: 5, replanned: [], stale: [], skipped: 100, scanLimitReached: true });
  assert.match(past, /No other open pull request looked at has a plan comment/);
  assert.match(past, /More than 100 open pull requests:\*\* only the 100 most recently updated were looked at/);
  const within = renderReplanReport({ mergedPull: 5, replanned: [{ pull: 6, result: 'changed' }], stale: [], skipped: 3 });
  assert.doesNotMatch(within, /More than 100/);
});
