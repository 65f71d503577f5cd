/** Turns Jsonnet source into tokens, each with its 1-based line and column. */
import { JsonnetError } from './errors.ts';

export type TokenKind =
  | 'number' | 'string' | 'identifier' | 'keyword' | 'operator'
  | '{' | '}' | '[' | ']' | '(' | ')' | ',' | '.' | ';' | '$' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** identifier/keyword/operator text, or the decoded string value */
  readonly text: string;
  readonly numberValue?: number;
  /** how a string was written; text blocks may not be imported */
  readonly stringStyle?: 'quoted' | 'verbatim' | 'block';
  readonly line: number;
  readonly column: number;
}

const KEYWORDS = new Set([
  'assert', 'else', 'error', 'false', 'for', 'function', 'if', 'import', 'importstr', 'importbin',
  'in', 'local', 'null', 'tailstrict', 'then', 'self', 'super', 'true',
]);

const OPERATOR_CHARS = new Set('!:~+-&|^=<>*/%');
/** characters an operator of two or more characters may not end with */
const UNARY_TAIL = new Set('+-~!');

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isIdentStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
/** by character code: the identifier loop runs over most of a template's characters */
const isIdentPartCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
const isHex = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);
const SINGLE_CHAR_TOKENS = new Set('{}[](),.;$');

/** Every token has every field, so the parser's reads of them see one object shape. */
function token(kind: TokenKind, text: string, line: number, column: number, numberValue?: number, stringStyle?: Token['stringStyle']): Token {
  return { kind, text, numberValue, stringStyle, line, column };
}

export function tokenize(source: string, filename: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  /** end of the operator run whose trailing + - ~ ! are still being lexed one by one */
  let operatorTailEnd = 0;
  let line = 1;
  let lineStart = 0;
  const n = source.length;

  const fail = (message: string, atLine = line, atColumn = pos - lineStart + 1): never => {
    throw new JsonnetError('syntax', message, { file: filename, line: atLine, column: atColumn });
  };
  const newline = (at: number): void => {
    line++;
    lineStart = at + 1;
  };

  const skipWhitespaceAndComments = (): void => {
    while (pos < n) {
      const c = source[pos]!;
      if (c === '\n') {
        newline(pos);
        pos++;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        pos++;
      } else if (c === '#' || (c === '/' && source[pos + 1] === '/')) {
        while (pos < n && source[pos] !== '\n') pos++;
      } else if (c === '/' && source[pos + 1] === '*') {
        const startLine = line;
        const startCol = pos - lineStart + 1;
        pos += 2;
        while (pos < n && !(source[pos] === '*' && source[pos + 1] === '/')) {
          if (source[pos] === '\n') newline(pos);
          pos++;
        }
        if (pos >= n) fail('multi-line comment has no terminating */', startLine, startCol);
        pos += 2;
      } else {
        break;
      }
    }
  };

  const lexNumber = (startCol: number): Token => {
    const start = pos;
    const digits = (): void => {
      // digit separators: `_` only between digits
      while (pos < n && (isDigit(source[pos]!) || (source[pos] === '_' && isDigit(source[pos + 1] ?? '') && isDigit(source[pos - 1] ?? '')))) pos++;
    };
    if (source[pos] === '0') {
      pos++;
    } else {
      digits();
    }
    if (source[pos] === '.') {
      if (!isDigit(source[pos + 1] ?? '')) fail(`couldn't lex number, junk after decimal point: ${JSON.stringify(source[pos + 1] ?? 'EOF')}`);
      pos++;
      digits();
    }
    if (source[pos] === 'e' || source[pos] === 'E') {
      pos++;
      if (source[pos] === '+' || source[pos] === '-') pos++;
      if (!isDigit(source[pos] ?? '')) fail(`couldn't lex number, junk after 'E': ${JSON.stringify(source[pos] ?? 'EOF')}`);
      digits();
    }
    const text = source.slice(start, pos).replace(/_/g, '');
    return token('number', text, line, startCol, Number(text));
  };

  const lexQuoted = (quote: string, startLine: number, startCol: number): string => {
    pos++; // opening quote
    let out = '';
    for (;;) {
      if (pos >= n) fail('unterminated string', startLine, startCol);
      const c = source[pos]!;
      if (c === quote) {
        pos++;
        return out;
      }
      if (c === '\n') {
        newline(pos);
        out += c;
        pos++;
        continue;
      }
      if (c !== '\\') {
        // a run of plain characters is copied with one slice
        let end = pos + 1;
        while (end < n) {
          const next = source[end];
          if (next === quote || next === '\\' || next === '\n') break;
          end++;
        }
        out += source.slice(pos, end);
        pos = end;
        continue;
      }
      const e = source[pos + 1];
      if (e === undefined) fail('unterminated string', startLine, startCol);
      const escapeColumn = pos - lineStart + 1;
      pos += 2;
      switch (e) {
        case '"': out += '"'; break;
        case "'": out += "'"; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const readHex = (): number => {
            const hex = source.slice(pos, pos + 4);
            if (hex.length < 4 || ![...hex].every(isHex)) fail('Unicode escape sequence was truncated or had non-hex digits');
            pos += 4;
            return parseInt(hex, 16);
          };
          let code = readHex();
          // a high surrogate followed by an escaped low surrogate is one code point
          if (code >= 0xd800 && code <= 0xdbff && source[pos] === '\\' && source[pos + 1] === 'u') {
            const save = pos;
            pos += 2;
            const low = readHex();
            if (low >= 0xdc00 && low <= 0xdfff) {
              code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            } else {
              pos = save;
            }
          }
          out += String.fromCodePoint(code);
          break;
        }
        default:
          fail(`unknown escape sequence in string literal: '\\${e}'`, line, escapeColumn);
      }
    }
  };

  const lexVerbatim = (quote: string, startLine: number, startCol: number): string => {
    pos += 2; // @ and quote
    let out = '';
    for (;;) {
      if (pos >= n) fail('unterminated string', startLine, startCol);
      const c = source[pos]!;
      if (c === quote) {
        if (source[pos + 1] === quote) {
          out += quote;
          pos += 2;
          continue;
        }
        pos++;
        return out;
      }
      if (c === '\n') newline(pos);
      out += c;
      pos++;
    }
  };

  const describeWhitespace = (ws: string): string => {
    const spaces = [...ws].filter((c) => c === ' ').length;
    const tabs = ws.length - spaces;
    const parts: string[] = [];
    if (spaces) parts.push(`${spaces} space${spaces === 1 ? '' : 's'}`);
    if (tabs) parts.push(`${tabs} tab${tabs === 1 ? '' : 's'}`);
    return parts.join(', ') || 'none';
  };

  const lexTextBlock = (startLine: number, startCol: number): string => {
    pos += 3;
    let chomp = false;
    if (source[pos] === '-') {
      chomp = true;
      pos++;
    }
    while (pos < n && (source[pos] === ' ' || source[pos] === '\t' || source[pos] === '\r')) pos++;
    if (source[pos] !== '\n') fail('text block syntax requires new line after |||.', startLine, startCol);
    newline(pos);
    pos++;
    // blank lines before the first content line are kept
    let out = '';
    while (pos < n && source[pos] === '\n') {
      out += '\n';
      newline(pos);
      pos++;
    }
    let prefixEnd = pos;
    while (prefixEnd < n && (source[prefixEnd] === ' ' || source[prefixEnd] === '\t')) prefixEnd++;
    const prefix = source.slice(pos, prefixEnd);
    if (prefixEnd >= n) fail('unexpected EOF', startLine, startCol);
    if (prefix.length === 0) fail('text block\'s first line must start with whitespace', startLine, startCol);
    for (;;) {
      // at the start of a content line that begins with the prefix
      pos += prefix.length;
      const lineEnd = source.indexOf('\n', pos);
      if (lineEnd < 0) fail('unexpected EOF', startLine, startCol);
      out += source.slice(pos, lineEnd + 1);
      newline(lineEnd);
      pos = lineEnd + 1;
      // blank lines inside the block are kept
      while (pos < n && source[pos] === '\n') {
        out += '\n';
        newline(pos);
        pos++;
      }
      if (source.startsWith(prefix, pos)) continue;
      let wsEnd = pos;
      while (wsEnd < n && (source[wsEnd] === ' ' || source[wsEnd] === '\t')) wsEnd++;
      if (source.startsWith('|||', wsEnd)) {
        pos = wsEnd + 3;
        break;
      }
      if (wsEnd >= n) fail('text block not terminated with |||', startLine, startCol);
      const found = source.slice(pos, wsEnd);
      if (found.length === 0 || wsEnd === pos) fail('text block not terminated with |||', startLine, startCol);
      fail(
        `text block indentation mismatch: expected at least ${describeWhitespace(prefix)}, found ${describeWhitespace(found)}`,
        startLine,
        startCol,
      );
    }
    if (chomp && out.endsWith('\n')) out = out.slice(0, -1);
    return out;
  };

  for (;;) {
    skipWhitespaceAndComments();
    const col = pos - lineStart + 1;
    if (pos >= n) {
      tokens.push(token('eof', '', line, col));
      return tokens;
    }
    const c = source[pos]!;
    const startLine = line;
    if (SINGLE_CHAR_TOKENS.has(c)) {
      if (c === '.' && isDigit(source[pos + 1] ?? '')) fail('unexpected: "." while parsing terminal');
      tokens.push(token(c as TokenKind, c, line, col));
      pos++;
    } else if (isDigit(c)) {
      tokens.push(lexNumber(col));
    } else if (isIdentStart(c)) {
      const start = pos;
      while (pos < n && isIdentPartCode(source.charCodeAt(pos))) pos++;
      const text = source.slice(start, pos);
      tokens.push(token(KEYWORDS.has(text) ? 'keyword' : 'identifier', text, line, col));
    } else if (c === '"' || c === "'") {
      const text = lexQuoted(c, startLine, col);
      tokens.push(token('string', text, startLine, col, undefined, 'quoted'));
    } else if (c === '@' && (source[pos + 1] === '"' || source[pos + 1] === "'")) {
      const text = lexVerbatim(source[pos + 1]!, startLine, col);
      tokens.push(token('string', text, startLine, col, undefined, 'verbatim'));
    } else if (c === '|' && source.startsWith('|||', pos)) {
      const text = lexTextBlock(startLine, col);
      tokens.push(token('string', text, startLine, col, undefined, 'block'));
    } else if (OPERATOR_CHARS.has(c)) {
      const start = pos;
      if (start < operatorTailEnd) {
        // inside the tail of + - ~ ! that ended a run already lexed: each is an operator of its own
        pos++;
      } else {
        let end = pos;
        let lastOther = -1;
        while (end < n && OPERATOR_CHARS.has(source[end]!)) {
          // a comment or text block start ends the operator
          if (end > start && (source.startsWith('//', end) || source.startsWith('/*', end) || source.startsWith('|||', end))) break;
          if (!UNARY_TAIL.has(source[end]!)) lastOther = end;
          end++;
        }
        // an operator may not end in + - ~ ! unless it is that single character (so `a=-1` is `=` `-`);
        // what follows is one-character operators, remembered so a long run is scanned once, not once per token
        pos = Math.max(start + 1, lastOther + 1);
        operatorTailEnd = end;
      }
      tokens.push(token('operator', source.slice(start, pos), line, col));
    } else {
      fail(`could not lex the character ${JSON.stringify(c)}`);
    }
  }
}
