import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPlanDifference } from '../../../src/render/index.ts';

const approved = 'aaaaaaaaaaaabbbbbbbbbbbbccccccccccccddddddddddddeeeeeeeeeeee1234';
const current = 'ffffffffffff000000000000111111111111222222222222333333333333abcd';

test('a detailed difference lists added, removed and changed changes', () => {
  const text = renderPlanDifference({
    approved: { fingerprint: approved, summary: { create: 1, update: 0, delete: 0 } },
    current: { fingerprint: current, summary: { create: 1, update: 1, delete: 1 } },
    added: ['p1 update sync_crm', 'p1 delete old_audit'],
    removed: [],
    changed: ['p1 create welcome_email'],
    detailed: true,
  });
  assert.ok(text.includes('**The plan changed since it was approved**'));
  assert.ok(text.includes('- Approved plan: `aaaaaaaaaaaa` (Plan: 1 to create, 0 to update, 0 to delete.)'));
  assert.ok(text.includes('- Current plan: `ffffffffffff` (Plan: 1 to create, 1 to update, 1 to delete.)'));
  assert.ok(text.includes('Added since approval (2):\n\n- `p1 update sync_crm`\n- `p1 delete old_audit`'));
  assert.ok(text.includes('Changed since approval (1):\n\n- `p1 create welcome_email`'));
  assert.ok(!text.includes('No longer in the plan'));
  assert.ok(!text.includes('did not carry'));
});

test('long lists are capped', () => {
  const added = Array.from({ length: 150 }, (_, i) => `p1 create h${i}`);
  const text = renderPlanDifference({
    approved: { fingerprint: approved, summary: { create: 0, update: 0, delete: 0 } },
    current: { fingerprint: current, summary: { create: 150, update: 0, delete: 0 } },
    added,
    removed: ['p1 delete gone'],
    changed: [],
    detailed: true,
  });
  assert.ok(text.includes('Added since approval (150):'));
  assert.ok(text.includes('- `p1 create h99`'));
  assert.ok(!text.includes('- `p1 create h100`'));
  assert.ok(text.includes('- … and 50 more'));
  assert.ok(text.includes('No longer in the plan (1):\n\n- `p1 delete gone`'));
});

test('without details, the summaries are compared and the reason is said', () => {
  const text = renderPlanDifference({
    approved: { fingerprint: approved, summary: { create: 3000, update: 2, delete: 0 } },
    current: { fingerprint: current, summary: { create: 3001, update: 2, delete: 4 } },
    added: [],
    removed: [],
    changed: [],
    detailed: false,
  });
  assert.ok(text.includes('The approved comment did not carry per-change details'));
  assert.ok(text.includes('- to create: 3,000 -> 3,001 (+1)'));
  assert.ok(text.includes('- to update: 2 (unchanged)'));
  assert.ok(text.includes('- to delete: 0 -> 4 (+4)'));
});

test('without details or an approved summary, only the fingerprints are compared', () => {
  const text = renderPlanDifference({
    approved: { fingerprint: approved },
    current: { fingerprint: current, summary: { create: 1, update: 0, delete: 0 } },
    added: [],
    removed: [],
    changed: [],
    detailed: false,
  });
  assert.ok(text.includes('- Approved plan: `aaaaaaaaaaaa`\n'));
  assert.ok(text.includes('only the fingerprints can be compared'));
});

test('a difference is safe in a log: no line starts a workflow command', () => {
  const text = renderPlanDifference({
    approved: { fingerprint: approved },
    current: { fingerprint: current, summary: { create: 1, update: 0, delete: 0 } },
    added: ['::error::x'],
    removed: [],
    changed: [],
    detailed: true,
  });
  for (const line of text.split('\n')) assert.ok(!/^\s*::/.test(line), line);
});
