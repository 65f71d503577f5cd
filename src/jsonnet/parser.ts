/** Recursive-descent Jsonnet parser producing the tree in ast.ts (sugar is removed here where it is purely local). */
import type { Ast, Bind, BinaryOp, CompSpec, Expr, FieldMember, NamedArg, ObjectMember, Param, Position, UnaryOp, Visibility } from './ast.ts';
import { JsonnetError } from './errors.ts';
import { tokenize, type Token } from './lexer.ts';
import { checkStatically } from './static-check.ts';

/** Binding power of each binary operator; higher binds tighter. */
const BINARY_PRECEDENCE: Record<string, number> = {
  '*': 10, '/': 10, '%': 10,
  '+': 9, '-': 9,
  '<<': 8, '>>': 8,
  '<': 7, '<=': 7, '>': 7, '>=': 7, 'in': 7,
  '==': 6, '!=': 6,
  '&': 5,
  '^': 4,
  '|': 3,
  '&&': 2,
  '||': 1,
};
const UNARY_OPERATORS = new Set(['-', '+', '!', '~']);
const MAX_PARSE_DEPTH = 500;

/** Only the position of a token goes into the tree. */
const pos = (t: Position): Position => ({ line: t.line, column: t.column });

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[], private readonly filename: string) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }
  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.index++;
    return t;
  }
  private fail(message: string, at: Position = this.peek()): never {
    throw new JsonnetError('syntax', message, { file: this.filename, line: at.line, column: at.column });
  }
  private describe(t: Token): string {
    if (t.kind === 'eof') return 'end of file';
    if (t.kind === 'string') return `string ${JSON.stringify(t.text)}`;
    return t.text;
  }
  private isOp(text: string, t: Token = this.peek()): boolean {
    return t.kind === 'operator' && t.text === text;
  }
  private isKeyword(text: string, t: Token = this.peek()): boolean {
    return t.kind === 'keyword' && t.text === text;
  }
  private expectKind(kind: Token['kind'], context: string): Token {
    const t = this.peek();
    if (t.kind !== kind) {
      if (t.kind === 'eof') this.fail('unexpected end of file.');
      this.fail(`expected token ${kind} but got ${this.describe(t)} ${context}`.trim());
    }
    return this.next();
  }
  private expectOp(text: string, context: string): Token {
    if (!this.isOp(text)) this.fail(`expected operator ${text} but got ${this.describe(this.peek())} ${context}`.trim());
    return this.next();
  }
  private expectKeyword(text: string): Token {
    if (!this.isKeyword(text)) this.fail(`expected ${text} but got ${this.describe(this.peek())}`);
    return this.next();
  }
  private identifier(context: string): Token {
    const t = this.peek();
    if (t.kind !== 'identifier') this.fail(`expected identifier but got ${this.describe(t)} ${context}`.trim());
    return this.next();
  }

  parseProgram(): Expr {
    const e = this.parseExpr();
    const t = this.peek();
    if (t.kind !== 'eof') this.fail(`did not expect: ${this.describe(t)}`);
    return e;
  }

  parseExpr(minPrecedence = 0): Expr {
    if (++this.depth > MAX_PARSE_DEPTH) this.fail('Exceeded maximum parse depth limit.');
    try {
      let left = this.parseUnary();
      for (;;) {
        const t = this.peek();
        let op: string | undefined;
        if (t.kind === 'operator' && BINARY_PRECEDENCE[t.text] !== undefined) op = t.text;
        else if (this.isKeyword('in', t)) op = 'in';
        if (op === undefined) break;
        const prec = BINARY_PRECEDENCE[op]!;
        if (prec <= minPrecedence) break;
        this.next();
        if (op === 'in' && this.isKeyword('super')) {
          this.next();
          left = { type: 'InSuper', key: left, loc: left.loc };
          continue;
        }
        const right = this.parseExpr(prec);
        left = { type: 'Binary', op: op as BinaryOp, left, right, loc: left.loc };
      }
      return left;
    } finally {
      this.depth--;
    }
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (t.kind === 'operator' && UNARY_OPERATORS.has(t.text)) {
      this.next();
      if (++this.depth > MAX_PARSE_DEPTH) this.fail('Exceeded maximum parse depth limit.');
      try {
        const operand = this.parseUnary();
        return { type: 'Unary', op: t.text as UnaryOp, operand, loc: pos(t) };
      } finally {
        this.depth--;
      }
    }
    if (t.kind === 'operator') this.fail(`not a unary operator: ${t.text}`);
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(start: Expr): Expr {
    let e = start;
    for (;;) {
      const t = this.peek();
      if (t.kind === '.') {
        this.next();
        const id = this.identifier('after .');
        e = { type: 'Index', target: e, index: { type: 'Literal', value: id.text, loc: pos(id) }, name: id.text, loc: e.loc };
      } else if (t.kind === '[') {
        this.next();
        e = this.parseIndexOrSlice(e);
      } else if (t.kind === '(') {
        this.next();
        const { args, named } = this.parseArgs();
        let tailstrict = false;
        if (this.isKeyword('tailstrict')) {
          this.next();
          tailstrict = true;
        }
        e = { type: 'Apply', fn: e, args, named, tailstrict, loc: e.loc };
      } else if (t.kind === '{') {
        // `e { ... }` is `e + { ... }`
        const right = this.parsePrimary();
        e = { type: 'Binary', op: '+', left: e, right, loc: e.loc };
      } else {
        return e;
      }
    }
  }

  private parseIndexOrSlice(target: Expr): Expr {
    // `::` lexes as one token, so a slice like a[::2] sees it as two colons
    const parts: (Expr | undefined)[] = [undefined];
    let colons = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === ']') {
        this.next();
        break;
      }
      if (t.kind === 'eof') this.fail('unexpected end of file.');
      if (this.isOp(':') || this.isOp('::')) {
        const count = t.text.length;
        this.next();
        for (let i = 0; i < count; i++) {
          colons++;
          parts.push(undefined);
        }
        if (colons > 2) this.fail('invalid slice: too many colons', t);
        continue;
      }
      if (parts[parts.length - 1] !== undefined) this.fail(`expected token ] but got ${this.describe(t)}`);
      parts[parts.length - 1] = this.parseExpr();
    }
    if (colons === 0) {
      if (!parts[0]) this.fail('expected an index expression', target.loc);
      return { type: 'Index', target, index: parts[0], loc: target.loc };
    }
    const slice: Expr = {
      type: 'Slice',
      target,
      ...(parts[0] ? { start: parts[0] } : {}),
      ...(parts[1] ? { end: parts[1] } : {}),
      ...(parts[2] ? { step: parts[2] } : {}),
      loc: target.loc,
    };
    return slice;
  }

  private parseArgs(): { args: Expr[]; named: NamedArg[] } {
    const args: Expr[] = [];
    const named: NamedArg[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === ')') {
        this.next();
        return { args, named };
      }
      if (t.kind === 'identifier' && this.isOp('=', this.peek(1))) {
        this.next();
        this.next();
        named.push({ name: t.text, value: this.parseExpr() });
      } else {
        if (named.length > 0) this.fail('Positional argument after a named argument is not allowed', t);
        args.push(this.parseExpr());
      }
      const after = this.peek();
      if (after.kind === ',') {
        this.next();
      } else if (after.kind !== ')') {
        if (after.kind === 'eof') this.fail('unexpected end of file.');
        this.fail(`expected a comma before next function argument, got ${this.describe(after)}.`);
      }
    }
  }

  private parseParams(): Param[] {
    this.expectKind('(', 'in function parameters');
    const params: Param[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === ')') {
        this.next();
        return params;
      }
      const id = this.identifier('in function parameters');
      if (this.isOp('=')) {
        this.next();
        params.push({ name: id.text, defaultValue: this.parseExpr(), loc: pos(id) });
      } else {
        params.push({ name: id.text, loc: pos(id) });
      }
      const after = this.peek();
      if (after.kind === ',') this.next();
      else if (after.kind !== ')') this.fail(`expected , or ) after function parameter but got ${this.describe(after)}`);
    }
  }

  private parseBind(): Bind {
    const id = this.identifier('in local binding');
    if (this.peek().kind === '(') {
      const params = this.parseParams();
      this.expectOp('=', 'in local function binding');
      const body = this.parseExpr();
      return { name: id.text, value: { type: 'Function', params, body, name: id.text, loc: pos(id) }, loc: pos(id) };
    }
    this.expectOp('=', 'in local binding');
    const value = this.parseExpr();
    if (value.type === 'Function' && !value.name) value.name = id.text;
    return { name: id.text, value, loc: pos(id) };
  }

  private parseStringLiteral(t: Token): Expr {
    return { type: 'Literal', value: t.text, loc: pos(t) };
  }

  private parsePrimary(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case 'number':
        this.next();
        return { type: 'Literal', value: t.numberValue!, loc: pos(t) };
      case 'string':
        this.next();
        return this.parseStringLiteral(t);
      case 'identifier':
        this.next();
        return { type: 'Var', name: t.text, loc: pos(t) };
      case '$':
        this.next();
        return { type: 'Dollar', loc: pos(t) };
      case '(': {
        this.next();
        const inner = this.parseExpr();
        this.expectKind(')', 'to close parenthesis');
        return inner;
      }
      case '[':
        this.next();
        return this.parseArray(t);
      case '{':
        this.next();
        return this.parseObject(t);
      case 'keyword':
        return this.parseKeywordExpr(t);
      case 'eof':
        this.fail('unexpected end of file.');
      // falls through (fail never returns)
      default:
        this.fail(`unexpected: ${this.describe(t)} while parsing terminal`);
    }
  }

  private parseKeywordExpr(t: Token): Expr {
    switch (t.text) {
      case 'null':
        this.next();
        return { type: 'Literal', value: null, loc: pos(t) };
      case 'true':
        this.next();
        return { type: 'Literal', value: true, loc: pos(t) };
      case 'false':
        this.next();
        return { type: 'Literal', value: false, loc: pos(t) };
      case 'self':
        this.next();
        return { type: 'Self', loc: pos(t) };
      case 'super': {
        this.next();
        const after = this.peek();
        if (after.kind === '.') {
          this.next();
          const id = this.identifier('after super.');
          return { type: 'SuperIndex', index: { type: 'Literal', value: id.text, loc: pos(id) }, loc: pos(t) };
        }
        if (after.kind === '[') {
          this.next();
          const index = this.parseExpr();
          this.expectKind(']', 'to close super index');
          return { type: 'SuperIndex', index, loc: pos(t) };
        }
        this.fail('expected . or [ after super');
      }
      // falls through (fail never returns)
      case 'local': {
        this.next();
        const binds: Bind[] = [this.parseBind()];
        while (this.peek().kind === ',') {
          this.next();
          binds.push(this.parseBind());
        }
        this.expectKind(';', 'after local bindings');
        const body = this.parseExpr();
        return { type: 'Local', binds, body, loc: pos(t) };
      }
      case 'if': {
        this.next();
        const condition = this.parseExpr();
        this.expectKeyword('then');
        const then = this.parseExpr();
        if (this.isKeyword('else')) {
          this.next();
          return { type: 'If', condition, then, else: this.parseExpr(), loc: pos(t) };
        }
        return { type: 'If', condition, then, loc: pos(t) };
      }
      case 'function': {
        this.next();
        const params = this.parseParams();
        const body = this.parseExpr();
        return { type: 'Function', params, body, loc: pos(t) };
      }
      case 'assert': {
        this.next();
        const condition = this.parseExpr();
        let message: Expr | undefined;
        if (this.isOp(':')) {
          this.next();
          message = this.parseExpr();
        }
        this.expectKind(';', 'after assert');
        const rest = this.parseExpr();
        return message ? { type: 'Assert', condition, message, rest, loc: pos(t) } : { type: 'Assert', condition, rest, loc: pos(t) };
      }
      case 'error': {
        this.next();
        return { type: 'Error', value: this.parseExpr(), loc: pos(t) };
      }
      case 'import':
      case 'importstr':
      case 'importbin': {
        this.next();
        const pathToken = this.peek();
        const pathExpr = this.parseExpr();
        if (pathExpr.type !== 'Literal' || typeof pathExpr.value !== 'string') this.fail('computed imports are not allowed.', pathToken);
        if (pathToken.stringStyle === 'block') this.fail('Cannot use text blocks in import statements.', pathToken);
        return { type: 'Import', kind: t.text as 'import', path: pathExpr.value, loc: pos(t) };
      }
      default:
        this.fail(`unexpected: ${t.text} while parsing terminal`);
    }
  }

  private parseCompSpecs(): CompSpec[] {
    const specs: CompSpec[] = [];
    for (;;) {
      const t = this.peek();
      if (this.isKeyword('for')) {
        this.next();
        const id = this.identifier('after for');
        this.expectKeyword('in');
        specs.push({ kind: 'for', varName: id.text, source: this.parseExpr(), loc: pos(t) });
      } else if (this.isKeyword('if')) {
        this.next();
        specs.push({ kind: 'if', condition: this.parseExpr(), loc: pos(t) });
      } else {
        return specs;
      }
    }
  }

  private parseArray(open: Token): Expr {
    const elements: Expr[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === ']') {
        this.next();
        return { type: 'Array', elements, loc: pos(open) };
      }
      if (elements.length > 0 && !(this.tokens[this.index - 1]!.kind === ',')) {
        this.fail('expected a comma before next array element.');
      }
      const element = this.parseExpr();
      if (this.isKeyword('for') || (this.peek().kind === ',' && this.isKeyword('for', this.peek(1)))) {
        if (elements.length > 0) this.fail('array comprehension must have exactly one element', element.loc);
        if (this.peek().kind === ',') this.next();
        const specs = this.parseCompSpecs();
        this.expectKind(']', 'to close array comprehension');
        return { type: 'ArrayComp', body: element, specs, loc: pos(open) };
      }
      elements.push(element);
      const after = this.peek();
      if (after.kind === ',') this.next();
      else if (after.kind !== ']') {
        if (after.kind === 'eof') this.fail('unexpected end of file.');
        this.fail('expected a comma before next array element.');
      }
    }
  }

  /** Parses `:`, `::`, `:::` optionally preceded by `+`. */
  private parseFieldColon(): { plus: boolean; visibility: Visibility } {
    const t = this.peek();
    const table: Record<string, { plus: boolean; visibility: Visibility }> = {
      ':': { plus: false, visibility: 'default' },
      '::': { plus: false, visibility: 'hidden' },
      ':::': { plus: false, visibility: 'forced' },
      '+:': { plus: true, visibility: 'default' },
      '+::': { plus: true, visibility: 'hidden' },
      '+:::': { plus: true, visibility: 'forced' },
    };
    const found = t.kind === 'operator' ? table[t.text] : undefined;
    if (!found) this.fail(`expected one of :, ::, :::, +:, +::, +:::, got: ${this.describe(t)}`);
    this.next();
    return found;
  }

  private parseObject(open: Token): Expr {
    const members: ObjectMember[] = [];
    let sawComma = true;
    for (;;) {
      const t = this.peek();
      if (t.kind === '}') {
        this.next();
        break;
      }
      if (!sawComma) this.fail('expected a comma before next field.');
      if (this.isKeyword('for') && members.length > 0) {
        return this.finishObjectComprehension(open, members);
      }
      if (this.isKeyword('local')) {
        this.next();
        members.push({ kind: 'local', bind: this.parseBind() });
      } else if (this.isKeyword('assert')) {
        this.next();
        const condition = this.parseExpr();
        if (this.isOp(':')) {
          this.next();
          members.push({ kind: 'assert', condition, message: this.parseExpr(), loc: pos(t) });
        } else {
          members.push({ kind: 'assert', condition, loc: pos(t) });
        }
      } else {
        members.push(this.parseField());
      }
      sawComma = false;
      const after = this.peek();
      if (after.kind === ',') {
        this.next();
        sawComma = true;
      } else if (this.isKeyword('for', after)) {
        return this.finishObjectComprehension(open, members);
      }
    }
    // object locals may not share a name
    const seen = new Set<string>();
    for (const m of members) {
      if (m.kind !== 'local') continue;
      if (seen.has(m.bind.name)) this.fail(`duplicate local var: ${m.bind.name}`, m.bind.loc);
      seen.add(m.bind.name);
    }
    return { type: 'Object', members, loc: pos(open) };
  }

  private parseField(): FieldMember {
    const t = this.peek();
    let name: Expr;
    let computed = false;
    if (t.kind === 'identifier') {
      this.next();
      name = { type: 'Literal', value: t.text, loc: pos(t) };
    } else if (t.kind === 'string') {
      this.next();
      name = this.parseStringLiteral(t);
    } else if (t.kind === '[') {
      this.next();
      name = this.parseExpr();
      this.expectKind(']', 'to close computed field name');
      computed = true;
    } else {
      if (t.kind === 'eof') this.fail('unexpected end of file.');
      this.fail(`unexpected: ${this.describe(t)} while parsing field definition`);
    }
    if (this.peek().kind === '(') {
      const params = this.parseParams();
      const { plus, visibility } = this.parseFieldColon();
      if (plus) this.fail(`cannot use +: syntax sugar in a method: ${name.type === 'Literal' ? String(name.value) : ''}`, t);
      const body = this.parseExpr();
      const fn: Expr = { type: 'Function', params, body, loc: pos(t), ...(name.type === 'Literal' ? { name: String(name.value) } : {}) };
      return { kind: 'field', name, computed, visibility, plus: false, value: fn, loc: pos(t) };
    }
    const { plus, visibility } = this.parseFieldColon();
    const value = this.parseExpr();
    if (value.type === 'Function' && !value.name && name.type === 'Literal') value.name = String(name.value);
    return { kind: 'field', name, computed, visibility, plus, value, loc: pos(t) };
  }

  private finishObjectComprehension(open: Token, members: ObjectMember[]): Expr {
    const fields = members.filter((m): m is FieldMember => m.kind === 'field');
    if (members.some((m) => m.kind === 'assert')) this.fail('Object comprehension cannot have asserts.', open);
    if (fields.length !== 1) this.fail('Object comprehension can only have one field.', open);
    const field = fields[0]!;
    if (!field.computed) this.fail('Object comprehensions can only have [e] fields.', field.loc);
    const locals: Bind[] = [];
    const seen = new Set<string>();
    for (const m of members) {
      if (m.kind !== 'local') continue;
      if (seen.has(m.bind.name)) this.fail(`duplicate local var: ${m.bind.name}`, m.bind.loc);
      seen.add(m.bind.name);
      locals.push(m.bind);
    }
    const specs = this.parseCompSpecs();
    this.expectKind('}', 'to close object comprehension');
    return {
      type: 'ObjectComp',
      locals,
      key: field.name,
      visibility: field.visibility,
      plus: field.plus,
      value: field.value,
      specs,
      loc: pos(open),
    };
  }
}

/** Parses and statically checks a program; throws JsonnetError (kind 'syntax'). */
export function parseProgram(source: string, filename = '<snippet>'): Ast {
  const tokens = tokenize(source, filename);
  const root = new Parser(tokens, filename).parseProgram();
  checkStatically(root, filename);
  return { root, filename };
}
