/** std.format / the `%` operator on strings: Python-style conversion specifiers. */
import type { Position } from './ast.ts';
import { codePoints, MAX_STRING_LENGTH, type Interpreter } from './interpreter.ts';
import { formatG } from './manifest.ts';
import { JArray, JObject, typeOf, type Value } from './values.ts';

interface Spec {
  key?: string;
  alternate: boolean;
  zero: boolean;
  left: boolean;
  blank: boolean;
  plus: boolean;
  width: number | '*' | undefined;
  precision: number | '*' | undefined;
  conversion: string;
}

function parseSpec(fmt: string[], start: number, fail: (m: string) => never): { spec: Spec; end: number } {
  let i = start;
  const spec: Spec = { alternate: false, zero: false, left: false, blank: false, plus: false, width: undefined, precision: undefined, conversion: '' };
  if (fmt[i] === '(') {
    const close = fmt.indexOf(')', i);
    if (close < 0) fail('Truncated format code.');
    spec.key = fmt.slice(i + 1, close).join('');
    i = close + 1;
  }
  for (; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '#') spec.alternate = true;
    else if (c === '0') spec.zero = true;
    else if (c === '-') spec.left = true;
    else if (c === ' ') spec.blank = true;
    else if (c === '+') spec.plus = true;
    else break;
  }
  const readNumber = (): number | '*' | undefined => {
    if (fmt[i] === '*') {
      i++;
      return '*';
    }
    let digits = '';
    while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') digits += fmt[i++];
    return digits ? Number(digits) : undefined;
  };
  spec.width = readNumber();
  if (fmt[i] === '.') {
    i++;
    spec.precision = readNumber() ?? 0;
  }
  while (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L') i++;
  if (i >= fmt.length) fail('Truncated format code.');
  spec.conversion = fmt[i]!;
  if (!'diouxXeEfFgGcrs%'.includes(spec.conversion)) fail(`Unrecognised conversion type: ${spec.conversion}`);
  return { spec, end: i + 1 };
}

const pad = (s: string, width: number, left: boolean, ch = ' '): string => {
  const n = codePoints(s).length;
  if (n >= width) return s;
  return left ? s + ' '.repeat(width - n) : ch.repeat(width - n) + s;
};

/** Formats a number: sign, prefix, digits, honouring zero padding between prefix and digits. */
function formatNumeric(spec: Spec, width: number, negative: boolean, prefix: string, digits: string): string {
  const sign = negative ? '-' : spec.plus ? '+' : spec.blank ? ' ' : '';
  if (spec.zero && !spec.left) {
    const zeros = Math.max(width - sign.length - prefix.length - digits.length, 0);
    return sign + prefix + '0'.repeat(zeros) + digits;
  }
  return pad(sign + prefix + digits, width, spec.left);
}

export function formatString(interp: Interpreter, format: string, values: Value, loc: Position | undefined): string {
  const fail = (m: string): never => interp.fail(m, loc);
  const fmt = codePoints(format);
  const positional: Value[] | null = values instanceof JArray ? values.items.map((t) => t.get()) : values instanceof JObject ? null : [values];
  let next = 0;
  const take = (): Value => {
    if (!positional) fail('Format string with positional codes needs an array of values.');
    if (next >= positional!.length) fail(`Not enough values to format: ${positional!.length}, expected more than ${next}`);
    return positional![next++]!;
  };
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    const { spec, end } = parseSpec(fmt, i + 1, fail);
    i = end;
    let width = 0;
    if (spec.width === '*') {
      const w = take();
      if (typeof w !== 'number') fail(`A * was specified at position ${next} but the value was not a number.`);
      width = w as number;
    } else if (spec.width !== undefined) width = spec.width;
    let precision: number | undefined;
    if (spec.precision === '*') {
      const p = take();
      if (typeof p !== 'number') fail(`A * was specified at position ${next} but the value was not a number.`);
      precision = p as number;
    } else precision = spec.precision;
    if (width > MAX_STRING_LENGTH || (precision ?? 0) > MAX_STRING_LENGTH) fail(`format width or precision too large: ${Math.max(width, precision ?? 0)}`);
    if (spec.conversion === '%') {
      out += pad('%', width, spec.left);
      continue;
    }
    let value: Value;
    if (spec.key !== undefined) {
      if (!(values instanceof JObject)) fail('Format string with mapping keys needs an object of values.');
      value = interp.getField(values as JObject, spec.key, loc);
    } else {
      value = take();
    }
    out += formatOne(interp, spec, width, precision, value, loc);
  }
  if (positional && next < positional.length) fail(`Too many values to format: ${positional.length}, expected ${next}`);
  return out;
}

function formatOne(interp: Interpreter, spec: Spec, width: number, precision: number | undefined, value: Value, loc: Position | undefined): string {
  const fail = (m: string): never => interp.fail(m, loc);
  const needNumber = (): number => {
    if (typeof value !== 'number') fail(`Format required number at ${spec.conversion}, got ${typeOf(value)}`);
    return value as number;
  };
  switch (spec.conversion) {
    case 's':
    case 'r': {
      const s = typeof value === 'string' ? value : interp.toStringValue(value, loc);
      const cut = precision !== undefined ? codePoints(s).slice(0, precision).join('') : s;
      return pad(cut, width, spec.left);
    }
    case 'c': {
      let s: string;
      if (typeof value === 'number') s = String.fromCodePoint(value);
      else if (typeof value === 'string' && codePoints(value).length === 1) s = value;
      else fail(`%c expected 1-sized string got: ${typeof value === 'string' ? codePoints(value).length : typeOf(value)}`);
      return pad(s!, width, spec.left);
    }
    case 'd':
    case 'i':
    case 'u': {
      const n = Math.trunc(needNumber());
      let digits = BigInt(Math.abs(n)).toString();
      if (precision !== undefined) digits = digits.padStart(precision, '0');
      return formatNumeric(spec, width, n < 0, '', digits);
    }
    case 'o':
    case 'x':
    case 'X': {
      const n = Math.trunc(needNumber());
      const radix = spec.conversion === 'o' ? 8 : 16;
      let digits = BigInt(Math.abs(n)).toString(radix);
      if (spec.conversion === 'X') digits = digits.toUpperCase();
      if (precision !== undefined) digits = digits.padStart(precision, '0');
      let prefix = '';
      if (spec.alternate) {
        if (spec.conversion === 'o') {
          if (!digits.startsWith('0')) prefix = '0';
        } else prefix = spec.conversion === 'x' ? '0x' : '0X';
      }
      return formatNumeric(spec, width, n < 0, prefix, digits);
    }
    case 'e':
    case 'E': {
      const n = needNumber();
      let s = formatExponent(Math.abs(n), precision ?? 6, spec.alternate);
      if (spec.conversion === 'E') s = s.toUpperCase();
      return formatNumeric(spec, width, n < 0 || Object.is(n, -0), '', s);
    }
    case 'f':
    case 'F': {
      const n = needNumber();
      const p = precision ?? 6;
      let s = toFixed(Math.abs(n), p);
      if (spec.alternate && p === 0) s += '.';
      return formatNumeric(spec, width, n < 0, '', s);
    }
    case 'g':
    case 'G': {
      const n = needNumber();
      let s = formatG(Math.abs(n), precision ?? 6, spec.alternate);
      if (spec.alternate && !s.includes('.')) {
        // C keeps the point in alternate form: 1.e+09 / 2.
        const e = s.indexOf('e');
        s = e >= 0 ? s.slice(0, e) + '.' + s.slice(e) : s + '.';
      }
      if (spec.conversion === 'G') s = s.toUpperCase();
      return formatNumeric(spec, width, n < 0, '', s);
    }
  }
  return fail(`Unrecognised conversion type: ${spec.conversion}`);
}

function toFixed(v: number, p: number): string {
  if (v < 1e21) return v.toFixed(Math.min(p, 100));
  return BigInt(Math.round(v)).toString() + (p > 0 ? '.' + '0'.repeat(p) : '');
}

function formatExponent(v: number, p: number, alternate: boolean): string {
  const s = v.toExponential(Math.min(p, 100));
  let [mantissa, exp] = s.split('e') as [string, string];
  if (alternate && !mantissa.includes('.')) mantissa += '.';
  const sign = exp.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}
