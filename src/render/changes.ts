/**
 * The plan's changes as a reviewer counts them: a delete of an action's old hook and the create of
 * its new one (its url, method or list changed) are one replace. Derived from plan data alone: the
 * delete names the previous manifest's action and says its identity changed.
 */
import type { PlannedCreate, PlannedDelete, PlannedUpdate, ProjectPlan } from '../model/plan.ts';
import { bodyDiff } from './body-diff.ts';

export type HookChange =
  | { readonly kind: 'create'; readonly create: PlannedCreate }
  | { readonly kind: 'update'; readonly update: PlannedUpdate }
  | { readonly kind: 'replace'; readonly create: PlannedCreate; readonly delete: PlannedDelete }
  | { readonly kind: 'delete'; readonly delete: PlannedDelete };

export type HookChangeKind = HookChange['kind'];

/** Symbols of a change; `!` and `-/+` are what GitHub's `diff` highlighting colours as changed and removed. */
export const CHANGE_MARK: Readonly<Record<HookChangeKind, string>> = { create: '+', update: '!', replace: '-/+', delete: '-' };

/** One entry per hook change, in reading order: creates, updates, replaces, deletes (each in plan order). */
export function changesOf(project: ProjectPlan): HookChange[] {
  const oldHookOf = new Map<string, PlannedDelete>();
  for (const del of project.deletes) {
    if (del.reason === 'identity-changed' && del.action !== undefined && !oldHookOf.has(del.action)) oldHookOf.set(del.action, del);
  }
  const replaced = new Set<PlannedDelete>();
  const creates: HookChange[] = [];
  const replaces: HookChange[] = [];
  for (const create of project.creates) {
    const old = oldHookOf.get(create.action);
    if (old) {
      replaced.add(old);
      replaces.push({ kind: 'replace', create, delete: old });
    } else {
      creates.push({ kind: 'create', create });
    }
  }
  return [
    ...creates,
    ...project.updates.map((update): HookChange => ({ kind: 'update', update })),
    ...replaces,
    ...project.deletes.filter((d) => !replaced.has(d)).map((del): HookChange => ({ kind: 'delete', delete: del })),
  ];
}

export function replaceCount(projects: readonly ProjectPlan[]): number {
  return projects.reduce((n, p) => n + changesOf(p).filter((c) => c.kind === 'replace').length, 0);
}

/** Which identity fields a replace changes, in manifest order. */
export function identityChanges(change: Extract<HookChange, { kind: 'replace' }>): Array<{ field: 'url' | 'method' | 'list'; before: string; after: string }> {
  const { create, delete: old } = change;
  const out: Array<{ field: 'url' | 'method' | 'list'; before: string; after: string }> = [];
  if (old.url.display !== create.url.display) out.push({ field: 'url', before: old.url.display, after: create.url.display });
  if (old.method !== create.method) out.push({ field: 'method', before: old.method, after: create.method });
  if (old.listKey !== create.listKey) out.push({ field: 'list', before: old.listKey, after: create.listKey });
  return out;
}

/** `+2 −1` lines of a body change, when both sides are known. */
export function bodyLineCounts(update: PlannedUpdate): { added: number; removed: number } | undefined {
  if (update.bodyBefore === undefined || update.bodyAfter === undefined) return undefined;
  const lines = bodyDiff(update.bodyBefore, update.bodyAfter).split('\n').slice(2);
  return {
    added: lines.filter((l) => l.startsWith('+')).length,
    removed: lines.filter((l) => l.startsWith('-')).length,
  };
}

/** Lines of a text as people count them: a final line break does not start another line. */
export function lineCount(text: string): number {
  return text === '' ? 0 : text.replace(/\r?\n$/, '').split('\n').length;
}
