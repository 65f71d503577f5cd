import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callFunction, evaluate, evaluateToJson, parse, JsonnetError } from '../../../src/jsonnet/index.ts';

test('literal forms: numbers, quoted, verbatim and text-block strings, comments', () => {
  assert.deepEqual(
    evaluate(`
      // line comment
      # hash comment
      /* block
         comment */
      {
        int: 42, float: 1.5e3, small: 2.5E-3, sep: 1_000,
        dq: "a\\tb\\u00e9\\ud83d\\ude00", sq: 'it\\'s',
        vd: @"C:\\path ""q""", vs: @'it''s',
        block: |||
          line one
            indented
          line three
        |||,
        chomped: |||-
          no trailing newline
        |||,
      }`),
    {
      int: 42, float: 1500, small: 0.0025, sep: 1000,
      dq: 'a\tbé😀', sq: "it's",
      vd: 'C:\\path "q"', vs: "it's",
      block: 'line one\n  indented\nline three\n',
      chomped: 'no trailing newline',
    },
  );
});

test('a text block keeps CRLF line endings', () => {
  assert.equal(evaluate('|||\r\n  a\r\n  b\r\n|||'), 'a\r\nb\r\n');
});

test('every node of the tree has a 1-based line and column', () => {
  const ast = parse('local x = 1;\n{ a: x + 2 }', 'body.jsonnet');
  assert.equal(ast.filename, 'body.jsonnet');
  const seen: { line: number; column: number }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if ('type' in n) {
        const loc = n.loc as { line: number; column: number };
        assert.ok(loc.line >= 1 && loc.column >= 1, `node ${String(n.type)} has a position`);
        seen.push(loc);
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'loc') walk(v);
    }
  };
  walk(ast.root);
  assert.ok(seen.length >= 6);
  assert.deepEqual(ast.root.loc, { line: 1, column: 1 });
  assert.equal(ast.root.type, 'Local');
  if (ast.root.type === 'Local') assert.deepEqual(ast.root.body.loc, { line: 2, column: 1 });
});

test('objects: inheritance, self, super, $, hidden and forced fields, +:', () => {
  assert.deepEqual(
    evaluate(`
      local base = { a: 1, b: self.a * 10, h:: 'hidden', nested: { x: 1 }, root: $.a };
      base + {
        a: 2,
        c: super.b + 1,
        h::: super.h + '!',
        nested+: { y: 2 },
        has: 'a' in super,
        hasMissing: 'zz' in super,
      }`),
    { a: 2, b: 20, c: 21, h: 'hidden!', nested: { x: 1, y: 2 }, root: 2, has: true, hasMissing: false },
  );
  assert.deepEqual(evaluate('{ a:: 1, b: self.a } { a: 5 }'), { b: 5 }, 'an overriding `:` keeps the field hidden');
});

test('comprehensions, locals, functions with defaults and named arguments', () => {
  assert.deepEqual(
    evaluate(`
      local add(a, b=10) = a + b;
      {
        arr: [x * y for x in [1, 2, 3] for y in [10, 100] if x != 2],
        obj: { [k + '_key']: std.length(k) for k in ['ab', 'cde'] },
        named: add(b=1, a=2),
        default: add(5),
        closure: (function(n) function(m) n * m)(6)(7),
      }`),
    { arr: [10, 100, 30, 300], obj: { ab_key: 2, cde_key: 3 }, named: 3, default: 15, closure: 42 },
  );
});

test('laziness: unused errors are never evaluated', () => {
  assert.deepEqual(evaluate('local boom = error "never"; { ok: 1, lazy:: boom, arr: std.length([boom, boom]) }'), { ok: 1, arr: 2 });
  assert.equal(evaluate('true || error "short circuit"'), true);
});

test('slicing, string formatting, deep equality, in', () => {
  assert.deepEqual(
    evaluate(`{
      s1: [0, 1, 2, 3, 4, 5][1:5:2], s2: 'abcdef'[::2], s3: 'héllo'[1:3],
      f: '%s has %03d items (%.2f%%)' % ['cart', 7, 12.345],
      named: '%(a)s-%(b)x' % { a: 'k', b: 255 },
      eq: { a: [1, { b: 2 }] } == { a: [1, { b: 2 }] },
      ne: [1, 2] != [1, 2, 3],
      inObj: 'a' in { a:: 1 },
    }`),
    { s1: [1, 3], s2: 'ace', s3: 'él', f: 'cart has 007 items (12.35%)', named: 'k-ff', eq: true, ne: true, inObj: true },
  );
});

test('asserts: expression and object asserts', () => {
  assert.equal(evaluate('assert 1 < 2 : "fine"; "ok"'), 'ok');
  assert.throws(() => evaluate('assert 1 > 2 : "custom message"; "ok"'), (e: unknown) => e instanceof JsonnetError && e.message === 'custom message');
  assert.throws(() => evaluate('{ assert self.x > 0, x: -1 }'), (e: unknown) => e instanceof JsonnetError && e.message === 'Object assertion failed.');
  assert.deepEqual(evaluate('{ assert self.x > 0, x: 1 }'), { x: 1 });
});

test('tailstrict recursion runs deeper than the stack limit', () => {
  assert.equal(evaluate('local sum(n, acc) = if n == 0 then acc else sum(n - 1, acc + n) tailstrict; sum(20000, 0)'), 200010000);
});

test('evaluateToJson lays out output like the jsonnet CLI', () => {
  assert.equal(
    evaluateToJson('{ b: [1, 2.5, 1e21, 0.1, -0.0001], a: {}, c: [], d: "é\\u0001", e: 1 / 3 }'),
    [
      '{',
      '   "a": { },',
      '   "b": [',
      '      1,',
      '      2.5,',
      '      1000000000000000000000,',
      '      0.10000000000000001,',
      '      -0.0001',
      '   ],',
      '   "c": [ ],',
      '   "d": "é\\u0001",',
      '   "e": 0.33333333333333331',
      '}',
    ].join('\n'),
  );
});

test('std: a broad sample', () => {
  assert.deepEqual(
    evaluate(`{
      fold: std.foldl(function(a, x) a + x, [1, 2, 3], 0),
      sort: std.sort([3, 1, 2]),
      sortBy: std.sort(['bb', 'a', 'ccc'], keyF=std.length),
      set: std.setUnion([1, 3], [2, 3]),
      join: std.join('-', ['a', 'b']),
      split: std.split('a,b,c', ','),
      upper: std.asciiUpper('abc'),
      json: std.manifestJsonEx({ a: [1] }, '  '),
      yaml: std.manifestYamlDoc({ a: [1, 2], b: 'x' }),
      parse: std.parseJson('{"k": [true, null]}'),
      b64: std.base64('hello'),
      unb64: std.base64Decode('aGVsbG8='),
      md5: std.md5('abc'),
      sha256: std.sha256('abc'),
      fields: std.objectFields({ b: 1, a: 2, h:: 3 }),
      native: std.native('anything'),
      mergePatch: std.mergePatch({ a: 1, b: { c: 2 } }, { b: { c: null, d: 3 } }),
    }`),
    {
      fold: 6, sort: [1, 2, 3], sortBy: ['a', 'bb', 'ccc'], set: [1, 2, 3], join: 'a-b', split: ['a', 'b', 'c'], upper: 'ABC',
      json: '{\n  "a": [\n    1\n  ]\n}', yaml: '"a":\n- 1\n- 2\n"b": "x"', parse: { k: [true, null] },
      b64: 'aGVsbG8=', unb64: 'hello', md5: '900150983cd24fb0d6963f7d28e17f72',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      fields: ['a', 'b'], native: null, mergePatch: { a: 1, b: { d: 3 } },
    },
  );
});

test('callFunction calls a function body with ctx, and exposes ctx as std.extVar("ctx")', () => {
  const ctx = { identity: { traits: { email: 'ada@example.com' } } };
  assert.deepEqual(callFunction('function(ctx) { email: ctx.identity.traits.email }', [ctx]), { email: 'ada@example.com' });
  assert.deepEqual(callFunction("{ email: std.extVar('ctx').identity.traits.email }", [ctx]), { email: 'ada@example.com' });
  assert.deepEqual(evaluate("std.extVar('v') + 1", { extVars: { v: 41 } }), 42);
});

test('a top-level function is called like the CLI calls it: defaults apply, missing arguments are errors', () => {
  assert.deepEqual(evaluate('function(x = 2) x * 3'), 6);
  assert.throws(() => evaluate('function(ctx) ctx'), (e: unknown) => e instanceof JsonnetError && /Missing argument: ctx/.test(e.message));
});

test('imports are refused: a webhook body is a single snippet', () => {
  assert.throws(() => evaluate('import "other.libsonnet"'), (e: unknown) => e instanceof JsonnetError && e.kind === 'runtime' && /imports are not supported/.test(e.message));
});

test("std is go-jsonnet's (what Kratos runs): std.modulo present, later C++ additions absent, go-jsonnet's parameter names", () => {
  assert.equal(evaluate('std.modulo(7, 3)'), 1);
  assert.equal(evaluate('-7 % 3'), -1);
  for (const missing of ['isNull', 'trunc']) {
    assert.throws(() => evaluate(`std.${missing}(1)`), (e: unknown) => e instanceof JsonnetError && e.message === `field does not exist: ${missing}`, missing);
  }
  assert.deepEqual(evaluate('[std.abs(n=-2), std.objectHasEx(obj={a: 1}, fname="a", hidden=false), std.removeAt(arr=[1, 2], i=0), std.hypot(x=3, y=4)]'), [2, true, [2], 5]);
  assert.throws(() => evaluate('std.minArray([], onEmpty=0)'), (e: unknown) => e instanceof JsonnetError && /no parameter onEmpty/.test(e.message));
  assert.equal(evaluate('std.member("foobar", "oba")'), true, 'on strings, a substring test');
  assert.equal(evaluate('(1 << 62) | 1'), 4611686018427387904, 'int64 bitwise operands');
  assert.equal(evaluate('std.objectHasAll(std, "__compare") && std.resolvePath("a/b/c.jsonnet", "d.libsonnet") == "a/b/d.libsonnet"'), true);
});
