/**
 * The stand-ins scripts/bundle-edits/ puts into the bundle must behave like what they replace on the
 * paths the bundle can take, and fail loudly on the paths it must never take.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const require = createRequire(import.meta.url);

test('the form-data stand-in refuses to build a multipart body', () => {
  const FormData = require('../../../scripts/bundle-edits/stubs/form-data.cjs') as new () => unknown;
  assert.throws(() => new FormData(), /multipart request bodies are not part of the ory-actions-gitops bundle/);
});
