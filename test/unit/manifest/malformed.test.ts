import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDiagnostic } from '../../../src/model/diagnostics.ts';
import { load, yaml } from './helpers.ts';
import { MALFORMED_CASES as cases } from './malformed-cases.ts';


test('the table holds at least 45 malformed manifests', () => {
  assert.ok(cases.length >= 45, `only ${cases.length} cases`);
});

for (const c of cases) {
  test(`malformed: ${c.name}`, () => {
    const result = load(c.text, {
      ...(c.env ? { env: c.env } : {}),
      ...(c.files ? { files: c.files } : {}),
      ...(c.projectIdOverride ? { projectIdOverride: c.projectIdOverride } : {}),
      ...(c.path ? { path: c.path } : {}),
    });
    assert.equal(result.manifest, undefined, 'a manifest with errors must not load');
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const found = errors.find((d) => d.message.includes(c.expect.message));
    assert.ok(found, `no error containing ${JSON.stringify(c.expect.message)}; got:\n${errors.map(formatDiagnostic).join('\n')}`);
    if (c.expect.key !== undefined) assert.equal(found.key, c.expect.key);
    assert.equal(found.location?.file, c.path ?? 'ory-actions.yaml');
    assert.deepEqual([found.location?.line, found.location?.column], [c.expect.line, c.expect.column], formatDiagnostic(found));
    if (c.expect.hint !== undefined) assert.ok(found.hint?.includes(c.expect.hint), `hint ${JSON.stringify(found.hint)} lacks ${JSON.stringify(c.expect.hint)}`);
    for (const d of result.diagnostics) assert.ok(!d.message.includes('must be equal to') && !d.message.includes('must NOT'), `raw ajv text: ${d.message}`);
  });
}

test('every error is collected, not just the first', () => {
  const result = load(yaml`
    project_id: p1
    actions:
      a:
        flow: registraton
        timing: before
        url: /relative
      b:
        flow: login
        timing: after
        url: https://example.com/b
        response_ignore: true
        response_parse: true
      c:
        flow: login
        timing: before
  `);
  const keys = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.key);
  assert.deepEqual(keys, ['actions.a.flow', 'actions.a.url', 'actions.b.auth_method', 'actions.b.response_ignore', 'actions.c.url']);
  assert.equal(result.manifest, undefined);
});
