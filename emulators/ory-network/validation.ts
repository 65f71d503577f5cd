/**
 * Validation of `selfservice.flows` against the open-source Kratos config schema (with Ory
 * Network's `saml` method added), the way Ory Network refuses an invalid config: 400
 * "Unable to validate config: ...".
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { append } from '../../src/model/append.ts';

const addFormats = addFormatsModule.default;

const FLOWS_SCHEMA_POINTER = '#/properties/selfservice/properties/flows';
/** Keys of an `after` object that are not hook-carrying methods. */
const NON_METHOD_AFTER_KEYS = new Set(['hooks', 'default_browser_return_url']);

type JsonObject = Record<string, unknown>;

export interface FlowsValidator {
  /** Errors introduced by `next` (problems already present in `previous` are tolerated), empty when valid. */
  validate(next: unknown, previous: unknown): string[];
  /** The `after` method keys the schema allows for a flow (empty for recovery and verification). */
  afterMethods(flow: string): readonly string[];
  /** The flows the schema knows. */
  readonly flows: readonly string[];
}

const validatorCache = new Map<string, FlowsValidator>();

/** Compiling the 140 kB schema takes a while; every emulator sharing a schema file shares the validator. */
export function flowsValidator(schemaPath: string): FlowsValidator {
  let validator = validatorCache.get(schemaPath);
  if (!validator) {
    validator = buildValidator(JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonObject);
    validatorCache.set(schemaPath, validator);
  }
  return validator;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `saml` is a method of login, registration and settings on Ory Network, not in the open-source
 * schema (docs/ory-facts.md): it is added beside `oidc`, with the same shape, in the loaded copy.
 */
function addSamlMethod(flowsNode: JsonObject, resolve: (node: unknown) => JsonObject): void {
  const flowProperties = resolve(flowsNode).properties;
  if (!isObject(flowProperties)) return;
  for (const flowSchema of Object.values(flowProperties)) {
    const properties = resolve(flowSchema).properties;
    const after = isObject(properties) ? resolve(properties.after) : {};
    if (isObject(after.properties) && after.properties.oidc !== undefined && after.properties.saml === undefined) {
      after.properties.saml = after.properties.oidc;
    }
  }
}

function buildValidator(schema: JsonObject): FlowsValidator {
  const schemaId = typeof schema.$id === 'string' ? schema.$id : 'kratos-config.schema.json';
  const definitions = isObject(schema.definitions) ? schema.definitions : {};
  const flowsNode = pointerGet(schema, FLOWS_SCHEMA_POINTER.slice(1));
  if (!isObject(flowsNode)) throw new Error(`the Kratos schema has no ${FLOWS_SCHEMA_POINTER}`);
  const resolveRef = (node: unknown): JsonObject => {
    if (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/definitions/')) {
      return resolveRef(definitions[node.$ref.slice('#/definitions/'.length)]);
    }
    return isObject(node) ? node : {};
  };
  addSamlMethod(flowsNode, resolveRef);
  // Only the flows part is compiled: the rest refers to external `ory://` schemas we do not have.
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  const validateFlows = ajv.compile({ $id: schemaId, definitions, ...flowsNode });
  const resolve = resolveRef;
  const flowsSchema = resolve(flowsNode);
  const flowProperties = isObject(flowsSchema.properties) ? flowsSchema.properties : {};
  const methodsByFlow = new Map<string, string[]>();
  for (const [flow, flowSchema] of Object.entries(flowProperties)) {
    const properties = resolve(flowSchema).properties;
    const after = isObject(properties) ? resolve(properties.after) : {};
    const afterKeys = isObject(after.properties) ? Object.keys(after.properties) : [];
    if (afterKeys.length > 0) methodsByFlow.set(flow, afterKeys.filter((key) => !NON_METHOD_AFTER_KEYS.has(key)));
  }

  const definitionByHookType = hookTypeDefinitions(definitions);
  const hookValidators = new Map<string, ValidateFunction>();
  const checkHook: HookChecker = (type, hook) => {
    const definition = definitionByHookType.get(type);
    if (!definition) return undefined;
    let validateHook = hookValidators.get(definition);
    if (!validateHook) {
      validateHook = ajv.compile({ definitions, $ref: `#/definitions/${definition}` });
      hookValidators.set(definition, validateHook);
    }
    if (validateHook(hook)) return [];
    // paths inside the definition itself come out relative to it; say which definition
    return (validateHook.errors ?? []).map((e) =>
      e.schemaPath.startsWith('#/definitions/') ? e : { ...e, schemaPath: `#/definitions/${definition}${e.schemaPath.slice(1)}` },
    );
  };
  return {
    flows: [...methodsByFlow.keys()],
    afterMethods: (flow) => methodsByFlow.get(flow) ?? [],
    validate: (next, previous) => newErrors(validateFlows, checkHook, next, previous),
  };
}

function pointerGet(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointer.split('/').filter(Boolean)) {
    node = isObject(node) ? node[segment] : undefined;
  }
  return node;
}

/** `session` -> `selfServiceSessionIssuerHook`, `web_hook` -> `selfServiceWebHook`, ... */
function hookTypeDefinitions(definitions: JsonObject): Map<string, string> {
  const byType = new Map<string, string>();
  for (const [name, definition] of Object.entries(definitions)) {
    const hook = isObject(definition) && isObject(definition.properties) ? definition.properties.hook : undefined;
    if (!isObject(hook)) continue;
    const types = typeof hook.const === 'string' ? [hook.const] : Array.isArray(hook.enum) ? hook.enum : [];
    for (const type of types) if (typeof type === 'string') byType.set(type, name);
  }
  return byType;
}

const HOOK_ITEM = /^(.*\/hooks)\/(\d+)(?:\/.*)?$/;

function hookItemAt(flows: unknown, listPointer: string, index: number): unknown {
  const list = pointerGet(flows, listPointer);
  return Array.isArray(list) ? list[index] : undefined;
}

/** The errors of a hook validated against its type's definition; undefined for an unknown type. */
type HookChecker = (type: string, hook: unknown) => ErrorObject[] | undefined;

function newErrors(
  validate: ValidateFunction,
  checkHook: HookChecker,
  next: unknown,
  previous: unknown,
): string[] {
  if (validate(next)) return [];
  const errors = [...(validate.errors ?? [])];
  const previousErrorKeys = new Set(
    validate(previous) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.schemaPath}`),
  );

  // Errors inside one hook item are reported together, as the item's own problem.
  const byItem = new Set<string>();
  const messages: string[] = [];
  for (const error of errors) {
    const item = HOOK_ITEM.exec(error.instancePath);
    if (item) {
      byItem.add(`${item[1]}/${item[2]}`);
    } else if (!previousErrorKeys.has(`${error.instancePath} ${error.schemaPath}`)) {
      messages.push(describe(error));
    }
  }

  for (const itemPointer of byItem.keys()) {
    const [, listPointer = '', index = '0'] = HOOK_ITEM.exec(itemPointer) ?? [];
    const hook = hookItemAt(next, listPointer, Number(index));
    // A hook stored before this write is tolerated: Ory knows hook types this schema may not.
    const previousList = pointerGet(previous, listPointer);
    if (Array.isArray(previousList) && previousList.some((old) => isDeepStrictEqual(old, hook))) continue;
    append(messages, describeHookErrors(itemPointer, hook, checkHook));
  }
  return [...new Set(messages)];
}

function describe(error: ErrorObject): string {
  const params = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
  return `I[#/selfservice/flows${error.instancePath}] S[${error.schemaPath}] ${error.message ?? error.keyword}${params}`;
}

/**
 * Why one hook item failed: the errors of the definition for its own `hook` type (validated
 * on its own), not the noise of every `anyOf` branch of the list; or that the type does not
 * belong in this list.
 */
function describeHookErrors(itemPointer: string, hook: unknown, checkHook: HookChecker): string[] {
  const type = isObject(hook) ? hook.hook : undefined;
  const where = `I[#/selfservice/flows${itemPointer}]`;
  if (typeof type !== 'string') return [`${where} must have a string property "hook"`];
  const errors = checkHook(type, hook);
  if (errors === undefined) return [`${where} unknown hook type "${type}"`];
  if (errors.length === 0) return [`${where} hook "${type}" is not allowed in this hook list`];
  const auth = isObject(hook) && isObject(hook.config) && isObject(hook.config.auth) ? hook.config.auth.type : undefined;
  const otherAuth = auth === 'api_key' ? 'webHookAuthBasicAuthProperties' : auth === 'basic_auth' ? 'webHookAuthApiKeyProperties' : undefined;
  const relevant = errors.filter((e) => !(otherAuth && e.schemaPath.includes(otherAuth)));
  const specific = relevant.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  return (specific.length > 0 ? specific : relevant).map((e) => describe({ ...e, instancePath: `${itemPointer}${e.instancePath}` }));
}
