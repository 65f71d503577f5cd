/**
 * The patch builder: one project's planned work -> RFC 6902 operations for a single
 * `patchProjectWithRevision`. Element-level only: hooks are added and removed one by one,
 * fields replaced one by one; an existing hook array or method object is never replaced.
 * Only `add`, `remove` and `replace`: Ory's patch applier refuses `test`, `move` and `copy`
 * (docs/ory-facts.md). The revision in the PATCH path guards against concurrent writers, and
 * apply checks the project Ory returns. A key that may be missing is set with `add` (which also
 * replaces), never `replace`, so the patch means the same under strict RFC 6902 and Ory's rules.
 */
import type { JsonPatch } from '@ory/client';
import type { DesiredAction } from '../model/action.ts';
import { FLOWS_POINTER, hookListKey, hookListPointer, hookListSegments, type HookListRef } from '../model/hook-list.ts';
import type { LiveHookList, LiveWebhook } from '../model/live.ts';
import type { ProjectWork } from '../planner/plan.ts';
import type { WritableField } from '../planner/compare.ts';
import { bodyAsSent, encodeAuth, encodeWebhook } from '../ory-config/webhook-codec.ts';
import { isRecord, pointerOf, valueAt } from '../ory-config/pointer.ts';
import { append } from '../model/append.ts';

export type PatchOperation = JsonPatch;

const FLOWS_SEGMENTS = FLOWS_POINTER.split('/').slice(1);

function listOf(work: ProjectWork, list: HookListRef): LiveHookList {
  const key = hookListKey(list);
  const found = work.live.lists.find((l) => hookListKey(l.list) === key);
  if (!found) throw new Error(`internal: hook list ${key} was not read`);
  return found;
}

function setField(path: string, exists: boolean, value: unknown): PatchOperation {
  return exists ? { op: 'replace', path, value } : { op: 'add', path, value };
}

function updateOperations(base: string, action: DesiredAction, hook: LiveWebhook, writes: readonly WritableField[]): PatchOperation[] {
  const config = (hook.raw as { config: Record<string, unknown> }).config;
  const path = `${base}/${hook.index}/config`;
  const ops: PatchOperation[] = [];
  const has = (key: string) => Object.prototype.hasOwnProperty.call(config, key);
  for (const field of writes) {
    switch (field) {
      case 'body':
        if (action.body) ops.push(setField(`${path}/body`, has('body'), bodyAsSent(action.body)));
        else if (has('body')) ops.push({ op: 'remove', path: `${path}/body` });
        break;
      case 'can_interrupt':
        ops.push(setField(`${path}/can_interrupt`, has('can_interrupt'), action.canInterrupt));
        break;
      case 'response_ignore':
      case 'response_parse': {
        const key = field === 'response_ignore' ? 'ignore' : 'parse';
        const value = field === 'response_ignore' ? action.responseIgnore : action.responseParse;
        if (isRecord(config.response)) ops.push(setField(`${path}/response/${key}`, key in config.response, value));
        else if (!ops.some((op) => op.path === `${path}/response`)) {
          ops.push({ op: 'add', path: `${path}/response`, value: { ignore: action.responseIgnore, parse: action.responseParse } });
        }
        break;
      }
      case 'auth': {
        const current = isRecord(config.auth) ? config.auth : undefined;
        if (!action.auth) {
          if (current) ops.push({ op: 'remove', path: `${path}/auth` });
        } else if (!current) {
          ops.push({ op: 'add', path: `${path}/auth`, value: encodeAuth(action.auth) });
        } else {
          const encoded = encodeAuth(action.auth) as { type: string; config: Record<string, unknown> };
          if (current.type !== encoded.type) ops.push(setField(`${path}/auth/type`, 'type' in current, encoded.type));
          if (current.type !== encoded.type || !isRecord(current.config)) {
            ops.push(setField(`${path}/auth/config`, 'config' in current, encoded.config));
          } else {
            for (const [key, value] of Object.entries(encoded.config)) {
              ops.push(setField(`${path}/auth/config/${key}`, key in current.config, value));
            }
          }
        }
        break;
      }
    }
  }
  return ops;
}

/** `add` the first missing container on the way down to a hook list, holding the new hooks. */
function createMissingList(projectRaw: unknown, list: HookListRef, hooks: unknown[]): PatchOperation {
  const segments = [...FLOWS_SEGMENTS, ...hookListSegments(list)];
  let depth = 0;
  while (depth < segments.length - 1 && isRecord(valueAt(projectRaw, segments.slice(0, depth + 1)))) depth++;
  // segments[0..depth) exist as objects; build the rest as one nested value.
  let value: unknown = hooks;
  for (let i = segments.length - 1; i > depth; i--) value = { [segments[i]!]: value };
  return { op: 'add', path: pointerOf(segments.slice(0, depth + 1)), value };
}

function isSession(hook: unknown): boolean {
  return isRecord(hook) && hook.hook === 'session';
}

/**
 * Where each new webhook goes: after the manifest action before it in the same list, else before
 * the one after it, else before `session` (Kratos stops after `session` for API flows), else last.
 */
function insertOperations(base: string, live: LiveHookList, work: ProjectWork, removed: ReadonlySet<number>, creates: readonly DesiredAction[]): PatchOperation[] {
  const key = hookListKey(live.list);
  const nameAt = new Map<number, string>();
  for (const [name, hook] of work.matched) if (hookListKey(hook.list) === key) nameAt.set(hook.index, name);
  const entries: Array<{ raw: unknown; action?: string }> = [];
  live.hooks.forEach((raw, index) => {
    if (!removed.has(index)) entries.push({ raw, ...(nameAt.has(index) ? { action: nameAt.get(index)! } : {}) });
  });
  const order = work.actions.filter((a) => hookListKey(a.list) === key).map((a) => a.name);
  const ops: PatchOperation[] = [];
  for (const action of creates) {
    const position = order.indexOf(action.name);
    const at = (name: string | undefined) => entries.findIndex((e) => e.action === name);
    let index = -1;
    for (let i = position - 1; i >= 0 && index < 0; i--) if (at(order[i]) >= 0) index = at(order[i]) + 1;
    for (let i = position + 1; i < order.length && index < 0; i++) if (at(order[i]) >= 0) index = at(order[i]);
    const session = entries.findIndex((e) => isSession(e.raw));
    if (index < 0) index = session >= 0 ? session : entries.length;
    if (session >= 0 && index > session) index = session;
    const hook = encodeWebhook(action);
    ops.push({ op: 'add', path: `${base}/${index}`, value: hook });
    entries.splice(index, 0, { raw: hook, action: action.name });
  }
  return ops;
}

export function buildPatch(work: ProjectWork): PatchOperation[] {
  const keys: string[] = [];
  const lists = new Map<string, HookListRef>();
  const note = (list: HookListRef) => {
    const key = hookListKey(list);
    if (!lists.has(key)) {
      lists.set(key, list);
      keys.push(key);
    }
  };
  work.updates.forEach((u) => note(u.action.list));
  work.deletes.forEach((d) => note(d.list));
  work.creates.forEach((c) => note(c.list));

  const operations: PatchOperation[] = [];
  for (const key of keys) {
    const list = lists.get(key)!;
    const live = listOf(work, list);
    const creates = work.creates.filter((c) => hookListKey(c.list) === key);
    if (!live.exists) {
      operations.push(createMissingList(work.live.raw, list, creates.map(encodeWebhook)));
      continue;
    }
    const base = hookListPointer(list);
    const updates = work.updates.filter((u) => hookListKey(u.action.list) === key);
    const deletes = work.deletes.filter((d) => hookListKey(d.list) === key);
    for (const update of updates) append(operations, updateOperations(base, update.action, update.live, update.writes));
    const removed = new Set(deletes.map((d) => d.index));
    for (const index of [...removed].sort((a, b) => b - a)) operations.push({ op: 'remove', path: `${base}/${index}` });
    append(operations, insertOperations(base, live, work, removed, creates));
  }
  return operations;
}
