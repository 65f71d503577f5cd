/**
 * A Jsonnet engine of our own, used to check every webhook body at plan time.
 * Pure: no I/O; imports are refused (Ory evaluates a single snippet).
 */
import type { Ast } from './ast.ts';
import { parse as parseSource, run } from './engine.ts';
import type { JsonnetError } from './errors.ts';

export { JsonnetError } from './errors.ts';
export type { JsonnetErrorKind, JsonnetLocation, JsonnetTraceFrame } from './errors.ts';
export type { Ast, CompSpec, Expr, Position } from './ast.ts';

export interface EvaluateOptions {
  /** name used in error locations; default `<snippet>` */
  filename?: string;
  /** values for std.extVar(name), as JSON data */
  extVars?: Record<string, unknown>;
  /** top-level arguments are not supported: a webhook body gets its input as `ctx` */
  tlaArgs?: never;
  /** most nested Jsonnet frames before "max stack frames exceeded" (default 500) */
  maxStack?: number;
  /** wall-clock budget in milliseconds (default 10,000) */
  timeoutMs?: number;
}

const engineOptions = (options: EvaluateOptions | undefined): Parameters<typeof run>[1] => {
  const { filename, extVars, maxStack, timeoutMs } = options ?? {};
  return {
    ...(filename !== undefined ? { filename } : {}),
    ...(extVars !== undefined ? { extVars } : {}),
    ...(maxStack !== undefined ? { maxStack } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  };
};

/** Parses (and statically checks) a program. Throws JsonnetError with kind 'syntax'. */
export function parse(source: string, filename?: string): Ast {
  return parseSource(source, filename);
}

/** Evaluates a program to plain JSON data. Throws JsonnetError. */
export function evaluate(source: string, options?: EvaluateOptions): unknown {
  return run(source, engineOptions(options), undefined, 'value');
}

/** Evaluates a program to JSON text laid out like the `jsonnet` CLI (3-space indent, no trailing newline). */
export function evaluateToJson(source: string, options?: EvaluateOptions): string {
  return run(source, engineOptions(options), undefined, 'json') as string;
}

/** What Kratos's importer answers to every `import` (ory/x jsonnetsecure's ErrorImporter). */
const kratosImportRefusal = (path: string): string => `couldn't open import ${JSON.stringify(path)}: import not available ${path}`;

/**
 * Evaluates a webhook body the way Kratos does (ory/kratos request/builder.go, go-jsonnet v0.21): `ctx` is
 * the top-level argument named `ctx` (a function result is called with it by name, so `function(context)`
 * fails with "function has no parameter ctx"; a non-function ignores it), no ext vars, every import refused,
 * `std.thisFile` empty. Returns the exact text go-jsonnet returns, which is the request body Kratos sends.
 */
export function evaluateBody(source: string, ctx: unknown, options?: Omit<EvaluateOptions, 'extVars'>): string {
  const engine: { -readonly [K in keyof Parameters<typeof run>[1]]: Parameters<typeof run>[1][K] } = { tlaArgs: { ctx }, thisFile: '', importRefusal: kratosImportRefusal };
  if (options?.filename !== undefined) engine.filename = options.filename;
  if (options?.maxStack !== undefined) engine.maxStack = options.maxStack;
  if (options?.timeoutMs !== undefined) engine.timeoutMs = options.timeoutMs;
  return run(source, engine, undefined, 'text') as string;
}

/**
 * Whether Kratos treats this error as a skipped call: it looks for `RUNTIME ERROR: cancel` in the error
 * text, so any runtime error whose message starts with `cancel` (`error "cancelled by policy"`) skips.
 */
export function isCancel(error: JsonnetError): boolean {
  return error.kind === 'runtime' && `RUNTIME ERROR: ${error.message}`.includes('RUNTIME ERROR: cancel');
}

/**
 * Evaluates `source`; if it is a function (a webhook body `function(ctx) {...}`), calls it with `args`.
 * The first argument is also available as `std.extVar('ctx')`, as Ory provides it both ways.
 */
export function callFunction(source: string, args: unknown[], options?: EvaluateOptions): unknown {
  const base = engineOptions(options);
  const extVars = args.length > 0 && !(options?.extVars && 'ctx' in options.extVars) ? { ...options?.extVars, ctx: args[0] } : options?.extVars;
  return run(source, { ...base, ...(extVars ? { extVars } : {}) }, args, 'value');
}
