/**
 * Request counts of the Terraform provider's pattern (docs/ory-facts.md: one `getProject` per
 * resource on every refresh, one write per resource on apply) beside the counts we measured. Pure.
 */
import { GET_PROJECT, PATCH_REVISION } from './targets.ts';
import type { ScenarioSummary } from './results.ts';

export interface RequestComparison {
  readonly actions: number;
  readonly projects: number;
  readonly terraformPlan: { readonly get: number };
  readonly terraformApply: { readonly get: number; readonly write: number };
  readonly oursPlan?: { readonly get: number };
  readonly oursApply?: { readonly get: number; readonly write: number };
}

/** Terraform's counts for `actions` resources: plan refreshes each; apply refreshes each and writes each. */
export function terraformCounts(actions: number): Pick<RequestComparison, 'terraformPlan' | 'terraformApply'> {
  return { terraformPlan: { get: actions }, terraformApply: { get: actions, write: actions } };
}

export function compareWithTerraform(summaries: readonly ScenarioSummary[]): RequestComparison[] {
  const sizes = new Map<string, { actions: number; projects: number }>();
  for (const s of summaries) {
    if ((s.kind === 'action-plan' || s.kind === 'action-apply') && s.actions > 0 && s.latencyMs === 0) {
      sizes.set(`${s.actions} ${s.projects}`, { actions: s.actions, projects: s.projects });
    }
  }
  return [...sizes.values()]
    .sort((a, b) => a.actions - b.actions || a.projects - b.projects)
    .map(({ actions, projects }) => {
      const plan = summaries.find((s) => s.kind === 'action-plan' && s.actions === actions && s.projects === projects);
      const apply = summaries.find((s) => s.kind === 'action-apply' && s.actions === actions && s.projects === projects);
      return {
        actions,
        projects,
        ...terraformCounts(actions),
        ...(plan ? { oursPlan: { get: plan.oryRequests[GET_PROJECT] ?? 0 } } : {}),
        ...(apply ? { oursApply: { get: apply.oryRequests[GET_PROJECT] ?? 0, write: apply.oryRequests[PATCH_REVISION] ?? 0 } } : {}),
      };
    });
}
