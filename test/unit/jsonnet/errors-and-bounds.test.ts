import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callFunction, evaluate, evaluateBody, parse, JsonnetError } from '../../../src/jsonnet/index.ts';

function thrown(run: () => unknown): JsonnetError {
  try {
    run();
  } catch (err) {
    assert.ok(err instanceof JsonnetError, `expected a JsonnetError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected an error');
}

test('syntax errors carry kind, file, line and column', () => {
  const cases: [string, number, number, RegExp][] = [
    ['{\n  a: 1,\n  b: ,\n}', 3, 6, /unexpected: ,/],
    ['local x = 1;\nx +', 2, 4, /end of file/],
    ['{\n  email: "unterminated\n}', 2, 10, /unterminated string/],
    ['{ a: 1 b: 2 }', 1, 8, /expected a comma/],
    ['|||\n    four\n  two\n|||', 1, 1, /indentation mismatch/],
    ['\n\n  missing_var', 3, 3, /Unknown variable: missing_var/],
    ['function(x, x) x', 1, 1, /Duplicate function parameter: x/],
    ['[self.a]', 1, 2, /self outside of an object/],
    ['"bad \\q escape"', 1, 6, /unknown escape/],
  ];
  for (const [source, line, column, message] of cases) {
    const err = thrown(() => parse(source, 'body.jsonnet'));
    assert.equal(err.kind, 'syntax', source);
    assert.match(err.message, message, source);
    assert.deepEqual(err.location, { file: 'body.jsonnet', line, column }, source);
  }
});

test('evaluate reports syntax errors too, with the default filename', () => {
  const err = thrown(() => evaluate('{ a: }'));
  assert.equal(err.kind, 'syntax');
  assert.equal(err.location?.file, '<snippet>');
});

test('runtime errors carry location and a short stack trace of names', () => {
  const err = thrown(() => evaluate('local lookup(o) = o.missing;\nlocal wrap(o) = lookup(o);\n\nwrap({})', { filename: 'b.jsonnet' }));
  assert.equal(err.kind, 'runtime');
  assert.equal(err.message, 'field does not exist: missing');
  assert.deepEqual(err.location, { file: 'b.jsonnet', line: 1, column: 19 });
  assert.deepEqual(
    err.trace.map((f) => `${f.name}@${f.location.line}:${f.location.column}`),
    ['function <lookup>@2:17', 'function <wrap>@4:1'],
  );
  assert.match(err.describe(), /^RUNTIME ERROR: field does not exist: missing\n\tb.jsonnet:2:17\tfunction <lookup>/);
});

test('`error "cancel"` is a runtime error whose message is the value', () => {
  const err = thrown(() => callFunction('function(ctx) if ctx.skip then error "cancel" else {}', [{ skip: true }]));
  assert.equal(err.kind, 'runtime');
  assert.equal(err.message, 'cancel');
  assert.equal(err.location?.line, 1);
});

test('type errors and missing ctx fields are runtime errors', () => {
  assert.equal(thrown(() => callFunction('function(ctx) ctx.identity.traits.email', [{ identity: {} }])).message, 'field does not exist: traits');
  assert.match(thrown(() => evaluate('1 + {}')).message, /does not operate on types number and object/);
  assert.match(thrown(() => evaluate('std.length(1)')).message, /length operates on/);
  assert.equal(thrown(() => evaluate('1 / 0')).message, 'division by zero.');
});

test('infinite recursion stops quickly with "max stack frames exceeded"', () => {
  const started = Date.now();
  const err = thrown(() => evaluate('local f(n) = 1 + f(n + 1); f(0)'));
  assert.equal(err.kind, 'runtime');
  assert.equal(err.message, 'max stack frames exceeded.');
  assert.ok(err.trace.length > 0 && err.trace.length <= 20, 'the trace is kept short');
  assert.ok(Date.now() - started < 5000);
  assert.equal(thrown(() => evaluate('{ x: self }')).message, 'max stack frames exceeded.');
  assert.equal(thrown(() => evaluate('local L = [L]; L')).message, 'max stack frames exceeded.');
  assert.equal(thrown(() => evaluate('local o = { a: self.b, b: self.a }; o.a')).message, 'max stack frames exceeded.');
});

test('maxStack is configurable', () => {
  const deep = 'local f(n) = if n == 0 then 0 else 1 + f(n - 1); f(300)';
  assert.equal(evaluate(deep), 300);
  assert.equal(thrown(() => evaluate(deep, { maxStack: 100 })).message, 'max stack frames exceeded.');
  // beyond what the JavaScript stack holds, the host's overflow becomes the same Jsonnet error
  assert.equal(thrown(() => evaluate('local f(n) = if n == 0 then 0 else 1 + f(n - 1); f(100000)', { maxStack: 1e9 })).message, 'max stack frames exceeded.');
});

test('huge arrays and strings are refused quickly instead of exhausting memory', () => {
  const started = Date.now();
  assert.match(thrown(() => evaluate('std.range(1, 1e9)')).message, /array too large/);
  assert.match(thrown(() => evaluate('std.length(std.makeArray(1e9, function(i) i))')).message, /array too large/);
  assert.match(thrown(() => evaluate('local f(a, n) = if n == 0 then a else f(a + a, n - 1); std.length(f([1], 40))')).message, /array too large/);
  assert.match(thrown(() => evaluate('std.length(std.repeat("x", 1e10))')).message, /too large/);
  assert.match(thrown(() => evaluate("local f(s, n) = if n == 0 then s else f(s + s, n - 1) tailstrict; std.length(f('x', 40))")).message, /string too large/);
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('a body that never ends stops at the time limit', () => {
  const started = Date.now();
  const err = thrown(() => evaluate('local loop(n) = loop(n + 1) tailstrict; loop(0)', { timeoutMs: 200 }));
  const elapsed = Date.now() - started;
  assert.match(err.message, /timed out/);
  assert.ok(elapsed >= 150 && elapsed < 3000, `stopped after ${elapsed} ms`);
  const comprehension = thrown(() => evaluate('std.length([x for x in std.range(1, 900000) for y in std.range(1, 900000) if x < 0])', { timeoutMs: 100 }));
  assert.match(comprehension.message, /timed out/);
});

test('hostile bodies end in located Jsonnet errors, bounded in time and memory', () => {
  const started = Date.now();
  const located = (source: string, message: RegExp, options = {}) => {
    // as a body is evaluated for its preview: to go-jsonnet's output text
    const err = thrown(() => evaluateBody(source, {}, { timeoutMs: 1000, ...options }));
    assert.match(err.message, message, source);
    assert.ok(err.location && err.location.line >= 1 && err.location.column >= 1, `${source}: located`);
  };
  located("std.stringChars(std.repeat('x', 99999999))", /string too large/);
  located("std.length(std.stringChars(std.repeat('x', 9999999)))", /array too large/);
  located("std.base64(std.repeat('x', 99999999))", /string too large/);
  located('local a = std.range(1, 999999); [a for i in std.range(1, 1000)]', /out of memory|timed out/);
  located("local s = std.repeat('x', 9999999); [s for i in std.range(1, 1000)]", /out of memory/);
  located("'%99999999999d' % 1", /width or precision too large/);
  // the host's own stack overflow, past a stack limit set beyond it, is a located Jsonnet error too
  located('local f(n) = if n == 0 then 0 else 1 + f(n - 1); f(100000)', /max stack frames exceeded/, { maxStack: 1e9 });
  located(`std.parseYaml(${JSON.stringify('a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]')})`, /std\.parseYaml: .*alias/i);
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
});

test('lexing is linear: 60,000 operator characters lex in well under a second', () => {
  for (const op of ['+', '!', '-', '~', '+-']) {
    const started = Date.now();
    const err = thrown(() => parse(`1 ${op.repeat(60_000 / op.length)} 1`, 'ops.jsonnet'));
    assert.equal(err.kind, 'syntax');
    assert.ok(err.location, 'located');
    assert.ok(Date.now() - started < 1000, `${op}: ${Date.now() - started} ms`);
  }
  assert.equal(evaluate('1 +-+- 1'), 2, 'a run of + - ~ ! after an operator is unary operators, as before');
  assert.deepEqual(evaluate('[2 <= -1, 3 - -1, !!true]'), [false, 4, true]);
});

test('a program over the size bound is a syntax error at its start', () => {
  const err = thrown(() => parse(`"${'x'.repeat(1_000_001)}"`, 'big.jsonnet'));
  assert.equal(err.kind, 'syntax');
  assert.deepEqual(err.location, { file: 'big.jsonnet', line: 1, column: 1 });
});
