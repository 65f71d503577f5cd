/**
 * JSON Patch the way Ory applies it (ory/x `jsonx.ApplyJSONPatch` over evanphx/json-patch v5,
 * docs/ory-facts.md "JSON Patch as Ory applies it"), written from that behaviour:
 * - only `add`, `remove` and `replace`; any other operation refuses the whole patch before
 *   anything is applied (`unsupported operation: test`);
 * - a `replace` whose path does not end in an array index (or `-`) is applied as an `add`, so it
 *   creates a missing key;
 * - `add` creates missing parents (EnsurePathExistsOnAdd): an array when the next segment is an
 *   index or `-` (padded with nulls), an object otherwise;
 * - negative array indexes count from the end (`-1` is the last element; for `add`, the end).
 * Errors name the operation's path, never a value (values may be secrets).
 */

type Json = unknown;
type JsonObject = Record<string, Json>;

export class OryPatchError extends Error {}

const SUPPORTED = new Set(['add', 'remove', 'replace']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `isElementAccess` of ory/x: the last segment is `-` or an integer. */
function isElementPath(path: string): boolean {
  if (path === '') return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '-' || /^[+-]?\d+$/.test(last);
}

function arrayIndex(key: string): number | undefined {
  return /^[+-]?\d+$/.test(key) ? Number(key) : undefined;
}

interface Operation {
  kind: string;
  path: string;
  value?: Json;
  hasValue: boolean;
}

function decodeOperations(patch: unknown): Operation[] {
  if (!Array.isArray(patch)) throw new OryPatchError('json: cannot unmarshal the patch: it is not an array of operations');
  const operations: Operation[] = [];
  for (const raw of patch) {
    if (!isObject(raw)) throw new OryPatchError('json: cannot unmarshal an operation that is not an object');
    const kind = typeof raw.op === 'string' ? raw.op : 'unknown';
    if (!SUPPORTED.has(kind)) throw new OryPatchError(`unsupported operation: ${kind}`);
    if (typeof raw.path !== 'string') throw new OryPatchError('error parsing patch operations: operation missing path field: missing value');
    const hasValue = Object.prototype.hasOwnProperty.call(raw, 'value');
    operations.push({ kind: kind === 'replace' && !isElementPath(raw.path) ? 'add' : kind, path: raw.path, value: raw.value, hasValue });
  }
  return operations;
}

function childOf(container: Json, key: string): Json | undefined {
  if (Array.isArray(container)) {
    const index = arrayIndex(key);
    if (index === undefined) return undefined;
    const at = index < 0 ? index + container.length : index;
    return at >= 0 && at < container.length ? container[at] : undefined;
  }
  if (isObject(container)) return Object.prototype.hasOwnProperty.call(container, key) ? container[key] : undefined;
  return undefined;
}

/** The container holding the path's last segment, or undefined when a step is missing. */
function parentOf(doc: Json, segments: readonly string[]): Json | undefined {
  let node: Json = doc;
  for (const segment of segments.slice(0, -1)) {
    const next = childOf(node, segment);
    if (next === undefined || (typeof next !== 'object' || next === null)) return undefined;
    node = next;
  }
  return node;
}

/** Creates the missing containers on the way to the last segment, as `add` does in Ory. */
function ensureParents(doc: Json, segments: readonly string[], path: string): void {
  let node: Json = doc;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    const existing = childOf(node, segment);
    if (existing !== undefined && existing !== null) {
      if (typeof existing !== 'object') throw new OryPatchError(`add operation does not apply: doc is missing path: "${path}": missing value`);
      node = existing;
      continue;
    }
    if (!isObject(node) && !Array.isArray(node)) throw new OryPatchError(`add operation does not apply: doc is missing path: "${path}": missing value`);
    const index = Array.isArray(node) ? arrayIndex(segment) : undefined;
    if (Array.isArray(node) && segment !== '-') {
      if (index === undefined || index < 0) throw new OryPatchError(`add operation does not apply: doc is missing path: "${path}": missing value`);
      while (node.length < index) node.push(null);
    }
    const next = segments[i + 1]!;
    const nextIndex = arrayIndex(next);
    let created: Json;
    if (next === '-' || nextIndex !== undefined) {
      if (nextIndex !== undefined && nextIndex < -1) {
        throw new OryPatchError(`Unable to ensure path for negative index other than -1: ${nextIndex}: invalid index referenced`);
      }
      created = Array.from({ length: Math.max(0, nextIndex ?? 0) }, () => null);
    } else {
      created = {};
    }
    if (!Array.isArray(node)) node[segment] = created;
    else if (segment === '-') node.push(created);
    else node[index!] = created;
    node = created;
  }
}

function add(doc: Json, op: Operation): Json {
  if (op.path === '') return structuredClone(op.value);
  const segments = op.path.split('/').slice(1).map(decodeSegment);
  ensureParents(doc, segments, op.path);
  const parent = parentOf(doc, segments);
  const key = segments[segments.length - 1]!;
  if (parent === undefined) throw new OryPatchError(`add operation does not apply: doc is missing path: "${op.path}": missing value`);
  const value = structuredClone(op.value);
  if (Array.isArray(parent)) {
    if (key === '-') {
      parent.push(value);
      return doc;
    }
    const index = arrayIndex(key);
    if (index === undefined) throw new OryPatchError(`error in add for path: '${op.path}': value was not a proper array index: '${key}'`);
    const size = parent.length + 1;
    if (index >= size || index < -size) throw new OryPatchError(`error in add for path: '${op.path}': Unable to access invalid index: ${index}: invalid index referenced`);
    parent.splice(index < 0 ? index + size : index, 0, value);
    return doc;
  }
  (parent as JsonObject)[key] = value;
  return doc;
}

function remove(doc: Json, op: Operation): Json {
  const segments = op.path.split('/').slice(1).map(decodeSegment);
  const parent = op.path === '' ? undefined : parentOf(doc, segments);
  if (parent === undefined) throw new OryPatchError(`remove operation does not apply: doc is missing path: "${op.path}": missing value`);
  const key = segments[segments.length - 1]!;
  if (Array.isArray(parent)) {
    const index = arrayIndex(key);
    const at = index === undefined ? undefined : index < 0 ? index + parent.length : index;
    if (at === undefined || at < 0 || at >= parent.length) {
      throw new OryPatchError(`error in remove for path: '${op.path}': Unable to access invalid index: ${key}: invalid index referenced`);
    }
    parent.splice(at, 1);
    return doc;
  }
  if (!Object.prototype.hasOwnProperty.call(parent, key)) {
    throw new OryPatchError(`error in remove for path: '${op.path}': unable to remove nonexistent key: ${key}: missing value`);
  }
  delete (parent as JsonObject)[key];
  return doc;
}

/** Only element paths reach here (others became `add`). */
function replace(doc: Json, op: Operation): Json {
  const segments = op.path.split('/').slice(1).map(decodeSegment);
  const parent = parentOf(doc, segments);
  if (parent === undefined) throw new OryPatchError(`replace operation does not apply: doc is missing path: ${op.path}: missing value`);
  const key = segments[segments.length - 1]!;
  if (childOf(parent, key) === undefined) throw new OryPatchError(`replace operation does not apply: doc is missing key: ${op.path}: missing value`);
  const value = structuredClone(op.value);
  if (Array.isArray(parent)) {
    const index = arrayIndex(key)!;
    parent[index < 0 ? index + parent.length : index] = value;
  } else {
    (parent as JsonObject)[key] = value;
  }
  return doc;
}

/**
 * Applies `patch` to a copy of `document` with Ory's rules and returns the copy; throws an
 * OryPatchError (the text Ory puts after "Unable to apply JSON Patch: ") when it cannot.
 */
export function applyOryJsonPatch<T>(document: T, patch: unknown): T {
  const operations = decodeOperations(patch);
  let doc: Json = structuredClone(document);
  for (const op of operations) {
    if ((op.kind === 'add' || op.kind === 'replace') && !op.hasValue) throw new OryPatchError(`invalid operation: failed to decode 'value': missing value`);
    if (op.kind === 'add') doc = add(doc, op);
    else if (op.kind === 'remove') doc = remove(doc, op);
    else doc = replace(doc, op);
  }
  return doc as T;
}
