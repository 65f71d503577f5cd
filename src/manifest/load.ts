import { posix } from 'node:path';
import { Scalar, visit } from 'yaml';
import type { BodySource, DesiredAction, Manifest, SourceLocation, WebhookAuth } from '../model/action.ts';
import { targetName, webhookIdentity } from '../model/action.ts';
import { FileRefused, type Diagnostic } from '../model/diagnostics.ts';
import { isRecord } from '../model/records.ts';
import type { Flow, HttpMethod, Timing } from '../model/hook-list.ts';
import { authMethodsOf, FLAT_AFTER_FLOWS, FLOWS, GLOBAL_AUTH_METHOD, HTTP_METHODS, hookListFor, hookListKey, TIMINGS } from '../model/hook-list.ts';
import { BASE64_BODY_PREFIX, decodeBase64Text } from '../ory-config/webhook-codec.ts';
import { lineColumnOf, rememberBodyOrigin } from './body-location.ts';
import type { ResolvedString, VarReference, VarsScope } from './env.ts';
import { ENV_NAME_PATTERN, hasSecretSubstitution, missingVarHint, resolveReferences, varReferencesIn } from './env.ts';
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
  /**
   * the `environment` input: with `environments` in the manifest, the one this load targets (required);
   * without, only a name that keeps the plans of several targets apart
   */
  environment?: string;
  /**
   * `error` (default): an environment the manifest does not declare is an error. `no-actions`: the manifest
   * at the previous commit, where the environment may not exist yet: it then owned nothing there.
   */
  undeclaredEnvironment?: 'error' | 'no-actions';
  /** an extra check of every body (the Jsonnet syntax check); map positions with bodyLocation() */
  /** checks a body (syntax, what Ory refuses); gets the action's name to say whose body it is */
  checkBody?: (body: BodySource, actionName: string) => Diagnostic[];
  /**
   * The previous commit's manifest, read for ownership: an action with an error costs only itself
   * (it is left out and named in `dropped`); only a manifest that does not parse gives no manifest.
   */
  keepValidActions?: boolean;
}

export interface LoadResult {
  /** undefined when any diagnostic is an error (with keepValidActions: when the file as a whole fails) */
  manifest?: Manifest;
  diagnostics: Diagnostic[];
  /** with keepValidActions: the actions left out, each with its first error */
  dropped?: ReadonlyArray<{ readonly name: string; readonly problem: string }>;
}

export const ACTION_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/** An environment's name: as GitHub environments are usually named (`staging`, `Production`, `eu-west.1`). */
export const ENVIRONMENT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/** Every auth method any flow has, for suggestions when the flow itself is unknown. */
const ALL_AUTH_METHODS = [...new Set(FLOWS.flatMap(authMethodsOf))];

const SENSITIVE_AUTH_FIELDS = new Set(['value', 'password']);

type PlainObject = Record<string, unknown>;

const isPlainObject: (value: unknown) => value is PlainObject = isRecord;

/** The fields that make a hook's identity (SPEC 2): the project, the list, the url and the method. */
const IDENTITY_FIELDS = new Set(['project_id', 'flow', 'timing', 'auth_method', 'url', 'method']);

function isIdentityPath(path: readonly PathSegment[]): boolean {
  if (path.length === 1) return path[0] === 'project_id';
  if (path.length === 3 && path[0] === 'environments') return path[2] === 'project_id';
  return path.length === 3 && path[0] === 'actions' && IDENTITY_FIELDS.has(String(path[2]));
}

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
  /** keepValidActions: paths whose references no longer resolve; sensitive, shown as written */
  readonly unsetReferences = new Set<string>();
  /** the environments the manifest declares, with their variables (only string values) */
  environments = new Map<string, Readonly<Record<string, string>>>();
  /** where `${{ vars.* }}` resolves from */
  vars: VarsScope = 'none';

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
    if (this.unsetReferences.has(pathId(path))) return true;
    const ref = this.references.get(pathId(path));
    if (ref && hasSecretSubstitution(ref.resolved)) return true;
    return path.length === 4 && path[0] === 'actions' && path[2] === 'auth' && SENSITIVE_AUTH_FIELDS.has(String(path[3]));
  }

  /**
   * The display text when the value came (partly) from the step's environment: the text as written, with
   * `${{ vars.* }}` put in (they are not secret) and `${{ env.* }}` left as references. Else undefined.
   */
  referenceDisplay(path: readonly PathSegment[]): string | undefined {
    const ref = this.references.get(pathId(path));
    if (ref && this.unsetReferences.has(pathId(path))) return ref.raw;
    return ref && hasSecretSubstitution(ref.resolved) ? displayText(ref.raw, ref.resolved) : undefined;
  }

  hasErrorsUnder(path: readonly PathSegment[]): boolean {
    const prefix = keyPathText(path);
    return this.diagnostics.some((d) => d.severity === 'error' && d.key !== undefined && (d.key === prefix || d.key.startsWith(`${prefix}.`)));
  }
}

function displayText(raw: string, resolved: ResolvedString): string {
  let out = '';
  let cursor = 0;
  for (const s of resolved.substitutions) {
    if (s.kind !== 'vars') continue;
    out += raw.slice(cursor, s.rawStart) + resolved.value.slice(s.resolvedStart, s.resolvedEnd);
    cursor = s.rawEnd;
  }
  return out + raw.slice(cursor);
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

/** How the strings under a part of the manifest are resolved. */
interface ResolveScope {
  /** `full`: `${{ env.* }}` and `${{ vars.* }}` from the target; `env-only`: no `${{ vars.* }}`; `none`: left as written */
  readonly mode: 'full' | 'env-only' | 'none';
  /** the declared environments where this part applies besides the target (their vars are checked too) */
  readonly others: readonly string[];
}

/** The environments an action is limited to, as written; undefined when it names none (or not as a list of names). */
function actionEnvironments(action: unknown): string[] | undefined {
  if (!isPlainObject(action) || !Array.isArray(action.environments)) return undefined;
  return action.environments.filter((e): e is string => typeof e === 'string');
}

/**
 * How a value at `path` is resolved: environment names and variables are plain text; an action limited to
 * other environments than the target is not resolved at all (its secrets exist only in its own
 * environments' jobs), nor is anything while the target is unknown (already an error).
 */
const NOT_RESOLVED: ResolveScope = { mode: 'none', others: [] };

function scopeFor(ctx: LoadContext, data: PlainObject, path: readonly PathSegment[]): ResolveScope {
  const target = typeof ctx.vars === 'object' ? ctx.vars.environment : undefined;
  const declared = [...ctx.environments.keys()];
  // only the target's own settings are resolved: another environment's variables may be set only in its jobs
  if (path[0] === 'environments') return path.length === 3 && path[1] === target && path[2] === 'project_id' ? { mode: 'env-only', others: [] } : NOT_RESOLVED;
  if (path[0] === 'actions' && path.length >= 2) {
    const limited = actionEnvironments(isPlainObject(data.actions) ? data.actions[String(path[1])] : undefined);
    const applies = limited ? declared.filter((e) => limited.includes(e)) : declared;
    const others = applies.filter((e) => e !== target);
    if (ctx.vars === 'skip' || (target !== undefined && !applies.includes(target))) return { mode: 'none', others };
    return { mode: 'full', others };
  }
  if (ctx.vars === 'skip') return { mode: 'none', others: [] };
  return { mode: 'full', others: declared.filter((e) => e !== target) };
}

/**
 * A `${{ vars.* }}` that another environment where the value applies lacks: a warning now, so the run for
 * that environment does not fail first.
 */
function warnOtherEnvironments(ctx: LoadContext, refs: readonly VarReference[], others: readonly string[], locate: (offset: number) => SourceLocation, key: readonly PathSegment[]): void {
  for (const ref of refs) {
    for (const environment of others) {
      const vars = ctx.environments.get(environment) ?? {};
      if (Object.hasOwn(vars, ref.name)) continue;
      ctx.warning(
        `environment "${environment}" has no variable "${ref.name}" (referenced as \${{ vars.${ref.name} }}): a run for ${environment} fails here`,
        locate(ref.offset),
        key,
        missingVarHint(ref.name, { environment, values: vars }),
      );
    }
  }
}

function resolveString(ctx: LoadContext, value: string, path: PathSegment[], scope: ResolveScope): string {
  if (scope.mode === 'none') {
    if (scope.others.length > 0 && value.includes('${{')) {
      const refs = varReferencesIn(value);
      warnOtherEnvironments(ctx, refs, scope.others, (offset) => locationInValue(ctx.src, path, offset), [...path]);
    }
    return value;
  }
  const resolved = resolveReferences(value, ctx.input.env, scope.mode === 'full' ? ctx.vars : 'skip');
  if (resolved.substitutions.length > 0 || resolved.problems.length > 0) {
    ctx.references.set(pathId(path), { raw: value, resolved });
  }
  for (const secret of resolved.secrets) ctx.secrets.add(secret);
  if (resolved.problems.length > 0 && ctx.input.keepValidActions && !isIdentityPath(path)) {
    // The previous manifest is read for ownership: a reference that no longer resolves outside
    // the hook's identity costs nothing, and what it stood for is a secret all the same.
    ctx.unsetReferences.add(pathId(path));
    return value;
  }
  for (const problem of resolved.problems) {
    ctx.unresolved.add(pathId(path));
    ctx.error(problem.message, locationInValue(ctx.src, path, problem.offset), [...path], problem.hint);
  }
  // (a `${{ vars.* }}` in an environment's own settings is reported by readEnvironments, for every environment)
  if (scope.mode === 'env-only' && resolved.varReferences.length > 0) ctx.unresolved.add(pathId(path));
  warnOtherEnvironments(ctx, resolved.varReferences, scope.others, (offset) => locationInValue(ctx.src, path, offset), [...path]);
  return resolved.value;
}

/**
 * Resolves `${{ env.* }}` and `${{ vars.* }}` in every string value (keys are left alone), recording where
 * secrets came from. `path` is one array, extended and shortened in place: a copy is made only for a reference.
 */
function resolveTree(ctx: LoadContext, data: PlainObject, value: unknown, path: PathSegment[], scope?: ResolveScope): unknown {
  if (typeof value === 'string') return resolveString(ctx, value, path, scope ?? scopeFor(ctx, data, path));
  // one scope per action, decided at its top (its `environments` list has a rule of its own)
  const inherited = (key: PathSegment): ResolveScope | undefined => {
    if (path.length === 2 && path[0] === 'actions') return key === 'environments' ? NOT_RESOLVED : scopeFor(ctx, data, path);
    return scope;
  };
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      const inner = inherited(index);
      path.push(index);
      const resolved = resolveTree(ctx, data, item, path, inner);
      path.pop();
      return resolved;
    });
  }
  if (isPlainObject(value)) {
    // without a prototype, a key named __proto__ stays an ordinary key
    const out: PlainObject = Object.hasOwn(value, '__proto__') ? Object.create(null) : {};
    for (const [key, item] of Object.entries(value)) {
      const inner = inherited(key);
      path.push(key);
      out[key] = resolveTree(ctx, data, item, path, inner);
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
  const allowed = authMethodsOf(flow);
  if (given === undefined) {
    if (!FLAT_AFTER_FLOWS.has(flow)) {
      ctx.error(
        `action "${String(base[1])}" needs auth_method: ${flow} after hooks run per authentication method`,
        keyLocation(ctx.src, base),
        path,
        `add auth_method with one of ${allowed.join(', ')} (${GLOBAL_AUTH_METHOD}: the flow-level list, run for every method whose own list is empty)`,
      );
    }
    return undefined;
  }
  if (!allowed.includes(given)) {
    const close = nearest(given, allowed);
    // What Ory would do with it: a key the flow does not have is accepted (200) and silently dropped.
    const consequence = FLAT_AFTER_FLOWS.has(flow)
      ? `${flow} after hooks sit in one list (${flow}.after.hooks) whatever the method; written under a method key, Ory would answer 200 and drop the hook`
      : `Ory would accept a hook under ${flow}.after.${given} and silently drop it`;
    ctx.error(
      `the ${flow} flow has no auth_method "${given}"; it has ${allowed.join(', ')}. ${consequence[0]!.toUpperCase()}${consequence.slice(1)}`,
      valueLocation(ctx.src, path),
      path,
      close !== undefined
        ? (close.toLowerCase() === given.toLowerCase() ? `use "${close}"` : `did you mean "${close}"?`)
        : FLAT_AFTER_FLOWS.has(flow)
          ? `remove auth_method (the hook runs after every ${flow}), or use one of ${allowed.join(', ')}`
          : `use one of ${allowed.join(', ')}`,
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
  // What is checked is what is written: Ory stores the text, so a URL that only reads well once a
  // parser has changed it is refused, pointing at what would change.
  const rewrite = urlRewrite(url, parsed);
  if (rewrite) {
    const at = sensitive ? valueLocation(ctx.src, path) : locationInValue(ctx.src, path, rewrite.offset);
    ctx.error(
      `${what} ${rewrite.problem}${!sensitive && rewrite.suggestion !== undefined ? ` (it reads "${rewrite.suggestion}")` : ''}`,
      at,
      path,
      sensitive ? `fix the value of the variable: ${rewrite.fix}` : rewrite.suggestion !== undefined ? `write "${rewrite.suggestion}"` : rewrite.fix,
    );
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

/** Characters no URL may hold: a URL parser drops, splits or rewrites them. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/u;

interface UrlRewrite {
  /** where in the text the first changed character is */
  readonly offset: number;
  readonly problem: string;
  readonly fix: string;
  /** the URL as a parser reads it, when writing that is the fix */
  readonly suggestion?: string;
}

/**
 * How a URL parser would change `url`, or undefined when it reads it as written (allowing the
 * harmless: a lower-cased scheme or host, a default port dropped, the `/` of an empty path).
 */
export function urlRewrite(url: string, parsed: URL): UrlRewrite | undefined {
  for (let i = 0; i < url.length; i++) {
    const c = url[i]!;
    const code = c.codePointAt(0)!;
    if (/\s/u.test(c)) return { offset: i, problem: 'contains a space or line break', fix: 'remove it, or write it as %20 where it belongs in the path' };
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return { offset: i, problem: `contains a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`, fix: 'remove it' };
    if (INVISIBLE.test(c)) return { offset: i, problem: `contains an invisible character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`, fix: 'remove it (retype the URL)' };
    if (c === '\\') return { offset: i, problem: 'contains a backslash, which a URL parser reads as "/"', fix: 'use "/" (or %5C for a literal backslash)' };
  }
  const parts = /^([A-Za-z][A-Za-z0-9+.-]*:)\/\/([^/?#]*)(.*)$/s.exec(url);
  if (!parts || parts[2] === '' || /^@|@$/.test(parts[2]!)) {
    return { offset: 0, problem: 'has no host after "//"', fix: 'write it as https://host/path', suggestion: parsed.href };
  }
  const [, scheme, authority, rest] = parts as unknown as [string, string, string, string];
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : '';
  const defaultPort = scheme.toLowerCase() === 'https:' ? ':443' : ':80';
  let hostPort = authority.slice(at + 1).replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  if (hostPort.endsWith(defaultPort)) hostPort = hostPort.slice(0, -defaultPort.length);
  if (hostPort.endsWith(':')) hostPort = hostPort.slice(0, -1);
  const harmless = `${scheme.toLowerCase()}//${userinfo}${hostPort}${rest === '' || /^[?#]/.test(rest) ? '/' : ''}${rest}`;
  if (harmless === parsed.href) return undefined;
  let offset = 0;
  while (offset < url.length && url[offset] === parsed.href[offset]) offset++;
  const nonAscii = /[^\x00-\x7f]/.test(url);
  return {
    offset: Math.min(offset, url.length - 1),
    problem: nonAscii ? 'holds characters outside ASCII, which a URL parser rewrites' : 'holds characters a URL parser rewrites',
    fix: 'write the URL the way it is sent: percent-encode such characters, and write an international host in its xn-- form',
    suggestion: parsed.href,
  };
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

function inlineBody(ctx: LoadContext, base: readonly PathSegment[], source: string): BodySource | undefined {
  const path = [...base, 'body'];
  const location = locationInValue(ctx.src, path, 0);
  if (source.startsWith(BASE64_BODY_PREFIX)) {
    // as the Terraform provider passes it: checked and previewed decoded, sent as written
    const decoded = decodeBase64Text(source.slice(BASE64_BODY_PREFIX.length));
    if (decoded === undefined) {
      ctx.error(
        `the body of action "${String(base[1])}" starts with base64:// but the rest is not standard base64 of UTF-8 text: Kratos could not decode it and would fail the webhook on every call`,
        valueLocation(ctx.src, path),
        path,
        'encode the Jsonnet with `base64 -w0` (standard alphabet, with = padding), or write the Jsonnet itself as body',
      );
      return undefined;
    }
    const body: BodySource = { source: decoded, location, encoded: source };
    rememberBodyOrigin(body, { kind: 'encoded' });
    return body;
  }
  const body: BodySource = { source, location };
  rememberBodyOrigin(body, { kind: 'inline', src: ctx.src, path, substitutions: ctx.references.get(pathId(path))?.resolved.substitutions ?? [] });
  return body;
}

function fileBody(ctx: LoadContext, base: readonly PathSegment[], bodyFile: string, display: Record<string, string>, others: readonly string[]): BodySource | undefined {
  const path = [...base, 'body_file'];
  const where = valueLocation(ctx.src, path);
  if (posix.isAbsolute(bodyFile) || /^[A-Za-z]:[\\/]/.test(bodyFile)) {
    ctx.error(`body_file "${bodyFile}" must be a path relative to the manifest's directory`, where, path, 'e.g. bodies/welcome.jsonnet');
    return undefined;
  }
  const relative = posix.normalize(bodyFile.replace(/\\/g, '/'));
  const manifestDir = posix.dirname(ctx.input.path.replace(/\\/g, '/'));
  const fromRoot = posix.normalize(posix.join(manifestDir, relative));
  if (fromRoot === '..' || fromRoot.startsWith('../')) {
    ctx.error(`body_file "${bodyFile}" points outside the repository`, where, path, 'keep body files inside the repository, next to the manifest');
    return undefined;
  }
  let text: string | undefined;
  try {
    text = ctx.input.readFile(relative);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    // nothing of a refused file is read into any output: the message names the path only
    const at = error.at ? { file: fromRoot, line: error.at.line, column: error.at.column } : where;
    ctx.error(`body_file "${bodyFile}": ${error.why}`, at, path, error.hint);
    return undefined;
  }
  if (text === undefined) {
    ctx.error(
      `body_file "${bodyFile}" not found (looked for ${fromRoot})`,
      where,
      path,
      `body_file is relative to the manifest's directory (${manifestDir === '.' ? 'the repository root' : `${manifestDir}/`})`,
    );
    return undefined;
  }
  const resolved = resolveReferences(text, ctx.input.env, ctx.vars);
  for (const secret of resolved.secrets) ctx.secrets.add(secret);
  const inFile = (offset: number): SourceLocation => ({ file: fromRoot, ...lineColumnOf(text, offset) });
  for (const problem of resolved.problems) ctx.error(problem.message, inFile(problem.offset), path, problem.hint);
  warnOtherEnvironments(ctx, resolved.varReferences, others, inFile, path);
  if (hasSecretSubstitution(resolved)) display.body = displayText(text, resolved);
  const body: BodySource = { source: resolved.value, location: { file: fromRoot, line: 1, column: 1 }, file: bodyFile };
  rememberBodyOrigin(body, { kind: 'file', rawText: text, substitutions: resolved.substitutions });
  return body;
}

function checkBody(ctx: LoadContext, base: readonly PathSegment[], action: PlainObject, display: Record<string, string>, others: readonly string[]): BodySource | undefined {
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
    body = fileBody(ctx, base, action.body_file, display, others);
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

/**
 * A `sample_ctx` as the preview evaluates it: a value from a `${{ env.* }}` reference is replaced by
 * the reference as written, so no secret (clear or transformed by the body) can reach a preview.
 */
function sampleContextOf(
  ctx: LoadContext,
  path: readonly PathSegment[],
  sample: PlainObject,
): { sampleCtx: Record<string, unknown>; sampleCtxReferences?: readonly string[] } {
  const names = new Set<string>();
  const walk = (value: unknown, at: PathSegment[]): unknown => {
    if (typeof value === 'string') {
      const ref = ctx.references.get(pathId(at));
      if (!ref || !hasSecretSubstitution(ref.resolved)) return value;
      for (const s of ref.resolved.substitutions) if (s.kind === 'env') names.add(s.name);
      return displayText(ref.raw, ref.resolved);
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...at, index]));
    if (isPlainObject(value)) {
      const out: PlainObject = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
      for (const [key, item] of Object.entries(value)) out[key] = walk(item, [...at, key]);
      return out;
    }
    return value;
  };
  const sampleCtx = walk(sample, [...path]) as Record<string, unknown>;
  return { sampleCtx, ...(names.size > 0 ? { sampleCtxReferences: [...names].sort() } : {}) };
}

interface ProjectDefault {
  readonly id?: string;
  /** the reference text, when the manifest's project_id came from the environment */
  readonly display?: string;
}

function buildAction(ctx: LoadContext, name: string, action: PlainObject, defaults: ProjectDefault, others: readonly string[]): DesiredAction | undefined {
  const base: PathSegment[] = ['actions', name];
  const display: Record<string, string> = {};
  const flow = enumValue(action.flow, FLOWS);
  const timing = enumValue(action.timing, TIMINGS);
  const authMethod = checkAuthMethod(ctx, base, action, flow, timing);
  const url = checkUrl(ctx, base, action);
  checkFlags(ctx, base, action);
  const body = checkBody(ctx, base, action, display, others);
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
    ...(isPlainObject(action.sample_ctx) ? sampleContextOf(ctx, [...base, 'sample_ctx'], action.sample_ctx) : {}),
    display,
    location: keyLocation(ctx.src, base),
  };
}

/**
 * Reads `environments` and picks the target (SPEC section 1): with environments declared, the
 * `environment` input must name one of them. Sets what `${{ vars.* }}` resolves from.
 */
function readEnvironments(ctx: LoadContext, data: PlainObject): void {
  const { src } = ctx;
  const wanted = ctx.input.environment?.trim() ?? '';
  const declared = data.environments;
  if (declared === undefined) {
    ctx.vars = 'none';
    return;
  }
  ctx.vars = 'skip';
  if (!isPlainObject(declared)) return; // the schema reported it
  if (Object.keys(declared).length === 0) {
    ctx.error('"environments" declares no environment', valueLocation(src, ['environments']), ['environments'], 'declare at least one (`staging: { project_id: ..., vars: { ... } }`), or remove the key');
    return;
  }
  for (const [name, environment] of Object.entries(declared)) {
    const base: PathSegment[] = ['environments', name];
    if (!ENVIRONMENT_NAME_PATTERN.test(name)) {
      ctx.error(
        `invalid environment name "${name}": use letters, digits, "_", "-" and ".", starting with a letter or digit, at most 63 characters`,
        keyLocation(src, base),
        base,
        'e.g. "staging" or "production"',
      );
    }
    const projectId = isPlainObject(environment) ? environment.project_id : undefined;
    const varInProject = typeof projectId === 'string' ? varReferencesIn(projectId)[0] : undefined;
    if (varInProject) {
      ctx.error(
        `\${{ vars.* }} cannot be used in an environment's own settings`,
        locationInValue(src, [...base, 'project_id'], varInProject.offset),
        [...base, 'project_id'],
        'write the value itself, or a ${{ env.NAME }} reference',
      );
    }
    const vars: Record<string, string> = Object.create(null);
    const given = isPlainObject(environment) && isPlainObject(environment.vars) ? environment.vars : {};
    for (const [varName, value] of Object.entries(given)) {
      const path = [...base, 'vars', varName];
      if (!ENV_NAME_PATTERN.test(varName)) {
        ctx.error(
          `invalid variable name "${varName}" in environment "${name}": letters, digits and "_", not starting with a digit`,
          keyLocation(src, path),
          path,
          `e.g. "${varName.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^(\d)/, '_$1') || 'hooks'}"`,
        );
      }
      if (typeof value !== 'string') continue; // the schema reported it
      if (value.includes('${{')) {
        ctx.error(
          `the variable "${varName}" of environment "${name}" holds a reference: vars are plain text, shown in clear in every plan`,
          locationInValue(src, path, value.indexOf('${{')),
          path,
          'write the value itself; a secret goes in ${{ env.NAME }} where it is used',
        );
        continue;
      }
      vars[varName] = value;
    }
    ctx.environments.set(name, vars);
  }
  const names = [...ctx.environments.keys()];
  const listed = names.length > 0 ? names.join(', ') : '(none)';
  if (wanted === '') {
    ctx.error(
      `${ctx.input.path} declares environments (${listed}): a run targets exactly one`,
      keyLocation(src, ['environments']),
      ['environments'],
      `name it with the \`environment\` input (\`--environment\` on the command line), e.g. environment: ${names[0] ?? 'staging'}`,
    );
    return;
  }
  const vars = ctx.environments.get(wanted);
  if (vars === undefined) {
    if (ctx.input.undeclaredEnvironment === 'no-actions') return;
    ctx.error(
      `unknown environment "${wanted}": ${ctx.input.path} declares ${listed}`,
      keyLocation(src, ['environments']),
      ['environments'],
      nearest(wanted, names) !== undefined ? `did you mean "${nearest(wanted, names)}"?` : `set the \`environment\` input to one of ${listed}, or declare "${wanted}" under environments`,
    );
    return;
  }
  ctx.vars = { environment: wanted, values: vars };
}

/** An action's `environments: [...]`: declared names only, once each. */
function checkActionEnvironments(ctx: LoadContext, name: string, action: PlainObject): void {
  const path: PathSegment[] = ['actions', name, 'environments'];
  const listed = action.environments;
  if (listed === undefined || !Array.isArray(listed)) return; // absent, or a type error the schema reported
  const names = [...ctx.environments.keys()];
  if (ctx.vars === 'none') {
    ctx.error(
      `action "${name}" is limited to environments, but the manifest declares none`,
      keyLocation(ctx.src, path),
      path,
      'declare them under `environments:` at the top of the manifest, or remove this key',
    );
    return;
  }
  if (listed.length === 0) {
    ctx.error(`action "${name}" is limited to no environment at all`, valueLocation(ctx.src, path), path, `name at least one of ${names.join(', ')}, or remove the key (then it is in every environment)`);
    return;
  }
  const seen = new Set<string>();
  listed.forEach((item, index) => {
    if (typeof item !== 'string') return; // the schema reported it
    const at: PathSegment[] = [...path, index];
    if (seen.has(item)) {
      ctx.error(`action "${name}" lists the environment "${item}" twice`, valueLocation(ctx.src, at), at, 'keep one of them');
    } else if (!ctx.environments.has(item)) {
      ctx.error(`action "${name}" names an unknown environment "${item}"`, valueLocation(ctx.src, at), at, suggestionHint(item, names, 'declared environments'));
    }
    seen.add(item);
  });
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

function finish(ctx: LoadContext, manifest?: Manifest, actionNames: readonly string[] = []): LoadResult {
  const secrets = [...ctx.secrets];
  const diagnostics = scrubSecrets(ctx.diagnostics, secrets).sort(byLocation);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (ctx.input.keepValidActions && manifest) {
    const firstErrorOf = (name: string) => errors.find((d) => d.key === `actions.${name}` || d.key?.startsWith(`actions.${name}.`));
    const dropped = actionNames.flatMap((name) => {
      const error = firstErrorOf(name);
      return error || !manifest.actions.some((a) => a.name === name) ? [{ name, problem: error?.message ?? 'it could not be read' }] : [];
    });
    // An error outside every action (an unknown top-level key) costs nothing; one in the default
    // project_id costs the actions that use it, which fail for having no project.
    const kept = manifest.actions.filter((a) => !dropped.some((d) => d.name === a.name));
    return { manifest: { ...manifest, actions: kept }, diagnostics, dropped };
  }
  return errors.length > 0 || !manifest ? { diagnostics } : { manifest, diagnostics };
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

  readEnvironments(ctx, data);
  const resolved = resolveTree(ctx, data, data, []) as PlainObject;
  append(ctx.diagnostics, validateStructure(resolved, { src, isSensitive: (path) => ctx.isSensitive(path) }));

  const target = typeof ctx.vars === 'object' ? ctx.vars.environment : undefined;
  // the project-id input, else the target environment's project_id, else the manifest's
  const override = input.projectIdOverride?.trim() ? input.projectIdOverride.trim() : undefined;
  // a project_id that does not resolve stops here: falling back to another would plan the wrong project
  const projectAt = (path: PathSegment[]): ProjectDefault | 'unresolved' | undefined => {
    if (ctx.unresolved.has(pathId(path))) return 'unresolved';
    let value: unknown = resolved;
    for (const segment of path) value = isPlainObject(value) ? value[String(segment)] : undefined;
    if (typeof value !== 'string' || value === '') return undefined;
    const display = ctx.referenceDisplay(path);
    return { id: value, ...(display !== undefined ? { display } : {}) };
  };
  const chosen =
    (override !== undefined ? { id: override } : undefined) ??
    (target !== undefined ? projectAt(['environments', target, 'project_id']) : undefined) ??
    projectAt(['project_id']);
  const defaults: ProjectDefault = chosen === 'unresolved' || chosen === undefined ? {} : chosen;

  const actions: DesiredAction[] = [];
  /** the actions of this target, each built or dropped (an action of other environments is neither) */
  const considered: string[] = [];
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
      if (!isPlainObject(action)) {
        considered.push(name);
        continue; // the schema reported it
      }
      checkActionEnvironments(ctx, name, action);
      const limited = actionEnvironments(action);
      const applies = limited ? [...ctx.environments.keys()].filter((e) => limited.includes(e)) : [...ctx.environments.keys()];
      // Without a target (an error, or the previous commit's manifest that did not declare it yet: it owned
      // nothing there), no action is built; an action limited to other environments does not exist here.
      if (ctx.environments.size > 0 && (target === undefined || !applies.includes(target))) continue;
      considered.push(name);
      const built = buildAction(ctx, name, action, defaults, applies.filter((e) => e !== target));
      if (built) actions.push(built);
    }
  }
  checkSameHooks(ctx, actions);

  const name = targetName(input.environment, override);
  const manifest: Manifest = {
    path: input.path,
    ...(name ? { environment: name } : {}),
    ...(ctx.environments.size > 0 ? { environments: [...ctx.environments.keys()] } : {}),
    ...(defaults.id !== undefined ? { defaultProjectId: defaults.id } : {}),
    ...(defaults.display !== undefined ? { defaultProjectDisplay: defaults.display } : {}),
    prune: resolved.prune === true,
    actions,
    secrets: [...ctx.secrets],
  };
  return finish(ctx, manifest, considered);
}
