/** The evaluator: lazy, with objects as inheritance layers, bounded by stack depth and time. */
import type { Bind, CompSpec, Expr, ExprOf, Param, Position } from './ast.ts';
import { JsonnetError, type JsonnetLocation } from './errors.ts';
import { Env, JArray, JFunction, JObject, Thunk, typeOf, type BuiltinParam, type ExprEvaluator, type FieldDef, type Value } from './values.ts';

export interface InterpreterOptions {
  readonly filename: string;
  readonly maxStack: number;
  /** absolute deadline (ms since epoch) or Infinity */
  readonly deadline: number;
  readonly extVars: ReadonlyMap<string, () => Value>;
  /** resolves `import`/`importstr`/`importbin`; absent: imports are refused */
  readonly importer?: (kind: 'import' | 'importstr' | 'importbin', path: string, fromFile: string) => Value;
  readonly onTrace?: (message: string, loc: JsonnetLocation) => void;
  /** the error text of a refused import */
  readonly importRefusal?: (path: string) => string;
  /** builds the `std` object for a file (so std.thisFile is right) */
  readonly makeStd: (interp: Interpreter, filename: string) => JObject;
}

/** Returned from a function body in tail position so the caller loops instead of recursing. */
class TailCall {
  constructor(readonly fn: JFunction, readonly args: Thunk[], readonly named: NamedThunk[] | null, readonly loc: Position) {}
}

export interface NamedThunk {
  readonly name: string;
  readonly thunk: Thunk;
}

const TIME_CHECK_INTERVAL = 2000;
/**
 * Memory bounds of one evaluation, far beyond any request body (Ory's worker gives a body 1 s): one
 * array, one string (in UTF-16 units), and all array elements, object fields and characters made in
 * one evaluation (output included), so a hostile body ends in an error, never in the host's heap limit.
 */
export const MAX_ARRAY_LENGTH = 1_000_000;
export const MAX_STRING_LENGTH = 16_000_000;
export const MAX_ELEMENTS_PER_EVALUATION = 4_000_000;
export const MAX_CHARS_PER_EVALUATION = 32_000_000;
const MAX_TRACE = 20;

export class Interpreter implements ExprEvaluator {
  depth = 0;
  private steps = 0;
  private elements = 0;
  private chars = 0;
  /** the innermost call site entered: where an error of the host (a JavaScript stack overflow) is reported */
  lastLoc: Position | undefined;
  readonly options: InterpreterOptions;
  private currentFile: string;

  constructor(options: InterpreterOptions) {
    this.options = options;
    this.currentFile = options.filename;
  }

  // ---- errors, bounds -------------------------------------------------------------------------

  location(loc: Position | undefined): JsonnetLocation | undefined {
    return loc ? { file: this.currentFile, line: loc.line, column: loc.column } : undefined;
  }

  fail(message: string, loc?: Position): never {
    throw new JsonnetError('runtime', message, this.location(loc));
  }

  /** Counts work and stops an evaluation that has run past its deadline. */
  tick(loc?: Position): void {
    if (++this.steps >= TIME_CHECK_INTERVAL) {
      this.steps = 0;
      if (Date.now() > this.options.deadline) this.fail('evaluation timed out (time limit exceeded)', loc);
    }
  }

  /** Counts `n` array elements or object fields made; past the evaluation's budget, fails. */
  allocate(n: number, loc: Position | undefined): void {
    if (n > MAX_ARRAY_LENGTH) this.fail(`array too large: ${n} elements (at most ${MAX_ARRAY_LENGTH})`, loc);
    this.elements += n;
    if (this.elements > MAX_ELEMENTS_PER_EVALUATION) this.fail(`out of memory: the evaluation made more than ${MAX_ELEMENTS_PER_EVALUATION} array elements and object fields`, loc);
  }

  /** Counts a string of `n` UTF-16 units made; past the string or evaluation budget, fails. */
  allocateChars(n: number, loc: Position | undefined): void {
    if (n > MAX_STRING_LENGTH) this.fail(`string too large: ${n} characters (at most ${MAX_STRING_LENGTH})`, loc);
    this.chars += n;
    if (this.chars > MAX_CHARS_PER_EVALUATION) this.fail(`out of memory: the evaluation made more than ${MAX_CHARS_PER_EVALUATION} characters of strings`, loc);
  }

  private push(loc: Position | undefined): void {
    if (loc) this.lastLoc = loc;
    if (++this.depth > this.options.maxStack) {
      this.depth--;
      this.fail('max stack frames exceeded.', loc);
    }
  }

  private addFrame(err: unknown, loc: Position | undefined, name: string): void {
    if (err instanceof JsonnetError && err.kind === 'runtime' && loc) {
      if (!err.location) (err as { location?: JsonnetLocation }).location = this.location(loc);
      if (err.trace.length < MAX_TRACE) err.trace.push({ location: this.location(loc)!, name });
    }
  }

  enterThunk(): void {
    this.push(undefined);
  }
  leaveThunk(): void {
    if (this.depth > 0) this.depth--;
  }

  // ---- expressions -----------------------------------------------------------------------------

  evalExpr(e: Expr, env: Env): Value {
    switch (e.type) {
      case 'Literal': {
        const v = e.value;
        if (typeof v === 'number' && !Number.isFinite(v)) this.fail('overflow', e.loc);
        return v;
      }
      case 'Var': {
        const t = env.lookup(e.name);
        if (!t) this.fail(`Unknown variable: ${e.name}`, e.loc);
        return t.get();
      }
      case 'Self':
        return env.self as JObject;
      case 'Dollar':
        return env.dollar as JObject;
      case 'Index':
        return this.evalIndex(e, env);
      case 'SuperIndex': {
        const name = this.evalExpr(e.index, env);
        if (typeof name !== 'string') this.fail(`super index must be string, got ${typeOf(name)}`, e.loc);
        return this.superField(env.self as JObject, env.superIndex, name, e.loc);
      }
      case 'InSuper': {
        const key = this.evalExpr(e.key, env);
        if (typeof key !== 'string') this.fail(`in super: field name must be a string, got ${typeOf(key)}`, e.loc);
        const below = env.superIndex;
        return below > 0 && (env.self as JObject).findLayer(key, below) >= 0;
      }
      case 'Array':
        return new JArray(e.elements.map((el) => this.thunkFor(el, env, 'array_element')));
      case 'ArrayComp': {
        const items: Thunk[] = [];
        this.forEachComprehension(e.specs, 0, env, e.loc, (inner) => {
          items.push(this.thunkFor(e.body, inner, 'array_element'));
          this.allocate(1, e.loc);
          if (items.length > MAX_ARRAY_LENGTH) this.fail('array too large', e.loc);
        });
        return new JArray(items);
      }
      case 'Object':
        return this.evalObject(e, env);
      case 'ObjectComp':
        return this.evalObjectComp(e, env);
      case 'Slice':
        return this.evalSlice(e, env);
      case 'Apply':
        return this.evalApply(e, env);
      case 'Local':
        return this.evalExpr(e.body, this.bindLocals(e.binds, env));
      case 'If': {
        const c = this.evalExpr(e.condition, env);
        if (typeof c !== 'boolean') this.fail(`Condition must be boolean, got ${typeOf(c)}.`, e.condition.loc);
        if (c) return this.evalExpr(e.then, env);
        return e.else ? this.evalExpr(e.else, env) : null;
      }
      case 'Binary':
        return this.evalBinary(e, env);
      case 'Unary':
        return this.evalUnary(e, env);
      case 'Function':
        return JFunction.user(e.name ?? 'anonymous', e.params, e.body, env);
      case 'Assert':
        this.checkAssert(e.condition, e.message, env, e.loc, 'Assertion failed.');
        return this.evalExpr(e.rest, env);
      case 'Error': {
        const v = this.evalExpr(e.value, env);
        this.fail(typeof v === 'string' ? v : this.toStringValue(v, e.loc), e.loc);
      }
      // falls through (fail never returns)
      case 'Import':
        return this.evalImport(e);
    }
  }

  private thunkFor(e: Expr, env: Env, label: string): Thunk {
    if (e.type === 'Literal' && (typeof e.value !== 'number' || Number.isFinite(e.value))) return Thunk.of(e.value);
    if (e.type === 'Var') {
      const t = env.lookup(e.name);
      if (t) return t;
    }
    return Thunk.lazy(this, e, env, label);
  }

  bindLocals(binds: readonly Bind[], env: Env): Env {
    const inner = env.child();
    for (const b of binds) {
      inner.bind(
        b.name,
        b.value.type === 'Function'
          ? Thunk.of(JFunction.user(b.value.name ?? b.name, b.value.params, b.value.body, inner))
          : Thunk.lazy(this, b.value, inner, b.name),
      );
    }
    return inner;
  }

  private checkAssert(condition: Expr, message: Expr | undefined, env: Env, loc: Position, fallback: string): void {
    const c = this.evalExpr(condition, env);
    if (typeof c !== 'boolean') this.fail(`Assertion condition must be boolean, got ${typeOf(c)}.`, loc);
    if (c) return;
    if (!message) this.fail(fallback, loc);
    const m = this.evalExpr(message, env);
    this.fail(typeof m === 'string' ? m : this.toStringValue(m, loc), loc);
  }

  private evalImport(e: ExprOf<'Import'>): Value {
    if (!this.options.importer) this.fail(this.options.importRefusal?.(e.path) ?? `imports are not supported here: ${e.kind} ${JSON.stringify(e.path)}`, e.loc);
    try {
      return this.options.importer(e.kind, e.path, this.currentFile);
    } catch (err) {
      if (err instanceof JsonnetError) throw err;
      this.fail(`couldn't open import ${JSON.stringify(e.path)}: ${(err as Error).message}`, e.loc);
    }
  }

  /** Evaluates a whole other file (an import) with its own `std`. */
  evalFile(root: Expr, filename: string): Value {
    const saved = this.currentFile;
    this.currentFile = filename;
    try {
      const env = Env.root();
      env.bind('std', Thunk.of(this.options.makeStd(this, filename)));
      return this.evalExpr(root, env);
    } finally {
      this.currentFile = saved;
    }
  }

  private forEachComprehension(specs: readonly CompSpec[], i: number, env: Env, loc: Position, emit: (env: Env) => void): void {
    if (i === specs.length) {
      emit(env);
      return;
    }
    const spec = specs[i]!;
    if (spec.kind === 'if') {
      const c = this.evalExpr(spec.condition, env);
      if (typeof c !== 'boolean') this.fail(`Condition must be boolean, got ${typeOf(c)}.`, spec.loc);
      if (c) this.forEachComprehension(specs, i + 1, env, loc, emit);
      return;
    }
    const source = this.evalExpr(spec.source, env);
    if (!(source instanceof JArray)) this.fail('In comprehension, can only iterate over array.', loc);
    for (const item of source.items) {
      this.tick(loc);
      const inner = env.child();
      inner.bind(spec.varName, item);
      this.forEachComprehension(specs, i + 1, inner, loc, emit);
    }
  }

  // ---- objects ---------------------------------------------------------------------------------

  private fieldName(nameExpr: Expr, env: Env, loc: Position): string | null {
    if (nameExpr.type === 'Literal' && typeof nameExpr.value === 'string') return nameExpr.value;
    const v = this.evalExpr(nameExpr, env);
    if (v === null) return null;
    if (typeof v !== 'string') this.fail(`Field name must be string, got ${typeOf(v)}.`, loc);
    return v;
  }

  private evalObject(e: ExprOf<'Object'>, env: Env): JObject {
    const fields = new Map<string, FieldDef>();
    const asserts = [];
    const locals: Bind[] = [];
    for (const m of e.members) {
      if (m.kind === 'field') {
        const name = this.fieldName(m.name, env, m.loc);
        if (name === null) continue;
        if (fields.has(name)) this.fail(`duplicate field name: ${JSON.stringify(name)}`, m.loc);
        fields.set(name, { visibility: m.visibility, plus: m.plus, expr: m.value });
      } else if (m.kind === 'assert') {
        asserts.push(m);
      } else {
        locals.push(m.bind);
      }
    }
    return new JObject([{ fields, asserts, locals, env }]);
  }

  private evalObjectComp(e: ExprOf<'ObjectComp'>, env: Env): JObject {
    const fields = new Map<string, FieldDef>();
    this.forEachComprehension(e.specs, 0, env, e.loc, (inner) => {
      const name = this.fieldName(e.key, inner, e.loc);
      if (name === null) return;
      if (fields.has(name)) this.fail(`duplicate field name: ${JSON.stringify(name)}`, e.loc);
      fields.set(name, { visibility: e.visibility, plus: e.plus, expr: e.value, env: inner });
    });
    return new JObject([{ fields, asserts: [], locals: e.locals, env }]);
  }

  /** The scope of a field body or assert of layer `layerIndex` of `self`. */
  private layerEnv(self: JObject, layerIndex: number, base: Env): Env {
    const layer = self.layers[layerIndex]!;
    const env = base.objectScope(self, layerIndex);
    for (const b of layer.locals) env.bind(b.name, Thunk.lazy(this, b.value, env, b.name));
    return env;
  }

  checkAsserts(obj: JObject): void {
    if (obj.assertsChecked) return;
    obj.assertsChecked = true;
    try {
      obj.layers.forEach((layer, i) => {
        if (!layer.asserts.length) return;
        const env = this.layerEnv(obj, i, layer.env);
        for (const a of layer.asserts) this.checkAssert(a.condition, a.message, env, a.loc, 'Object assertion failed.');
      });
    } catch (err) {
      obj.assertsChecked = false;
      throw err;
    }
  }

  private evalField(self: JObject, layerIndex: number, name: string, loc: Position | undefined): Value {
    const layer = self.layers[layerIndex]!;
    const def = layer.fields.get(name)!;
    if (def.thunk) return def.thunk.get();
    this.push(loc);
    try {
      const env = this.layerEnv(self, layerIndex, def.env ?? layer.env);
      const value = this.evalExpr(def.expr!, env);
      if (!def.plus) return value;
      const below = self.findLayer(name, layerIndex);
      if (below < 0) return value;
      return this.plus(this.evalField(self, below, name, loc), value, def.expr!.loc);
    } catch (err) {
      this.addFrame(err, def.expr?.loc, `object <${name}>`);
      throw err;
    } finally {
      if (this.depth > 0) this.depth--;
    }
  }

  getField(obj: JObject, name: string, loc: Position | undefined): Value {
    const cached = obj.cache.get(name);
    if (cached !== undefined) return cached;
    if (!obj.assertsChecked) this.checkAsserts(obj);
    const i = obj.findLayer(name);
    if (i < 0) this.fail(`field does not exist: ${name}`, loc);
    const v = this.evalField(obj, i, name, loc);
    obj.cache.set(name, v);
    return v;
  }

  private superField(self: JObject, below: number, name: string, loc: Position): Value {
    const i = below > 0 ? self.findLayer(name, below) : -1;
    if (i < 0) this.fail(`field does not exist in super: ${name}`, loc);
    return this.evalField(self, i, name, loc);
  }

  /** Visible field names sorted the way Jsonnet sorts them (by code point). */
  visibleFields(obj: JObject, includeHidden = false): string[] {
    const names: string[] = [];
    for (const [name, visible] of obj.fieldVisibility()) if (visible || includeHidden) names.push(name);
    return names.sort(compareStrings);
  }

  extendObject(a: JObject, b: JObject): JObject {
    const shift = a.layers.length;
    const removals = a.removals.length || b.removals.length
      ? [...a.removals, ...b.removals.map((r) => ({ key: r.key, start: r.start + shift, end: r.end + shift }))]
      : undefined;
    return new JObject([...a.layers, ...b.layers], removals);
  }

  // ---- indexing and slicing --------------------------------------------------------------------

  private evalIndex(e: ExprOf<'Index'>, env: Env): Value {
    const target = this.evalExpr(e.target, env);
    const index = this.evalExpr(e.index, env);
    return this.index(target, index, e.loc);
  }

  index(target: Value, index: Value, loc: Position | undefined): Value {
    if (target instanceof JObject) {
      if (typeof index !== 'string') this.fail(`attempted index an object with ${typeOf(index)}.`, loc);
      return this.getField(target, index, loc);
    }
    if (target instanceof JArray) {
      if (typeof index !== 'number') {
        this.fail(typeof index === 'string' ? `attempted index an array with string ${JSON.stringify(index)}.` : `attempted index an array with ${typeOf(index)}.`, loc);
      }
      if (!Number.isInteger(index)) this.fail(`array index was not integer: ${formatShortNumber(index)}`, loc);
      if (index < 0 || index >= target.items.length) this.fail(`array bounds error: ${formatShortNumber(index)} not within [0, ${target.items.length})`, loc);
      return target.items[index]!.get();
    }
    if (typeof target === 'string') {
      if (typeof index !== 'number') this.fail(`attempted index a string with ${typeOf(index)}.`, loc);
      if (!Number.isInteger(index)) this.fail(`string index was not integer: ${formatShortNumber(index)}`, loc);
      const chars = codePoints(target);
      if (index < 0 || index >= chars.length) this.fail(`string bounds error: ${formatShortNumber(index)} not within [0, ${chars.length})`, loc);
      return chars[index]!;
    }
    this.fail(`attempted index a ${typeOf(target)} with ${typeOf(index)}.`, loc);
  }

  private evalSlice(e: ExprOf<'Slice'>, env: Env): Value {
    const target = this.evalExpr(e.target, env);
    const opt = (x: Expr | undefined): Value => (x ? this.evalExpr(x, env) : null);
    return this.slice(target, opt(e.start), opt(e.end), opt(e.step), e.loc);
  }

  slice(target: Value, start: Value, end: Value, step: Value, loc: Position | undefined): Value {
    const isString = typeof target === 'string';
    if (!isString && !(target instanceof JArray)) this.fail(`std.slice accepts a string or an array, but got: ${typeOf(target)}`, loc);
    const items: readonly (string | Thunk)[] = isString ? codePoints(target as string) : (target as JArray).items;
    const len = items.length;
    const num = (v: Value, what: string, dflt: number): number => {
      if (v === null) return dflt;
      if (typeof v !== 'number') this.fail(`got [${typeOf(v)}] but ${what} must be a number`, loc);
      return v;
    };
    const stepN = num(step, 'step', 1);
    if (stepN <= 0 || !Number.isInteger(stepN)) this.fail(`got ${stepN} but step must be greater than 0`, loc);
    let from = num(start, 'index', 0);
    let to = num(end, 'end', len);
    if (from < 0) from = Math.max(0, len + from);
    if (to < 0) to = Math.max(0, len + to);
    to = Math.min(to, len);
    const picked: (string | Thunk)[] = [];
    for (let i = from; i < to; i += stepN) picked.push(items[i]!);
    return isString ? (picked as string[]).join('') : new JArray(picked as Thunk[]);
  }

  // ---- functions -------------------------------------------------------------------------------

  private argThunks(args: readonly Expr[], env: Env): Thunk[] {
    const out = new Array<Thunk>(args.length);
    for (let i = 0; i < args.length; i++) out[i] = this.thunkFor(args[i]!, env, 'arg');
    return out;
  }

  private evalApply(e: ExprOf<'Apply'>, env: Env): Value {
    const fn = this.evalExpr(e.fn, env);
    if (!(fn instanceof JFunction)) this.fail(`only functions can be called, got ${typeOf(fn)}`, e.loc);
    const args = this.argThunks(e.args, env);
    const named = e.named.length ? e.named.map((n) => ({ name: n.name, thunk: this.thunkFor(n.value, env, n.name) })) : null;
    if (e.tailstrict) {
      for (const a of args) a.get();
      if (named) for (const n of named) n.thunk.get();
    }
    return this.call(fn, args, named, e.loc, e.tailstrict);
  }

  /** Evaluates a function body; a `tailstrict` call in tail position comes back as a TailCall. */
  private evalTail(start: Expr, startEnv: Env): Value | TailCall {
    let e = start;
    let env = startEnv;
    for (;;) {
      switch (e.type) {
        case 'Local':
          env = this.bindLocals(e.binds, env);
          e = e.body;
          continue;
        case 'If': {
          const c = this.evalExpr(e.condition, env);
          if (typeof c !== 'boolean') this.fail(`Condition must be boolean, got ${typeOf(c)}.`, e.condition.loc);
          if (c) e = e.then;
          else if (e.else) e = e.else;
          else return null;
          continue;
        }
        case 'Apply': {
          if (!e.tailstrict) return this.evalExpr(e, env);
          const fn = this.evalExpr(e.fn, env);
          if (!(fn instanceof JFunction)) this.fail(`only functions can be called, got ${typeOf(fn)}`, e.loc);
          const args = this.argThunks(e.args, env);
          const named = e.named.length ? e.named.map((n) => ({ name: n.name, thunk: this.thunkFor(n.value, env, n.name) })) : null;
          for (const a of args) a.get();
          if (named) for (const n of named) n.thunk.get();
          return new TailCall(fn, args, named, e.loc);
        }
        default:
          return this.evalExpr(e, env);
      }
    }
  }

  /** Calls `fn`; `tailstrict` evaluates every parameter first, defaults included (as go-jsonnet does). */
  call(fn: JFunction, args: Thunk[], named: NamedThunk[] | null, loc: Position | undefined, tailstrict = false): Value {
    this.tick(loc);
    if (fn.builtin) return this.callBuiltin(fn, args, named, loc);
    this.push(loc);
    let current = fn;
    try {
      let env = this.bindParams(current, args, named, loc, tailstrict);
      for (;;) {
        const result = this.evalTail(current.body!, env);
        if (!(result instanceof TailCall)) return result;
        this.tick(loc);
        if (result.fn.builtin) return this.callBuiltin(result.fn, result.args, result.named, result.loc);
        current = result.fn;
        env = this.bindParams(current, result.args, result.named, result.loc, true);
      }
    } catch (err) {
      this.addFrame(err, loc, `function <${current.name}>`);
      throw err;
    } finally {
      if (this.depth > 0) this.depth--;
    }
  }

  private bindParams(fn: JFunction, args: Thunk[], named: NamedThunk[] | null, loc: Position | undefined, strict: boolean): Env {
    const params = fn.params as readonly Param[];
    if (args.length > params.length) this.fail(`function expected ${params.length} positional argument(s), but got ${args.length}`, loc);
    const env = fn.env!.child();
    const bound = new Array<boolean>(params.length).fill(false);
    for (let i = 0; i < args.length; i++) {
      env.bind(params[i]!.name, args[i]!);
      bound[i] = true;
    }
    if (named) {
      for (const n of named) {
        const i = params.findIndex((p) => p.name === n.name);
        if (i < 0) this.fail(`function has no parameter ${n.name}`, loc);
        if (bound[i]) this.fail(`Argument ${n.name} already provided`, loc);
        env.bind(n.name, n.thunk);
        bound[i] = true;
      }
    }
    for (let i = 0; i < params.length; i++) {
      if (bound[i]) continue;
      const p = params[i]!;
      if (!p.defaultValue) this.fail(`Missing argument: ${p.name}`, loc);
      env.bind(p.name, Thunk.lazy(this, p.defaultValue, env, p.name));
    }
    if (strict) for (let i = 0; i < params.length; i++) env.lookup(params[i]!.name)!.get();
    return env;
  }

  private callBuiltin(fn: JFunction, args: Thunk[], named: NamedThunk[] | null, loc: Position | undefined): Value {
    const params = fn.params as readonly BuiltinParam[];
    if (args.length > params.length) this.fail(`function expected ${params.length} positional argument(s), but got ${args.length}`, loc);
    const resolved: (Thunk | undefined)[] = args.slice();
    if (named) {
      for (const n of named) {
        const i = params.findIndex((p) => p.name === n.name);
        if (i < 0) this.fail(`function has no parameter ${n.name}`, loc);
        if (resolved[i]) this.fail(`Argument ${n.name} already provided`, loc);
        resolved[i] = n.thunk;
      }
    }
    for (let i = 0; i < params.length; i++) {
      if (resolved[i]) continue;
      const p = params[i]!;
      if (p.defaultValue !== undefined) resolved[i] = Thunk.of(p.defaultValue);
      else if (!p.optional) this.fail(`Missing argument: ${p.name}`, loc);
    }
    try {
      // builtins take no frame of their own (as in go-jsonnet); what they make counts against the memory budget
      const result = fn.builtin!(resolved, { interp: this, loc });
      if (typeof result === 'string') {
        if (result.length > 64) this.allocateChars(result.length, loc);
      } else if (result instanceof JArray) this.allocate(result.items.length, loc);
      this.tick(loc);
      return result;
    } catch (err) {
      if (err instanceof JsonnetError && err.kind === 'runtime' && !err.location && loc) {
        (err as { location?: JsonnetLocation }).location = this.location(loc);
      }
      if (err instanceof RangeError && /string length|array length|Array buffer/i.test(err.message)) {
        this.fail('value too large (string or array length limit exceeded)', loc);
      }
      // an error of a library a builtin uses (the YAML parser's alias limit, ...) is the builtin's error
      if (!(err instanceof JsonnetError) && err instanceof Error && !(err instanceof RangeError && /call stack/i.test(err.message))) {
        this.fail(`std.${fn.name}: ${err.message}`, loc);
      }
      throw err;
    }
  }

  /** Calls a function value from a builtin with plain values. */
  callValues(fn: Value, args: Value[], loc: Position | undefined): Value {
    if (!(fn instanceof JFunction)) this.fail(`only functions can be called, got ${typeOf(fn)}`, loc);
    return this.call(fn, args.map((a) => Thunk.of(a)), null, loc);
  }

  callThunks(fn: Value, args: Thunk[], loc: Position | undefined): Value {
    if (!(fn instanceof JFunction)) this.fail(`only functions can be called, got ${typeOf(fn)}`, loc);
    return this.call(fn, args, null, loc);
  }

  // ---- operators -------------------------------------------------------------------------------

  private evalUnary(e: ExprOf<'Unary'>, env: Env): Value {
    const v = this.evalExpr(e.operand, env);
    switch (e.op) {
      case '!':
        if (typeof v !== 'boolean') this.fail(`unary operator ! does not operate on type ${typeOf(v)}`, e.loc);
        return !v;
      case '-':
        if (typeof v !== 'number') this.fail(`unary operator - does not operate on type ${typeOf(v)}`, e.loc);
        return -v;
      case '+':
        if (typeof v !== 'number') this.fail(`unary operator + does not operate on type ${typeOf(v)}`, e.loc);
        return v;
      case '~':
        if (typeof v !== 'number') this.fail(`unary operator ~ does not operate on type ${typeOf(v)}`, e.loc);
        return Number(~this.toInt64(v, e.loc, false));
    }
  }

  private evalBinary(e: ExprOf<'Binary'>, env: Env): Value {
    const op = e.op;
    if (op === '&&' || op === '||') {
      const l = this.evalExpr(e.left, env);
      if (typeof l !== 'boolean') this.fail(`binary operator ${op} requires boolean, got ${typeOf(l)}`, e.loc);
      if (op === '&&' ? !l : l) return l;
      const r = this.evalExpr(e.right, env);
      if (typeof r !== 'boolean') this.fail(`binary operator ${op} requires boolean, got ${typeOf(r)}`, e.loc);
      return r;
    }
    const l = this.evalExpr(e.left, env);
    const r = this.evalExpr(e.right, env);
    return this.binary(op, l, r, e.loc);
  }

  binary(op: string, l: Value, r: Value, loc: Position): Value {
    if (typeof l === 'number' && typeof r === 'number') {
      switch (op) {
        case '+': return this.checkNumber(l + r, loc);
        case '-': return this.checkNumber(l - r, loc);
        case '*': return this.checkNumber(l * r, loc);
        case '/':
          if (r === 0) this.fail('division by zero.', loc);
          return this.checkNumber(l / r, loc);
        case '%':
          if (r === 0) this.fail('division by zero.', loc);
          return this.checkNumber(l % r, loc);
        case '<': return l < r;
        case '<=': return l <= r;
        case '>': return l > r;
        case '>=': return l >= r;
        case '==': return l === r;
        case '!=': return l !== r;
        case '<<': case '>>': case '&': case '^': case '|':
          return this.bitwise(op, l, r, loc);
      }
    }
    switch (op) {
      case '+':
        return this.plus(l, r, loc);
      case '==':
        return this.equals(l, r, loc);
      case '!=':
        return !this.equals(l, r, loc);
      case '<': return this.compare(l, r, loc) < 0;
      case '<=': return this.compare(l, r, loc) <= 0;
      case '>': return this.compare(l, r, loc) > 0;
      case '>=': return this.compare(l, r, loc) >= 0;
      case 'in':
        if (typeof l !== 'string') this.fail(`in: field name must be a string, got ${typeOf(l)}`, loc);
        if (!(r instanceof JObject)) this.fail(`in: right-hand side must be an object, got ${typeOf(r)}`, loc);
        return r.findLayer(l) >= 0;
      case '%':
        if (typeof l === 'string') return this.format(l, r, loc);
        break;
    }
    this.fail(`binary operator ${op} does not operate on types ${typeOf(l)} and ${typeOf(r)}.`, loc);
  }

  /** Set by the standard library: std.format. */
  format: (fmt: string, values: Value, loc: Position) => string = () => this.fail('std.format unavailable');

  checkNumber(v: number, loc: Position | undefined): number {
    if (!Number.isFinite(v)) this.fail(Number.isNaN(v) ? 'not a number' : 'overflow', loc);
    return v;
  }

  /** go-jsonnet's conversion of a bitwise operand: int64 (Go's conversion saturates on amd64). */
  toInt64(v: number, loc: Position | undefined, checkRange = true): bigint {
    if (checkRange && (v < -(2 ** 63) || v > 2 ** 63)) this.fail(`Bitwise operator argument ${formatShortNumber(v)} outside of range [-9223372036854775808, 9223372036854775807]`, loc);
    if (v >= 2 ** 63 || v < -(2 ** 63)) return -(2n ** 63n);
    return BigInt(Math.trunc(v));
  }

  private bitwise(op: string, l: number, r: number, loc: Position): number {
    const a = this.toInt64(l, loc);
    const b = this.toInt64(r, loc);
    let result: bigint;
    switch (op) {
      case '<<':
        if (b < 0n) this.fail('Shift by negative exponent.', loc);
        result = BigInt.asIntN(64, a << (b % 64n));
        break;
      case '>>':
        if (b < 0n) this.fail('Shift by negative exponent.', loc);
        result = a >> (b % 64n);
        break;
      case '&': result = a & b; break;
      case '^': result = a ^ b; break;
      default: result = a | b;
    }
    return Number(result);
  }

  plus(l: Value, r: Value, loc: Position | undefined): Value {
    if (typeof l === 'number' && typeof r === 'number') return this.checkNumber(l + r, loc);
    if (typeof l === 'string' || typeof r === 'string') {
      const ls = typeof l === 'string' ? l : this.toStringValue(l, loc);
      const rs = typeof r === 'string' ? r : this.toStringValue(r, loc);
      if (ls.length + rs.length > MAX_STRING_LENGTH) this.fail('string too large', loc);
      // a concatenation shares its operands (V8 ropes): it costs about the right-hand side
      this.allocateChars(rs.length, loc);
      return ls + rs;
    }
    if (l instanceof JArray && r instanceof JArray) {
      if (l.items.length + r.items.length > MAX_ARRAY_LENGTH) this.fail('array too large', loc);
      this.allocate(l.items.length + r.items.length, loc);
      return new JArray(l.items.concat(r.items));
    }
    if (l instanceof JObject && r instanceof JObject) return this.extendObject(l, r);
    this.fail(`binary operator + does not operate on types ${typeOf(l)} and ${typeOf(r)}.`, loc);
  }

  /** Set by the manifester: std.toString for non-strings (single-line JSON). */
  toStringValue: (v: Value, loc: Position | undefined) => string = (v) => String(v);

  equals(a: Value, b: Value, loc: Position | undefined): boolean {
    if (a === b) {
      if (a instanceof JFunction) this.fail('cannot test equality of functions', loc);
      return true;
    }
    const ta = typeOf(a);
    const tb = typeOf(b);
    if (ta !== tb) return false;
    if (a instanceof JArray && b instanceof JArray) {
      if (a.items.length !== b.items.length) return false;
      this.push(loc);
      try {
        for (let i = 0; i < a.items.length; i++) if (!this.equals(a.items[i]!.get(), b.items[i]!.get(), loc)) return false;
      } finally {
        if (this.depth > 0) this.depth--;
      }
      return true;
    }
    if (a instanceof JObject && b instanceof JObject) {
      const fa = this.visibleFields(a);
      const fb = this.visibleFields(b);
      if (fa.length !== fb.length) return false;
      for (let i = 0; i < fa.length; i++) if (fa[i] !== fb[i]) return false;
      this.push(loc);
      try {
        for (const f of fa) if (!this.equals(this.getField(a, f, loc), this.getField(b, f, loc), loc)) return false;
      } finally {
        if (this.depth > 0) this.depth--;
      }
      return true;
    }
    if (ta === 'function') this.fail('cannot test equality of functions', loc);
    return false;
  }

  compare(a: Value, b: Value, loc: Position | undefined): number {
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
    if (a instanceof JArray && b instanceof JArray) {
      const n = Math.min(a.items.length, b.items.length);
      for (let i = 0; i < n; i++) {
        const c = this.compare(a.items[i]!.get(), b.items[i]!.get(), loc);
        if (c !== 0) return c;
      }
      return a.items.length - b.items.length;
    }
    const ta = typeOf(a);
    const tb = typeOf(b);
    if (ta !== tb) this.fail(`binary operator < does not operate on types ${ta} and ${tb}.`, loc);
    this.fail(`binary operator < does not operate on type ${ta}.`, loc);
  }
}

/** Orders strings by Unicode code point (JS `<` orders by UTF-16 unit, which differs above U+FFFF). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A string's code points (Jsonnet strings are code point sequences). */
export function codePoints(s: string): string[] {
  return SURROGATE.test(s) ? Array.from(s) : s.split('');
}

export function stringLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Numbers in error messages, like C's %g. */
export function formatShortNumber(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  let s = v.toPrecision(6);
  if (s.includes('e')) {
    let [m, ex] = s.split('e') as [string, string];
    if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
    const sign = ex.startsWith('-') ? '-' : '+';
    ex = ex.replace(/^[+-]/, '').padStart(2, '0');
    return `${m}e${sign}${ex}`;
  }
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

