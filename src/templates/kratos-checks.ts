/**
 * What makes a body fail on every call in Ory, found before anything is written (NOTES "How Kratos
 * evaluates a body"): Kratos calls a function body with one argument named `ctx`, defines no ext vars
 * and refuses every import.
 */
import type { Ast, CompSpec, Expr, Position } from '../jsonnet/index.ts';

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

/** Calls `visit` on every node below `e` (the tree is small: one webhook body). */
function walk(e: Expr | undefined, visit: (node: Expr) => void): void {
  if (!e) return;
  visit(e);
  switch (e.type) {
    case 'Literal': case 'Self': case 'Dollar': case 'Var': case 'Import':
      return;
    case 'SuperIndex': return walk(e.index, visit);
    case 'InSuper': return walk(e.key, visit);
    case 'Array':
      for (const el of e.elements) walk(el, visit);
      return;
    case 'ArrayComp':
      walkSpecs(e.specs, visit);
      return walk(e.body, visit);
    case 'Object':
      for (const m of e.members) {
        if (m.kind === 'field') {
          walk(m.name, visit);
          walk(m.value, visit);
        } else if (m.kind === 'assert') {
          walk(m.condition, visit);
          walk(m.message, visit);
        } else walk(m.bind.value, visit);
      }
      return;
    case 'ObjectComp':
      for (const b of e.locals) walk(b.value, visit);
      walkSpecs(e.specs, visit);
      walk(e.key, visit);
      return walk(e.value, visit);
    case 'Index':
      walk(e.target, visit);
      return walk(e.index, visit);
    case 'Slice':
      walk(e.target, visit);
      walk(e.start, visit);
      walk(e.end, visit);
      return walk(e.step, visit);
    case 'Apply':
      walk(e.fn, visit);
      for (const a of e.args) walk(a, visit);
      for (const n of e.named) walk(n.value, visit);
      return;
    case 'Local':
      for (const b of e.binds) walk(b.value, visit);
      return walk(e.body, visit);
    case 'If':
      walk(e.condition, visit);
      walk(e.then, visit);
      return walk(e.else, visit);
    case 'Binary':
      walk(e.left, visit);
      return walk(e.right, visit);
    case 'Unary': return walk(e.operand, visit);
    case 'Function':
      for (const p of e.params) walk(p.defaultValue, visit);
      return walk(e.body, visit);
    case 'Assert':
      walk(e.condition, visit);
      walk(e.message, visit);
      return walk(e.rest, visit);
    case 'Error': return walk(e.value, visit);
  }
}

function walkSpecs(specs: readonly CompSpec[], visit: (node: Expr) => void): void {
  for (const spec of specs) walk(spec.kind === 'for' ? spec.source : spec.condition, visit);
}

/** Parsed trees are shared (the engine caches them): a body checked twice is walked once. */
const checked = new WeakMap<Ast, BodyProblem[]>();

export function kratosBodyProblems(ast: Ast): BodyProblem[] {
  const known = checked.get(ast);
  if (known) return known;
  const problems: BodyProblem[] = [];
  checked.set(ast, problems);
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
  walk(ast.root, (node) => {
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
  });
  return problems;
}
