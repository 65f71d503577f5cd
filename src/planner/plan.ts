/**
 * The planner: desired actions + live hooks (+ the previous manifest) -> a plan of creates,
 * updates and deletes per project. Pure: it takes data and returns data. Matching (match.ts)
 * gives one record per hook; the project plan, the patch work and the fingerprint entries are
 * each derived from those records here.
 */
import type { DesiredAction, Manifest } from '../model/action.ts';
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
import { isWebhook } from '../ory-config/webhook-codec.ts';
import { desiredValue, liveUrlValue, plain, bodySummary, SENSITIVE, type Comparison, type WritableField } from './compare.ts';
import { changeDigests, fingerprintOf, projectFingerprintsOf, type FingerprintEntry } from './fingerprint.ts';
import { matchProject, type HookRecord } from './match.ts';
import type { SecretDigest } from './secrets.ts';
import { deleteMessage, flowLevelAnalysis, hookType, noBodyWarning, riskWarnings, type HookLabel } from './warnings.ts';

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

/** A hook of a live list, named for a reader: its managing action, a webhook's method and URL, or its type. */
function hookLabeller(records: readonly HookRecord[], secrets: readonly string[]): HookLabel {
  const names = new Map<unknown, string>();
  for (const record of records) if (record.kind === 'match') names.set(record.live.raw, `"${record.action.name}"`);
  return (hook) => {
    const name = names.get(hook);
    if (name) return name;
    if (isWebhook(hook)) return `web_hook ${String(hook.config.method ?? '').toUpperCase()} ${liveUrlValue(String(hook.config.url ?? ''), secrets).display}`;
    return hookType(hook);
  };
}

/** The plan entry, the fingerprint entry and the warnings of one delete record. */
function plannedDelete(
  projectId: string,
  record: Extract<HookRecord, { kind: 'delete' }>,
  secrets: readonly string[],
  digest: SecretDigest,
  ordinal: (item: PlannedDelete) => number,
): { item: PlannedDelete; entry: FingerprintEntry; warnings: PlanWarning[] } {
  const { live: hook, reason, owner } = record;
  const url = owner && owner.url === hook.url ? desiredValue(owner, 'url', hook.url) : liveUrlValue(hook.url, secrets);
  const listKey = hookListKey(hook.list);
  const item: PlannedDelete = {
    ...(owner ? { action: owner.name } : {}),
    list: hook.list,
    listKey,
    url,
    method: hook.method,
    reason,
    fields: liveFields(hook, url),
  };
  const n = ordinal(item);
  const label = owner ? `"${owner.name}"` : `${hook.method} ${url.display}`;
  const entry: FingerprintEntry = {
    key: `${projectId} delete ${owner?.name ?? `${listKey} ${hook.method} ${url.sensitive ? digest(hook.url) : hook.url}`}${n > 1 ? ` #${n}` : ''}`,
    content: { list: listKey, method: hook.method, url: url.sensitive ? digest(hook.url) : hook.url, reason },
  };
  const warnings: PlanWarning[] = [];
  if (reason === 'duplicate' && owner) {
    warnings.push({
      kind: 'duplicate-live-hook',
      action: owner.name,
      location: owner.location,
      message: `Ory holds ${record.copies} copies of "${owner.name}" in ${listKey}; the extra ones are deleted.`,
    });
  }
  warnings.push({ kind: 'delete', ...(owner ? { action: owner.name } : {}), message: deleteMessage(label, listKey, reason) });
  return { item, entry, warnings };
}

/** The patch builder's view of a project, derived from its records. */
function workOf(live: LiveProject, shownId: string, actions: readonly DesiredAction[], records: readonly HookRecord[]): ProjectWork {
  const creates: DesiredAction[] = [];
  const updates: Array<ProjectWork['updates'][number]> = [];
  const deletes: LiveWebhook[] = [];
  const matched = new Map<string, LiveWebhook>();
  for (const record of records) {
    if (record.kind === 'create') creates.push(record.action);
    else if (record.kind === 'match') {
      matched.set(record.action.name, record.live);
      if (record.comparison.writes.length > 0) updates.push({ action: record.action, live: record.live, writes: record.comparison.writes });
    } else if (record.kind === 'delete') deletes.push(record.live);
  }
  return { projectId: live.id, shownId, live, actions, creates, updates, deletes, matched };
}

/** What deriving a project's plan needs besides its records. */
interface DeriveContext {
  readonly secrets: readonly string[];
  readonly digest: SecretDigest;
  readonly previews?: ReadonlyMap<string, BodyPreview>;
  readonly actionWarnings?: readonly PlanWarning[];
}

/** One project's plan and fingerprint entries, derived from its records in their order. */
function deriveProject(
  live: LiveProject,
  shownId: string,
  actions: readonly DesiredAction[],
  records: readonly HookRecord[],
  ctx: DeriveContext,
): { projectPlan: ProjectPlan; entries: FingerprintEntry[] } {
  const { secrets, digest } = ctx;
  const projectId = live.id;
  // The order of the writes is part of what is approved: each create names the action it follows in its list.
  const follows = new Map<string, string | null>();
  const lastInList = new Map<string, string>();
  for (const action of actions) {
    const key = hookListKey(action.list);
    follows.set(action.name, lastInList.get(key) ?? null);
    lastInList.set(key, action.name);
  }
  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  const deletes: PlannedDelete[] = [];
  const unchanged: string[] = [];
  const unmanaged: UnmanagedHook[] = [];
  const warnings: PlanWarning[] = [];
  const entries: FingerprintEntry[] = [];
  const headByName = new Map(actions.map((a) => [a.name, a]));
  const sameDelete = (item: PlannedDelete) =>
    deletes.filter((d) => d.listKey === item.listKey && d.method === item.method && d.url.display === item.url.display).length + 1;

  for (const record of records) {
    switch (record.kind) {
      case 'create': {
        const { action } = record;
        creates.push(plannedCreate(action, previewOf(action, ctx.previews)));
        warnings.push(...riskWarnings(action), ...optional(noBodyWarning(action)));
        entries.push({ key: `${shownId} create ${action.name}`, content: createContent(action, digest, follows.get(action.name) ?? null) });
        break;
      }
      case 'match': {
        const { action, comparison } = record;
        warnings.push(...comparison.warnings);
        if (comparison.writes.length === 0) {
          unchanged.push(action.name);
          warnings.push(...optional(noBodyWarning(action)));
          break;
        }
        updates.push(plannedUpdate(action, comparison, previewOf(action, ctx.previews)));
        warnings.push(...riskWarnings(action), ...optional(noBodyWarning(action)));
        entries.push({ key: `${shownId} update ${action.name}`, content: updateContent(action, comparison.writes, digest) });
        break;
      }
      case 'delete': {
        const planned = plannedDelete(shownId, record, secrets, digest, sameDelete);
        // only the head manifest's lines can be linked: an action removed from it has none
        const location = record.owner ? headByName.get(record.owner.name)?.location : undefined;
        deletes.push(location ? { ...planned.item, location } : planned.item);
        entries.push(planned.entry);
        warnings.push(...planned.warnings.map((w) => (location && w.kind === 'delete' ? { ...w, location } : w)));
        break;
      }
      case 'unmanaged':
        unmanaged.push({ list: record.live.list, listKey: hookListKey(record.live.list), url: liveUrlValue(record.live.url, secrets), method: record.live.method });
        break;
    }
  }

  const flowLevel = flowLevelAnalysis(live, records, hookLabeller(records, secrets));
  warnings.push(...flowLevel.warnings);
  const names = new Set(actions.map((a) => a.name));
  for (const warning of ctx.actionWarnings ?? []) if (warning.action && names.has(warning.action)) warnings.push(warning);

  // A project shown by its reference is still bound to its real id: its changes name it, salted.
  if (shownId !== projectId && creates.length + updates.length + deletes.length > 0) {
    entries.push({ key: `${shownId} project`, content: digest(projectId) });
  }
  const projectPlan: ProjectPlan = {
    projectId: shownId,
    ...(live.name ? { projectName: live.name } : {}),
    revisionId: live.revisionId,
    creates,
    updates,
    deletes,
    unchanged,
    unmanaged,
    warnings,
    ...(flowLevel.lists.length > 0 ? { flowLevelLists: flowLevel.lists } : {}),
  };
  return { projectPlan, entries };
}

/** What a create and an update say alike: which action, where it is declared, and the hook it writes. */
function plannedHook(action: DesiredAction) {
  return {
    action: action.name,
    location: action.location,
    list: action.list,
    listKey: hookListKey(action.list),
    url: desiredValue(action, 'url', action.url),
    method: action.method,
  };
}

function plannedCreate(action: DesiredAction, preview: BodyPreview | undefined): PlannedCreate {
  return {
    ...plannedHook(action),
    fields: desiredFields(action),
    ...(action.body && action.display.body === undefined ? { body: action.body.source } : {}),
    ...(action.body?.file !== undefined ? { bodyFile: action.body.location.file } : {}),
    ...(preview ? { preview } : {}),
  };
}

function plannedUpdate(action: DesiredAction, comparison: Comparison, preview: BodyPreview | undefined): PlannedUpdate {
  return {
    ...plannedHook(action),
    changes: comparison.changes,
    ...(comparison.bodyBefore !== undefined ? { bodyBefore: comparison.bodyBefore } : {}),
    ...(comparison.writes.includes('body') && action.body && action.display.body === undefined ? { bodyAfter: action.body.source } : {}),
    ...(comparison.writes.includes('body') && action.body?.file !== undefined ? { bodyFile: action.body.location.file } : {}),
    ...(preview ? { preview } : {}),
  };
}

export function plan(input: PlanInput): PlanResult {
  const { manifest } = input;
  const ctx: DeriveContext = {
    secrets: [...manifest.secrets, ...(input.maskValues ?? [])],
    digest: input.digest,
    ...(input.previews ? { previews: input.previews } : {}),
    ...(input.actionWarnings ? { actionWarnings: input.actionWarnings } : {}),
  };
  const projects: ProjectPlan[] = [];
  const work: ProjectWork[] = [];
  const entries: FingerprintEntry[] = [];
  for (const live of input.live) {
    const actions = manifest.actions.filter((a) => a.projectId === live.id);
    const previous = (input.previousActions ?? []).filter((a) => a.projectId === live.id);
    const records = matchProject({ live, actions, previous, prune: manifest.prune, secrets: ctx.secrets });
    const shownId = shownProjectId(live.id, [...actions, ...previous], manifest);
    const derived = deriveProject(live, shownId, actions, records, ctx);
    projects.push(derived.projectPlan);
    for (const entry of derived.entries) entries.push(entry);
    work.push(workOf(live, shownId, actions, records));
  }
  const summary = {
    create: projects.reduce((n, p) => n + p.creates.length, 0),
    update: projects.reduce((n, p) => n + p.updates.length, 0),
    delete: projects.reduce((n, p) => n + p.deletes.length, 0),
  };
  return {
    plan: {
      formatVersion: 1,
      manifest: manifest.path,
      ...(manifest.environment ? { environment: manifest.environment } : {}),
      fingerprint: fingerprintOf(entries),
      summary,
      projects,
      changeDigests: changeDigests(entries),
      projectFingerprints: projectFingerprintsOf(entries, projects.map((p) => p.projectId)),
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

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** A body holding a secret is never previewed: its rendered JSON could carry the secret. */
function previewOf(action: DesiredAction, previews: ReadonlyMap<string, BodyPreview> | undefined): BodyPreview | undefined {
  return action.display.body === undefined ? previews?.get(action.name) : undefined;
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

