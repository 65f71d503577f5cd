/** Runtime values of the evaluator: thunks, arrays, objects (as inheritance layers) and functions. */
import type { AssertMember, Bind, Expr, Param, Position, Visibility } from './ast.ts';

export type Value = null | boolean | number | string | JArray | JObject | JFunction;

/**
 * Variables in scope: one frame per place that binds names (a `local`, a call, a comprehension's
 * `for`, an object's scope), linked to the frame around it. `self`, `super` (the layer index below
 * which `super` looks) and `$` travel down with the frames. A class of fixed shape rather than a
 * prototype chain of plain objects: V8 turns every object used as a prototype into a slower kind.
 */
export class Env {
  private readonly names: string[] = [];
  private readonly thunks: Thunk[] = [];

  private constructor(
    private readonly parent: Env | null,
    readonly self: JObject | undefined,
    readonly superIndex: number,
    readonly dollar: JObject | undefined,
  ) {}

  /** an empty scope with nothing around it */
  static root(): Env {
    return new Env(null, undefined, 0, undefined);
  }

  /** a frame inside this one, for the names a `local`, a call or a `for` binds */
  child(): Env {
    return new Env(this, this.self, this.superIndex, this.dollar);
  }

  /** a frame inside this one where `self` is `self` seen from layer `layerIndex`; `$` is the outermost object */
  objectScope(self: JObject, layerIndex: number): Env {
    return new Env(this, self, layerIndex, this.dollar ?? self);
  }

  bind(name: string, thunk: Thunk): void {
    this.names.push(name);
    this.thunks.push(thunk);
  }

  /** the innermost binding of `name` */
  lookup(name: string): Thunk | undefined {
    for (let frame: Env | null = this; frame !== null; frame = frame.parent) {
      const names = frame.names;
      for (let i = names.length - 1; i >= 0; i--) if (names[i] === name) return frame.thunks[i];
    }
    return undefined;
  }
}

/** Something that evaluates an expression in an environment (the interpreter). */
export interface ExprEvaluator {
  evalExpr(e: Expr, env: Env): Value;
  enterThunk(t: Thunk): void;
  leaveThunk(): void;
}

const PENDING = 0;
const RUNNING = 1;
const DONE = 2;

/** A lazily computed value, evaluated at most once. */
export class Thunk {
  private state: number;
  private value: Value = null;
  private expr: Expr | null;
  private env: Env | null;
  private compute: (() => Value) | null;
  private evaluator: ExprEvaluator | null;
  /** what the trace calls this thunk, e.g. a local's name */
  readonly label: string;

  private constructor(state: number, value: Value, evaluator: ExprEvaluator | null, expr: Expr | null, env: Env | null, compute: (() => Value) | null, label: string) {
    this.state = state;
    this.value = value;
    this.evaluator = evaluator;
    this.expr = expr;
    this.env = env;
    this.compute = compute;
    this.label = label;
  }

  static of(value: Value): Thunk {
    return new Thunk(DONE, value, null, null, null, null, '');
  }
  static lazy(evaluator: ExprEvaluator, expr: Expr, env: Env, label = ''): Thunk {
    return new Thunk(PENDING, null, evaluator, expr, env, null, label);
  }
  /** a value computed by a function; with an evaluator, computing it counts as a stack frame (as a thunk does) */
  static computed(compute: () => Value, label = '', evaluator: ExprEvaluator | null = null): Thunk {
    return new Thunk(PENDING, null, evaluator, null, null, compute, label);
  }

  get loc(): Position | undefined {
    return this.expr?.loc;
  }

  get(): Value {
    if (this.state === DONE) return this.value;
    const evaluator = this.evaluator;
    if (evaluator) evaluator.enterThunk(this);
    this.state = RUNNING;
    try {
      const v = this.compute ? this.compute() : evaluator!.evalExpr(this.expr!, this.env!);
      this.value = v;
      this.state = DONE;
      this.expr = null;
      this.env = null;
      this.compute = null;
      this.evaluator = null;
      return v;
    } catch (e) {
      this.state = PENDING;
      throw e;
    } finally {
      if (evaluator) evaluator.leaveThunk();
    }
  }
}

export class JArray {
  constructor(readonly items: Thunk[]) {}
  get length(): number {
    return this.items.length;
  }
}

/** One field definition in one inheritance layer. */
export interface FieldDef {
  readonly visibility: Visibility;
  readonly plus: boolean;
  /** the body, evaluated with self/super bound; absent for fields with a ready value */
  readonly expr?: Expr;
  /** the scope of the body when it differs from the layer's (object comprehensions) */
  readonly env?: Env;
  /** a value that does not depend on self (std functions, values from JSON) */
  readonly thunk?: Thunk;
}

/** What one object literal (or comprehension) contributed to an object. */
export interface Layer {
  readonly fields: Map<string, FieldDef>;
  readonly asserts: readonly AssertMember[];
  readonly locals: readonly Bind[];
  readonly env: Env;
}

/**
 * std.objectRemoveKey(o, k) hides `k` in o's layers [start, end) from lookups that come from above
 * them (self, or super from a layer added later), while lookups from inside still see it.
 */
export interface Removal {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** An object: its layers from the base (index 0) to the most derived; `a + b` concatenates them. */
export class JObject {
  readonly layers: readonly Layer[];
  readonly removals: readonly Removal[];
  readonly cache = new Map<string, Value>();
  assertsChecked: boolean;
  private visibleCache?: Map<string, boolean>;

  constructor(layers: readonly Layer[], removals: readonly Removal[] = []) {
    this.layers = layers;
    this.removals = removals;
    this.assertsChecked = !layers.some((l) => l.asserts.length > 0);
  }

  private removed(name: string, layer: number, origin: number): boolean {
    for (const r of this.removals) if (r.key === name && r.start <= layer && layer < r.end && origin >= r.end) return true;
    return false;
  }

  /** Every field name (hidden included) with whether it is visible, in no particular order. */
  fieldVisibility(): Map<string, boolean> {
    if (this.visibleCache) return this.visibleCache;
    const result = new Map<string, boolean>();
    const top = this.layers.length;
    this.layers.forEach((layer, i) => {
      for (const [name, def] of layer.fields) {
        if (this.removals.length && this.removed(name, i, top)) continue;
        if (def.visibility === 'hidden') result.set(name, false);
        else if (def.visibility === 'forced') result.set(name, true);
        else if (!result.has(name)) result.set(name, true);
      }
    });
    this.visibleCache = result;
    return result;
  }

  /** Index of the most derived layer below `below` defining `name` as seen from there, or -1. */
  findLayer(name: string, below = this.layers.length): number {
    for (let i = below - 1; i >= 0; i--) {
      if (this.layers[i]!.fields.has(name) && !(this.removals.length && this.removed(name, i, below))) return i;
    }
    return -1;
  }
}

export interface BuiltinParam {
  readonly name: string;
  /** a default makes the parameter optional; `undefined` means required */
  readonly defaultValue?: Value;
  readonly optional?: boolean;
}

/** Implementation of a std function: takes resolved arguments (lazily) and returns a value. */
export type BuiltinImpl = (args: readonly (Thunk | undefined)[], ctx: BuiltinContext) => Value;

export interface BuiltinContext {
  readonly interp: import('./interpreter.ts').Interpreter;
  readonly loc: Position | undefined;
}

export class JFunction {
  readonly params: readonly Param[] | readonly BuiltinParam[];
  readonly body?: Expr;
  readonly env?: Env;
  readonly builtin?: BuiltinImpl;
  readonly name: string;

  private constructor(name: string, params: readonly Param[] | readonly BuiltinParam[], body?: Expr, env?: Env, builtin?: BuiltinImpl) {
    this.name = name;
    this.params = params;
    if (body) this.body = body;
    if (env) this.env = env;
    if (builtin) this.builtin = builtin;
  }

  static user(name: string, params: readonly Param[], body: Expr, env: Env): JFunction {
    return new JFunction(name, params, body, env);
  }
  static native(name: string, params: readonly BuiltinParam[], impl: BuiltinImpl): JFunction {
    return new JFunction(name, params, undefined, undefined, impl);
  }
}

export function typeOf(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
  }
  if (v instanceof JArray) return 'array';
  if (v instanceof JObject) return 'object';
  return 'function';
}
