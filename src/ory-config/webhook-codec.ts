/**
 * Translation between Ory's stored hook objects and our models (NOTES: "The hook object").
 * Reading is tolerant (Ory may return bodies as storage URLs and secrets masked);
 * writing produces exactly the normalized row Ory Network stores.
 */
import { createHash } from 'node:crypto';
import type { DesiredAction } from '../model/action.ts';
import {
  FLOWS_POINTER,
  allHookLists,
  hookListSegments,
  type HookListRef,
} from '../model/hook-list.ts';
import type { LiveAuth, LiveBody, LiveHookList, LiveProject, LiveSecret, LiveWebhook } from '../model/live.ts';
import { isRecord, valueAt } from './pointer.ts';

/** How Ory (and the Terraform provider) carry a body inline: `base64://` + standard base64 of the Jsonnet. */
export const BASE64_BODY_PREFIX = 'base64://';

export function encodeBody(source: string): string {
  return BASE64_BODY_PREFIX + Buffer.from(source, 'utf8').toString('base64');
}

/** The body exactly as it is sent to Ory: as written when the manifest gave it as `base64://...`. */
export function bodyAsSent(body: { readonly source: string; readonly encoded?: string }): string {
  return body.encoded ?? encodeBody(body.source);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a `base64://` value's payload, or undefined when it is not standard base64 of UTF-8
 * text (Go's StdEncoding, which Kratos decodes with, skips line breaks and wants the padding).
 */
export function decodeBase64Text(encoded: string): string | undefined {
  const compact = encoded.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  try {
    return UTF8.decode(Buffer.from(compact, 'base64'));
  } catch {
    return undefined;
  }
}

export function sha512Hex(text: string): string {
  return createHash('sha512').update(text, 'utf8').digest('hex');
}

export function decodeBody(body: unknown): LiveBody {
  if (body === undefined || body === null || body === '') return { kind: 'none' };
  if (typeof body !== 'string') return { kind: 'opaque', value: JSON.stringify(body) };
  if (body.startsWith(BASE64_BODY_PREFIX)) {
    const source = decodeBase64Text(body.slice(BASE64_BODY_PREFIX.length));
    return source === undefined ? { kind: 'opaque', value: body } : { kind: 'inline', source };
  }
  if (/^https?:\/\//i.test(body)) {
    // Ory names stored files after the SHA-512 of their content; a body URL may or may not follow that.
    const fileName = body.split(/[?#]/)[0]!.split('/').pop() ?? '';
    const match = /^([0-9a-f]{128})(?:\.[A-Za-z0-9]+)?$/.exec(fileName);
    return match ? { kind: 'stored', url: body, sha512: match[1]! } : { kind: 'stored', url: body };
  }
  return { kind: 'opaque', value: body };
}

/** Ory may return secrets in clear, masked or empty (NOTES: unconfirmed); only a clear value compares. */
export function readSecret(value: unknown): LiveSecret {
  if (typeof value !== 'string' || value === '' || /^\*+$/.test(value) || value.includes('****')) return { known: false };
  return { known: true, value };
}

function decodeAuth(auth: unknown): LiveAuth | undefined {
  if (!isRecord(auth)) return undefined;
  const config = isRecord(auth.config) ? auth.config : {};
  if (auth.type === 'basic_auth') {
    return { type: 'basic_auth', user: String(config.user ?? ''), password: readSecret(config.password) };
  }
  return {
    type: 'api_key',
    name: String(config.name ?? ''),
    in: String(config.in ?? 'header'),
    value: readSecret(config.value),
  };
}

export function isWebhook(hook: unknown): hook is { hook: 'web_hook'; config: Record<string, unknown> } {
  return isRecord(hook) && hook.hook === 'web_hook' && isRecord(hook.config);
}

export function decodeWebhook(list: HookListRef, index: number, hook: { config: Record<string, unknown> }): LiveWebhook {
  const config = hook.config;
  const response = isRecord(config.response) ? config.response : {};
  const auth = decodeAuth(config.auth);
  return {
    list,
    index,
    url: String(config.url ?? ''),
    method: String(config.method ?? '').toUpperCase(),
    body: decodeBody(config.body),
    canInterrupt: config.can_interrupt === true,
    responseIgnore: response.ignore === true,
    responseParse: response.parse === true,
    ...(auth ? { auth } : {}),
    raw: hook,
  };
}

/** The identity config inside a `Project` as `getProject` answers it. */
export function identityConfigOf(project: unknown): Record<string, unknown> | undefined {
  const config = valueAt(project, ['services', 'identity', 'config']);
  return isRecord(config) ? config : undefined;
}

const FLOWS_SEGMENTS = FLOWS_POINTER.split('/').slice(1);

export function readHookList(project: unknown, list: HookListRef): LiveHookList {
  const hooks = valueAt(project, [...FLOWS_SEGMENTS, ...hookListSegments(list)]);
  if (!Array.isArray(hooks)) return { list, exists: false, hooks: [], webhooks: [] };
  const webhooks: LiveWebhook[] = [];
  hooks.forEach((hook, index) => {
    if (isWebhook(hook)) webhooks.push(decodeWebhook(list, index, hook));
  });
  return { list, exists: true, hooks, webhooks };
}

/** Reads every hook list a webhook may live in (one `getProject` answer, no further calls). */
export function readLiveProject(project: unknown): LiveProject {
  if (!isRecord(project)) throw new Error('Ory answered a project that is not an object');
  return {
    id: String(project.id ?? ''),
    ...(typeof project.name === 'string' ? { name: project.name } : {}),
    revisionId: String(project.revision_id ?? ''),
    lists: allHookLists().map((list) => readHookList(project, list)),
    raw: project,
  };
}

/** The webhook object we write for an action: the normalized row Ory Network stores, nothing more. */
export function encodeWebhook(action: DesiredAction): Record<string, unknown> {
  const config: Record<string, unknown> = { url: action.url, method: action.method };
  if (action.body) config.body = bodyAsSent(action.body);
  config.can_interrupt = action.canInterrupt;
  config.response = { ignore: action.responseIgnore, parse: action.responseParse };
  if (action.auth) config.auth = encodeAuth(action.auth);
  return { hook: 'web_hook', config };
}

export function encodeAuth(auth: NonNullable<DesiredAction['auth']>): Record<string, unknown> {
  return auth.type === 'api_key'
    ? { type: 'api_key', config: { name: auth.name, value: auth.value, in: auth.in } }
    : { type: 'basic_auth', config: { user: auth.user, password: auth.password } };
}
