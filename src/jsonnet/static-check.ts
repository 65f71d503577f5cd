/** The spec's static checks: every variable bound, self/super/$ only inside objects, no duplicate names. */
import type { CompSpec, Expr, Position } from './ast.ts';
import { JsonnetError } from './errors.ts';

interface Scope {
  readonly names: ReadonlySet<string>;
  readonly parent?: Scope;
}

const has = (scope: Scope | undefined, name: string): boolean => {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
};

export function checkStatically(root: Expr, filename: string): void {
  const fail = (message: string, at: Position): never => {
    throw new JsonnetError('syntax', message, { file: filename, line: at.line, column: at.column });
  };

  const withNames = (scope: Scope, names: Iterable<string>): Scope => ({ names: new Set(names), parent: scope });

  /** Adds each `for` variable in turn, checking sources and conditions; returns the innermost scope. */
  const checkSpecs = (specs: readonly CompSpec[], scope: Scope, inObject: boolean): Scope => {
    let current = scope;
    for (const spec of specs) {
      if (spec.kind === 'for') {
        visit(spec.source, current, inObject);
        current = withNames(current, [spec.varName]);
      } else {
        visit(spec.condition, current, inObject);
      }
    }
    return current;
  };

  const visit = (e: Expr, scope: Scope, inObject: boolean): void => {
    switch (e.type) {
      case 'Literal':
      case 'Import':
        return;
      case 'Self':
        if (!inObject) fail("Can't use self outside of an object.", e.loc);
        return;
      case 'Dollar':
        if (!inObject) fail('No top-level object found.', e.loc);
        return;
      case 'Var':
        if (!has(scope, e.name)) fail(`Unknown variable: ${e.name}`, e.loc);
        return;
      case 'SuperIndex':
        if (!inObject) fail("Can't use super outside of an object.", e.loc);
        visit(e.index, scope, inObject);
        return;
      case 'InSuper':
        if (!inObject) fail("Can't use super outside of an object.", e.loc);
        visit(e.key, scope, inObject);
        return;
      case 'Array':
        for (const el of e.elements) visit(el, scope, inObject);
        return;
      case 'ArrayComp': {
        const inner = checkSpecs(e.specs, scope, inObject);
        visit(e.body, inner, inObject);
        return;
      }
      case 'Object': {
        const locals: string[] = [];
        const fieldNames = new Set<string>();
        for (const m of e.members) {
          if (m.kind === 'local') locals.push(m.bind.name);
          if (m.kind === 'field') {
            // a computed name is evaluated outside the object: no self, no object locals
            if (m.computed) visit(m.name, scope, inObject);
            else if (m.name.type === 'Literal' && typeof m.name.value === 'string') {
              if (fieldNames.has(m.name.value)) fail(`Duplicate field: ${m.name.value}`, m.loc);
              fieldNames.add(m.name.value);
            }
          }
        }
        const inner = withNames(scope, locals);
        for (const m of e.members) {
          if (m.kind === 'local') visit(m.bind.value, inner, true);
          else if (m.kind === 'field') visit(m.value, inner, true);
          else {
            visit(m.condition, inner, true);
            if (m.message) visit(m.message, inner, true);
          }
        }
        return;
      }
      case 'ObjectComp': {
        const specScope = checkSpecs(e.specs, scope, inObject);
        visit(e.key, specScope, inObject);
        const inner = withNames(specScope, e.locals.map((b) => b.name));
        for (const b of e.locals) visit(b.value, inner, true);
        visit(e.value, inner, true);
        return;
      }
      case 'Index':
        visit(e.target, scope, inObject);
        visit(e.index, scope, inObject);
        return;
      case 'Slice':
        visit(e.target, scope, inObject);
        if (e.start) visit(e.start, scope, inObject);
        if (e.end) visit(e.end, scope, inObject);
        if (e.step) visit(e.step, scope, inObject);
        return;
      case 'Apply':
        visit(e.fn, scope, inObject);
        for (const a of e.args) visit(a, scope, inObject);
        for (const a of e.named) visit(a.value, scope, inObject);
        return;
      case 'Local': {
        const names = new Set<string>();
        for (const b of e.binds) {
          if (names.has(b.name)) fail(`Duplicate local var: ${b.name}`, b.loc);
          names.add(b.name);
        }
        const inner = withNames(scope, names);
        for (const b of e.binds) visit(b.value, inner, inObject);
        visit(e.body, inner, inObject);
        return;
      }
      case 'If':
        visit(e.condition, scope, inObject);
        visit(e.then, scope, inObject);
        if (e.else) visit(e.else, scope, inObject);
        return;
      case 'Binary':
        visit(e.left, scope, inObject);
        visit(e.right, scope, inObject);
        return;
      case 'Unary':
        visit(e.operand, scope, inObject);
        return;
      case 'Function': {
        const names = new Set<string>();
        for (const p of e.params) {
          if (names.has(p.name)) fail(`Duplicate function parameter: ${p.name}`, e.loc);
          names.add(p.name);
        }
        const inner = withNames(scope, names);
        for (const p of e.params) if (p.defaultValue) visit(p.defaultValue, inner, inObject);
        visit(e.body, inner, inObject);
        return;
      }
      case 'Assert':
        visit(e.condition, scope, inObject);
        if (e.message) visit(e.message, scope, inObject);
        visit(e.rest, scope, inObject);
        return;
      case 'Error':
        visit(e.value, scope, inObject);
        return;
    }
  };

  visit(root, { names: new Set(['std']) }, false);
}
