/**
 * Matching (SPEC section 2): the head manifest's actions, the previous manifest's actions and the
 * live webhooks of one project -> one record per hook saying what the plan does with it. The
 * project plan, the patch work and the fingerprint are all derived from these records.
 */
import { webhookIdentity, type DesiredAction } from '../model/action.ts';
import type { LiveProject, LiveWebhook } from '../model/live.ts';
import type { PlannedDelete } from '../model/plan.ts';
import { compareWebhook, type Comparison } from './compare.ts';

export type DeleteReason = PlannedDelete['reason'];

/** What the plan does with one hook. Records come in plan order: head actions, then deletes, then unmanaged. */
export type HookRecord =
  /** a head action with no live webhook of its identity */
  | { readonly kind: 'create'; readonly action: DesiredAction }
  /** a head action and the live webhook it matched; `comparison.writes` empty: unchanged */
  | { readonly kind: 'match'; readonly action: DesiredAction; readonly live: LiveWebhook; readonly comparison: Comparison }
  /**
   * a live webhook to delete; `owner` is the action that owned it (for `duplicate`, the head action
   * with `copies` matches in all)
   */
  | { readonly kind: 'delete'; readonly live: LiveWebhook; readonly reason: DeleteReason; readonly owner?: DesiredAction; readonly copies?: number }
  /** a live webhook no action owns: left untouched */
  | { readonly kind: 'unmanaged'; readonly live: LiveWebhook };

export interface MatchInput {
  readonly live: LiveProject;
  /** this project's head actions, in manifest order */
  readonly actions: readonly DesiredAction[];
  /** this project's actions of the manifest at the previous commit */
  readonly previous: readonly DesiredAction[];
  readonly prune: boolean;
  /** values to mask in live data shown in comparisons */
  readonly secrets: readonly string[];
}

function identityOf(projectId: string, hook: { list: LiveWebhook['list']; url: string; method: string }): string {
  return webhookIdentity(projectId, hook.list, hook.url, hook.method);
}

export function matchProject(input: MatchInput): HookRecord[] {
  const { live, actions, previous, secrets } = input;
  const projectId = live.id;
  const liveByIdentity = new Map<string, LiveWebhook[]>();
  for (const list of live.lists) {
    for (const hook of list.webhooks) {
      const key = identityOf(projectId, hook);
      const same = liveByIdentity.get(key);
      if (same) same.push(hook);
      else liveByIdentity.set(key, [hook]);
    }
  }
  // names are unique within a manifest: index both sides instead of scanning per action
  const previousByName = new Map(previous.map((p) => [p.name, p]));
  // fields the previous manifest built from references, per hook identity
  const previouslySensitive = previousSensitivity(projectId, previous);
  const headNames = new Set(actions.map((a) => a.name));
  const headIdentities = new Set<string>();
  const owned = new Set<LiveWebhook>();
  const records: HookRecord[] = [];
  const remove = (hook: LiveWebhook, reason: DeleteReason, owner?: DesiredAction, copies?: number) => {
    owned.add(hook);
    records.push({ kind: 'delete', live: hook, reason, ...(owner ? { owner } : {}), ...(copies !== undefined ? { copies } : {}) });
  };

  for (const action of actions) {
    const identity = identityOf(projectId, action);
    headIdentities.add(identity);
    const matches = liveByIdentity.get(identity) ?? [];
    const [first, ...duplicates] = matches;
    if (!first) {
      records.push({ kind: 'create', action });
      continue;
    }
    owned.add(first);
    const prior = previousByName.get(action.name);
    const before = prior && identityOf(projectId, prior) === identity ? prior : undefined;
    records.push({ kind: 'match', action, live: first, comparison: compareWebhook(action, first, secrets, before, previouslySensitive.get(identity)) });
    for (const duplicate of duplicates) remove(duplicate, 'duplicate', action, matches.length);
  }

  for (const prior of previous) {
    const identity = identityOf(projectId, prior);
    if (headIdentities.has(identity)) continue;
    const reason = headNames.has(prior.name) ? 'identity-changed' : 'removed-from-manifest';
    for (const hook of liveByIdentity.get(identity) ?? []) if (!owned.has(hook)) remove(hook, reason, prior);
  }

  for (const list of live.lists) {
    for (const hook of list.webhooks) {
      if (owned.has(hook)) continue;
      if (input.prune) remove(hook, 'prune');
      else records.push({ kind: 'unmanaged', live: hook });
    }
  }
  return records;
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
