/**
 * GitHub Actions expressions (`${{ ... }}`), as far as this repository's workflows use them, for
 * running a workflow's job locally: literals, context paths (`steps.ory.outputs.url`), `!`, `==`,
 * `!=`, `&&`, `||` (which yield an operand, as GitHub's do), parentheses, and the functions
 * `format`, `toJSON`, `contains`, `startsWith`, `success`, `always`, `cancelled`, `failure`.
 * Anything else is an error, so a workflow that outgrows this fails its local run instead of
 * running with a wrong value.
 */
export type Contexts = Record<string, unknown>;

/** Replaces every `${{ }}` in `text`; a value that is only one expression keeps its type. */
export function evaluateTemplate(text: string, contexts: Contexts): unknown {
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, contexts);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => toText(evaluate(expression, contexts)));
}

export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

function truthy(value: unknown): boolean {
  return !(value === false || value === 0 || value === '' || value === null || value === undefined || Number.isNaN(value));
}

type Token = { kind: 'string' | 'number' | 'name' | 'op'; text: string };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][\w-]*)|(==|!=|&&|\|\||[!().,[\]*]))/y;
  let at = 0;
  while (at < expression.length) {
    if (/^\s*$/.test(expression.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(expression);
    if (!match) throw new Error(`expression: cannot read ${JSON.stringify(expression.slice(at))} in \${{${expression}}}`);
    at = pattern.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: 'string', text: match[1].slice(1, -1).replace(/''/g, "'") });
    else if (match[2] !== undefined) tokens.push({ kind: 'number', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'name', text: match[3] });
    else tokens.push({ kind: 'op', text: match[4]! });
  }
  return tokens;
}

const FUNCTIONS: Record<string, (args: unknown[], contexts: Contexts) => unknown> = {
  format: ([pattern, ...values]) => String(pattern).replace(/\{(\d+)\}/g, (_, i: string) => toText(values[Number(i)])),
  toJSON: ([value]) => JSON.stringify(value ?? null, null, 2),
  contains: ([haystack, needle]) =>
    Array.isArray(haystack) ? haystack.includes(needle) : toText(haystack).toLowerCase().includes(toText(needle).toLowerCase()),
  startsWith: ([text, prefix]) => toText(text).toLowerCase().startsWith(toText(prefix).toLowerCase()),
  success: (_, contexts) => contexts['job.status'] !== 'failure',
  failure: (_, contexts) => contexts['job.status'] === 'failure',
  always: () => true,
  cancelled: () => false,
};

export function evaluate(expression: string, contexts: Contexts): unknown {
  const tokens = tokenize(expression);
  let position = 0;
  const peek = () => tokens[position];
  const take = (text?: string) => {
    const token = tokens[position++];
    if (!token || (text !== undefined && token.text !== text)) throw new Error(`expression: expected ${text ?? 'more'} in \${{${expression}}}`);
    return token;
  };
  const or = (): unknown => {
    let left = and();
    while (peek()?.text === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): unknown => {
    let left = equality();
    while (peek()?.text === '&&') {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const equality = (): unknown => {
    let left = unary();
    while (peek()?.text === '==' || peek()?.text === '!=') {
      const op = take().text;
      const right = unary();
      const same = typeof left === 'string' && typeof right === 'string' ? left.toLowerCase() === right.toLowerCase() : left === right;
      left = op === '==' ? same : !same;
    }
    return left;
  };
  const unary = (): unknown => {
    if (peek()?.text === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): unknown => {
    const token = take();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') return Number(token.text);
    if (token.text === '(') {
      const value = or();
      take(')');
      return value;
    }
    if (token.kind !== 'name') throw new Error(`expression: unexpected ${token.text} in \${{${expression}}}`);
    if (token.text === 'true' || token.text === 'false') return token.text === 'true';
    if (token.text === 'null') return null;
    if (peek()?.text === '(') {
      const fn = FUNCTIONS[token.text];
      if (!fn) throw new Error(`expression: the local run knows no function ${token.text}()`);
      take('(');
      const args: unknown[] = [];
      while (peek()?.text !== ')') {
        args.push(or());
        if (peek()?.text === ',') take(',');
      }
      take(')');
      return fn(args, contexts);
    }
    if (!(token.text in contexts)) throw new Error(`expression: the local run has no context ${token.text} (\${{${expression}}})`);
    let value: unknown = contexts[token.text];
    while (peek()?.text === '.') {
      take('.');
      const name = take().text;
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
    }
    return value;
  };
  const value = or();
  if (position !== tokens.length) throw new Error(`expression: unexpected ${tokens[position]!.text} in \${{${expression}}}`);
  return value;
}
