import type { ProjectOutcome } from '../model/lifecycle.ts';
import type { FieldChange, Plan, PlannedCreate, PlannedUpdate, ProjectPlan } from '../model/plan.ts';

/** Keys in reading order; any other key follows alphabetically. */
const KEY_ORDER = [
  'formatVersion',
  'manifest',
  'environment',
  'fingerprint',
  'summary',
  'projects',
  'projectId',
  'projectName',
  'revisionId',
  'create',
  'update',
  'delete',
  'unchanged',
  'unmanaged',
  'warnings',
  'kind',
  'action',
  'listKey',
  'list',
  'flow',
  'timing',
  'url',
  'method',
  'reason',
  'field',
  'display',
  'sensitive',
  'before',
  'after',
  'fields',
  'changes',
  'body',
  'bodyBefore',
  'bodyAfter',
  'preview',
  'json',
  'message',
  'changeDigests',
  'projectFingerprints',
  'apply',
  'outcome',
  'operations',
  'manifestWarnings',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A copy of `value` with every object's keys in reading order. Objects of one shape share one
 * sorted key list (`sortedKeys` caches by the keys as found), so a plan of thousands of changes
 * sorts each shape once.
 */
function ordered(value: unknown, sortedKeys: (keys: string[]) => readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, sortedKeys));
  if (value === null || typeof value !== 'object') return value;
  const keys = sortedKeys(Object.keys(value));
  // Without a prototype, assigning `__proto__` makes an ordinary key; other objects stay plain (faster to stringify).
  const out = (keys.includes('__proto__') ? Object.create(null) : {}) as Record<string, unknown>;
  for (const key of keys) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner !== undefined) out[key] = ordered(inner, sortedKeys);
  }
  return out;
}

function keySorter(): (keys: string[]) => readonly string[] {
  const bySignature = new Map<string, readonly string[]>();
  return (keys) => {
    const signature = keys.join('\u0000');
    let sorted = bySignature.get(signature);
    if (!sorted) bySignature.set(signature, (sorted = [...keys].sort(compareKeys)));
    return sorted;
  };
}

/**
 * Pretty JSON with keys in a fixed order, so the same plan always gives the same bytes. Like the
 * other renderings it leaves out body text and previews of a body marked sensitive, should a
 * plan ever carry them.
 */
export function planToJson(plan: Plan, outcomes?: readonly ProjectOutcome[]): string {
  const shape = publicShape(withoutSensitiveBodies(plan)) as Record<string, unknown>;
  // After an apply: per project applied, unchanged or failed, and why (SPEC section 3, several projects).
  const withApply = outcomes ? { ...shape, apply: { projects: outcomes } } : shape;
  return `${JSON.stringify(ordered(withApply, keySorter()), null, 2)}\n`;
}

/** Per project the plan JSON names its lists as SPEC section 2 does: create, update, delete, unmanaged. */
function publicShape(plan: Plan): unknown {
  return {
    ...plan,
    projects: plan.projects.map(({ creates, updates, deletes, ...rest }) => ({ ...rest, create: creates, update: updates, delete: deletes })),
  };
}

function isSensitiveChange(change: FieldChange): boolean {
  return change.before?.sensitive === true || change.after?.sensitive === true;
}

function withoutSensitiveBodies(plan: Plan): Plan {
  const create = (c: PlannedCreate): PlannedCreate =>
    c.fields.body?.sensitive ? { ...c, body: undefined, preview: undefined } : c;
  const update = (u: PlannedUpdate): PlannedUpdate =>
    u.changes.some((ch) => ch.field === 'body' && isSensitiveChange(ch))
      ? { ...u, bodyBefore: undefined, bodyAfter: undefined, preview: undefined }
      : u;
  const project = (p: ProjectPlan): ProjectPlan => ({ ...p, creates: p.creates.map(create), updates: p.updates.map(update) });
  return { ...plan, projects: plan.projects.map(project) };
}
