/** Wires parser, interpreter and std together; the public API in index.ts is a thin layer over this. */
import type { Ast } from './ast.ts';
import { JsonnetError, type JsonnetLocation } from './errors.ts';
import { Interpreter } from './interpreter.ts';
import { manifestJson } from './manifest.ts';
import { parseProgram } from './parser.ts';
import { fromJs, installOperators, makeStd } from './stdlib.ts';
import { Env, JArray, JFunction, JObject, Thunk, typeOf, type Value } from './values.ts';

export const DEFAULT_MAX_STACK = 500;
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A file an import resolved to. */
export interface ResolvedImport {
  readonly filename: string;
  readonly content: Uint8Array;
}

export interface EngineOptions {
  readonly filename?: string;
  readonly extVars?: Record<string, unknown>;
  readonly maxStack?: number;
  readonly timeoutMs?: number;
  /** finds an imported file; absent: `import` is an error (a webhook body is a single snippet) */
  readonly resolveImport?: (path: string, fromFile: string) => ResolvedImport | undefined;
  /** std.thisFile of the program; default its file name (Kratos evaluates an anonymous snippet: "") */
  readonly thisFile?: string;
  /** top-level arguments by name, as JSON data: a function result is called with them, by name (Kratos: `ctx`) */
  readonly tlaArgs?: Record<string, unknown>;
  /** what `import` says when there is no resolver (go-jsonnet with Kratos's importer: "import not available") */
  readonly importRefusal?: (path: string) => string;
  /** receives std.trace messages; absent: they are dropped (they may hold request data) */
  readonly onTrace?: (message: string, location: JsonnetLocation) => void;
}

/**
 * What to do with the program's value: plain data; JSON text without the final newline (`json`);
 * go-jsonnet's output text exactly (`text`: 3-space indentation, keys sorted by code point, its
 * number format, a trailing newline), which is what Kratos sends; or `jsonnet -m` files (`multi`).
 */
export type Output = 'value' | 'json' | 'text' | 'multi' | 'multi-string';

/** An imported file's syntax error is a runtime error of the importing program (go-jsonnet). */
function parseImported(text: string, filename: string) {
  try {
    return parseProgram(text, filename).root;
  } catch (err) {
    if (err instanceof JsonnetError && err.kind === 'syntax') throw new JsonnetError('runtime', err.describe().replace(/^STATIC ERROR: /, ''), err.location);
    throw err;
  }
}

function makeInterpreter(options: EngineOptions, filename: string, deadline: number): Interpreter {
  const extVars = new Map<string, () => Value>();
  for (const [name, value] of Object.entries(options.extVars ?? {})) {
    let cached: Value | undefined;
    extVars.set(name, () => (cached ??= fromJs(value)));
  }
  const importCache = new Map<string, Value>();
  let interp: Interpreter;
  const importer = options.resolveImport
    ? (kind: 'import' | 'importstr' | 'importbin', path: string, fromFile: string): Value => {
        const resolved = options.resolveImport!(path, fromFile);
        if (!resolved) interp.fail(`couldn't open import ${JSON.stringify(path)}: no match locally or in the Jsonnet library paths.`);
        const key = `${kind}:${resolved.filename}`;
        const cached = importCache.get(key);
        if (cached !== undefined) return cached;
        let value: Value;
        if (kind === 'importbin') {
          value = new JArray([...resolved.content].map((b) => Thunk.of(b)));
        } else {
          const text = new TextDecoder().decode(resolved.content);
          if (kind === 'importstr') value = text;
          else value = interp.evalFile(parseImported(text, resolved.filename), resolved.filename);
        }
        importCache.set(key, value);
        return value;
      }
    : undefined;
  interp = new Interpreter({
    filename,
    maxStack: options.maxStack ?? DEFAULT_MAX_STACK,
    deadline,
    extVars,
    ...(importer ? { importer } : {}),
    ...(options.onTrace ? { onTrace: options.onTrace } : {}),
    ...(options.importRefusal ? { importRefusal: options.importRefusal } : {}),
    makeStd,
  });
  installOperators(interp);
  return interp;
}

/** Fully evaluates a value into plain JSON data (objects' visible fields, sorted). */
function toPlain(interp: Interpreter, v: Value): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof JFunction) interp.fail("couldn't manifest function as JSON");
  if (++interp.depth > interp.options.maxStack) interp.fail('max stack frames exceeded.');
  try {
    if (v instanceof JArray) {
      // plain data counts against the memory budget: a shared array can be written out many times
      interp.allocate(v.items.length, undefined);
      return v.items.map((t) => toPlain(interp, t.get()));
    }
    const o = v as JObject;
    interp.checkAsserts(o);
    const out: Record<string, unknown> = {};
    for (const k of interp.visibleFields(o)) {
      const field = toPlain(interp, interp.getField(o, k, undefined));
      // defineProperty so a field named __proto__ stays an ordinary key (assignment would set the prototype)
      if (k === '__proto__') Object.defineProperty(out, k, { value: field, enumerable: true, writable: true, configurable: true });
      else out[k] = field;
    }
    return out;
  } finally {
    interp.depth--;
  }
}

/** `jsonnet -m`: a top-level object whose fields are file names, each file its value's text (or, with `-S`, the string itself). */
function manifestMulti(interp: Interpreter, value: Value, stringOutput: boolean): Map<string, string> {
  if (!(value instanceof JObject)) {
    interp.fail('multi mode: top-level object was a ' + typeOf(value) + ', should be an object whose keys are filenames and values hold the JSON for that file.');
  }
  const files = new Map<string, string>();
  interp.checkAsserts(value);
  for (const name of interp.visibleFields(value)) {
    const file = interp.getField(value, name, undefined);
    if (stringOutput && typeof file !== 'string') interp.fail(`multi mode: top-level object's key ${name} has a value of type ${typeOf(file)}, should be a string`);
    files.set(name, stringOutput ? (file as string) : manifestJson({ interp, loc: undefined }, file, '   ', true) + '\n');
  }
  return files;
}

/**
 * Converts crashes of the host (stack overflow, huge strings, any other JavaScript error) into Jsonnet
 * errors, located at the innermost call the evaluation had entered (or the program's start).
 */
function asJsonnetError(err: unknown, interp: Interpreter, filename: string): unknown {
  const where = interp.location(interp.lastLoc) ?? { file: filename, line: 1, column: 1 };
  if (err instanceof JsonnetError) {
    if (!err.location && err.kind === 'runtime') (err as { location?: JsonnetLocation }).location = where;
    return err;
  }
  if (err instanceof RangeError && /call stack/i.test(err.message)) return new JsonnetError('runtime', 'max stack frames exceeded.', where);
  if (err instanceof RangeError) return new JsonnetError('runtime', `value too large: ${err.message}`, where);
  if (err instanceof Error) return new JsonnetError('runtime', `internal error: ${err.message}`, where);
  return err;
}

/**
 * Parsed programs: a plan checks a body's syntax and then evaluates it, and many actions share one
 * body file. ASTs are never mutated, so sharing them is safe. Bounded; the oldest sources go first.
 * Keyed by the source string itself, then by file name: a string keeps its hash once computed, so a
 * body's check and its evaluation hash its text once (a joined key would be hashed anew each time).
 */
const parsedPrograms = new Map<string, Map<string, Ast>>();
let parsedCount = 0;
export const MAX_PARSED_PROGRAMS = 4096;

/** The longest program parsed: far beyond any webhook body, and it keeps lexing and parsing time bounded. */
export const MAX_SOURCE_CHARS = 1_000_000;

function parseCached(source: string, filename: string): Ast {
  if (source.length > MAX_SOURCE_CHARS) {
    throw new JsonnetError('syntax', `the program is ${source.length} characters long, more than the ${MAX_SOURCE_CHARS} a body may have`, { file: filename, line: 1, column: 1 });
  }
  let byFile = parsedPrograms.get(source);
  let ast = byFile?.get(filename);
  if (!ast) {
    ast = parseProgram(source, filename);
    if (!byFile) {
      while (parsedCount >= MAX_PARSED_PROGRAMS) {
        const [oldest, files] = parsedPrograms.entries().next().value!;
        parsedPrograms.delete(oldest);
        parsedCount -= files.size;
      }
      parsedPrograms.set(source, (byFile = new Map()));
    }
    byFile.set(filename, ast);
    parsedCount++;
  }
  return ast;
}

/**
 * Parses and evaluates `source`. A function result is called with `args` (as top-level arguments
 * are); with no args, a function whose parameters all have defaults is called, as the CLI does.
 */
export function run(source: string, options: EngineOptions, args: readonly unknown[] | undefined, output: Output): unknown {
  const filename = options.filename ?? '<snippet>';
  // the time limit starts before lexing and parsing: they count against it too
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const ast: Ast = parseCached(source, filename);
  const interp = makeInterpreter(options, filename, deadline);
  if (Date.now() > deadline) throw new JsonnetError('runtime', 'evaluation timed out (time limit exceeded) while parsing', { file: filename, line: 1, column: 1 });
  try {
    const env = Env.root();
    env.bind('std', Thunk.of(makeStd(interp, options.thisFile ?? filename)));
    let value = interp.evalExpr(ast.root, env);
    if (value instanceof JFunction) {
      const fn = value;
      const named = options.tlaArgs ? Object.entries(options.tlaArgs).map(([name, a]) => ({ name, thunk: Thunk.computed(() => fromJs(a)) })) : null;
      value = interp.call(fn, (args ?? []).map((a) => Thunk.computed(() => fromJs(a))), named, fn.body?.loc);
    }
    if (output === 'json') return manifestJson({ interp, loc: undefined }, value, '   ', true);
    if (output === 'text') return manifestJson({ interp, loc: undefined }, value, '   ', true) + '\n';
    if (output === 'multi' || output === 'multi-string') return manifestMulti(interp, value, output === 'multi-string');
    return toPlain(interp, value);
  } catch (err) {
    throw asJsonnetError(err, interp, filename);
  }
}

export function parse(source: string, filename = '<snippet>'): Ast {
  return parseCached(source, filename);
}
