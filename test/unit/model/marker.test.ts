import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_MARKER_PREFIX, formatMarker, parseMarker } from '../../../src/model/marker.ts';
import { aMarker } from '../render/fixtures.ts';

test('formatMarker writes one HTML comment starting with the marker prefix', () => {
  const text = formatMarker(aMarker());
  assert.ok(text.startsWith(COMMENT_MARKER_PREFIX));
  assert.ok(text.endsWith(' -->'));
  assert.equal(text.indexOf('-->'), text.length - 3, 'the comment closes only at its end');
  assert.ok(!text.includes('\n'));
});

test('marker round trip keeps every field', () => {
  const marker = aMarker({
    status: 'failed',
    run_id: '987654321',
    run_url: 'https://github.com/acme/infra/actions/runs/987654321',
    failure_reason: 'plan-changed',
    changes: { 'p1 create welcome_email': 'abc123', 'p1 delete old': 'def456' },
  });
  assert.deepEqual(parseMarker(formatMarker(marker)), marker);
});

test('hostile values cannot close the HTML comment and still round trip', () => {
  const hostile = aMarker({
    manifest: 'evil --> <script>alert(1)</script> --!> & ---- -',
    head_sha: '-->',
    projects: { 'p--1': '<!-- nested -->' },
    changes: { 'key -->': 'v--' },
  });
  const text = formatMarker(hostile);
  const inner = text.slice(COMMENT_MARKER_PREFIX.length, -' -->'.length);
  assert.ok(!inner.includes('--'), inner);
  assert.ok(!inner.includes('>'));
  assert.ok(!inner.includes('<'));
  assert.deepEqual(parseMarker(text), hostile);
});

test('formatMarker is deterministic whatever the key order of its records', () => {
  const a = aMarker({ projects: { b: '2', a: '1' }, changes: { y: '1', x: '2' } });
  const b = aMarker({ projects: { a: '1', b: '2' }, changes: { x: '2', y: '1' } });
  assert.equal(formatMarker(a), formatMarker(b));
});

test('parseMarker finds the marker in a full comment body, tolerating whitespace', () => {
  const marker = aMarker();
  const json = formatMarker(marker).slice(COMMENT_MARKER_PREFIX.length, -' -->'.length);
  const body = `\r\n<!--   ory-actions-gitops\n${json}\n  -->\r\n### Ory Actions plan\n\nmore text`;
  assert.deepEqual(parseMarker(body), marker);
});

test('parseMarker rejects missing, malformed and wrongly shaped markers', () => {
  const valid = JSON.parse(formatMarker(aMarker()).slice(COMMENT_MARKER_PREFIX.length, -4)) as Record<string, unknown>;
  const wrap = (data: unknown): string => `${COMMENT_MARKER_PREFIX}${JSON.stringify(data)} -->`;
  assert.equal(parseMarker('just a comment'), undefined);
  assert.equal(parseMarker('<!-- ory-actions-gitops {not json} -->'), undefined);
  assert.equal(parseMarker('<!-- ory-actions-gitops [] -->'), undefined);
  assert.equal(parseMarker('<!-- some-other-tool {"manifest":"x"} -->'), undefined);
  assert.equal(parseMarker(wrap({ ...valid, status: 'done' })), undefined);
  assert.equal(parseMarker(wrap({ ...valid, fingerprint: 42 })), undefined);
  assert.equal(parseMarker(wrap({ ...valid, projects: { p: 1 } })), undefined);
  assert.equal(parseMarker(wrap({ ...valid, summary: { create: -1, update: 0, delete: 0 } })), undefined);
  assert.equal(parseMarker(wrap({ ...valid, changes: ['a'] })), undefined);
  const { head_sha: _omit, ...withoutHead } = valid;
  assert.equal(parseMarker(wrap(withoutHead)), undefined);
  // unknown keys (a newer version) are ignored, not fatal
  assert.deepEqual(parseMarker(wrap({ ...valid, future: true })), aMarker());
});
