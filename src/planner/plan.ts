/**
 * The planner: desired actions + live hooks (+ the previous manifest) -> a plan of creates,
 * updates and deletes per project. Pure: it takes data and returns data.
 */
import { webhookIdentity, type DesiredAction, type Manifest } from '../model/action.ts';
import { hookListKey } from '../model/hook-list.ts';
import type { LiveProject, LiveWebhook } from '../model/live.ts';
import type {
  BodyPreview,
  PlanValue,
  Plan,
  PlanWarning,
  PlannedCreate,
  PlannedDelete,
  PlannedUpdate,
  ProjectPlan,
  UnmanagedHook,
  WebhookFields,
} from '../model/plan.ts';
import { compareWebhook, desiredValue, liveUrlValue, plain, bodySummary, SENSITIVE, type WritableField } from './compare.ts';
import { changeDigests, fingerprintOf, type FingerprintEntry } from './fingerprint.ts';
import type { SecretDigest } from './secrets.ts';

/** What the patch builder needs for one project: live references, not just display values. */
export interface ProjectWork {
  readonly projectId: string;
  /** the id as plans, logs and keys show it: the `${{ env.* }}` reference when a reference gave it */
  readonly shownId: string;
  readonly live: LiveProject;
  /** every head action of this project, in manifest order (insert positions follow it) */
  readonly actions: readonly DesiredAction[];
  readonly creates: readonly DesiredAction[];
  readonly updates: ReadonlyArray<{ readonly action: DesiredAction; readonly live: LiveWebhook; readonly writes: readonly WritableField[] }>;
  readonly deletes: readonly LiveWebhook[];
  /** head action name -> the live webhook it matched (changed or not) */
  readonly matched: ReadonlyMap<string, LiveWebhook>;
}

export interface PlanInput {
  readonly manifest: Manifest;
  /** actions of the manifest at the previous commit: they own their hooks too (SPEC section 2) */
  readonly previousActions?: readonly DesiredAction[];
  /** one per project the manifest names */
  readonly live: readonly LiveProject[];
  readonly digest: SecretDigest;
  readonly previews?: ReadonlyMap<string, BodyPreview>;
  /** more values to mask in live data (the step's environment), besides the manifest's secrets */
  readonly maskValues?: readonly string[];
  /** warnings found outside the planner (body evaluation), attached to their action's project */
  readonly actionWarnings?: readonly PlanWarning[];
}

export interface PlanResult {
  readonly plan: Plan;
  readonly work: readonly ProjectWork[];
}

/** Project ids in the order the manifest first names them. */
export function projectIdsOf(actions: readonly DesiredAction[]): string[] {
  return [...new Set(actions.map((a) => a.projectId))];
}

function identityOf(projectId: string, hook: { list: LiveWebhook['list']; url: string; method: string }): string {
  return webhookIdentity(projectId, hook.list, hook.url, hook.method);
}

export function plan(input: PlanInput): PlanResult {
  const { manifest, digest } = input;
  const secrets = [...manifest.secrets, ...(input.maskValues ?? [])];
  const projectPlans: ProjectPlan[] = [];
  const work: ProjectWork[] = [];
  const entries: FingerprintEntry[] = [];
  const secretOf = (value: { display: string; sensitive: boolean }, raw: string) => (value.sensitive ? digest(raw) : raw);

  for (const live of input.live) {
    const projectId = live.id;
    const actions = manifest.actions.filter((a) => a.projectId === projectId);
    const previous = (input.previousActions ?? []).filter((a) => a.projectId === projectId);
    // names are unique within a manifest: index both sides instead of scanning per action
    const previousByName = new Map(previous.map((p) => [p.name, p]));
    // fields the previous manifest built from references, per hook identity (previousSensitivity)
    const previouslySensitive = previousSensitivity(projectId, previous);
    const shownId = shownProjectId(projectId, [...actions, ...previous], manifest);
    // The order of the writes is part of what is approved: each create names the action it follows in its list.
    const follows = new Map<string, string | null>();
    const lastInList = new Map<string, string>();
    for (const action of actions) {
      const key = hookListKey(action.list);
      follows.set(action.name, lastInList.get(key) ?? null);
      lastInList.set(key, action.name);
    }
    const headByName = new Map(actions.map((a) => [a.name, a]));
    const liveByIdentity = new Map<string, LiveWebhook[]>();
    for (const list of live.lists) {
      for (const hook of list.webhooks) {
        const key = identityOf(projectId, hook);
        liveByIdentity.set(key, [...(liveByIdentity.get(key) ?? []), hook]);
      }
    }

    const owned = new Set<LiveWebhook>();
    const creates: PlannedCreate[] = [];
    const updates: PlannedUpdate[] = [];
    const deletes: PlannedDelete[] = [];
    const unchanged: string[] = [];
    const warnings: PlanWarning[] = [];
    const workCreates: DesiredAction[] = [];
    const workUpdates: Array<ProjectWork['updates'][number]> = [];
    const workDeletes: LiveWebhook[] = [];
    const headIdentities = new Set<string>();
    const matched = new Map<string, LiveWebhook>();

    const planDelete = (hook: LiveWebhook, reason: PlannedDelete['reason'], owner?: DesiredAction) => {
      owned.add(hook);
      workDeletes.push(hook);
      const url = owner && owner.url === hook.url ? desiredValue(owner, 'url', hook.url) : liveUrlValue(hook.url, secrets);
      const listKey = hookListKey(hook.list);
      // only the head manifest's lines can be linked: a removed action has none
      const location = owner ? headByName.get(owner.name)?.location : undefined;
      const item: PlannedDelete = {
        ...(owner ? { action: owner.name } : {}),
        ...(location ? { location } : {}),
        list: hook.list,
        listKey,
        url,
        method: hook.method,
        reason,
        fields: liveFields(hook, url),
      };
      deletes.push(item);
      const label = owner ? `"${owner.name}"` : `${hook.method} ${url.display}`;
      const ordinal = deletes.filter((d) => d.listKey === listKey && d.method === hook.method && d.url.display === url.display).length;
      entries.push({
        key: `${shownId} delete ${owner?.name ?? `${listKey} ${hook.method} ${url.sensitive ? digest(hook.url) : hook.url}`}${ordinal > 1 ? ` #${ordinal}` : ''}`,
        content: { list: listKey, method: hook.method, url: secretOf(url, hook.url), reason },
      });
      warnings.push({ kind: 'delete', ...(owner ? { action: owner.name } : {}), ...(location ? { location } : {}), message: deleteMessage(label, listKey, reason) });
    };

    for (const action of actions) {
      const identity = identityOf(projectId, action);
      headIdentities.add(identity);
      const matches = liveByIdentity.get(identity) ?? [];
      const listKey = hookListKey(action.list);
      const url = desiredValue(action, 'url', action.url);
      // A body holding a secret is never previewed: its rendered JSON could carry the secret.
      const preview = action.display.body === undefined ? input.previews?.get(action.name) : undefined;
      if (matches.length === 0) {
        const fields = desiredFields(action);
        creates.push({
          action: action.name,
          location: action.location,
          list: action.list,
          listKey,
          url,
          method: action.method,
          fields,
          ...(action.body && action.display.body === undefined ? { body: action.body.source } : {}),
          ...(action.body?.file !== undefined ? { bodyFile: action.body.location.file } : {}),
          ...(preview ? { preview } : {}),
        });
        workCreates.push(action);
        warnings.push(...riskWarnings(action));
        entries.push({ key: `${shownId} create ${action.name}`, content: createContent(action, digest, follows.get(action.name) ?? null) });
        continue;
      }
      const [first, ...duplicates] = matches;
      owned.add(first!);
      matched.set(action.name, first!);
      const prior = previousByName.get(action.name);
      const before = prior && identityOf(projectId, prior) === identity ? prior : undefined;
      const comparison = compareWebhook(action, first!, secrets, before, previouslySensitive.get(identity));
      warnings.push(...comparison.warnings);
      if (comparison.writes.length > 0) {
        updates.push({
          action: action.name,
          location: action.location,
          list: action.list,
          listKey,
          url,
          method: action.method,
          changes: comparison.changes,
          ...(comparison.bodyBefore !== undefined ? { bodyBefore: comparison.bodyBefore } : {}),
          ...(comparison.writes.includes('body') && action.body && action.display.body === undefined ? { bodyAfter: action.body.source } : {}),
          ...(comparison.writes.includes('body') && action.body?.file !== undefined ? { bodyFile: action.body.location.file } : {}),
          ...(preview ? { preview } : {}),
        });
        workUpdates.push({ action, live: first!, writes: comparison.writes });
        warnings.push(...riskWarnings(action));
        entries.push({ key: `${shownId} update ${action.name}`, content: updateContent(action, comparison.writes, digest) });
      } else {
        unchanged.push(action.name);
      }
      for (const duplicate of duplicates) {
        warnings.push({
          kind: 'duplicate-live-hook',
          action: action.name,
          location: action.location,
          message: `Ory holds ${matches.length} copies of "${action.name}" in ${listKey}; the extra ones are deleted.`,
        });
        planDelete(duplicate, 'duplicate', action);
      }
    }

    for (const prior of previous) {
      const identity = identityOf(projectId, prior);
      if (headIdentities.has(identity)) continue;
      const reason = headByName.has(prior.name) ? 'identity-changed' : 'removed-from-manifest';
      for (const hook of liveByIdentity.get(identity) ?? []) if (!owned.has(hook)) planDelete(hook, reason, prior);
    }

    if (manifest.prune) {
      for (const list of live.lists) for (const hook of list.webhooks) if (!owned.has(hook)) planDelete(hook, 'prune');
    }

    const unmanaged: UnmanagedHook[] = [];
    for (const list of live.lists) {
      for (const hook of list.webhooks) {
        if (owned.has(hook)) continue;
        unmanaged.push({ list: hook.list, listKey: hookListKey(hook.list), url: liveUrlValue(hook.url, secrets), method: hook.method });
      }
    }

    for (const warning of input.actionWarnings ?? []) {
      if (warning.action && actions.some((a) => a.name === warning.action)) warnings.push(warning);
    }

    // A project shown by its reference is still bound to its real id: its changes name it, salted.
    if (shownId !== projectId && creates.length + updates.length + deletes.length > 0) {
      entries.push({ key: `${shownId} project`, content: digest(projectId) });
    }
    projectPlans.push({
      projectId: shownId,
      ...(live.name ? { projectName: live.name } : {}),
      revisionId: live.revisionId,
      creates,
      updates,
      deletes,
      unchanged,
      unmanaged,
      warnings,
    });
    work.push({ projectId, shownId, live, actions, creates: workCreates, updates: workUpdates, deletes: workDeletes, matched });
  }

  const summary = {
    create: projectPlans.reduce((n, p) => n + p.creates.length, 0),
    update: projectPlans.reduce((n, p) => n + p.updates.length, 0),
    delete: projectPlans.reduce((n, p) => n + p.deletes.length, 0),
  };
  return {
    plan: {
      formatVersion: 1,
      manifest: manifest.path,
      fingerprint: fingerprintOf(entries),
      summary,
      projects: projectPlans,
      changeDigests: changeDigests(entries),
    },
    work,
  };
}

/** A project id that came from a reference is sensitive (SPEC 1): it is shown as that reference. */
function shownProjectId(projectId: string, actions: readonly DesiredAction[], manifest: Manifest): string {
  for (const action of actions) if (action.display.project_id !== undefined) return action.display.project_id;
  if (manifest.defaultProjectId === projectId && manifest.defaultProjectDisplay !== undefined) return manifest.defaultProjectDisplay;
  return projectId;
}

/**
 * Per hook identity, the fields some action of the previous manifest built from a reference: what
 * Ory holds there came from a secret, even when the head manifest no longer refers to it.
 */
function previousSensitivity(projectId: string, previous: readonly DesiredAction[]): Map<string, Set<string>> {
  const byIdentity = new Map<string, Set<string>>();
  for (const prior of previous) {
    const fields = Object.keys(prior.display);
    if (fields.length === 0) continue;
    const identity = identityOf(projectId, prior);
    const set = byIdentity.get(identity) ?? new Set<string>();
    for (const field of fields) set.add(field);
    byIdentity.set(identity, set);
  }
  return byIdentity;
}

function deleteMessage(label: string, listKey: string, reason: PlannedDelete['reason']): string {
  switch (reason) {
    case 'removed-from-manifest':
      return `Deletes ${label} from ${listKey}: it was removed from the manifest.`;
    case 'identity-changed':
      return `Deletes the old hook of ${label} from ${listKey}: its url, method or list changed, so it is created anew.`;
    case 'prune':
      return `Deletes ${label} from ${listKey}: prune is on and no action declares it.`;
    case 'duplicate':
      return `Deletes an extra copy of ${label} from ${listKey}.`;
  }
}

function riskWarnings(action: DesiredAction): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (action.canInterrupt) {
    warnings.push({
      kind: 'can-interrupt',
      action: action.name,
      location: action.location,
      message: `"${action.name}" can interrupt the ${action.flow} flow: if its endpoint fails or refuses, users cannot ${verbOf(action.flow)}.`,
    });
  }
  if (action.responseParse) {
    warnings.push({
      kind: 'response-parse',
      action: action.name,
      location: action.location,
      message: `"${action.name}" parses its response: the endpoint can change the identity or block the ${action.flow} flow.`,
    });
  }
  if (/^http:\/\//i.test(action.url)) {
    warnings.push({
      kind: 'plain-http',
      action: action.name,
      location: action.location,
      message: `"${action.name}" calls a plain http:// URL: identity data travels unencrypted.`,
    });
  }
  return warnings;
}

function verbOf(flow: string): string {
  return { login: 'log in', registration: 'sign up', recovery: 'recover their account', settings: 'change settings', verification: 'verify' }[flow] ?? 'continue';
}

export function desiredFields(action: DesiredAction): WebhookFields {
  const fields: Record<string, ReturnType<typeof plain>> = {
    url: desiredValue(action, 'url', action.url),
    method: plain(action.method),
    body: action.body ? desiredValue(action, 'body', bodySummary(action.body.source)) : plain('(none)'),
    can_interrupt: plain(action.canInterrupt),
    response_ignore: plain(action.responseIgnore),
    response_parse: plain(action.responseParse),
  };
  if (action.auth?.type === 'api_key') {
    fields['auth.type'] = plain('api_key');
    fields['auth.name'] = desiredValue(action, 'auth.name', action.auth.name);
    fields['auth.in'] = plain(action.auth.in);
    fields['auth.value'] = desiredValue(action, 'auth.value', action.auth.value);
  } else if (action.auth?.type === 'basic_auth') {
    fields['auth.type'] = plain('basic_auth');
    fields['auth.user'] = desiredValue(action, 'auth.user', action.auth.user);
    fields['auth.password'] = desiredValue(action, 'auth.password', action.auth.password);
  }
  return fields;
}

function liveFields(hook: LiveWebhook, url: PlanValue): WebhookFields {
  const fields: Record<string, ReturnType<typeof plain>> = {
    url: url,
    method: plain(hook.method),
    body: plain(hook.body.kind === 'inline' ? bodySummary(hook.body.source) : hook.body.kind === 'none' ? '(none)' : '(stored by Ory)'),
    can_interrupt: plain(hook.canInterrupt),
    response_ignore: plain(hook.responseIgnore),
    response_parse: plain(hook.responseParse),
  };
  if (hook.auth) {
    fields['auth.type'] = plain(hook.auth.type);
    fields[hook.auth.type === 'api_key' ? 'auth.value' : 'auth.password'] = SENSITIVE;
  }
  return fields;
}

function sensitiveOrPlain(action: DesiredAction, field: string, value: string, digest: SecretDigest): string {
  return action.display[field] === undefined ? value : digest(value);
}

function authContent(action: DesiredAction, digest: SecretDigest): unknown {
  const auth = action.auth;
  if (!auth) return null;
  return auth.type === 'api_key'
    ? { type: auth.type, name: sensitiveOrPlain(action, 'auth.name', auth.name, digest), in: auth.in, value: digest(auth.value) }
    : { type: auth.type, user: sensitiveOrPlain(action, 'auth.user', auth.user, digest), password: digest(auth.password) };
}

function bodyContent(action: DesiredAction, digest: SecretDigest): string | null {
  if (!action.body) return null;
  return sensitiveOrPlain(action, 'body', action.body.source, digest);
}

/** `after`: the head action this one follows in its list (null: the first), so a reorder is a new plan. */
function createContent(action: DesiredAction, digest: SecretDigest, after: string | null): unknown {
  return {
    list: hookListKey(action.list),
    after,
    url: sensitiveOrPlain(action, 'url', action.url, digest),
    method: action.method,
    body: bodyContent(action, digest),
    can_interrupt: action.canInterrupt,
    response_ignore: action.responseIgnore,
    response_parse: action.responseParse,
    auth: authContent(action, digest),
  };
}

function updateContent(action: DesiredAction, writes: readonly WritableField[], digest: SecretDigest): unknown {
  const set: Record<string, unknown> = {};
  for (const field of writes) {
    if (field === 'body') set.body = bodyContent(action, digest);
    if (field === 'can_interrupt') set.can_interrupt = action.canInterrupt;
    if (field === 'response_ignore') set.response_ignore = action.responseIgnore;
    if (field === 'response_parse') set.response_parse = action.responseParse;
    if (field === 'auth') set.auth = authContent(action, digest);
  }
  return { list: hookListKey(action.list), url: sensitiveOrPlain(action, 'url', action.url, digest), method: action.method, set };
}

