/** The standard library `std`, implemented natively. */
import { createHash } from 'node:crypto';
import { parseAllDocuments } from 'yaml';
import type { Position } from './ast.ts';
import { formatString } from './format.ts';
import { frexp, goAcos, goAsin, goAtan, goAtan2, goCos, goPow, goSin, goTan } from './go-math.ts';
import { codePoints, compareStrings, MAX_ARRAY_LENGTH, MAX_STRING_LENGTH, stringLength, type Interpreter } from './interpreter.ts';
import {
  escapeJsonString, escapeXml, manifestIni, manifestJson, manifestJsonEx, manifestPython, manifestPythonVars,
  manifestTomlEx, manifestXmlJsonml, manifestYamlDoc, manifestYamlStream, type ManifestContext,
} from './manifest.ts';
import { Env, JArray, JFunction, JObject, Thunk, typeOf, type BuiltinContext, type BuiltinParam, type FieldDef, type Value } from './values.ts';

type Args = readonly (Thunk | undefined)[];

const builtins = new Map<string, JFunction>();

const paramsOf = (spec: readonly (string | BuiltinParam)[]): BuiltinParam[] =>
  spec.map((p) => (typeof p === 'string' ? { name: p } : p));

/** A builtin whose arguments are all evaluated before it runs. */
function strict(name: string, params: readonly (string | BuiltinParam)[], impl: (args: Value[], ctx: BuiltinContext) => Value): void {
  builtins.set(
    name,
    JFunction.native(name, paramsOf(params), (args, ctx) => impl(args.map((a) => (a ? a.get() : (undefined as unknown as Value))), ctx)),
  );
}

/** A builtin that receives its arguments unevaluated. */
function lazy(name: string, params: readonly (string | BuiltinParam)[], impl: (args: Args, ctx: BuiltinContext) => Value): void {
  builtins.set(name, JFunction.native(name, paramsOf(params), impl));
}

function fail(ctx: BuiltinContext, message: string): never {
  return ctx.interp.fail(message, ctx.loc);
}

function expect<T extends Value>(ctx: BuiltinContext, fn: string, v: Value, type: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'function'): T {
  if (typeOf(v) !== type) fail(ctx, `Builtin function ${fn} expected (${type}) but got (${typeOf(v)})`);
  return v as T;
}
const str = (ctx: BuiltinContext, fn: string, v: Value): string => expect<string>(ctx, fn, v, 'string');
const num = (ctx: BuiltinContext, fn: string, v: Value): number => expect<number>(ctx, fn, v, 'number');
const arr = (ctx: BuiltinContext, fn: string, v: Value): JArray => expect<JArray>(ctx, fn, v, 'array');
const obj = (ctx: BuiltinContext, fn: string, v: Value): JObject => expect<JObject>(ctx, fn, v, 'object');
const func = (ctx: BuiltinContext, fn: string, v: Value): JFunction => expect<JFunction>(ctx, fn, v, 'function');
const values = (a: JArray): Value[] => a.items.map((t) => t.get());
const arrayOf = (xs: readonly Value[]): JArray => new JArray(xs.map((x) => Thunk.of(x)));
const mctx = (ctx: BuiltinContext): ManifestContext => ({ interp: ctx.interp, loc: ctx.loc });
const checked = (ctx: BuiltinContext, v: number): number => ctx.interp.checkNumber(v, ctx.loc);

/** An object with visible fields holding the given values. */
export function objectOf(entries: Iterable<[string, Thunk]>): JObject {
  const fields = new Map<string, FieldDef>();
  for (const [k, t] of entries) fields.set(k, { visibility: 'default', plus: false, thunk: t });
  return new JObject([{ fields, asserts: [], locals: [], env: Env.root() }]);
}

function toStr(ctx: BuiltinContext, v: Value): string {
  return typeof v === 'string' ? v : ctx.interp.toStringValue(v, ctx.loc);
}

/** Refuses, before making it, an array over the size bound (builtins that expand their input). */
function checkArraySize(ctx: BuiltinContext, n: number): void {
  if (n > MAX_ARRAY_LENGTH) fail(ctx, `array too large: ${n} elements`);
}

/** Refuses, before making it, a string over the size bound. */
function checkStringSize(ctx: BuiltinContext, n: number): void {
  if (n > MAX_STRING_LENGTH) fail(ctx, `string too large: ${n} characters`);
}

// ---- types and reflection -------------------------------------------------------------------

strict('type', ['x'], ([x]) => typeOf(x!));
strict('isArray', ['v'], ([v]) => v instanceof JArray);
strict('isBoolean', ['v'], ([v]) => typeof v === 'boolean');
strict('isFunction', ['v'], ([v]) => v instanceof JFunction);
strict('isNumber', ['v'], ([v]) => typeof v === 'number');
strict('isObject', ['v'], ([v]) => v instanceof JObject);
strict('isString', ['v'], ([v]) => typeof v === 'string');
strict('length', ['x'], ([x], ctx) => {
  if (typeof x === 'string') return stringLength(x);
  if (x instanceof JArray) return x.items.length;
  if (x instanceof JObject) return ctx.interp.visibleFields(x).length;
  if (x instanceof JFunction) return x.params.length;
  return fail(ctx, `length operates on strings, objects, functions and arrays, got ${typeOf(x!)}`);
});
strict('objectHas', ['o', 'f'], ([o, f], ctx) => ctx.interp.visibleFields(obj(ctx, 'objectHas', o!), false).includes(str(ctx, 'objectHas', f!)));
strict('objectHasAll', ['o', 'f'], ([o, f], ctx) => obj(ctx, 'objectHasAll', o!).findLayer(str(ctx, 'objectHasAll', f!)) >= 0);
strict('objectHasEx', ['obj', 'fname', 'hidden'], ([o, f, h], ctx) => {
  const object = obj(ctx, 'objectHasEx', o!);
  const name = str(ctx, 'objectHasEx', f!);
  expect<boolean>(ctx, 'objectHasEx', h!, 'boolean');
  const vis = object.fieldVisibility().get(name);
  return vis === undefined ? false : h ? true : vis;
});
strict('objectFields', ['o'], ([o], ctx) => arrayOf(ctx.interp.visibleFields(obj(ctx, 'objectFields', o!))));
strict('objectFieldsAll', ['o'], ([o], ctx) => arrayOf(ctx.interp.visibleFields(obj(ctx, 'objectFieldsAll', o!), true)));
strict('objectFieldsEx', ['obj', 'hidden'], ([o, h], ctx) =>
  arrayOf(ctx.interp.visibleFields(obj(ctx, 'objectFieldsEx', o!), expect<boolean>(ctx, 'objectFieldsEx', h!, 'boolean'))));
const objectValues = (ctx: BuiltinContext, o: JObject, hidden: boolean): JArray =>
  new JArray(ctx.interp.visibleFields(o, hidden).map((k) => Thunk.computed(() => ctx.interp.getField(o, k, ctx.loc))));
const objectKeysValues = (ctx: BuiltinContext, o: JObject, hidden: boolean): JArray =>
  new JArray(
    ctx.interp.visibleFields(o, hidden).map((k) =>
      Thunk.of(objectOf([['key', Thunk.of(k)], ['value', Thunk.computed(() => ctx.interp.getField(o, k, ctx.loc))]])),
    ),
  );
strict('objectValues', ['o'], ([o], ctx) => objectValues(ctx, obj(ctx, 'objectValues', o!), false));
strict('objectValuesAll', ['o'], ([o], ctx) => objectValues(ctx, obj(ctx, 'objectValuesAll', o!), true));
strict('objectKeysValues', ['o'], ([o], ctx) => objectKeysValues(ctx, obj(ctx, 'objectKeysValues', o!), false));
strict('objectKeysValuesAll', ['o'], ([o], ctx) => objectKeysValues(ctx, obj(ctx, 'objectKeysValuesAll', o!), true));
strict('objectRemoveKey', ['obj', 'key'], ([o, key], ctx) => {
  const object = obj(ctx, 'objectRemoveKey', o!);
  const k = str(ctx, 'objectRemoveKey', key!);
  // the key disappears for lookups from outside; super inside the object still sees it
  return new JObject(object.layers, [...object.removals, { key: k, start: 0, end: object.layers.length }]);
});
lazy('get', ['o', 'f', { name: 'default', defaultValue: null }, { name: 'inc_hidden', defaultValue: true }], (args, ctx) => {
  const o = obj(ctx, 'get', args[0]!.get());
  const f = str(ctx, 'get', args[1]!.get());
  const vis = o.fieldVisibility().get(f);
  const incHidden = args[3]!.get();
  if (vis === undefined || (!vis && !incHidden)) return args[2]!.get();
  return ctx.interp.getField(o, f, ctx.loc);
});
strict('mapWithKey', ['func', 'obj'], ([f, o], ctx) => {
  const fn = func(ctx, 'mapWithKey', f!);
  const object = obj(ctx, 'mapWithKey', o!);
  return objectOf(
    ctx.interp.visibleFields(object).map((k) => [
      k,
      Thunk.computed(() => ctx.interp.callThunks(fn, [Thunk.of(k), Thunk.computed(() => ctx.interp.getField(object, k, ctx.loc))], ctx.loc), '', ctx.interp),
    ]),
  );
});
strict('prune', ['a'], ([a], ctx) => {
  const isContent = (v: Value): boolean =>
    !(v === null || (v instanceof JArray && v.items.length === 0) || (v instanceof JObject && ctx.interp.visibleFields(v).length === 0));
  const prune = (v: Value): Value => {
    if (v instanceof JArray) return arrayOf(values(v).map(prune).filter(isContent));
    if (v instanceof JObject) {
      const entries: [string, Thunk][] = [];
      for (const k of ctx.interp.visibleFields(v)) {
        const p = prune(ctx.interp.getField(v, k, ctx.loc));
        if (isContent(p)) entries.push([k, Thunk.of(p)]);
      }
      return objectOf(entries);
    }
    return v;
  };
  return prune(a!);
});
lazy('extVar', ['x'], (args, ctx) => {
  const name = str(ctx, 'extVar', args[0]!.get());
  const v = ctx.interp.options.extVars.get(name);
  if (!v) fail(ctx, `Undefined external variable: ${name}`);
  return v();
});
// Kratos registers no native functions: std.native(name) is null for every name, as in go-jsonnet
strict('native', ['x'], ([x], ctx) => (str(ctx, 'native', x!), null));
lazy('trace', ['str', 'rest'], (args, ctx) => {
  const first = args[0]!.get();
  if (typeof first !== 'string') fail(ctx, `Builtin function trace expected string as first parameter but got ${typeOf(first)}`);
  const message = first;
  const where = ctx.interp.location(ctx.loc);
  ctx.interp.options.onTrace?.(message, where ?? { file: ctx.interp.options.filename, line: 0, column: 0 });
  return args[1]!.get();
});
strict('equals', ['x', 'y'], ([a, b], ctx) => ctx.interp.equals(a!, b!, ctx.loc));
strict('primitiveEquals', ['x', 'y'], ([a, b], ctx) => {
  if (typeOf(a!) !== typeOf(b!)) return false;
  if (a instanceof JFunction) return fail(ctx, 'Cannot test equality of functions');
  if (a instanceof JArray || a instanceof JObject) return fail(ctx, `primitiveEquals operates on primitive types, got ${typeOf(a)}`);
  return a === b;
});
strict('assertEqual', ['a', 'b'], ([a, b], ctx) => {
  if (ctx.interp.equals(a!, b!, ctx.loc)) return true;
  const show = (v: Value): string => manifestJson(mctx(ctx), v, '', false);
  return fail(ctx, `Assertion failed. ${show(a!)} != ${show(b!)}`);
});
strict('id', ['x'], ([x]) => x!);

// ---- math -------------------------------------------------------------------------------------

const math1 = (name: string, f: (x: number) => number): void =>
  strict(name, ['x'], ([x], ctx) => checked(ctx, f(num(ctx, name, x!))));
const math1n = (name: string, f: (x: number) => number): void =>
  strict(name, ['n'], ([x], ctx) => checked(ctx, f(num(ctx, name, x!))));
math1n('abs', Math.abs);
math1n('sign', Math.sign);
math1('floor', Math.floor);
math1('ceil', Math.ceil);
math1('sqrt', Math.sqrt);
math1('sin', goSin);
math1('cos', goCos);
math1('tan', goTan);
math1('asin', goAsin);
math1('acos', goAcos);
math1('atan', goAtan);
math1('exp', Math.exp);
math1('log', Math.log);
math1('log2', Math.log2);
math1('log10', Math.log10);
math1('round', (x) => Math.sign(x) * Math.floor(Math.abs(x) + 0.5));
math1('deg2rad', (x) => (x * Math.PI) / 180);
math1('rad2deg', (x) => (x * 180) / Math.PI);
strict('atan2', ['y', 'x'], ([y, x], ctx) => goAtan2(num(ctx, 'atan2', y!), num(ctx, 'atan2', x!)));
strict('hypot', ['x', 'y'], ([a, b], ctx) => Math.hypot(num(ctx, 'hypot', a!), num(ctx, 'hypot', b!)));
strict('pow', ['x', 'n'], ([x, n], ctx) => checked(ctx, goPow(num(ctx, 'pow', x!), num(ctx, 'pow', n!))));
strict('max', ['a', 'b'], ([a, b], ctx) => Math.max(num(ctx, 'max', a!), num(ctx, 'max', b!)));
strict('min', ['a', 'b'], ([a, b], ctx) => Math.min(num(ctx, 'min', a!), num(ctx, 'min', b!)));
strict('clamp', ['x', 'minVal', 'maxVal'], ([x, lo, hi], ctx) => {
  const v = num(ctx, 'clamp', x!);
  const l = num(ctx, 'clamp', lo!);
  const h = num(ctx, 'clamp', hi!);
  return v < l ? l : v > h ? h : v;
});
strict('exponent', ['x'], ([x], ctx) => frexp(num(ctx, 'exponent', x!))[1]);
strict('mantissa', ['x'], ([x], ctx) => frexp(num(ctx, 'mantissa', x!))[0]);
strict('isEven', ['x'], ([x], ctx) => Math.trunc(num(ctx, 'isEven', x!)) % 2 === 0);
strict('isOdd', ['x'], ([x], ctx) => Math.abs(Math.trunc(num(ctx, 'isOdd', x!)) % 2) === 1);
strict('isInteger', ['x'], ([x], ctx) => Number.isInteger(num(ctx, 'isInteger', x!)));
strict('isDecimal', ['x'], ([x], ctx) => !Number.isInteger(num(ctx, 'isDecimal', x!)));
strict('mod', ['a', 'b'], ([a, b], ctx) => {
  if (typeof a === 'number' && typeof b === 'number') return ctx.interp.binary('%', a, b, ctx.loc!);
  if (typeof a === 'string') return formatString(ctx.interp, a, b!, ctx.loc);
  return fail(ctx, `Operator % cannot be used on types ${typeOf(a!)} and ${typeOf(b!)}.`);
});
// what the `%` operator on numbers uses in go-jsonnet (std.mod calls it)
strict('modulo', ['x', 'y'], ([a, b], ctx) => {
  const x = num(ctx, 'modulo', a!);
  const y = num(ctx, 'modulo', b!);
  if (y === 0) fail(ctx, 'Division by zero.');
  return checked(ctx, x % y);
});
strict('xor', ['x', 'y'], ([x, y], ctx) => expect<boolean>(ctx, 'xor', x!, 'boolean') !== expect<boolean>(ctx, 'xor', y!, 'boolean'));
strict('xnor', ['x', 'y'], ([x, y], ctx) => expect<boolean>(ctx, 'xnor', x!, 'boolean') === expect<boolean>(ctx, 'xnor', y!, 'boolean'));

// ---- strings --------------------------------------------------------------------------------

strict('toString', ['a'], ([a], ctx) => toStr(ctx, a!));
strict('codepoint', ['str'], ([s], ctx) => {
  const cps = codePoints(str(ctx, 'codepoint', s!));
  if (cps.length !== 1) fail(ctx, `codepoint takes a string of length 1, got length ${cps.length}`);
  return cps[0]!.codePointAt(0)!;
});
strict('char', ['n'], ([n], ctx) => {
  const c = num(ctx, 'char', n!);
  if (c < 0 || c > 0x10ffff || !Number.isInteger(c)) fail(ctx, `Invalid unicode codepoint, got ${c}`);
  return String.fromCodePoint(c);
});
strict('substr', ['str', 'from', 'len'], ([s, from, len], ctx) => {
  const cps = codePoints(str(ctx, 'substr', s!));
  const f = num(ctx, 'substr', from!);
  const l = num(ctx, 'substr', len!);
  if (!Number.isInteger(f) || f < 0) fail(ctx, `substr second parameter should be a non-negative integer, got ${f}`);
  if (!Number.isInteger(l) || l < 0) fail(ctx, `substr third parameter should be a non-negative integer, got ${l}`);
  return cps.slice(f, f + l).join('');
});
strict('findSubstr', ['pat', 'str'], ([p, s], ctx) => {
  const pat = codePoints(str(ctx, 'findSubstr', p!));
  const text = codePoints(str(ctx, 'findSubstr', s!));
  const out: number[] = [];
  if (pat.length === 0) return arrayOf(out);
  for (let i = 0; i + pat.length <= text.length; i++) {
    let ok = true;
    // quadratic at worst: the clock is checked as it goes
    for (let j = 0; j < pat.length && ok; j++) {
      ok = text[i + j] === pat[j];
      ctx.interp.tick(ctx.loc);
    }
    if (ok) out.push(i);
  }
  return arrayOf(out);
});
strict('startsWith', ['a', 'b'], ([a, b], ctx) => str(ctx, 'startsWith', a!).startsWith(str(ctx, 'startsWith', b!)));
strict('endsWith', ['a', 'b'], ([a, b], ctx) => str(ctx, 'endsWith', a!).endsWith(str(ctx, 'endsWith', b!)));
const stripper = (name: string, left: boolean, right: boolean): void =>
  strict(name, ['str', 'chars'], ([s, c], ctx) => {
    const cps = codePoints(str(ctx, name, s!));
    const set = new Set(codePoints(str(ctx, name, c!)));
    let i = 0;
    let j = cps.length;
    if (left) while (i < j && set.has(cps[i]!)) i++;
    if (right) while (j > i && set.has(cps[j - 1]!)) j--;
    return cps.slice(i, j).join('');
  });
stripper('stripChars', true, true);
stripper('lstripChars', true, false);
stripper('rstripChars', false, true);
strict('trim', ['str'], ([s], ctx) => {
  const ws = new Set([' ', '\t', '\n', '\f', '\r', '\u0085', '\u00a0']);
  const cps = codePoints(str(ctx, 'trim', s!));
  let i = 0;
  let j = cps.length;
  while (i < j && ws.has(cps[i]!)) i++;
  while (j > i && ws.has(cps[j - 1]!)) j--;
  return cps.slice(i, j).join('');
});
const maxSplits = (ctx: BuiltinContext, name: string, v: Value): number => {
  const n = num(ctx, name, v);
  if (n < -1) fail(ctx, `std.${name} third parameter should be -1 or non-negative, got ${n}`);
  return n;
};
const splitLimit = (s: string, sep: string, max: number): string[] => {
  const parts = s.split(sep);
  if (max < 0 || parts.length <= max + 1) return parts;
  return [...parts.slice(0, max), parts.slice(max).join(sep)];
};
strict('split', ['str', 'c'], ([s, c], ctx) => {
  const sep = str(ctx, 'split', c!);
  if (sep.length === 0) fail(ctx, 'std.split second parameter must not be empty');
  return arrayOf(str(ctx, 'split', s!).split(sep));
});
strict('splitLimit', ['str', 'c', 'maxsplits'], ([s, c, m], ctx) => {
  const sep = str(ctx, 'splitLimit', c!);
  if (sep.length === 0) fail(ctx, 'std.splitLimit second parameter must not be empty');
  return arrayOf(splitLimit(str(ctx, 'splitLimit', s!), sep, maxSplits(ctx, 'splitLimit', m!)));
});
strict('splitLimitR', ['str', 'c', 'maxsplits'], ([s, c, m], ctx) => {
  const sep = str(ctx, 'splitLimitR', c!);
  if (sep.length === 0) fail(ctx, 'std.splitLimitR second parameter must not be empty');
  const max = maxSplits(ctx, 'splitLimitR', m!);
  const parts = str(ctx, 'splitLimitR', s!).split(sep);
  if (max < 0 || parts.length <= max + 1) return arrayOf(parts);
  const keep = parts.length - max;
  return arrayOf([parts.slice(0, keep).join(sep), ...parts.slice(keep)]);
});
strict('strReplace', ['str', 'from', 'to'], ([s, f, t], ctx) => {
  const from = str(ctx, 'strReplace', f!);
  if (from.length === 0) fail(ctx, "'from' string must not be zero length.");
  return str(ctx, 'strReplace', s!).split(from).join(str(ctx, 'strReplace', t!));
});
strict('isEmpty', ['str'], ([s], ctx) => str(ctx, 'isEmpty', s!).length === 0);
strict('equalsIgnoreCase', ['str1', 'str2'], ([a, b], ctx) =>
  asciiLower(str(ctx, 'equalsIgnoreCase', a!)) === asciiLower(str(ctx, 'equalsIgnoreCase', b!)));
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
strict('asciiUpper', ['str'], ([s], ctx) => str(ctx, 'asciiUpper', s!).replace(/[a-z]/g, (c) => c.toUpperCase()));
strict('asciiLower', ['str'], ([s], ctx) => asciiLower(str(ctx, 'asciiLower', s!)));
strict('stringChars', ['str'], ([s], ctx) => {
  const text = str(ctx, 'stringChars', s!);
  checkArraySize(ctx, text.length);
  return arrayOf(codePoints(text));
});
strict('format', ['str', 'vals'], ([s, v], ctx) => formatString(ctx.interp, str(ctx, 'format', s!), v!, ctx.loc));
strict('escapeStringJson', ['str_'], ([s], ctx) => escapeJsonString(toStr(ctx, s!)));
strict('escapeStringPython', ['str'], ([s], ctx) => escapeJsonString(toStr(ctx, s!)));
strict('escapeStringBash', ['str_'], ([s], ctx) => `'${toStr(ctx, s!).split("'").join(`'"'"'`)}'`);
strict('escapeStringDollars', ['str_'], ([s], ctx) => toStr(ctx, s!).split('$').join('$$'));
strict('escapeStringXML', ['str_'], ([s], ctx) => escapeXml(toStr(ctx, s!)));
const parseRadix = (name: string, radix: number, pattern: RegExp): void =>
  strict(name, ['str'], ([s], ctx) => {
    const text = str(ctx, name, s!);
    if (!pattern.test(text)) fail(ctx, `${name}: ${JSON.stringify(text)} is not a valid number in base ${radix}`);
    const negative = text.startsWith('-');
    const digits = negative ? text.slice(1) : text;
    let v = 0;
    for (const c of digits) v = v * radix + parseInt(c, radix);
    return negative ? -v : v;
  });
parseRadix('parseInt', 10, /^-?[0-9]+$/);
parseRadix('parseOctal', 8, /^[0-7]+$/);
parseRadix('parseHex', 16, /^[0-9a-fA-F]+$/);
strict('parseJson', ['str'], ([s], ctx) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(str(ctx, 'parseJson', s!));
  } catch (err) {
    fail(ctx, `failed to parse JSON: ${(err as Error).message}`);
  }
  return fromJs(parsed);
});
strict('parseYaml', ['str'], ([s], ctx) => {
  const text = str(ctx, 'parseYaml', s!);
  const docs = parseAllDocuments(text, { version: '1.2', schema: 'core' } as never);
  const list = Array.isArray(docs) ? docs : [docs];
  const results: unknown[] = [];
  for (const d of list as { errors: { message: string }[]; toJS(): unknown; contents: unknown }[]) {
    if (d.errors.length) fail(ctx, `YAML error: ${d.errors[0]!.message}`);
    results.push(d.toJS());
  }
  if (results.length === 0) return null;
  if (results.length === 1) return fromJs(results[0] ?? null);
  return fromJs(results);
});
strict('encodeUTF8', ['str'], ([s], ctx) => arrayOf([...Buffer.from(str(ctx, 'encodeUTF8', s!), 'utf8')]));
strict('decodeUTF8', ['arr'], ([a], ctx) => {
  const bytes = values(arr(ctx, 'decodeUTF8', a!)).map((b, i) => {
    if (typeof b !== 'number') fail(ctx, `Element ${i} of the provided array was not a number`);
    if (!Number.isInteger(b) || b < 0 || b > 255) fail(ctx, `Element ${i} of the provided array was not an integer in range [0,255]`);
    return b;
  });
  return Buffer.from(bytes).toString('utf8');
});
const bytesOf = (ctx: BuiltinContext, name: string, v: Value): Buffer => {
  if (typeof v === 'string') return Buffer.from(v, 'utf8');
  if (v instanceof JArray) {
    return Buffer.from(
      values(v).map((b) => {
        if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > 255) fail(ctx, `${name}: array elements must be bytes (integers 0-255)`);
        return b as number;
      }),
    );
  }
  return fail(ctx, `${name} expects a string or an array of bytes, got ${typeOf(v)}`);
};
strict('base64', ['input'], ([v], ctx) => {
  if (typeof v === 'string') {
    // each code point is one byte, as in go-jsonnet, which refuses code points above 255
    const wide = /[^\u0000-\u00ff]/.exec(v);
    if (wide) fail(ctx, `base64 encountered invalid codepoint value in the array (must be 0 <= X <= 255), got ${wide[0].codePointAt(0)! >= 0xd800 && wide[0].codePointAt(0)! <= 0xdbff ? v.codePointAt(wide.index) : wide[0].codePointAt(0)}`);
    return Buffer.from(v, 'latin1').toString('base64');
  }
  return bytesOf(ctx, 'base64', v!).toString('base64');
});
const base64Bytes = (ctx: BuiltinContext, name: string, v: Value): Buffer => {
  const s = str(ctx, name, v);
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) fail(ctx, `${name}: not valid base64: the input length must be a multiple of 4`);
  return Buffer.from(s, 'base64');
};
strict('base64Decode', ['str'], ([s], ctx) => base64Bytes(ctx, 'base64Decode', s!).toString('latin1'));
strict('base64DecodeBytes', ['str'], ([s], ctx) => arrayOf([...base64Bytes(ctx, 'base64DecodeBytes', s!)]));
const digest = (name: string, algorithm: string): void =>
  strict(name, ['s'], ([s], ctx) => createHash(algorithm).update(str(ctx, name, s!), 'utf8').digest('hex'));
digest('md5', 'md5');
digest('sha1', 'sha1');
digest('sha256', 'sha256');
digest('sha512', 'sha512');
digest('sha3', 'sha3-512');

// ---- manifesting ------------------------------------------------------------------------------

strict('manifestJsonEx', ['value', 'indent', { name: 'newline', defaultValue: '\n' }, { name: 'key_val_sep', defaultValue: ': ' }], ([v, i, n, k], ctx) =>
  manifestJsonEx(mctx(ctx), v!, str(ctx, 'manifestJsonEx', i!), str(ctx, 'manifestJsonEx', n!), str(ctx, 'manifestJsonEx', k!)));
strict('manifestJson', ['value'], ([v], ctx) => manifestJsonEx(mctx(ctx), v!, '    ', '\n', ': '));
strict('manifestJsonMinified', ['value'], ([v], ctx) => manifestJsonEx(mctx(ctx), v!, '', '', ':'));
strict('manifestYamlDoc', ['value', { name: 'indent_array_in_object', defaultValue: false }, { name: 'quote_keys', defaultValue: true }], ([v, i, q], ctx) =>
  manifestYamlDoc(mctx(ctx), v!, i === true, q !== false));
strict(
  'manifestYamlStream',
  ['value', { name: 'indent_array_in_object', defaultValue: false }, { name: 'c_document_end', defaultValue: true }, { name: 'quote_keys', defaultValue: true }],
  ([v, i, c, q], ctx) => manifestYamlStream(mctx(ctx), v!, i === true, c !== false, q !== false),
);
strict('manifestPython', ['v'], ([v], ctx) => manifestPython(mctx(ctx), v!));
strict('manifestPythonVars', ['conf'], ([v], ctx) => manifestPythonVars(mctx(ctx), v!));
strict('manifestIni', ['ini'], ([v], ctx) => manifestIni(mctx(ctx), v!));
strict('manifestXmlJsonml', ['value'], ([v], ctx) => manifestXmlJsonml(mctx(ctx), v!));
strict('manifestTomlEx', ['value', 'indent'], ([v, i], ctx) => manifestTomlEx(mctx(ctx), v!, str(ctx, 'manifestTomlEx', i!)));
strict('manifestToml', ['value'], ([v], ctx) => manifestTomlEx(mctx(ctx), v!, '  '));

// ---- arrays -----------------------------------------------------------------------------------

/** Elements of an array, or the characters of a string (many std functions accept both). */
const sequence = (ctx: BuiltinContext, name: string, v: Value): Thunk[] => {
  if (v instanceof JArray) return v.items;
  if (typeof v === 'string') return codePoints(v).map((c) => Thunk.of(c));
  return fail(ctx, `std.${name} second param must be array / string, got ${typeOf(v)}`);
};

strict('makeArray', ['sz', 'func'], ([sz, f], ctx) => {
  const n = num(ctx, 'makeArray', sz!);
  if (!Number.isInteger(n)) fail(ctx, `makeArray requires an integer size, got ${n}`);
  if (n < 0) fail(ctx, `makeArray requires size >= 0, got ${n}`);
  checkArraySize(ctx, n);
  const fn = func(ctx, 'makeArray', f!);
  const items = new Array<Thunk>(n);
  for (let i = 0; i < n; i++) {
    ctx.interp.tick(ctx.loc);
    items[i] = Thunk.computed(() => ctx.interp.callValues(fn, [i], ctx.loc), '', ctx.interp);
  }
  return new JArray(items);
});
strict('range', ['from', 'to'], ([a, b], ctx) => {
  const from = num(ctx, 'range', a!);
  const to = num(ctx, 'range', b!);
  const n = Math.max(to - from + 1, 0);
  checkArraySize(ctx, n);
  const items = new Array<Thunk>(n);
  for (let i = 0; i < n; i++) {
    ctx.interp.tick(ctx.loc);
    items[i] = Thunk.of(from + i);
  }
  return new JArray(items);
});
strict('repeat', ['what', 'count'], ([w, c], ctx) => {
  const count = num(ctx, 'repeat', c!);
  if (!Number.isInteger(count) || count < 0) fail(ctx, `std.repeat count must be a non-negative integer, got ${count}`);
  if (typeof w === 'string') {
    checkStringSize(ctx, w.length * count);
    return w.repeat(count);
  }
  const a = arr(ctx, 'repeat', w!);
  checkArraySize(ctx, a.items.length * count);
  const items: Thunk[] = [];
  for (let i = 0; i < count; i++) for (const t of a.items) items.push(t);
  return new JArray(items);
});
strict('map', ['func', 'arr'], ([f, a], ctx) => {
  const fn = func(ctx, 'map', f!);
  return new JArray(sequence(ctx, 'map', a!).map((t) => Thunk.computed(() => ctx.interp.callThunks(fn, [t], ctx.loc), '', ctx.interp)));
});
strict('mapWithIndex', ['func', 'arr'], ([f, a], ctx) => {
  const fn = func(ctx, 'mapWithIndex', f!);
  return new JArray(sequence(ctx, 'mapWithIndex', a!).map((t, i) => Thunk.computed(() => ctx.interp.callThunks(fn, [Thunk.of(i), t], ctx.loc), '', ctx.interp)));
});
strict('filter', ['func', 'arr'], ([f, a], ctx) => {
  const fn = func(ctx, 'filter', f!);
  return new JArray(
    arr(ctx, 'filter', a!).items.filter((t) => {
      const keep = ctx.interp.callThunks(fn, [t], ctx.loc);
      if (typeof keep !== 'boolean') fail(ctx, `filter function must return boolean, got: ${typeOf(keep)}`);
      return keep;
    }),
  );
});
strict('filterMap', ['filter_func', 'map_func', 'arr'], ([f, m, a], ctx) => {
  const ff = func(ctx, 'filterMap', f!);
  const mf = func(ctx, 'filterMap', m!);
  return new JArray(
    arr(ctx, 'filterMap', a!)
      .items.filter((t) => {
        const keep = ctx.interp.callThunks(ff, [t], ctx.loc);
        if (typeof keep !== 'boolean') fail(ctx, `filter function must return boolean, got: ${typeOf(keep)}`);
        return keep;
      })
      .map((t) => Thunk.computed(() => ctx.interp.callThunks(mf, [t], ctx.loc), '', ctx.interp)),
  );
});
strict('flatMap', ['func', 'arr'], ([f, a], ctx) => {
  const fn = func(ctx, 'flatMap', f!);
  if (typeof a === 'string') {
    return codePoints(a)
      .map((c) => {
        const r = ctx.interp.callValues(fn, [c], ctx.loc);
        if (typeof r !== 'string') fail(ctx, `std.flatMap on strings, provided function must return a string, got ${typeOf(r)}`);
        return r;
      })
      .join('');
  }
  const items: Thunk[] = [];
  for (const t of sequence(ctx, 'flatMap', a!)) {
    const r = ctx.interp.callThunks(fn, [t], ctx.loc);
    if (!(r instanceof JArray)) fail(ctx, `std.flatMap on arrays, provided function must return an array, got ${typeOf(r)}`);
    for (const t of (r as JArray).items) items.push(t);
    checkArraySize(ctx, items.length);
  }
  return new JArray(items);
});
strict('foldl', ['func', 'arr', 'init'], ([f, a, init], ctx) => {
  const fn = func(ctx, 'foldl', f!);
  let acc: Value = init!;
  for (const t of sequence(ctx, 'foldl', a!)) acc = ctx.interp.callThunks(fn, [Thunk.of(acc), t], ctx.loc);
  return acc;
});
strict('foldr', ['func', 'arr', 'init'], ([f, a, init], ctx) => {
  const fn = func(ctx, 'foldr', f!);
  let acc: Value = init!;
  const items = sequence(ctx, 'foldr', a!);
  for (let i = items.length - 1; i >= 0; i--) acc = ctx.interp.callThunks(fn, [items[i]!, Thunk.of(acc)], ctx.loc);
  return acc;
});
strict('slice', ['indexable', 'index', 'end', 'step'], ([v, i, e, s], ctx) => ctx.interp.slice(v!, i!, e!, s!, ctx.loc));
strict('join', ['sep', 'arr'], ([sep, a], ctx) => {
  const items = values(arr(ctx, 'join', a!));
  if (typeof sep === 'string') {
    const parts: string[] = [];
    items.forEach((x, i) => {
      if (x === null) return;
      if (typeof x !== 'string') fail(ctx, `expected string but arr[${i}] was ${typeOf(x)}`);
      parts.push(x);
    });
    return parts.join(sep);
  }
  if (sep instanceof JArray) {
    const out: Thunk[] = [];
    let first = true;
    items.forEach((x, i) => {
      if (x === null) return;
      if (!(x instanceof JArray)) fail(ctx, `expected array but arr[${i}] was ${typeOf(x)}`);
      if (!first) for (const t of sep.items) out.push(t);
      first = false;
      for (const t of (x as JArray).items) out.push(t);
    });
    return new JArray(out);
  }
  return fail(ctx, `join requires the separator to be a string or an array, got ${typeOf(sep!)}`);
});
strict('deepJoin', ['arr'], ([a], ctx) => {
  const walk = (v: Value): string => {
    if (typeof v === 'string') return v;
    if (v instanceof JArray) return values(v).map(walk).join('');
    return fail(ctx, `Expected string or array, got ${typeOf(v)}`);
  };
  return walk(a!);
});
strict('lines', ['arr'], ([a], ctx) => {
  const items = values(arr(ctx, 'lines', a!));
  return items
    .filter((x) => x !== null)
    .map((x, i) => {
      if (typeof x !== 'string') fail(ctx, `expected string but arr[${i}] was ${typeOf(x)}`);
      return x + '\n';
    })
    .join('');
});
strict('flattenArrays', ['arrs'], ([a], ctx) => {
  const out: Thunk[] = [];
  for (const x of values(arr(ctx, 'flattenArrays', a!))) {
    if (x === null) continue;
    for (const t of arr(ctx, "flattenArrays", x).items) out.push(t);
  }
  return new JArray(out);
});
strict('flattenDeepArray', ['value'], ([v]) => {
  const out: Value[] = [];
  const walk = (x: Value): void => {
    if (x instanceof JArray) for (const y of values(x)) walk(y);
    else out.push(x);
  };
  walk(v!);
  return arrayOf(out);
});
strict('reverse', ['arr'], ([a], ctx) => new JArray(arr(ctx, 'reverse', a!).items.slice().reverse()));
strict('member', ['arr', 'x'], ([a, x], ctx) => {
  // on strings go-jsonnet tests for a substring
  if (typeof a === 'string') return a.includes(str(ctx, 'member', x!));
  return values(arr(ctx, 'member', a!)).some((y) => ctx.interp.equals(y, x!, ctx.loc));
});
strict('contains', ['arr', 'elem'], ([a, x], ctx) => values(arr(ctx, 'contains', a!)).some((y) => ctx.interp.equals(y, x!, ctx.loc)));
strict('count', ['arr', 'x'], ([a, x], ctx) => values(arr(ctx, 'count', a!)).filter((y) => ctx.interp.equals(y, x!, ctx.loc)).length);
strict('find', ['value', 'arr'], ([x, a], ctx) => {
  const out: number[] = [];
  values(arr(ctx, 'find', a!)).forEach((y, i) => {
    if (ctx.interp.equals(y, x!, ctx.loc)) out.push(i);
  });
  return arrayOf(out);
});
strict('remove', ['arr', 'elem'], ([a, x], ctx) => {
  const items = arr(ctx, 'remove', a!).items;
  const i = items.findIndex((t) => ctx.interp.equals(t.get(), x!, ctx.loc));
  return i < 0 ? new JArray(items) : new JArray([...items.slice(0, i), ...items.slice(i + 1)]);
});
strict('removeAt', ['arr', 'i'], ([a, at], ctx) => {
  const items = arr(ctx, 'removeAt', a!).items;
  const i = num(ctx, 'removeAt', at!);
  return new JArray(items.filter((_, j) => j !== i));
});
strict('all', ['arr'], ([a], ctx) =>
  values(arr(ctx, 'all', a!)).every((x) => {
    if (typeof x !== 'boolean') fail(ctx, `Elements of the array must be boolean, got ${typeOf(x)}`);
    return x;
  }));
strict('any', ['arr'], ([a], ctx) =>
  values(arr(ctx, 'any', a!)).some((x) => {
    if (typeof x !== 'boolean') fail(ctx, `Elements of the array must be boolean, got ${typeOf(x)}`);
    return x;
  }));
strict('sum', ['arr'], ([a], ctx) => values(arr(ctx, 'sum', a!)).reduce<number>((s, x) => checked(ctx, s + num(ctx, 'sum', x)), 0));
strict('avg', ['arr'], ([a], ctx) => {
  const xs = values(arr(ctx, 'avg', a!));
  if (xs.length === 0) fail(ctx, 'Cannot calculate average of an empty array.');
  return xs.reduce<number>((s, x) => s + num(ctx, 'avg', x), 0) / xs.length;
});

/** Sort keys: applies keyF (if given) once per element. */
const keysOf = (ctx: BuiltinContext, items: Thunk[], keyF: Value | undefined): Value[] =>
  items.map((t) => (keyF instanceof JFunction ? ctx.interp.callThunks(keyF, [t], ctx.loc) : t.get()));

const sortItems = (ctx: BuiltinContext, items: Thunk[], keyF: Value | undefined): { items: Thunk[]; keys: Value[] } => {
  const keys = keysOf(ctx, items, keyF);
  const order = items.map((_, i) => i);
  order.sort((x, y) => ctx.interp.compare(keys[x]!, keys[y]!, ctx.loc));
  return { items: order.map((i) => items[i]!), keys: order.map((i) => keys[i]!) };
};
const dedupe = (ctx: BuiltinContext, items: Thunk[], keys: Value[]): { items: Thunk[]; keys: Value[] } => {
  const outItems: Thunk[] = [];
  const outKeys: Value[] = [];
  items.forEach((t, i) => {
    if (outKeys.length && ctx.interp.equals(outKeys[outKeys.length - 1]!, keys[i]!, ctx.loc)) return;
    outItems.push(t);
    outKeys.push(keys[i]!);
  });
  return { items: outItems, keys: outKeys };
};
const keyFParam = { name: 'keyF', optional: true } as const;
strict('sort', ['arr', keyFParam], ([a, k], ctx) => new JArray(sortItems(ctx, sequence(ctx, 'sort', a!), k).items));
strict('uniq', ['arr', keyFParam], ([a, k], ctx) => {
  const items = sequence(ctx, 'uniq', a!);
  return new JArray(dedupe(ctx, items, keysOf(ctx, items, k)).items);
});
strict('set', ['arr', keyFParam], ([a, k], ctx) => {
  const sorted = sortItems(ctx, sequence(ctx, 'set', a!), k);
  return new JArray(dedupe(ctx, sorted.items, sorted.keys).items);
});
const setKeyed = (ctx: BuiltinContext, name: string, v: Value, keyF: Value | undefined): { items: Thunk[]; keys: Value[] } => {
  const items = sequence(ctx, name, v);
  return { items, keys: keysOf(ctx, items, keyF) };
};
strict('setMember', ['x', 'arr', keyFParam], ([x, a, k], ctx) => {
  const { keys } = setKeyed(ctx, 'setMember', a!, k);
  const key = k instanceof JFunction ? ctx.interp.callValues(k, [x!], ctx.loc) : x!;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = ctx.interp.compare(keys[mid]!, key, ctx.loc);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
});
const setOp = (name: string, keepA: (inB: boolean) => boolean, keepRestB: boolean): void =>
  strict(name, ['a', 'b', keyFParam], ([a, b, k], ctx) => {
    const A = setKeyed(ctx, name, a!, k);
    const B = setKeyed(ctx, name, b!, k);
    const out: Thunk[] = [];
    let i = 0;
    let j = 0;
    while (i < A.items.length && j < B.items.length) {
      const c = ctx.interp.compare(A.keys[i]!, B.keys[j]!, ctx.loc);
      if (c === 0) {
        if (keepA(true)) out.push(A.items[i]!);
        i++;
        j++;
      } else if (c < 0) {
        if (keepA(false)) out.push(A.items[i]!);
        i++;
      } else {
        if (keepRestB) out.push(B.items[j]!);
        j++;
      }
    }
    for (; i < A.items.length; i++) if (keepA(false)) out.push(A.items[i]!);
    if (keepRestB) for (; j < B.items.length; j++) out.push(B.items[j]!);
    return new JArray(out);
  });
setOp('setInter', (inB) => inB, false);
setOp('setUnion', () => true, true);
setOp('setDiff', (inB) => !inB, false);

// go-jsonnet's builtins take no onEmpty (C++ added it later)
const extremum = (name: string, sign: number): void =>
  lazy(name, ['arr', keyFParam], (args, ctx) => {
    const items = arr(ctx, name, args[0]!.get()).items;
    if (items.length === 0) return fail(ctx, 'Expected at least one element in array. Got none');
    const keys = keysOf(ctx, items, args[1]?.get());
    let best = 0;
    for (let i = 1; i < items.length; i++) if (sign * ctx.interp.compare(keys[i]!, keys[best]!, ctx.loc) > 0) best = i;
    return items[best]!.get();
  });
extremum('maxArray', 1);
extremum('minArray', -1);

// std.jsonnet's helpers, visible in go-jsonnet's std (std.objectFieldsAll(std) lists them)
strict('__compare', ['v1', 'v2'], ([a, b], ctx) => Math.sign(ctx.interp.compare(a!, b!, ctx.loc)));
strict('__compare_array', ['arr1', 'arr2'], ([a, b], ctx) => Math.sign(ctx.interp.compare(arr(ctx, '__compare_array', a!), arr(ctx, '__compare_array', b!), ctx.loc)));
const arrayComparison = (name: string, holds: (c: number) => boolean): void =>
  strict(name, ['arr1', 'arr2'], ([a, b], ctx) => holds(ctx.interp.compare(arr(ctx, name, a!), arr(ctx, name, b!), ctx.loc)));
arrayComparison('__array_less', (c) => c < 0);
arrayComparison('__array_greater', (c) => c > 0);
arrayComparison('__array_less_or_equal', (c) => c <= 0);
arrayComparison('__array_greater_or_equal', (c) => c >= 0);
strict('resolvePath', ['f', 'r'], ([f, r], ctx) => {
  const parts = str(ctx, 'resolvePath', f!).split('/');
  return [...parts.slice(0, -1), str(ctx, 'resolvePath', r!)].join('/');
});

strict('mergePatch', ['target', 'patch'], ([t, p], ctx) => {
  const merge = (target: Value, patch: Value): Value => {
    if (!(patch instanceof JObject)) return patch;
    const base = target instanceof JObject ? target : null;
    const entries = new Map<string, Thunk>();
    if (base) for (const k of ctx.interp.visibleFields(base)) entries.set(k, Thunk.computed(() => ctx.interp.getField(base, k, ctx.loc)));
    for (const k of ctx.interp.visibleFields(patch)) {
      const pv = ctx.interp.getField(patch, k, ctx.loc);
      if (pv === null) {
        entries.delete(k);
        continue;
      }
      const tv = base && entries.has(k) ? entries.get(k)!.get() : null;
      entries.set(k, Thunk.of(merge(tv, pv)));
    }
    return objectOf([...entries.entries()].sort((x, y) => compareStrings(x[0], y[0])));
  };
  return merge(t!, p!);
});

// ---- conversion from plain JS values -----------------------------------------------------------

/**
 * JSON data already turned into Jsonnet values. Values are immutable and their thunks memoize, so
 * one input (a plan's sample `ctx`, shared by the bodies of one flow) is converted and forced once.
 */
const converted = new WeakMap<object, Value>();

/** Converts a JSON-like JS value to a Jsonnet value (lazily for nested containers). */
export function fromJs(v: unknown): Value {
  if (v !== null && typeof v === 'object') {
    let value = converted.get(v);
    if (value === undefined) {
      value = convertFromJs(v);
      converted.set(v, value);
    }
    return value;
  }
  return convertFromJs(v);
}

function convertFromJs(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return new JArray(v.map((x) => (x !== null && typeof x === 'object' ? Thunk.computed(() => fromJs(x)) : Thunk.of(fromJs(x)))));
  if (typeof v === 'object') {
    return objectOf(
      Object.entries(v as Record<string, unknown>).map(([k, x]): [string, Thunk] => [
        k,
        x !== null && typeof x === 'object' ? Thunk.computed(() => fromJs(x)) : Thunk.of(fromJs(x)),
      ]),
    );
  }
  if (typeof v === 'bigint') return Number(v);
  throw new TypeError(`cannot convert a ${typeof v} to a Jsonnet value`);
}

// ---- the std object ---------------------------------------------------------------------------

const sharedFields = new Map<string, FieldDef>();
for (const [name, fn] of builtins) sharedFields.set(name, { visibility: 'hidden', plus: false, thunk: Thunk.of(fn) });
sharedFields.set('pi', { visibility: 'hidden', plus: false, thunk: Thunk.of(Math.PI) });
const sharedLayer = { fields: sharedFields, asserts: [], locals: [], env: Env.root() };

/** `std` for one file: the shared builtins plus std.thisFile. */
export function makeStd(_interp: Interpreter, filename: string): JObject {
  const fileLayer = {
    fields: new Map<string, FieldDef>([['thisFile', { visibility: 'hidden', plus: false, thunk: Thunk.of(filename) }]]),
    asserts: [],
    locals: [],
    env: Env.root(),
  };
  return new JObject([sharedLayer, fileLayer]);
}

export function installOperators(interp: Interpreter): void {
  interp.format = (fmt: string, vals: Value, loc: Position) => formatString(interp, fmt, vals, loc);
  interp.toStringValue = (v: Value, loc: Position | undefined) => (typeof v === 'string' ? v : manifestJson({ interp, loc }, v, '', false));
}
