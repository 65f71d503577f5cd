/**
 * Where a webhook lives in an Ory project's identity config, per `docs/ory-facts.md`:
 * `/services/identity/config/selfservice/flows/{flow}/{timing}[/{method}]/hooks`.
 */

export const FLOWS = ['login', 'registration', 'recovery', 'settings', 'verification'] as const;
export type Flow = (typeof FLOWS)[number];

export const TIMINGS = ['before', 'after'] as const;
export type Timing = (typeof TIMINGS)[number];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The `after` method keys each flow stores hooks under. Recovery and verification have one flat list. */
export const AFTER_METHODS: Readonly<Record<Flow, readonly string[]>> = {
  login: ['password', 'oidc', 'code', 'webauthn', 'passkey', 'totp', 'lookup_secret'],
  registration: ['password', 'oidc', 'code', 'webauthn', 'passkey'],
  settings: ['password', 'oidc', 'profile', 'webauthn', 'passkey', 'totp', 'lookup_secret'],
  recovery: ['code', 'link'],
  verification: ['code', 'link'],
};

/** Flows whose `after` hooks sit in one list, whatever `auth_method` says. */
export const FLAT_AFTER_FLOWS: ReadonlySet<Flow> = new Set<Flow>(['recovery', 'verification']);

/** One hook list. `method` is set only for `after` lists of login, registration and settings. */
export interface HookListRef {
  readonly flow: Flow;
  readonly timing: Timing;
  readonly method?: string;
}

export const IDENTITY_CONFIG_POINTER = '/services/identity/config';
export const FLOWS_POINTER = `${IDENTITY_CONFIG_POINTER}/selfservice/flows`;

/** The list an action's hook belongs to. */
export function hookListFor(flow: Flow, timing: Timing, authMethod: string | undefined): HookListRef {
  if (timing === 'before' || FLAT_AFTER_FLOWS.has(flow)) return { flow, timing };
  if (!authMethod) throw new Error(`auth_method is required for ${flow} after hooks`);
  return { flow, timing, method: authMethod };
}

/** Stable key used in plans and maps, e.g. `registration.after.password` or `login.before`. */
export function hookListKey(list: HookListRef): string {
  return list.method ? `${list.flow}.${list.timing}.${list.method}` : `${list.flow}.${list.timing}`;
}

/** Path segments from the flows object down to the `hooks` array. */
export function hookListSegments(list: HookListRef): string[] {
  return list.method ? [list.flow, list.timing, list.method, 'hooks'] : [list.flow, list.timing, 'hooks'];
}

/** JSON Pointer of the hooks array inside a project (`Project` as `getProject` answers). */
export function hookListPointer(list: HookListRef): string {
  return `${FLOWS_POINTER}/${hookListSegments(list).join('/')}`;
}

/** Every hook list a webhook may be written to, in a fixed order. */
export function allHookLists(): HookListRef[] {
  const lists: HookListRef[] = [];
  for (const flow of FLOWS) {
    lists.push({ flow, timing: 'before' });
    if (FLAT_AFTER_FLOWS.has(flow)) lists.push({ flow, timing: 'after' });
    else for (const method of AFTER_METHODS[flow]) lists.push({ flow, timing: 'after', method });
  }
  return lists;
}
