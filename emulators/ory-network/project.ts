/**
 * One emulated Ory Network project and the pure rules of writing to it: JSON Patch
 * application, what Ory silently drops, how it stores bodies, and how it shows secrets.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import jsonpatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { OryHttpError } from './errors.ts';
import { applyOryJsonPatch, OryPatchError } from './ory-patch.ts';
import type { FlowsValidator } from './validation.ts';

/** How a stored `base64://` webhook body comes back (NOTES: unconfirmed). */
export type BodyStorage = 'base64' | 'sha512-url' | 'opaque-url';
/** How a read shows api_key values and basic_auth passwords (NOTES: unconfirmed). */
export type SecretDisplay = 'clear' | 'masked' | 'empty' | 'omitted';

export const STORAGE_URL_PREFIX = 'https://storage.emulator.invalid/';
export const MASKED_SECRET = '********';

/** A project as `GET /projects/{id}` answers it (the `Project` type of `@ory/client`). */
export interface EmulatedProject {
  id: string;
  name: string;
  slug: string;
  revision_id: string;
  state: 'running';
  environment: 'prod';
  home_region: 'eu-central';
  workspace_id: string;
  organizations: unknown[];
  services: {
    identity: { config: Record<string, unknown> };
    permission: { config: Record<string, unknown> };
    oauth2: { config: Record<string, unknown> };
  };
  cors_admin: { enabled: boolean; origins: string[] };
  cors_public: { enabled: boolean; origins: string[] };
}

/** `{ code?, message }`, the `Warning` of `SuccessfulProjectUpdate`. */
export interface UpdateWarning {
  code?: number;
  message: string;
}

/**
 * How a PATCH is applied: `ory` as Ory's patch applier does (add/remove/replace only, a replace of
 * a non-element path as add, missing parents created; the default), or `rfc6902` strictly.
 */
export type PatchRules = 'ory' | 'rfc6902';

export interface WriteRules {
  validator: FlowsValidator;
  storeBodiesAs: BodyStorage;
  patchRules: PatchRules;
  /** rfc6902 only: reject a patch whose `test` fails (false ignores `test` operations) */
  enforceTest: boolean;
  warnOnDrop: boolean;
}

export interface WriteResult {
  project: EmulatedProject;
  warnings: UpdateWarning[];
  changed: boolean;
}

/** Fields of a project a patch may not change. */
const READ_ONLY_FIELDS = ['id', 'revision_id', 'slug', 'state', 'environment', 'home_region', 'workspace_id'] as const;
const JSON_PATCH_OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);
/** Keys open-source Kratos accepts in a web_hook config but Ory Network's normalized hook row has no column for. */
const UNSTORED_WEBHOOK_KEYS = ['id', 'headers', 'emit_analytics_event'] as const;
/** The code Ory uses for a config item it could not take over (the value is the emulator's choice). */
const DROPPED_WARNING_CODE = 4000;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function slugFor(name: string, id: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'project';
  return `${base}-${id.slice(0, 8)}`;
}

/** A fresh project holding `identityConfig` (normalized the way a write would store it). */
export function createProject(
  seed: { id?: string; name?: string; identityConfig: unknown },
  rules: Pick<WriteRules, 'validator' | 'storeBodiesAs'>,
): EmulatedProject {
  const id = seed.id ?? randomUUID();
  const name = seed.name ?? `Emulated project ${id.slice(0, 8)}`;
  const config = isObject(seed.identityConfig) ? structuredClone(seed.identityConfig) : {};
  normalizeIdentityConfig(config, rules.validator, []);
  storeBodies(config, rules.storeBodiesAs);
  return {
    id,
    name,
    slug: slugFor(name, id),
    revision_id: randomUUID(),
    state: 'running',
    environment: 'prod',
    home_region: 'eu-central',
    workspace_id: randomUUID(),
    organizations: [],
    services: { identity: { config }, permission: { config: {} }, oauth2: { config: {} } },
    cors_admin: { enabled: false, origins: [] },
    cors_public: { enabled: false, origins: [] },
  };
}

/** Checks that a request body is a strict RFC 6902 patch, without echoing any value (values may be secrets). */
function parseStrictJsonPatch(body: unknown): Operation[] {
  if (!Array.isArray(body)) throw new OryHttpError(400, 'The request body must be a JSON Patch array.');
  body.forEach((op, index) => {
    if (!isObject(op) || typeof op.op !== 'string' || !JSON_PATCH_OPS.has(op.op) || typeof op.path !== 'string') {
      throw new OryHttpError(400, `JSON Patch operation ${index} is not a valid add, remove, replace, move, copy or test operation.`);
    }
  });
  return body as Operation[];
}

/**
 * Applies a JSON Patch to a project atomically (the input is never modified), by `rules.patchRules`,
 * and stores the result as Ory would: unknown `after` method keys and unstored webhook keys dropped,
 * bodies stored, the flows validated. Throws an `OryHttpError` (400) when the patch cannot be applied.
 */
export function patchProject(current: EmulatedProject, body: unknown, rules: WriteRules): WriteResult {
  const next = rules.patchRules === 'ory' ? applyOryPatch(current, body) : applyStrictPatch(current, parseStrictJsonPatch(body), rules);
  for (const field of READ_ONLY_FIELDS) {
    if (!isDeepStrictEqual(next[field], current[field])) {
      throw new OryHttpError(400, `The field "${field}" cannot be changed.`);
    }
  }
  return store(current, next, rules);
}

function applyOryPatch(current: EmulatedProject, body: unknown): EmulatedProject {
  try {
    return applyOryJsonPatch(current, body);
  } catch (error) {
    if (error instanceof OryPatchError) throw new OryHttpError(400, `Unable to apply JSON Patch: ${error.message}`);
    throw error;
  }
}

function applyStrictPatch(current: EmulatedProject, operations: Operation[], rules: WriteRules): EmulatedProject {
  // fast-json-patch inserts the operations' values by reference: clone them so the caller's stay intact.
  const cloned = structuredClone(operations);
  const effective = rules.enforceTest ? cloned : cloned.filter((op) => op.op !== 'test');
  const next = structuredClone(current);
  try {
    jsonpatch.applyPatch(next, effective, true, true);
  } catch (error) {
    throw patchFailure(error, cloned);
  }
  return next;
}

/** `PUT /projects/{id}` (setProject): replaces name, services and CORS wholesale. */
export function setProject(current: EmulatedProject, body: unknown, rules: WriteRules): WriteResult {
  if (!isObject(body) || !isObject(body.services) || typeof body.name !== 'string') {
    throw new OryHttpError(400, 'The request body must be a SetProject object with name and services.');
  }
  const next = structuredClone(current);
  next.name = body.name;
  const services = body.services;
  for (const service of ['identity', 'permission', 'oauth2'] as const) {
    const given = services[service];
    next.services[service] = { config: isObject(given) && isObject(given.config) ? structuredClone(given.config) : {} };
  }
  if (isObject(body.cors_admin)) next.cors_admin = structuredClone(body.cors_admin) as EmulatedProject['cors_admin'];
  if (isObject(body.cors_public)) next.cors_public = structuredClone(body.cors_public) as EmulatedProject['cors_public'];
  return store(current, next, rules);
}

/**
 * A console-like edit: `mutate` changes the identity config in place; it is normalized and
 * its bodies stored like any write, but not validated, so tests can set up any state
 * (a hook type the schema does not know, for example).
 */
export function editIdentityConfig(
  current: EmulatedProject,
  mutate: (config: Record<string, unknown>) => void,
  rules: WriteRules,
): WriteResult {
  const next = structuredClone(current);
  mutate(next.services.identity.config);
  return store(current, next, { ...rules, warnOnDrop: false }, false);
}

function store(current: EmulatedProject, next: EmulatedProject, rules: WriteRules, validate = true): WriteResult {
  if (!isObject(next.services?.identity?.config)) {
    throw new OryHttpError(400, 'Unable to validate config: services.identity.config must be an object');
  }
  const warnings: UpdateWarning[] = [];
  const config = next.services.identity.config;
  normalizeIdentityConfig(config, rules.validator, warnings);
  const errors = validate ? rules.validator.validate(flowsOf(config), flowsOf(current.services.identity.config)) : [];
  if (errors.length > 0) {
    throw new OryHttpError(
      400,
      `Unable to validate config: ${errors.join('; ')}`,
    );
  }
  storeBodies(config, rules.storeBodiesAs);
  const changed = !isDeepStrictEqual(next, current);
  if (changed) next.revision_id = randomUUID();
  return { project: next, warnings: rules.warnOnDrop ? warnings : [], changed };
}

function flowsOf(config: JsonObject): unknown {
  const selfservice = config.selfservice;
  return isObject(selfservice) && selfservice.flows !== undefined ? selfservice.flows : {};
}

/** Turns a fast-json-patch error into Ory's 400 without its message, which embeds the whole document. */
function patchFailure(error: unknown, operations: Operation[]): OryHttpError {
  if (!(error instanceof jsonpatch.JsonPatchError)) throw error;
  // its `index` is not reliable (it can report 0 for a later operation); its `operation` is the object itself
  const index = operations.indexOf(error.operation as Operation);
  const op = operations[index];
  const where = op ? ` (operation ${index}: ${op.op} ${op.path})` : '';
  if (error.name === 'TEST_OPERATION_FAILED') {
    return new OryHttpError(400, `Unable to apply JSON Patch: test operation failed${where}.`);
  }
  return new OryHttpError(400, `Unable to apply JSON Patch: ${error.name}${where}.`);
}

/**
 * What Ory Network does not store, removed in place, with a warning per dropped thing:
 * `after` keys that are not a method of the flow (the hook is lost), and webhook config keys
 * its normalized hook row has no column for.
 */
function normalizeIdentityConfig(config: JsonObject, validator: FlowsValidator, warnings: UpdateWarning[]): void {
  const flows = isObject(config.selfservice) ? config.selfservice.flows : undefined;
  if (!isObject(flows)) return;
  for (const [flow, flowConfig] of Object.entries(flows)) {
    if (!isObject(flowConfig)) continue;
    const after = flowConfig.after;
    if (isObject(after) && validator.flows.includes(flow)) {
      const allowed = new Set([...validator.afterMethods(flow), 'hooks', 'default_browser_return_url']);
      for (const key of Object.keys(after)) {
        if (allowed.has(key)) continue;
        delete after[key];
        warnings.push({
          code: DROPPED_WARNING_CODE,
          message: `selfservice.flows.${flow}.after.${key} was not stored: the ${flow} flow has no "${key}" method.`,
        });
      }
    }
    for (const [listPath, hooks] of hookLists(flowConfig, `selfservice.flows.${flow}`)) {
      hooks.forEach((hook, index) => {
        if (!isObject(hook) || hook.hook !== 'web_hook' || !isObject(hook.config)) return;
        for (const key of UNSTORED_WEBHOOK_KEYS) {
          if (!(key in hook.config)) continue;
          delete hook.config[key];
          warnings.push({ code: DROPPED_WARNING_CODE, message: `${listPath}.${index}.config.${key} was not stored.` });
        }
      });
    }
  }
}

/** Every `hooks` array of one flow (`before.hooks`, `after.hooks`, `after.<method>.hooks`), with a dotted path. */
function hookLists(flowConfig: JsonObject, prefix: string): Array<[string, unknown[]]> {
  const lists: Array<[string, unknown[]]> = [];
  for (const timing of ['before', 'after']) {
    const node = flowConfig[timing];
    if (!isObject(node)) continue;
    if (Array.isArray(node.hooks)) lists.push([`${prefix}.${timing}.hooks`, node.hooks]);
    for (const [method, methodConfig] of Object.entries(node)) {
      if (isObject(methodConfig) && Array.isArray(methodConfig.hooks)) {
        lists.push([`${prefix}.${timing}.${method}.hooks`, methodConfig.hooks]);
      }
    }
  }
  return lists;
}

function everyWebhookConfig(config: JsonObject): JsonObject[] {
  const flows = isObject(config.selfservice) ? config.selfservice.flows : undefined;
  if (!isObject(flows)) return [];
  return Object.entries(flows).flatMap(([flow, flowConfig]) =>
    isObject(flowConfig)
      ? hookLists(flowConfig, flow).flatMap(([, hooks]) =>
          hooks.flatMap((hook) => (isObject(hook) && hook.hook === 'web_hook' && isObject(hook.config) ? [hook.config] : [])),
        )
      : [],
  );
}

/** Replaces `base64://` bodies by storage URLs, as Ory may do (NOTES: unconfirmed for webhook bodies). */
function storeBodies(config: JsonObject, mode: BodyStorage): void {
  if (mode === 'base64') return;
  for (const webhook of everyWebhookConfig(config)) {
    const body = webhook.body;
    if (typeof body !== 'string' || !body.startsWith('base64://')) continue;
    webhook.body =
      mode === 'sha512-url'
        ? `${STORAGE_URL_PREFIX}${createHash('sha512').update(Buffer.from(body.slice('base64://'.length), 'base64')).digest('hex')}.jsonnet`
        : `${STORAGE_URL_PREFIX}${randomBytes(16).toString('hex')}`;
  }
}

/** A deep copy of the project as a read shows it, with webhook auth secrets shown per `mode`. */
export function projectAsRead(project: EmulatedProject, mode: SecretDisplay): EmulatedProject {
  const copy = structuredClone(project);
  if (mode === 'clear') return copy;
  for (const webhook of everyWebhookConfig(copy.services.identity.config)) {
    const auth = webhook.auth;
    if (!isObject(auth) || !isObject(auth.config)) continue;
    const secretKey = auth.type === 'api_key' ? 'value' : auth.type === 'basic_auth' ? 'password' : undefined;
    if (!secretKey || !(secretKey in auth.config)) continue;
    if (mode === 'omitted') delete auth.config[secretKey];
    else auth.config[secretKey] = mode === 'masked' ? MASKED_SECRET : '';
  }
  return copy;
}
