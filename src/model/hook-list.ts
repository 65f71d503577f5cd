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

/**
 * The method table (docs/ory-facts.md, "Where webhooks live"): the one source of which methods
 * each flow has. Login, registration and settings keep one `after` list per method; recovery
 * and verification have these methods but one flat `after` list.
 */
export const AFTER_METHODS: Readonly<Record<Flow, readonly string[]>> = {
  login: ['password', 'oidc', 'code', 'webauthn', 'passkey', 'totp', 'lookup_secret', 'saml'],
  registration: ['password', 'oidc', 'code', 'webauthn', 'passkey', 'saml'],
  settings: ['password', 'oidc', 'profile', 'webauthn', 'passkey', 'totp', 'lookup_secret', 'saml'],
  recovery: ['code', 'link'],
  verification: ['code', 'link'],
};

/** Flows whose `after` hooks sit in one list, whatever `auth_method` says. */
export const FLAT_AFTER_FLOWS: ReadonlySet<Flow> = new Set<Flow>(['recovery', 'verification']);

/**
 * `auth_method: global`: the flow-level `after/hooks` list of login, registration and settings,
 * which Kratos runs for every method whose own list is empty or missing.
 */
export const GLOBAL_AUTH_METHOD = 'global';

/** What `auth_method` accepts for a flow's `after` hooks. */
export function authMethodsOf(flow: Flow): readonly string[] {
  return FLAT_AFTER_FLOWS.has(flow) ? AFTER_METHODS[flow] : [...AFTER_METHODS[flow], GLOBAL_AUTH_METHOD];
}

/** One hook list. `method` is set only for the per-method `after` lists of login, registration and settings. */
export interface HookListRef {
  readonly flow: Flow;
  readonly timing: Timing;
  readonly method?: string;
}

export const IDENTITY_CONFIG_POINTER = '/services/identity/config';
export const FLOWS_POINTER = `${IDENTITY_CONFIG_POINTER}/selfservice/flows`;

/** The list an action's hook belongs to. */
export function hookListFor(flow: Flow, timing: Timing, authMethod: string | undefined): HookListRef {
  if (timing === 'before' || FLAT_AFTER_FLOWS.has(flow) || authMethod === GLOBAL_AUTH_METHOD) return { flow, timing };
  if (!authMethod) throw new Error(`auth_method is required for ${flow} after hooks`);
  return { flow, timing, method: authMethod };
}

/** The flow-level `after/hooks` list of a flow that also has per-method lists. */
export function isFlowLevelList(list: HookListRef): boolean {
  return list.timing === 'after' && list.method === undefined && !FLAT_AFTER_FLOWS.has(list.flow);
}

/** The flow-level list of a flow with per-method lists, or undefined (recovery, verification). */
export function flowLevelListOf(flow: Flow): HookListRef | undefined {
  return FLAT_AFTER_FLOWS.has(flow) ? undefined : { flow, timing: 'after' };
}

/** Stable key used in plans and maps, e.g. `registration.after.password`, `login.before`, `login.after` (flow-level). */
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

/** Every hook list a webhook may live in, in a fixed order (a flow's flow-level `after` list before its method lists). */
export function allHookLists(): HookListRef[] {
  const lists: HookListRef[] = [];
  for (const flow of FLOWS) {
    lists.push({ flow, timing: 'before' });
    lists.push({ flow, timing: 'after' });
    if (!FLAT_AFTER_FLOWS.has(flow)) for (const method of AFTER_METHODS[flow]) lists.push({ flow, timing: 'after', method });
  }
  return lists;
}
