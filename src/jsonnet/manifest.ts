/** Turning values into text: JSON like the reference CLI, and the std.manifest* formats. */
import type { Position } from './ast.ts';
import type { Interpreter } from './interpreter.ts';
import { JArray, JFunction, JObject, typeOf, type Value } from './values.ts';

/** C's `%.<precision>g`. */
export function formatG(v: number, precision: number, alternate = false): string {
  if (v === 0) return (Object.is(v, -0) ? '-' : '') + (alternate ? '0.' + '0'.repeat(Math.max(precision - 1, 0)) : '0');
  const p = precision === 0 ? 1 : precision;
  // toExponential gives the correctly rounded exponent, which may differ from the floor(log10) estimate
  const expStr = v.toExponential(p - 1);
  const x = Number(expStr.slice(expStr.indexOf('e') + 1));
  let out: string;
  if (x < -4 || x >= p) {
    let [mantissa, e] = expStr.split('e') as [string, string];
    if (!alternate && mantissa.includes('.')) mantissa = mantissa.replace(/0+$/, '').replace(/\.$/, '');
    const sign = e.startsWith('-') ? '-' : '+';
    const digits = e.replace(/^[+-]/, '').padStart(2, '0');
    out = `${mantissa}e${sign}${digits}`;
  } else {
    out = v.toFixed(Math.max(p - 1 - x, 0));
    if (!alternate && out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  }
  return out;
}

/** Numbers as the reference prints them: integers in full, others with 17 significant digits. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v)) {
    if (Object.is(v, -0)) return '-0';
    return Math.abs(v) < 1e21 ? v.toFixed(0) : BigInt(v).toString();
  }
  return formatG(v, 17);
}

/**
 * Go's `strconv.FormatFloat(v, 'f', -1, 64)`, which go-jsonnet's std.manifestJsonEx and
 * std.manifestYamlDoc use: the shortest digits that read back as `v`, never an exponent.
 */
export function formatShortestFixed(v: number): string {
  const s = String(v);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const intDigits = (point < 0 ? mantissa.length : point) + exponent;
  let out: string;
  if (intDigits <= 0) out = '0.' + '0'.repeat(-intDigits) + digits;
  else if (intDigits >= digits.length) out = digits + '0'.repeat(intDigits - digits.length);
  else out = digits.slice(0, intDigits) + '.' + digits.slice(intDigits);
  return (negative ? '-' : '') + out;
}

/** A string as Go's encoding/json writes it without HTML escaping (go-jsonnet's std.manifestJsonEx). */
export function goJsonString(s: string): string {
  return JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

/** std.escapeStringJson: a JSON string literal, with control characters as \u escapes. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f]/;

export function escapeJsonString(s: string): string {
  // most strings need no escape: copied whole rather than character by character
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += '\\\\'; break;
      case 0x08: out += '\\b'; break;
      case 0x0c: out += '\\f'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      case 0x09: out += '\\t'; break;
      default:
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += '\\u' + c.toString(16).padStart(4, '0');
        else out += s[i];
    }
  }
  return out + '"';
}

type Path = (string | number)[];

const pathText = (path: Path): string => '[' + path.map((p) => (typeof p === 'string' ? JSON.stringify(p) : String(p))).join(', ') + ']';

/** Forces a value fully, in the order the reference manifests (objects' visible fields sorted). */
export interface ManifestContext {
  readonly interp: Interpreter;
  readonly loc: Position | undefined;
}

function fields(ctx: ManifestContext, obj: JObject): [string, Value][] {
  const { interp, loc } = ctx;
  interp.checkAsserts(obj);
  return interp.visibleFields(obj).map((k) => [k, interp.getField(obj, k, loc)]);
}

function items(arr: JArray): Value[] {
  return arr.items.map((t) => t.get());
}

/** Guards manifestation depth so a self-containing value is an error, not a crash. */
function nested<T>(ctx: ManifestContext, f: () => T): T {
  const interp = ctx.interp;
  if (++interp.depth > interp.options.maxStack) {
    interp.depth--;
    interp.fail('max stack frames exceeded.', ctx.loc);
  }
  try {
    return f();
  } finally {
    interp.depth--;
  }
}

/**
 * JSON with the reference's layout. `multiline` gives the CLI's output (and std.manifestJson);
 * otherwise the single-line form std.toString uses.
 */
export function manifestJson(ctx: ManifestContext, v: Value, indentUnit: string, multiline: boolean): string {
  const aux = (v: Value, indent: string): string => {
    // the output counts against the evaluation's time and memory budgets (a shared value can be written many times)
    ctx.interp.tick(ctx.loc);
    ctx.interp.allocateChars((typeof v === 'string' ? v.length + 2 : 8) + indent.length + 2, ctx.loc);
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'number') return formatNumber(v);
    if (typeof v === 'string') return escapeJsonString(v);
    if (v instanceof JFunction) ctx.interp.fail("couldn't manifest function as JSON", ctx.loc);
    return nested(ctx, () => {
      if (v instanceof JArray) {
        if (v.items.length === 0) return '[ ]';
        const inner = indent + indentUnit;
        const parts = items(v).map((x) => aux(x, inner));
        return multiline ? `[\n${parts.map((p) => inner + p).join(',\n')}\n${indent}]` : `[${parts.join(', ')}]`;
      }
      const obj = v as JObject;
      const fs = fields(ctx, obj);
      if (fs.length === 0) return '{ }';
      const inner = indent + indentUnit;
      const parts = fs.map(([k, x]) => `${escapeJsonString(k)}: ${aux(x, inner)}`);
      return multiline ? `{\n${parts.map((p) => inner + p).join(',\n')}\n${indent}}` : `{${parts.join(', ')}}`;
    });
  };
  return aux(v, '');
}

/** std.manifestJsonEx(value, indent, newline, key_val_sep). */
export function manifestJsonEx(ctx: ManifestContext, v: Value, indentUnit: string, newline: string, keyValSep: string): string {
  const aux = (v: Value, path: Path, indent: string): string => {
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'number') return formatShortestFixed(v);
    if (typeof v === 'string') return goJsonString(v);
    if (v instanceof JFunction) ctx.interp.fail(`Tried to manifest function at ${pathText(path)}`, ctx.loc);
    return nested(ctx, () => {
      const inner = indent + indentUnit;
      if (v instanceof JArray) {
        const parts = items(v).map((x, i) => inner + aux(x, [...path, i], inner));
        return `[${newline}${parts.join(',' + newline)}${newline}${indent}]`;
      }
      const parts = fields(ctx, v as JObject).map(([k, x]) => inner + goJsonString(k) + keyValSep + aux(x, [...path, k], inner));
      return `{${newline}${parts.join(',' + newline)}${newline}${indent}}`;
    });
  };
  return aux(v, [], '');
}

const YAML_RESERVED = new Set([
  'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'null', '~',
  'True', 'False', 'Yes', 'No', 'On', 'Off', 'Y', 'N', 'Null',
  'TRUE', 'FALSE', 'YES', 'NO', 'ON', 'OFF', 'NULL',
  '.inf', '-.inf', '+.inf', '.Inf', '-.Inf', '+.Inf', '.INF', '-.INF', '+.INF', '.nan', '.NaN', '.NAN',
]);

/** Whether a key can be written bare in YAML without being read back as something else. */
function isBareYamlKey(key: string): boolean {
  if (key === '' || YAML_RESERVED.has(key)) return false;
  if (!/^[a-zA-Z0-9_\-./]+$/.test(key)) return false;
  if (/^-+$/.test(key)) return false;
  // numbers in YAML 1.1 forms: ints (with _), octal, hex, binary, floats, sexagesimal
  const k = key;
  if (/^[-+]?(0|[1-9][0-9_]*)$/.test(k)) return false;
  if (/^[-+]?0[0-7_]+$/.test(k)) return false;
  if (/^[-+]?0x[0-9a-fA-F_]+$/.test(k)) return false;
  if (/^[-+]?0b[01_]+$/.test(k)) return false;
  if (/^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?$/.test(k)) return false;
  if (/^[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)$/.test(k)) return false;
  if (/^[-+]?[0-9][0-9_]*(\.[0-9_]*)?[eE][-+]?[0-9]+$/.test(k)) return false;
  if (/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/.test(k)) return false;
  // timestamps
  if (/^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?/.test(k)) return false;
  return true;
}

export function manifestYamlDoc(ctx: ManifestContext, value: Value, indentArrayInObject: boolean, quoteKeys: boolean): string {
  const key = (k: string): string => (!quoteKeys && isBareYamlKey(k) ? k : escapeJsonString(k));
  const isNonEmptyArray = (v: Value): boolean => v instanceof JArray && v.items.length > 0;
  const isNonEmptyObject = (v: Value): boolean => v instanceof JObject && ctx.interp.visibleFields(v).length > 0;
  const aux = (v: Value, path: Path, indent: string): string => {
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'number') return formatShortestFixed(v);
    if (typeof v === 'string') {
      if (v.length === 0) return '""';
      if (v.endsWith('\n')) {
        const lines = v.split('\n');
        lines.pop();
        return ['|', ...lines].join('\n' + indent + '  ');
      }
      return escapeJsonString(v);
    }
    if (v instanceof JFunction) ctx.interp.fail(`Tried to manifest function at ${pathText(path)}`, ctx.loc);
    return nested(ctx, () => {
      if (v instanceof JArray) {
        if (v.items.length === 0) return '[]';
        return items(v)
          .map((x, i) => {
            if (isNonEmptyArray(x)) return '-\n' + indent + '  ' + aux(x, [...path, i], indent + '  ');
            if (isNonEmptyObject(x)) return '- ' + aux(x, [...path, i], indent + '  ');
            return '- ' + aux(x, [...path, i], indent);
          })
          .join('\n' + indent);
      }
      const fs = fields(ctx, v as JObject);
      if (fs.length === 0) return '{}';
      return fs
        .map(([k, x]) => {
          if (isNonEmptyArray(x)) {
            const inner = indentArrayInObject ? indent + '  ' : indent;
            return key(k) + ':\n' + inner + aux(x, [...path, k], inner);
          }
          if (isNonEmptyObject(x)) return key(k) + ':\n' + indent + '  ' + aux(x, [...path, k], indent + '  ');
          return key(k) + ': ' + aux(x, [...path, k], indent);
        })
        .join('\n' + indent);
    });
  };
  return aux(value, [], '');
}

export function manifestYamlStream(ctx: ManifestContext, value: Value, indentArrayInObject: boolean, documentEnd: boolean, quoteKeys: boolean): string {
  if (!(value instanceof JArray)) ctx.interp.fail(`manifestYamlStream only takes arrays, got ${typeOf(value)}`, ctx.loc);
  const docs = items(value).map((d) => manifestYamlDoc(ctx, d, indentArrayInObject, quoteKeys));
  return '---\n' + docs.join('\n---\n') + (documentEnd ? '\n...\n' : '\n');
}

export function manifestPython(ctx: ManifestContext, v: Value): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return escapeJsonString(v);
  if (v instanceof JFunction) ctx.interp.fail('cannot manifest function', ctx.loc);
  return nested(ctx, () => {
    if (v instanceof JArray) return '[' + items(v).map((x) => manifestPython(ctx, x)).join(', ') + ']';
    return '{' + fields(ctx, v as JObject).map(([k, x]) => `${escapeJsonString(k)}: ${manifestPython(ctx, x)}`).join(', ') + '}';
  });
}

export function manifestPythonVars(ctx: ManifestContext, v: Value): string {
  if (!(v instanceof JObject)) ctx.interp.fail(`manifestPythonVars requires an object, got ${typeOf(v)}`, ctx.loc);
  return fields(ctx, v).map(([k, x]) => `${k} = ${manifestPython(ctx, x)}\n`).join('');
}

export function manifestIni(ctx: ManifestContext, ini: Value): string {
  if (!(ini instanceof JObject)) ctx.interp.fail(`manifestIni requires an object, got ${typeOf(ini)}`, ctx.loc);
  const str = (x: Value): string => (typeof x === 'string' ? x : ctx.interp.toStringValue(x, ctx.loc));
  const body = (o: Value): string => {
    if (!(o instanceof JObject)) ctx.interp.fail(`manifestIni section must be an object, got ${typeOf(o)}`, ctx.loc);
    return fields(ctx, o)
      .map(([k, x]) => (x instanceof JArray ? items(x).map((y) => `${k} = ${str(y)}\n`).join('') : `${k} = ${str(x)}\n`))
      .join('');
  };
  const f = new Map(fields(ctx, ini));
  const main = f.has('main') ? body(f.get('main')!) : '';
  const sectionsValue = f.get('sections') ?? null;
  let sections = '';
  if (sectionsValue instanceof JObject) {
    sections = fields(ctx, sectionsValue).map(([name, s]) => `[${name}]\n${body(s)}`).join('');
  }
  return main + sections;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function manifestXmlJsonml(ctx: ManifestContext, v: Value): string {
  const str = (x: Value): string => (typeof x === 'string' ? x : ctx.interp.toStringValue(x, ctx.loc));
  const aux = (v: Value): string => {
    if (typeof v === 'string') return v;
    if (!(v instanceof JArray)) ctx.interp.fail(`Expected a JSONML value (an array or string), got ${typeOf(v)}`, ctx.loc);
    return nested(ctx, () => {
      const xs = items(v);
      if (xs.length === 0) ctx.interp.fail('JsonML value was an empty array', ctx.loc);
      const tag = str(xs[0]!);
      const hasAttrs = xs.length > 1 && xs[1] instanceof JObject;
      const attrs = hasAttrs ? fields(ctx, xs[1] as JObject).map(([k, x]) => ` ${k}="${str(x)}"`).join('') : '';
      const children = xs.slice(hasAttrs ? 2 : 1).map(aux).join('');
      return `<${tag}${attrs}>${children}</${tag}>`;
    });
  };
  return aux(v);
}

/** std.manifestTomlEx(value, indent). */
export function manifestTomlEx(ctx: ManifestContext, value: Value, indentUnit: string): string {
  const fail = (msg: string): never => ctx.interp.fail(msg, ctx.loc);
  if (!(value instanceof JObject)) fail(`TOML body must be an object. Got ${typeOf(value)}`);
  const bareKey = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : escapeJsonString(k));
  const isTable = (v: Value): boolean => v instanceof JObject;
  const isTableArray = (v: Value): boolean => v instanceof JArray && v.items.length > 0 && items(v).every((x) => x instanceof JObject);
  const isSection = (v: Value): boolean => isTable(v) || isTableArray(v);

  const renderValue = (v: Value, path: Path, inline: boolean, indent: string): string => {
    if (v === null) fail(`Tried to manifest "null" at ${pathText(path)}`);
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'number') return formatNumber(v);
    if (typeof v === 'string') return escapeJsonString(v);
    if (v instanceof JFunction) fail(`Tried to manifest function at ${pathText(path)}`);
    return nested(ctx, () => {
      if (v instanceof JArray) {
        const xs = items(v);
        if (xs.length === 0) return '[]';
        if (inline) return '[ ' + xs.map((x, i) => renderValue(x, [...path, i], true, '')).join(', ') + ' ]';
        const inner = indent + indentUnit;
        return '[\n' + xs.map((x, i) => inner + renderValue(x, [...path, i], true, inner)).join(',\n') + '\n' + indent + ']';
      }
      const fs = fields(ctx, v as JObject);
      if (fs.length === 0) return '{ }';
      return '{ ' + fs.map(([k, x]) => `${bareKey(k)} = ${renderValue(x, [...path, k], true, '')}`).join(', ') + ' }';
    });
  };

  const renderTableInternal = (obj: JObject, path: Path, indent: string): string => {
    const fs = fields(ctx, obj);
    const plain = fs.filter(([, x]) => !isSection(x)).map(([k, x]) => indent + bareKey(k) + ' = ' + renderValue(x, [...path, k], false, indent));
    const sections = fs
      .filter(([, x]) => isSection(x))
      .map(([k, x]) => {
        const p = [...path, k];
        if (isTable(x)) return renderTable(x as JObject, p, indent);
        return items(x as JArray).map((t, i) => renderTableArrayElement(t as JObject, p, i, indent)).join('\n\n');
      });
    // go-jsonnet puts a blank line before every section, even when no plain field comes first
    return plain.join('\n') + sections.map((section) => '\n\n' + section).join('');
  };
  const headerPath = (path: Path): string => path.filter((p) => typeof p === 'string').map((p) => bareKey(String(p))).join('.');
  const renderTable = (obj: JObject, path: Path, indent: string): string => {
    const body = nested(ctx, () => renderTableInternal(obj, path, indent + indentUnit));
    return indent + '[' + headerPath(path) + ']' + (body ? '\n' + body : '');
  };
  const renderTableArrayElement = (obj: JObject, path: Path, i: number, indent: string): string => {
    const body = nested(ctx, () => renderTableInternal(obj, [...path, i], indent + indentUnit));
    return indent + '[[' + headerPath(path) + ']]' + (body ? '\n' + body : '');
  };
  return renderTableInternal(value as JObject, [], '');
}
