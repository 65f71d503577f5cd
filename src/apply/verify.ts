/**
 * After a write, check the project Ory returned: every intended hook is there as planned, and
 * every other hook is where and what it was. Ory can answer 200 and silently drop a hook.
 */
import { webhookIdentity } from '../model/action.ts';
import { hookListKey } from '../model/hook-list.ts';
import type { LiveProject } from '../model/live.ts';
import type { ProjectPlan } from '../model/plan.ts';
import { isWebhook } from '../ory-config/webhook-codec.ts';
import { canonicalJson } from '../planner/canonical-json.ts';
import type { ProjectWork } from '../planner/plan.ts';

export interface VerificationProblem {
  readonly action?: string;
  readonly message: string;
}

/**
 * `replanned` is the plan of the same manifest against the returned project: after a complete
 * write it has no changes. `after` is the returned project as read.
 */
export function verifyWrite(work: ProjectWork, replanned: ProjectPlan, after: LiveProject): VerificationProblem[] {
  const problems: VerificationProblem[] = [];
  for (const create of replanned.creates) {
    problems.push({
      action: create.action,
      message: `"${create.action}" is not in ${create.listKey} after the write, though Ory answered 200: Ory dropped it, or someone changed that list at the same revision.`,
    });
  }
  for (const update of replanned.updates) {
    const fields = update.changes.map((c) => c.field).join(', ');
    problems.push({ action: update.action, message: `"${update.action}" was not updated as planned (${fields} still differ).` });
  }
  for (const remaining of replanned.deletes) {
    problems.push({
      ...(remaining.action ? { action: remaining.action } : {}),
      message: `${remaining.action ? `"${remaining.action}"` : `${remaining.method} ${remaining.url.display}`} is still in ${remaining.listKey} after its deletion.`,
    });
  }

  // Every hook we did not touch must be there, in the same order, unchanged.
  const written = new Set(
    [...work.creates, ...work.updates.map((u) => u.action)].map((a) => webhookIdentity(work.projectId, a.list, a.url, a.method)),
  );
  for (const before of work.live.lists) {
    const key = hookListKey(before.list);
    const touched = new Set([...work.deletes, ...work.updates.map((u) => u.live)].filter((h) => hookListKey(h.list) === key).map((h) => h.index));
    const expected = before.hooks.filter((_, index) => !touched.has(index)).map((h) => canonicalJson(h));
    const afterList = after.lists.find((l) => hookListKey(l.list) === key);
    const actual = (afterList?.hooks ?? [])
      .filter((hook) => {
        if (!isWebhook(hook)) return true;
        const config = hook.config;
        return !written.has(webhookIdentity(work.projectId, before.list, String(config.url ?? ''), String(config.method ?? '').toUpperCase()));
      })
      .map((h) => canonicalJson(h));
    if (canonicalJson(expected) !== canonicalJson(actual)) {
      problems.push({ message: `Hooks in ${key} that this plan does not manage changed during the write (expected ${expected.length}, found ${actual.length}).` });
    }
  }
  return problems;
}
