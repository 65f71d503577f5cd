import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BodySource } from '../../../src/model/action.ts';
import { bodyLocation } from '../../../src/manifest/index.ts';
import { load, yaml } from './helpers.ts';

/** Loads a one-action manifest whose action has the given body lines (already indented under `body`). */
function bodyOf(bodyYaml: string, options: { env?: Record<string, string>; files?: Record<string, string> } = {}): BodySource {
  const text = `project_id: p1\nactions:\n  a:\n    flow: login\n    timing: before\n    url: https://example.com/hook\n${bodyYaml}`;
  const { manifest, diagnostics } = load(text, options);
  assert.ok(manifest?.actions[0]?.body, JSON.stringify(diagnostics));
  return manifest.actions[0].body;
}

function at(body: BodySource, line: number, column: number): [number, number] {
  const location = bodyLocation(body, line, column);
  return [location.line, location.column];
}

/** The 1-based line/column of the first occurrence of `needle` in `text`. */
function find(text: string, needle: string): [number, number] {
  const offset = text.indexOf(needle);
  assert.notEqual(offset, -1, needle);
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1]!.length + 1];
}

test('literal block (|): lines and columns shift by the block position', () => {
  const body = bodyOf('    body: |\n      function(ctx) {\n        email: ctx.identity.traits.email,\n      }\n');
  assert.deepEqual(body.location, { file: 'ory-actions.yaml', line: 8, column: 7 });
  assert.deepEqual(at(body, 1, 1), [8, 7]);
  assert.deepEqual(at(body, 2, 3), [9, 9]); // "email"
  assert.deepEqual(at(body, 2, 10), [9, 16]); // "ctx"
  assert.deepEqual(at(body, 3, 1), [10, 7]);
});

test('literal block with strip chomping (|-) and a blank line inside', () => {
  const body = bodyOf('    body: |-\n      local x = 1;\n\n      { x: x }\n');
  assert.equal(body.source, 'local x = 1;\n\n{ x: x }');
  assert.deepEqual(at(body, 3, 3), [10, 9]);
  assert.deepEqual(at(body, 1, 7), [8, 13]);
});

test('literal block with an explicit indentation indicator', () => {
  const body = bodyOf('    body: |2\n        function(ctx)\n      { a: 1 }\n');
  assert.equal(body.source, '  function(ctx)\n{ a: 1 }\n');
  assert.deepEqual(at(body, 1, 3), [8, 9]);
  assert.deepEqual(at(body, 2, 3), [9, 9]);
});

test('folded block (>): folded lines map back to their own source line', () => {
  const body = bodyOf('    body: >\n      function(ctx)\n      { id: ctx.identity.id }\n');
  assert.equal(body.source, 'function(ctx) { id: ctx.identity.id }\n');
  assert.deepEqual(at(body, 1, 1), [8, 7]);
  assert.deepEqual(at(body, 1, 17), [9, 9]); // "id" of the second source line
});

test('double-quoted scalar with escapes', () => {
  const text = '    body: "function(ctx) {\\n  tag: \\"x\\",\\n  id: ctx.identity.id }"\n';
  const body = bodyOf(text);
  assert.equal(body.source, 'function(ctx) {\n  tag: "x",\n  id: ctx.identity.id }');
  const line = 7;
  const source = text.split('\n')[0]!;
  assert.deepEqual(at(body, 1, 1), [line, source.indexOf('function') + 1]);
  assert.deepEqual(at(body, 2, 3), [line, source.indexOf('tag') + 1]);
  assert.deepEqual(at(body, 3, 7), [line, source.indexOf('ctx.identity') + 1]);
});

test('single-quoted scalar with a doubled quote', () => {
  const text = "    body: 'local s = ''hi''; { s: s }'\n";
  const body = bodyOf(text);
  assert.equal(body.source, "local s = 'hi'; { s: s }");
  const source = text.split('\n')[0]!;
  assert.deepEqual(at(body, 1, 17), [7, source.indexOf('{') + 1]);
});

test('multi-line plain scalar', () => {
  const body = bodyOf('    body: function(ctx)\n      ctx.identity.id\n');
  assert.equal(body.source, 'function(ctx) ctx.identity.id');
  assert.deepEqual(at(body, 1, 1), [7, 11]);
  assert.deepEqual(at(body, 1, 19), [8, 11]); // "identity" on the continuation line
});

test('positions after a resolved env reference map back to the text as written', () => {
  const body = bodyOf('    body: |\n      { t: "${{ env.T }}", id: ctx.identity.id }\n', { env: { T: 'a-much-longer-secret-value' } });
  assert.equal(body.source, '{ t: "a-much-longer-secret-value", id: ctx.identity.id }\n');
  const written = '      { t: "${{ env.T }}", id: ctx.identity.id }';
  const resolvedColumn = body.source.indexOf('id:') + 1;
  assert.deepEqual(at(body, 1, resolvedColumn), [8, written.indexOf('id:') + 1]);
  // inside the substituted value: the reference itself
  assert.deepEqual(at(body, 1, 10), [8, written.indexOf('${{') + 1]);
});

test('body_file: positions are in the file, references mapped back', () => {
  const file = 'function(ctx) {\n  key: "${{ env.K }}", email: ctx.identity.traits.email,\n}\n';
  const body = bodyOf('    body_file: bodies/x.jsonnet\n', { files: { 'bodies/x.jsonnet': file }, env: { K: 'kkkkkkkkkkkkkkkkkk' } });
  assert.equal(body.file, 'bodies/x.jsonnet');
  const resolvedLine2 = body.source.split('\n')[1]!;
  const location = bodyLocation(body, 2, resolvedLine2.indexOf('email') + 1);
  assert.deepEqual(location, { file: 'bodies/x.jsonnet', line: 2, column: find(file, 'email')[1] });
});

test('a body in a nested manifest directory points at the file from the repository root', () => {
  const { manifest } = load(
    yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          body_file: ../common/body.jsonnet
    `,
    { path: 'deploy/ory/ory-actions.yaml', files: { '../common/body.jsonnet': 'function(ctx)\n  {}\n' } },
  );
  const body = manifest!.actions[0]!.body!;
  assert.deepEqual(bodyLocation(body, 2, 3), { file: 'deploy/common/body.jsonnet', line: 2, column: 3 });
});

test('a body the loader did not make is treated as a literal block at its location', () => {
  const copy: BodySource = { source: 'a\nb', location: { file: 'm.yaml', line: 10, column: 5 } };
  assert.deepEqual(bodyLocation(copy, 2, 3), { file: 'm.yaml', line: 11, column: 7 });
});

test('out-of-range positions are clamped, not thrown', () => {
  const body = bodyOf('    body: |\n      {}\n');
  const location = bodyLocation(body, 99, 99);
  assert.equal(location.file, 'ory-actions.yaml');
  assert.ok(location.line >= 8 && location.line <= 9, String(location.line));
});
