import { posix } from 'node:path';
import { Scalar, visit } from 'yaml';
import type { BodySource, DesiredAction, Manifest, SourceLocation, WebhookAuth } from '../model/action.ts';
import { webhookIdentity } from '../model/action.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { isRecord } from '../model/records.ts';
import type { Flow, HttpMethod, Timing } from '../model/hook-list.ts';
import { AFTER_METHODS, FLAT_AFTER_FLOWS, FLOWS, HTTP_METHODS, hookListFor, hookListKey, TIMINGS } from '../model/hook-list.ts';
import { lineColumnOf, rememberBodyOrigin } from './body-location.ts';
import type { ResolvedString } from './env.ts';
import { resolveReferences } from './env.ts';
import { keyPathText, validateStructure } from './schema.ts';
import { nearest, suggestionHint } from './suggest.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';
import {
  findKeyProblems,
  keyLocation,
  locationAtOffset,
  locationInValue,
  nodeLocation,
  parseYaml,
  valueLocation,
} from './yaml-source.ts';
import { append } from '../model/append.ts';

export interface ManifestInput {
  /** as shown to users (e.g. `ory-actions.yaml`, relative to the repository root) */
  path: string;
  /** the file's content */
  text: string;
  /** reads a `body_file` (path relative to the manifest's directory); undefined when it does not exist */
  readFile: (relativeToManifest: string) => string | undefined;
  /** for `${{ env.NAME }}` references */
  env: Readonly<Record<string, string | undefined>>;
  /** the `project-id` input: overrides the manifest's default project_id */
  projectIdOverride?: string;
  /** an extra check of every body (the Jsonnet syntax check); map positions with bodyLocation() */
  /** checks a body (syntax, what Ory refuses); gets the action's name to say whose body it is */
  checkBody?: (body: BodySource, actionName: string) => Diagnostic[];
}

export interface LoadResult {
  /** undefined when any diagnostic is an error */
  manifest?: Manifest;
  diagnostics: Diagnostic[];
}

export const ACTION_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/** Every auth method any flow has, for suggestions when the flow itself is unknown. */
const ALL_AUTH_METHODS = [...new Set(Object.values(AFTER_METHODS).flat())];

const SENSITIVE_AUTH_FIELDS = new Set(['value', 'password']);

type PlainObject = Record<string, unknown>;

const isPlainObject: (value: unknown) => value is PlainObject = isRecord;

function pathId(path: readonly PathSegment[]): string {
  return JSON.stringify(path.map(String));
}

/** One load in progress: the parsed file, what has been found, and the resolved references. */
class LoadContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly secrets = new Set<string>();
  /** resolved strings by path, for display texts and sensitivity */
  readonly references = new Map<string, { raw: string; resolved: ResolvedString }>();
  /** paths whose references failed: their value is not checked any further */
  readonly unresolved = new Set<string>();

  constructor(
    readonly input: ManifestInput,
    readonly src: YamlSource,
  ) {}

  error(message: string, location: SourceLocation | undefined, key: readonly PathSegment[] | undefined, hint?: string): void {
    this.diagnostics.push({
      severity: 'error',
      message,
      ...(location ? { location } : {}),
      ...(key ? { key: keyPathText(key) } : {}),
      ...(hint ? { hint } : {}),
    });
  }

  warning(message: string, location: SourceLocation | undefined, key: readonly PathSegment[] | undefined, hint?: string): void {
    this.diagnostics.push({
      severity: 'warning',
      message,
      ...(location ? { location } : {}),
      ...(key ? { key: keyPathText(key) } : {}),
      ...(hint ? { hint } : {}),
    });
  }

  /** true when a value came (partly) from the environment or is an auth secret: it is never printed */
  isSensitive(path: readonly PathSegment[]): boolean {
    const ref = this.references.get(pathId(path));
    if (ref && ref.resolved.substitutions.length > 0) return true;
    return path.length === 4 && path[0] === 'actions' && path[2] === 'auth' && SENSITIVE_AUTH_FIELDS.has(String(path[3]));
  }

  /** The text as written when the value came from a reference (the display text), else undefined. */
  referenceDisplay(path: readonly PathSegment[]): string | undefined {
    const ref = this.references.get(pathId(path));
    return ref && ref.resolved.substitutions.length > 0 ? ref.raw : undefined;
  }

  hasErrorsUnder(path: readonly PathSegment[]): boolean {
    const prefix = keyPathText(path);
    return this.diagnostics.some((d) => d.severity === 'error' && d.key !== undefined && (d.key === prefix || d.key.startsWith(`${prefix}.`)));
  }
}

function yamlErrorHint(code: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BAD_INDENT':
    case 'BAD_DIRECTIVE':
      return 'check the indentation: keys of one mapping line up, and their values sit further right';
    case 'MISSING_CHAR':
      return 'a quote or bracket is not closed';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MISSING_KEY':
      return 'check the indentation and that every key is followed by ": "';
    case 'MULTIPLE_DOCS':
      return 'keep one document per manifest (remove the extra "---")';
    default:
      return 'check the YAML syntax around this position';
  }
}

function quotedScalarEndingAt(src: YamlSource, offset: number): number | undefined {
  let start: number | undefined;
  visit(src.doc, {
    Scalar(_, node) {
      if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && node.range && node.range[1] === offset) {
        start = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return start;
}

function reportYamlProblems(ctx: LoadContext): boolean {
  const { src } = ctx;
  for (const problem of src.doc.errors) {
    // an unclosed quote is reported where the file ends; point at the quote that opened it instead
    const opened = problem.code === 'MISSING_CHAR' ? quotedScalarEndingAt(src, problem.pos[0]) : undefined;
    // the YAML parser recurses per level: a document nested beyond what its stack holds is reported as such
    const tooDeep = /call stack/i.test(problem.message);
    ctx.error(
      tooDeep ? 'YAML syntax error: the document is nested too deeply to read' : `YAML syntax error: ${problem.message}${opened !== undefined ? ' (opened here)' : ''}`,
      locationAtOffset(src, opened ?? problem.pos[0]),
      undefined,
      tooDeep ? 'a manifest needs a few levels of nesting; remove the deep structure' : yamlErrorHint(problem.code),
    );
  }
  for (const problem of src.doc.warnings) {
    ctx.warning(`YAML: ${problem.message}`, locationAtOffset(src, problem.pos[0]), undefined);
  }
  const keys = findKeyProblems(src);
  for (const duplicate of keys.duplicates) {
    const first = nodeLocation(src, duplicate.first);
    const isActionName = duplicate.path.length === 1 && duplicate.path[0] === 'actions';
    ctx.error(
      isActionName
        ? `duplicate action name "${duplicate.key}" (first defined at line ${first.line})`
        : `duplicate key "${duplicate.key}" in ${duplicate.path.length === 0 ? 'the manifest' : keyPathText(duplicate.path)} (first at line ${first.line})`,
      nodeLocation(src, duplicate.node),
      [...duplicate.path, duplicate.key],
      isActionName ? 'action names must be unique: rename or remove one' : 'keep one of them',
    );
  }
  for (const complex of keys.complex) {
    ctx.error('a key must be a plain name, not a list or mapping', nodeLocation(src, complex.node), complex.path, 'write `name: value`');
  }
  return src.doc.errors.length === 0;
}

/**
 * Resolves `${{ env.* }}` in every string value (keys are left alone), recording where secrets came
 * from. `path` is one array, extended and shortened in place: a copy is made only for a reference.
 */
function resolveTree(ctx: LoadContext, value: unknown, path: PathSegment[]): unknown {
  if (typeof value === 'string') {
    const resolved = resolveReferences(value, ctx.input.env);
    if (resolved.substitutions.length > 0 || resolved.problems.length > 0) {
      ctx.references.set(pathId(path), { raw: value, resolved });
    }
    for (const secret of resolved.secrets) ctx.secrets.add(secret);
    for (const problem of resolved.problems) {
      ctx.unresolved.add(pathId(path));
      ctx.error(problem.message, locationInValue(ctx.src, path, problem.offset), [...path], problem.hint);
    }
    return resolved.value;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      path.push(index);
      const resolved = resolveTree(ctx, item, path);
      path.pop();
      return resolved;
    });
  }
  if (isPlainObject(value)) {
    // without a prototype, a key named __proto__ stays an ordinary key
    const out: PlainObject = Object.hasOwn(value, '__proto__') ? Object.create(null) : {};
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      out[key] = resolveTree(ctx, item, path);
      path.pop();
    }
    return out;
  }
  return value;
}

function enumValue<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function shown(ctx: LoadContext, path: readonly PathSegment[], value: string): string {
  return ctx.referenceDisplay(path) ?? value;
}

function checkAuthMethod(ctx: LoadContext, base: readonly PathSegment[], action: PlainObject, flow?: Flow, timing?: Timing): string | undefined {
  const path = [...base, 'auth_method'];
  const given = action.auth_method;
  if (given !== undefined && typeof given !== 'string') return undefined; // a type error, already reported
  if (!flow || !timing) {
    if (given !== undefined && !ALL_AUTH_METHODS.includes(given)) {
      ctx.error(`"auth_method" of action "${String(base[1])}" must be one of ${ALL_AUTH_METHODS.join(', ')}; got "${given}"`, valueLocation(ctx.src, path), path, suggestionHint(given, ALL_AUTH_METHODS));
    }
    return given;
  }
  if (timing === 'before') {
    if (given !== undefined) {
      ctx.error(
        `auth_method is refused for "before" hooks: a ${flow} before hook runs for every method`,
        keyLocation(ctx.src, path),
        path,
        'remove auth_method, or use timing: after',
      );
    }
    return undefined;
  }
  const allowed = AFTER_METHODS[flow];
  if (given === undefined) {
    if (!FLAT_AFTER_FLOWS.has(flow)) {
      ctx.error(
        `action "${String(base[1])}" needs auth_method: ${flow} after hooks run per authentication method`,
        keyLocation(ctx.src, base),
        path,
        `add auth_method with one of ${allowed.join(', ')}`,
      );
    }
    return undefined;
  }
  if (!allowed.includes(given)) {
    const close = nearest(given, allowed);
    ctx.error(
      `the ${flow} flow has no auth_method "${given}"; it has ${allowed.join(', ')}`,
      valueLocation(ctx.src, path),
      path,
      close !== undefined ? (close.toLowerCase() === given.toLowerCase() ? `use "${close}"` : `did you mean "${close}"?`) : `use one of ${allowed.join(', ')}`,
    );
    return undefined;
  }
  return given;
}

function checkUrl(ctx: LoadContext, base: readonly PathSegment[], action: PlainObject): string | undefined {
  const path = [...base, 'url'];
  const url = action.url;
  if (typeof url !== 'string' || url === '' || ctx.unresolved.has(pathId(path))) return undefined;
  const sensitive = ctx.isSensitive(path);
  const what = sensitive ? `"url" (${shown(ctx, path, url)}, resolved from the environment)` : `"url" "${url}"`;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !parsed.host) {
    const looksLikeHost = /^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(\/.*)?$/.test(url);
    ctx.error(
      `${what} is not an absolute http(s) URL`,
      valueLocation(ctx.src, path),
      path,
      !sensitive && looksLikeHost ? `did you mean "https://${url}"?` : 'write the full URL, e.g. https://api.example.com/webhooks/welcome',
    );
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    ctx.error(`${what} must use https:// (or http://), not ${parsed.protocol}//`, valueLocation(ctx.src, path), path, 'Ory calls webhooks over HTTP(S) only');
    return undefined;
  }
  if (parsed.protocol === 'http:') {
    ctx.warning(
      `"url" of action "${String(base[1])}" uses plain http://: the request and any credentials travel unencrypted`,
      valueLocation(ctx.src, path),
      path,
      'use https://',
    );
  }
  return url;
}

function checkFlags(ctx: LoadContext, base: readonly PathSegment[], action: PlainObject): void {
  const name = String(base[1]);
  if (action.response_ignore === true && action.response_parse === true) {
    ctx.error(
      `action "${name}" sets both response_ignore and response_parse: Ory cannot parse a response it does not wait for`,
      keyLocation(ctx.src, [...base, 'response_ignore']),
      [...base, 'response_ignore'],
      'remove one of them',
    );
  }
  if (action.response_ignore === true && action.can_interrupt === true) {
    ctx.error(
      `action "${name}" sets both response_ignore and can_interrupt: a call nobody waits for cannot interrupt the flow`,
      keyLocation(ctx.src, [...base, 'response_ignore']),
      [...base, 'response_ignore'],
      'remove one of them',
    );
  }
  if (action.can_interrupt === true) {
    ctx.warning(
      `action "${name}" uses can_interrupt, which is deprecated in Kratos; the webhook can block the flow`,
      keyLocation(ctx.src, [...base, 'can_interrupt']),
      [...base, 'can_interrupt'],
      'prefer response_parse: true',
    );
  }
}

function inlineBody(ctx: LoadContext, base: readonly PathSegment[], source: string): BodySource {
  const path = [...base, 'body'];
  const body: BodySource = { source, location: locationInValue(ctx.src, path, 0) };
  rememberBodyOrigin(body, { kind: 'inline', src: ctx.src, path, substitutions: ctx.references.get(pathId(path))?.resolved.substitutions ?? [] });
  return body;
}

function fileBody(ctx: LoadContext, base: readonly PathSegment[], bodyFile: string, display: Record<string, string>): BodySource | undefined {
  const path = [...base, 'body_file'];
  const where = valueLocation(ctx.src, path);
  if (posix.isAbsolute(bodyFile) || /^[A-Za-z]:[\\/]/.test(bodyFile)) {
    ctx.error(`body_file "${bodyFile}" must be a path relative to the manifest's directory`, where, path, 'e.g. bodies/welcome.jsonnet');
    return undefined;
  }
  const relative = posix.normalize(bodyFile.replace(/\\/g, '/'));
  const manifestDir = posix.dirname(ctx.input.path.replace(/\\/g, '/'));
  const fromRoot = posix.normalize(posix.join(manifestDir, relative));
  if (!posix.isAbsolute(ctx.input.path) && (fromRoot === '..' || fromRoot.startsWith('../'))) {
    ctx.error(`body_file "${bodyFile}" points outside the repository`, where, path, 'keep body files inside the repository, next to the manifest');
    return undefined;
  }
  const text = ctx.input.readFile(relative);
  if (text === undefined) {
    ctx.error(
      `body_file "${bodyFile}" not found (looked for ${fromRoot})`,
      where,
      path,
      `body_file is relative to the manifest's directory (${manifestDir === '.' ? 'the repository root' : `${manifestDir}/`})`,
    );
    return undefined;
  }
  const resolved = resolveReferences(text, ctx.input.env);
  for (const secret of resolved.secrets) ctx.secrets.add(secret);
  for (const problem of resolved.problems) {
    const at = lineColumnOf(text, problem.offset);
    ctx.error(problem.message, { file: fromRoot, line: at.line, column: at.column }, path, problem.hint);
  }
  if (resolved.substitutions.length > 0) display.body = text;
  const body: BodySource = { source: resolved.value, location: { file: fromRoot, line: 1, column: 1 }, file: bodyFile };
  rememberBodyOrigin(body, { kind: 'file', rawText: text, substitutions: resolved.substitutions });
  return body;
}

function checkBody(ctx: LoadContext, base: readonly PathSegment[], action: PlainObject, display: Record<string, string>): BodySource | undefined {
  if (action.body !== undefined && action.body_file !== undefined) {
    ctx.error(
      `action "${String(base[1])}" sets both body and body_file`,
      keyLocation(ctx.src, [...base, 'body_file']),
      [...base, 'body_file'],
      'keep one: body for inline Jsonnet, body_file for a file next to the manifest',
    );
    return undefined;
  }
  let body: BodySource | undefined;
  if (typeof action.body === 'string' && !ctx.unresolved.has(pathId([...base, 'body']))) {
    body = inlineBody(ctx, base, action.body);
    const raw = ctx.referenceDisplay([...base, 'body']);
    if (raw !== undefined) display.body = raw;
  } else if (typeof action.body_file === 'string' && action.body_file !== '' && !ctx.unresolved.has(pathId([...base, 'body_file']))) {
    body = fileBody(ctx, base, action.body_file, display);
  }
  if (body && ctx.input.checkBody) append(ctx.diagnostics, ctx.input.checkBody(body, String(base[1])));
  return body;
}

function checkAuth(ctx: LoadContext, base: readonly PathSegment[], action: PlainObject, display: Record<string, string>): WebhookAuth | undefined {
  const authPath = [...base, 'auth'];
  const auth = action.auth;
  if (!isPlainObject(auth)) return undefined;
  const name = String(base[1]);
  // secrets are masked even when the auth block has errors
  for (const field of SENSITIVE_AUTH_FIELDS) {
    const value = auth[field];
    if (typeof value === 'string' && value !== '' && !ctx.unresolved.has(pathId([...authPath, field]))) ctx.secrets.add(value);
  }
  const requireKeys = (type: string, keys: readonly string[], foreign: readonly string[]): boolean => {
    let ok = true;
    for (const key of keys) {
      if (auth[key] === undefined) {
        ctx.error(`auth of action "${name}" is missing "${key}" (required for ${type})`, keyLocation(ctx.src, authPath), [...authPath, key], `add ${key}: under auth`);
        ok = false;
      }
    }
    for (const key of foreign) {
      if (auth[key] !== undefined) {
        ctx.error(
          `"${key}" is not used by ${type} auth`,
          keyLocation(ctx.src, [...authPath, key]),
          [...authPath, key],
          type === 'api_key' ? 'api_key takes name, value and in; use type: basic_auth for user and password' : 'basic_auth takes user and password; use type: api_key for name, value and in',
        );
        ok = false;
      }
    }
    return ok;
  };
  const secretField = (field: 'value' | 'password'): void => {
    const path = [...authPath, field];
    const raw = ctx.referenceDisplay(path);
    if (raw !== undefined) {
      display[`auth.${field}`] = raw;
      return;
    }
    display[`auth.${field}`] = '(sensitive)';
    ctx.warning(
      `auth.${field} of action "${name}" is written literally: a secret in the repository`,
      valueLocation(ctx.src, path),
      path,
      `write \${{ env.NAME }} and pass the secret in the step's env`,
    );
  };
  const plainField = (field: 'name' | 'user'): void => {
    const raw = ctx.referenceDisplay([...authPath, field]);
    if (raw !== undefined) display[`auth.${field}`] = raw;
  };
  if (auth.type === 'api_key') {
    if (!requireKeys('api_key', ['name', 'value'], ['user', 'password'])) return undefined;
    if (typeof auth.name !== 'string' || typeof auth.value !== 'string') return undefined;
    plainField('name');
    secretField('value');
    const where = auth.in === 'cookie' ? 'cookie' : 'header';
    return { type: 'api_key', name: auth.name, value: auth.value, in: where };
  }
  if (auth.type === 'basic_auth') {
    if (!requireKeys('basic_auth', ['user', 'password'], ['name', 'value', 'in'])) return undefined;
    if (typeof auth.user !== 'string' || typeof auth.password !== 'string') return undefined;
    plainField('user');
    secretField('password');
    return { type: 'basic_auth', user: auth.user, password: auth.password };
  }
  return undefined;
}

interface ProjectDefault {
  readonly id?: string;
  /** the reference text, when the manifest's project_id came from the environment */
  readonly display?: string;
}

function buildAction(ctx: LoadContext, name: string, action: PlainObject, defaults: ProjectDefault): DesiredAction | undefined {
  const base: PathSegment[] = ['actions', name];
  const display: Record<string, string> = {};
  const flow = enumValue(action.flow, FLOWS);
  const timing = enumValue(action.timing, TIMINGS);
  const authMethod = checkAuthMethod(ctx, base, action, flow, timing);
  const url = checkUrl(ctx, base, action);
  checkFlags(ctx, base, action);
  const body = checkBody(ctx, base, action, display);
  const auth = checkAuth(ctx, base, action, display);

  let projectId: string | undefined;
  if (typeof action.project_id === 'string' && action.project_id !== '') {
    projectId = action.project_id;
    const raw = ctx.referenceDisplay([...base, 'project_id']);
    if (raw !== undefined) display.project_id = raw;
  } else if (action.project_id === undefined) {
    projectId = defaults.id;
    if (defaults.display !== undefined) display.project_id = defaults.display;
    if (projectId === undefined) {
      ctx.error(
        `action "${name}" has no project`,
        keyLocation(ctx.src, base),
        [...base, 'project_id'],
        'set project_id at the top of the manifest (or in the action), or pass the project-id input',
      );
    }
  }
  const rawUrl = ctx.referenceDisplay([...base, 'url']);
  if (rawUrl !== undefined) display.url = rawUrl;

  if (ctx.hasErrorsUnder(base) || !flow || !timing || url === undefined || projectId === undefined) return undefined;
  const method = enumValue(action.method, HTTP_METHODS) ?? ('POST' as HttpMethod);
  return {
    name,
    projectId,
    flow,
    timing,
    ...(authMethod !== undefined ? { authMethod } : {}),
    list: hookListFor(flow, timing, authMethod),
    url,
    method,
    ...(body ? { body } : {}),
    canInterrupt: action.can_interrupt === true,
    responseIgnore: action.response_ignore === true,
    responseParse: action.response_parse === true,
    ...(auth ? { auth } : {}),
    ...(isPlainObject(action.sample_ctx) ? { sampleCtx: action.sample_ctx } : {}),
    display,
    location: keyLocation(ctx.src, base),
  };
}

function checkSameHooks(ctx: LoadContext, actions: readonly DesiredAction[]): void {
  const seen = new Map<string, DesiredAction>();
  for (const action of actions) {
    const identity = webhookIdentity(action.projectId, action.list, action.url, action.method);
    const first = seen.get(identity);
    if (!first) {
      seen.set(identity, action);
      continue;
    }
    const urlText = action.display.url ?? action.url;
    ctx.error(
      `actions "${first.name}" and "${action.name}" would be the same hook: same project, list ${hookListKey(action.list)}, method ${action.method} and url ${urlText}`,
      action.location,
      ['actions', action.name],
      'change the url or method of one of them, or remove one',
    );
  }
}

function scrubSecrets(diagnostics: readonly Diagnostic[], secrets: readonly string[]): Diagnostic[] {
  // short values would mangle every message; GitHub masks them in the log anyway
  const maskable = secrets.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  if (maskable.length === 0) return [...diagnostics];
  const scrub = (text: string): string => maskable.reduce((out, secret) => out.split(secret).join('(sensitive)'), text);
  return diagnostics.map((d) => ({ ...d, message: scrub(d.message), ...(d.hint !== undefined ? { hint: scrub(d.hint) } : {}) }));
}

function byLocation(a: Diagnostic, b: Diagnostic): number {
  if (!a.location || !b.location) return (a.location ? 1 : 0) - (b.location ? 1 : 0);
  if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
  return a.location.line - b.location.line || a.location.column - b.location.column;
}

function finish(ctx: LoadContext, manifest?: Manifest): LoadResult {
  const secrets = [...ctx.secrets];
  const diagnostics = scrubSecrets(ctx.diagnostics, secrets).sort(byLocation);
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed || !manifest ? { diagnostics } : { manifest, diagnostics };
}

/** Parses, validates and resolves a manifest. Collects every problem; `manifest` is absent when any is an error. */
export function loadManifest(input: ManifestInput): LoadResult {
  const src = parseYaml(input.path, input.text);
  const ctx = new LoadContext(input, src);
  if (!reportYamlProblems(ctx)) return finish(ctx);

  let data: unknown;
  try {
    data = src.doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    ctx.error(`YAML: ${(e as Error).message}`, { file: input.path, line: 1, column: 1 }, undefined, 'check the anchors, aliases and merge keys (<<)');
    return finish(ctx);
  }
  if (data === null || data === undefined) {
    ctx.error('the manifest is empty', { file: input.path, line: 1, column: 1 }, undefined, 'start with `actions:` and one mapping per action');
    return finish(ctx);
  }
  if (!isPlainObject(data)) {
    ctx.error('the manifest must be a mapping (key: value lines) at the top level', valueLocation(src, []), undefined, 'start with `actions:`');
    return finish(ctx);
  }

  const resolved = resolveTree(ctx, data, []) as PlainObject;
  append(ctx.diagnostics, validateStructure(resolved, { src, isSensitive: (path) => ctx.isSensitive(path) }));

  const override = input.projectIdOverride?.trim() ? input.projectIdOverride.trim() : undefined;
  const manifestProject = typeof resolved.project_id === 'string' && resolved.project_id !== '' ? resolved.project_id : undefined;
  const manifestProjectDisplay = ctx.referenceDisplay(['project_id']);
  let defaults: ProjectDefault = {};
  if (override !== undefined) defaults = { id: override };
  else if (manifestProject !== undefined) defaults = { id: manifestProject, ...(manifestProjectDisplay !== undefined ? { display: manifestProjectDisplay } : {}) };

  const actions: DesiredAction[] = [];
  if (isPlainObject(resolved.actions)) {
    for (const [name, action] of Object.entries(resolved.actions)) {
      if (!ACTION_NAME_PATTERN.test(name)) {
        const suggestion = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^[_-]+/, '').slice(0, 63);
        ctx.error(
          `invalid action name "${name}": use lowercase letters, digits, "_" and "-", starting with a letter or digit, at most 63 characters`,
          keyLocation(src, ['actions', name]),
          ['actions', name],
          ACTION_NAME_PATTERN.test(suggestion) ? `e.g. "${suggestion}"` : 'e.g. "welcome_email"',
        );
      }
      if (!isPlainObject(action)) continue; // the schema reported it
      const built = buildAction(ctx, name, action, defaults);
      if (built) actions.push(built);
    }
  }
  checkSameHooks(ctx, actions);

  const manifest: Manifest = {
    path: input.path,
    ...(defaults.id !== undefined ? { defaultProjectId: defaults.id } : {}),
    prune: resolved.prune === true,
    actions,
    secrets: [...ctx.secrets],
  };
  return finish(ctx, manifest);
}
