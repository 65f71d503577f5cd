/**
 * What a reviewer must know beyond the changes themselves: hooks that can block a flow or fail
 * on every call, deletes, and which methods a flow-level `after` list runs for (docs/ory-facts.md).
 */
import type { DesiredAction } from '../model/action.ts';
import { AFTER_METHODS, flowLevelListOf, hookListKey, type Flow, type HookListRef } from '../model/hook-list.ts';
import type { LiveProject } from '../model/live.ts';
import type { FlowLevelList, PlannedDelete, PlanWarning } from '../model/plan.ts';
import { isRecord } from '../model/records.ts';
import type { HookRecord } from './match.ts';

export function deleteMessage(label: string, listKey: string, reason: PlannedDelete['reason']): string {
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

const VERB: Readonly<Record<Flow, string>> = {
  login: 'log in',
  registration: 'sign up',
  recovery: 'recover their account',
  settings: 'change settings',
  verification: 'verify their address',
};

/** What a failing synchronous webhook does to its flow (Kratos `selfservice/hook/web_hook.go`). */
function failureEffect(action: DesiredAction): string {
  const early = action.canInterrupt || action.responseParse;
  if (action.timing === 'after' && !early && (action.flow === 'registration' || action.flow === 'settings')) {
    return `users see an error although the ${action.flow === 'registration' ? 'identity is already created' : 'settings are already saved'}`;
  }
  return `users cannot ${VERB[action.flow]}`;
}

const canBlockMessages = new Map<string, string>();

/**
 * Why a synchronous hook can block its flow. The message leaves the name out (the warning names its
 * action), so a plan of many such hooks shows one entry; there are few distinct ones, kept once each.
 */
function canBlockMessage(action: DesiredAction): string {
  const key = `${action.flow} ${action.timing} ${action.canInterrupt} ${action.responseParse}`;
  let message = canBlockMessages.get(key);
  if (message === undefined) {
    const how = action.canInterrupt
      ? `can interrupt the ${action.flow} flow`
      : action.responseParse
        ? `waits for its answer before the ${action.flow} completes`
        : `runs synchronously in the ${action.flow} flow`;
    const advice = action.canInterrupt || action.responseParse ? '' : ' Set response_ignore: true if nobody needs to wait for it.';
    message = `${how}: if its endpoint fails (an answer of 400 or more, or none within 30 s), ${failureEffect(action)}.${advice}`;
    canBlockMessages.set(key, message);
  }
  return message;
}

/** Warnings about a hook this plan writes (created or updated). */
export function riskWarnings(action: DesiredAction): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (!action.responseIgnore) warnings.push({ kind: 'can-block', action: action.name, location: action.location, message: canBlockMessage(action) });
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

/** Kratos builds a body for every method but TRACE; with no template it fails (`got empty template path`). */
export function noBodyWarning(action: DesiredAction): PlanWarning | undefined {
  if (action.body) return undefined;
  return {
    kind: 'no-body',
    action: action.name,
    location: action.location,
    message: `no body: Kratos fails a webhook without a body template on every call ("got empty template path for request with body"), so its endpoint is never called. Add a body, e.g. body: "function(ctx) { identity_id: ctx.identity.id }".`,
  };
}

/** A short name for a hook of a list, as the plan may show it: the action's name, a webhook's method and shown URL, or the hook's type. */
export type HookLabel = (hook: unknown, index: number) => string;

interface ListState {
  readonly list: HookListRef;
  /** how many hooks it holds once the plan is applied */
  readonly sizeAfter: number;
  readonly emptyBefore: boolean;
}

/**
 * Per flow with method lists: which methods its flow-level list runs for now and after this plan
 * (Kratos runs it for a method whose own list is empty or missing), and the warnings when the plan
 * switches it off (the first hook into an empty method list) or on (the last hook out of one) for
 * a method, or sends a hook to a flow-level list that runs for no method.
 */
export function flowLevelAnalysis(live: LiveProject, records: readonly HookRecord[], label: HookLabel): { lists: FlowLevelList[]; warnings: PlanWarning[] } {
  const created = new Map<string, DesiredAction[]>();
  const deleted = new Map<string, Set<number>>();
  for (const record of records) {
    if (record.kind === 'create') {
      const key = hookListKey(record.action.list);
      const list = created.get(key);
      if (list) list.push(record.action);
      else created.set(key, [record.action]);
    } else if (record.kind === 'delete') {
      const key = hookListKey(record.live.list);
      deleted.set(key, (deleted.get(key) ?? new Set()).add(record.live.index));
    }
  }
  const hooksOf = (list: HookListRef) => live.lists.find((l) => hookListKey(l.list) === hookListKey(list))?.hooks ?? [];
  const stateOf = (list: HookListRef): ListState => {
    const key = hookListKey(list);
    const hooks = hooksOf(list);
    return { list, sizeAfter: hooks.length - (deleted.get(key)?.size ?? 0) + (created.get(key)?.length ?? 0), emptyBefore: hooks.length === 0 };
  };
  /** labels of a list's hooks once the plan is applied */
  const labelsAfter = (list: HookListRef): string[] => {
    const key = hookListKey(list);
    const gone = deleted.get(key) ?? new Set<number>();
    return [
      ...hooksOf(list).flatMap((hook, index) => (gone.has(index) ? [] : [label(hook, index)])),
      ...(created.get(key) ?? []).map((action) => `"${action.name}"`),
    ];
  };

  const lists: FlowLevelList[] = [];
  const warnings: PlanWarning[] = [];
  for (const flow of ['login', 'registration', 'settings'] as const) {
    const flowRef = flowLevelListOf(flow)!;
    const flowKey = hookListKey(flowRef);
    const flowHooks = labelsAfter(flowRef);
    const methods = AFTER_METHODS[flow].map((method) => ({ method, state: stateOf({ flow, timing: 'after', method }) }));
    const runsFor = methods.filter((m) => m.state.emptyBefore).map((m) => m.method);
    const runsForAfter = methods.filter((m) => m.state.sizeAfter === 0).map((m) => m.method);
    if (hooksOf(flowRef).length === 0 && flowHooks.length === 0) continue;
    lists.push({ listKey: flowKey, hooks: flowHooks, runsFor, runsForAfter });
    if (flowHooks.length === 0) continue;
    const names = flowHooks.join(', ');
    const verb = flowHooks.length === 1 ? 's' : '';
    for (const { method, state } of methods) {
      const key = hookListKey(state.list);
      const first = created.get(key)?.[0];
      if (state.emptyBefore && state.sizeAfter > 0) {
        warnings.push({
          kind: 'flow-level-list-off',
          ...(first ? { action: first.name, location: first.location } : {}),
          message: `The first hook in ${key} switches the flow-level list ${flowKey} off for ${method}: ${names} stop${verb} running for ${method} (Kratos runs ${flowKey} only for methods whose own list is empty). Add what must still run for ${method} to ${key}, or keep ${key} empty.`,
        });
      } else if (!state.emptyBefore && state.sizeAfter === 0) {
        warnings.push({
          kind: 'flow-level-list-on',
          message: `${key} becomes empty, which switches the flow-level list ${flowKey} on for ${method}: ${names} start${verb} running for ${method}.`,
        });
      }
    }
    if (runsForAfter.length === 0) {
      for (const action of created.get(flowKey) ?? []) {
        warnings.push({
          kind: 'flow-level-list-idle',
          action: action.name,
          location: action.location,
          message: `"${action.name}" goes to the flow-level list ${flowKey}, which runs for no ${flow} method: every method has a list of its own (${methods.map((m) => m.method).join(', ')}). Give it the auth_method it is for instead of global.`,
        });
      }
    }
  }
  return { lists, warnings };
}

/** The type of a non-webhook hook (`session`, `revoke_active_sessions`, ...). */
export function hookType(hook: unknown): string {
  return isRecord(hook) && typeof hook.hook === 'string' ? hook.hook : '(unknown hook)';
}
