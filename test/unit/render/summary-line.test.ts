import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summaryLine } from '../../../src/render/index.ts';

test('summaryLine is exactly the Terraform-like sentence', () => {
  assert.equal(summaryLine({ create: 1, update: 2, delete: 3 }), 'Plan: 1 to create, 2 to update, 3 to delete.');
  assert.equal(summaryLine({ create: 0, update: 0, delete: 0 }), 'Plan: 0 to create, 0 to update, 0 to delete.');
  assert.equal(summaryLine({ create: 20000, update: 0, delete: 1 }), 'Plan: 20000 to create, 0 to update, 1 to delete.');
});
