/** The approval decision (SPEC section 4): per project, exactly what was approved or nothing; applied approvals are spent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideApproval, type Approval } from '../../../src/planner/approval.ts';
import { aPlan, aProject } from '../render/fixtures.ts';

const A = 'proj-a';
const B = 'proj-b';
/** A plan over projects A and B whose per-project fingerprints (changes left to write) are given; absent: nothing left. */
const planWith = (fingerprints: Record<string, string>, whole = 'sha256:whole') =>
  aPlan([aProject({ projectId: A }), aProject({ projectId: B })], { fingerprint: whole, projectFingerprints: fingerprints });
const approvedBoth: Approval = { fingerprint: 'sha256:whole', projectFingerprints: { [A]: 'fa', [B]: 'fb' }, status: 'planned' };

test('exactly the approved changes in every project: approved, each project applied', () => {
  const decision = decideApproval(approvedBoth, planWith({ [A]: 'fa', [B]: 'fb' }));
  assert.equal(decision.approved, true);
  assert.deepEqual(decision.projects.map((p) => p.verdict), ['apply', 'apply']);
});

test('one project differs: plan-changed, and nothing is approved (not even the project that matches)', () => {
  const decision = decideApproval(approvedBoth, planWith({ [A]: 'fa', [B]: 'fb-changed' }));
  assert.equal(decision.approved, false);
  assert.equal(decision.failure, 'plan-changed');
  assert.deepEqual(decision.projects.map((p) => p.verdict), ['apply', 'differs']);
});

test('a re-run after project A was applied: A has nothing left, B still exactly as approved: approved', () => {
  const afterPartial: Approval = { ...approvedBoth, status: 'failed', projectOutcomes: { [A]: 'applied', [B]: 'failed' } };
  const decision = decideApproval(afterPartial, planWith({ [B]: 'fb' }));
  assert.equal(decision.approved, true);
  assert.deepEqual(decision.projects.map((p) => p.verdict), ['nothing-left', 'apply']);
});

test('a project already applied under this approval that has changes again is spent, never written twice', () => {
  const afterPartial: Approval = { ...approvedBoth, status: 'failed', projectOutcomes: { [A]: 'applied', [B]: 'failed' } };
  const decision = decideApproval(afterPartial, planWith({ [A]: 'fa', [B]: 'fb' }));
  assert.equal(decision.approved, false);
  assert.equal(decision.failure, 'no-approved-plan');
  assert.deepEqual(decision.projects.map((p) => p.verdict), ['spent', 'apply']);
});

test('an applied approval is spent: the same changes again (someone undid them in the Console) are not approved', () => {
  const decision = decideApproval({ ...approvedBoth, status: 'applied' }, planWith({ [A]: 'fa' }));
  assert.equal(decision.approved, false);
  assert.equal(decision.failure, 'no-approved-plan');
  assert.equal(decideApproval({ ...approvedBoth, status: 'applied' }, planWith({})).approved, true, 'nothing to write needs nothing');
});

test('changes in a project the approval did not cover differ; a failure status does not change the approval', () => {
  const onlyA: Approval = { fingerprint: 'sha256:x', projectFingerprints: { [A]: 'fa' }, status: 'failed' };
  const decision = decideApproval(onlyA, planWith({ [A]: 'fa', [B]: 'fb' }));
  assert.equal(decision.failure, 'plan-changed');
  assert.deepEqual(decision.projects[1], { projectId: B, verdict: 'differs', fingerprint: 'fb' });
  assert.equal(decideApproval(onlyA, planWith({ [A]: 'fa' })).approved, true);
});

test('a comment without per-project fingerprints approves only the whole plan', () => {
  const legacy: Approval = { fingerprint: 'sha256:whole', status: 'planned' };
  assert.equal(decideApproval(legacy, planWith({ [A]: 'fa', [B]: 'fb' })).approved, true);
  assert.equal(decideApproval(legacy, planWith({ [B]: 'fb' }, 'sha256:part')).failure, 'plan-changed');
});
