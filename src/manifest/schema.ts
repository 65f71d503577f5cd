import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../schema/ory-actions.schema.json' with { type: 'json' };
import type { Diagnostic } from '../model/diagnostics.ts';
import { compileManifestValidator } from './schema-validator.ts';
import { nearest, suggestionHint } from './suggest.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';
import { keyLocation, parseYaml, valueLocation } from './yaml-source.ts';

/** The manifest's JSON Schema (draft-07), as shipped in `schema/ory-actions.schema.json` for editors. */
export const MANIFEST_SCHEMA: object = schemaJson;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  // compiled on first use: nothing happens at import time
  compiled ??= compileManifestValidator();
  return compiled;
}

/** What the error mapper needs to know about the manifest besides the schema errors. */
export interface StructureContext {
  readonly src: YamlSource;
  /** true when the value at this path must not be printed (a secret, or resolved from the environment) */
  readonly isSensitive: (path: readonly PathSegment[]) => boolean;
}

export function keyPathText(path: readonly PathSegment[]): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `action "welcome_email"`, `auth of action "welcome_email"`, `the manifest`. */
export function describeContainer(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the manifest';
  if (path[0] === 'actions' && path.length === 1) return '"actions"';
  if (path[0] === 'actions' && path.length === 2) return `action "${String(path[1])}"`;
  if (path[0] === 'actions' && path.length >= 3) return `${path.slice(2).join('.')} of action "${String(path[1])}"`;
  return `"${path.join('.')}"`;
}

function fieldName(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the manifest';
  const last = String(path[path.length - 1]);
  if (path[0] === 'actions' && path.length === 2) return `action "${last}"`;
  if (path[0] === 'actions' && path.length >= 3) return `"${path.slice(2).join('.')}" of action "${String(path[1])}"`;
  return `"${last}"`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  boolean: 'a boolean (true or false)',
  object: 'a mapping (key: value lines)',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  null: 'empty',
};

function describeGot(data: unknown, sensitive: boolean): string {
  if (data === null || data === undefined) return 'it has no value';
  if (Array.isArray(data)) return 'got a list';
  if (typeof data === 'object') return 'got a mapping';
  if (sensitive) return `got ${typeof data === 'string' ? 'a string' : `a ${typeof data}`}`;
  if (typeof data === 'string') {
    return sensitive || data.length > 60 ? 'got a string' : `got the string "${data}"`;
  }
  return `got the ${typeof data} ${String(data)}`;
}

function typeHint(expected: string, data: unknown): string | undefined {
  if (expected === 'boolean' && typeof data === 'string') {
    const lower = data.trim().toLowerCase();
    if (['true', 'yes', 'on', 'y'].includes(lower)) return 'write true, without quotes';
    if (['false', 'no', 'off', 'n'].includes(lower)) return 'write false, without quotes';
    return 'write true or false';
  }
  if (expected === 'string' && (typeof data === 'number' || typeof data === 'boolean')) return 'put the value in quotes';
  if (expected === 'integer' && typeof data === 'string' && /^\d+$/.test(data.trim())) return `write ${data.trim()} without quotes`;
  if (expected === 'object' && (data === null || data === undefined)) return 'indent the keys that belong to it under it';
  return undefined;
}

/** Errors the semantic rules report with a better message (combinations, per-flow methods, action names). */
function reportedElsewhere(error: ErrorObject, path: readonly string[]): boolean {
  if (error.schemaPath.includes('/allOf/') || error.keyword === 'if' || error.keyword === 'not') return true;
  if (error.keyword === 'propertyNames' || error.propertyName !== undefined) return true;
  if (error.keyword === 'enum' && path[0] === 'actions' && path.length === 3 && path[2] === 'auth_method') return true;
  // an action's environments: the loader names the unknown, repeated or missing ones against the declared names
  if (path[0] === 'actions' && path[2] === 'environments' && ['minItems', 'uniqueItems', 'pattern'].includes(error.keyword)) return true;
  return false;
}

function allowedKeys(error: ErrorObject): string[] {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(parent?.properties ?? {});
}

function mapError(error: ErrorObject, ctx: StructureContext): Diagnostic | undefined {
  const path = parsePointer(error.instancePath);
  if (reportedElsewhere(error, path)) return undefined;
  const { src } = ctx;
  const keyText = keyPathText(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const full = [...path, extra];
      const keys = allowedKeys(error);
      return {
        severity: 'error',
        message: `unknown key "${extra}" in ${describeContainer(path)}`,
        location: keyLocation(src, full),
        key: keyPathText(full),
        hint: suggestionHint(extra, keys, 'valid keys'),
      };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const full = [...path, missing];
      return {
        severity: 'error',
        message: `${describeContainer(path)} is missing the required key "${missing}"`,
        location: path.length === 0 ? { file: src.file, line: 1, column: 1 } : keyLocation(src, path),
        key: keyPathText(full),
        hint: requiredHint(missing),
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type);
      const sensitive = ctx.isSensitive(path);
      const hint = typeHint(expected, error.data);
      return {
        severity: 'error',
        message: `${fieldName(path)} must be ${TYPE_NAMES[expected] ?? expected}; ${describeGot(error.data, sensitive)}`,
        location: valueLocation(src, path),
        key: keyText,
        ...(hint ? { hint } : {}),
      };
    }
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum'
        ? (error.params as { allowedValues: unknown[] }).allowedValues
        : [(error.params as { allowedValue: unknown }).allowedValue]
      ).map((v) => String(v));
      const given = String(error.data);
      const sensitive = ctx.isSensitive(path);
      const close = typeof error.data === 'string' ? nearest(given, allowed) : undefined;
      const sameButCase = close !== undefined && close.toLowerCase() === given.toLowerCase();
      return {
        severity: 'error',
        message: `${fieldName(path)} must be ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}; ${describeGot(error.data, sensitive)}`,
        location: valueLocation(src, path),
        key: keyText,
        hint: sameButCase ? `use "${close}"` : close !== undefined ? `did you mean "${close}"?` : `valid values: ${allowed.join(', ')}`,
      };
    }
    case 'minLength':
      return {
        severity: 'error',
        message: `${fieldName(path)} must not be empty`,
        location: valueLocation(src, path),
        key: keyText,
      };
    default:
      return {
        severity: 'error',
        message: `${fieldName(path)} is invalid: ${error.message ?? error.keyword}`,
        location: valueLocation(src, path),
        key: keyText,
      };
  }
}

function requiredHint(missing: string): string | undefined {
  switch (missing) {
    case 'actions':
      return 'add an `actions:` mapping (it may be empty: `actions: {}`)';
    case 'flow':
      return 'add `flow:` with one of login, registration, recovery, settings, verification';
    case 'timing':
      return 'add `timing: before` or `timing: after`';
    case 'url':
      return 'add `url:` with the absolute https:// URL of your endpoint';
    case 'type':
      return 'add `type: api_key` or `type: basic_auth`';
    default:
      return undefined;
  }
}

/** Checks the manifest's shape against the JSON Schema and returns one diagnostic per problem, located in the YAML. */
export function validateStructure(data: unknown, ctx: StructureContext): Diagnostic[] {
  const validate = validator();
  if (validate(data)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const diagnostic = mapError(error, ctx);
    if (!diagnostic) continue;
    const id = `${diagnostic.key} ${diagnostic.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(diagnostic);
  }
  return out;
}

/**
 * The manifest's schema made for one manifest: the names an action's `environments` may take are the
 * environments it declares, so editors complete and check them (a JSON Schema cannot read them from the
 * document it checks). Written by `ory-actions schema`.
 */
export function schemaForEnvironments(names: readonly string[]): object {
  const schema = structuredClone(schemaJson) as {
    definitions: { action: { properties: { environments: { items: Record<string, unknown> } } } };
  };
  if (names.length > 0) schema.definitions.action.properties.environments.items.enum = [...names];
  return schema;
}

/** The environment names a manifest's text declares (for schemaForEnvironments); [] when none or unreadable. */
export function declaredEnvironmentNames(text: string): string[] {
  const { doc } = parseYaml('manifest', text);
  if (doc.errors.length > 0) return [];
  let environments: unknown;
  try {
    environments = doc.toJS({ maxAliasCount: 100 })?.environments;
  } catch {
    return [];
  }
  return typeof environments === 'object' && environments !== null && !Array.isArray(environments) ? Object.keys(environments) : [];
}
