/**
 * What makes a body fail on every call in Ory, found before anything is written (NOTES "How Kratos
 * evaluates a body"): Kratos calls a function body with one argument named `ctx`, defines no ext vars
 * and refuses every import.
 */
import type { Ast, Expr, Position } from '../jsonnet/index.ts';

export interface BodyProblem {
  readonly message: string;
  readonly at: Position;
  readonly hint: string;
}

/** The value a program evaluates to, past its leading `local`s and `assert`s. */
function resultExpr(root: Expr): Expr {
  let e = root;
  while (e.type === 'Local' || e.type === 'Assert') e = e.type === 'Local' ? e.body : e.rest;
  return e;
}

/** Every node below `e`, depth first (the tree is small: one webhook body). */
function* nodes(e: Expr): Generator<Expr> {
  const stack: Expr[] = [e];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) pushChildren(stack, item);
      } else pushChildren(stack, value);
    }
  }
}

function pushChildren(stack: Expr[], value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.type === 'string' && 'loc' in record) {
    stack.push(value as Expr);
    return;
  }
  // members, binds, parameters, comprehension specs, named arguments: look inside
  for (const inner of Object.values(record)) {
    if (inner !== null && typeof inner === 'object' && !('line' in (inner as object))) pushChildren(stack, inner);
  }
}

export function kratosBodyProblems(ast: Ast): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const result = resultExpr(ast.root);
  if (result.type === 'Function') {
    const names = result.params.map((p) => p.name);
    if (!names.includes('ctx')) {
      const named = names.length > 0 ? ` (it names its parameter${names.length === 1 ? '' : 's'} ${names.map((n) => `\`${n}\``).join(', ')})` : '';
      problems.push({
        message: `the body is a function without a parameter named \`ctx\`${named}: Kratos calls it with one argument named \`ctx\`, so Ory fails this webhook on every call ("function has no parameter ctx")`,
        at: result.loc,
        hint: 'name the parameter `ctx`: `function(ctx) { ... }`',
      });
    }
    for (const p of result.params) {
      if (p.name !== 'ctx' && !p.defaultValue) {
        problems.push({
          message: `the body's parameter \`${p.name}\` has no default: Kratos passes only \`ctx\`, so Ory fails this webhook on every call ("Missing argument: ${p.name}")`,
          at: p.loc,
          hint: `give \`${p.name}\` a default or remove it`,
        });
      }
    }
  }
  for (const node of nodes(ast.root)) {
    if (node.type === 'Index' && node.target.type === 'Var' && node.target.name === 'std' && node.index.type === 'Literal' && node.index.value === 'extVar') {
      problems.push({
        message: 'the body reads `std.extVar(...)`: Kratos defines no external variables, so Ory fails this webhook whenever it is reached ("Undefined external variable")',
        at: node.index.loc,
        hint: 'Kratos passes the request as the top-level argument: write `function(ctx) { ... }` and read `ctx` instead of `std.extVar("ctx")`',
      });
    } else if (node.type === 'Import') {
      problems.push({
        message: `the body uses \`${node.kind} ${JSON.stringify(node.path)}\`: Kratos refuses every import, so Ory fails this webhook whenever it is reached ("import not available")`,
        at: node.loc,
        hint: 'put what the import provides into the body itself',
      });
    }
  }
  return problems;
}
