import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_PARSED_PROGRAMS } from '../../../src/jsonnet/engine.ts';
import { callFunction, parse } from '../../../src/jsonnet/index.ts';

test('a program is parsed once per source and file name; another file name gets its own tree', () => {
  const source = 'function(ctx) { id: ctx.id, tag: "parse-cache-1" }';
  const first = parse(source, 'bodies/a.jsonnet');
  assert.equal(parse(source, 'bodies/a.jsonnet'), first, 'the same source and file share one tree');
  const other = parse(source, 'bodies/b.jsonnet');
  assert.notEqual(other, first);
  assert.equal(other.filename, 'bodies/b.jsonnet', 'a tree names the file it was parsed for');
  assert.equal(first.filename, 'bodies/a.jsonnet');
  // an evaluation after the check finds the tree (and gives the right answer)
  assert.deepEqual(callFunction(source, [{ id: 'x' }], { filename: 'bodies/a.jsonnet' }), { id: 'x', tag: 'parse-cache-1' });
});

test('the cache is bounded: past its size the oldest sources are parsed again, the newest are kept', () => {
  const oldest = parse('{ first: "parse-cache-2" }', 'bound.jsonnet');
  for (let i = 0; i < MAX_PARSED_PROGRAMS; i++) parse(`{ n: ${i}, tag: "parse-cache-2" }`, 'bound.jsonnet');
  const newest = parse(`{ n: ${MAX_PARSED_PROGRAMS - 1}, tag: "parse-cache-2" }`, 'bound.jsonnet');
  assert.equal(parse(`{ n: ${MAX_PARSED_PROGRAMS - 1}, tag: "parse-cache-2" }`, 'bound.jsonnet'), newest);
  assert.notEqual(parse('{ first: "parse-cache-2" }', 'bound.jsonnet'), oldest, 'the oldest was dropped');
});
