/**
 * The plan use case: read every project the manifest names (one GET each, concurrently),
 * then plan. Shared by the action and the CLI.
 */
import type { DesiredAction, Manifest } from '../model/action.ts';
import type { LiveProject } from '../model/live.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { BodyPreview, PlanWarning } from '../model/plan.ts';
import type { OryProjects } from '../ory/projects.ts';
import { readProjects } from '../ory/read-projects.ts';
import { plan, projectIdsOf, type PlanResult } from '../planner/plan.ts';
import { replanner, type Replan } from '../planner/replan.ts';
import { secretDigester } from '../planner/secrets.ts';

/** Body previews and their warnings for a set of actions against live projects (SPEC section 7). */
export type PreviewBodies = (
  actions: readonly DesiredAction[],
  live: readonly LiveProject[],
  secrets: readonly string[],
) => { previews: ReadonlyMap<string, BodyPreview>; warnings: readonly PlanWarning[] };

export interface PlanCommandInput {
  readonly manifest: Manifest;
  readonly previousActions?: readonly DesiredAction[];
  readonly ory: OryProjects;
  /** keys the HMAC of sensitive values in the fingerprint: the Ory API key */
  readonly salt: string;
  readonly previewBodies?: PreviewBodies;
  /** values to mask wherever live data is shown (environmentSecretCandidates) */
  readonly maskValues?: readonly string[];
  /** the manifest loader's warnings, carried by the plan so every rendering shows them */
  readonly manifestWarnings?: readonly Diagnostic[];
}

export interface PlanCommandResult extends PlanResult {
  readonly live: readonly LiveProject[];
  /** re-plans one project against a fresh read, with the same inputs (for conflicts and verification) */
  readonly replan: Replan;
}

export function planAgainst(input: PlanCommandInput, live: readonly LiveProject[]): PlanResult {
  const bodies = input.previewBodies?.(input.manifest.actions, live, input.manifest.secrets);
  const result = plan({
    manifest: input.manifest,
    ...(input.previousActions ? { previousActions: input.previousActions } : {}),
    live,
    digest: secretDigester(input.salt),
    ...(input.maskValues ? { maskValues: input.maskValues } : {}),
    ...(bodies ? { previews: bodies.previews, actionWarnings: bodies.warnings } : {}),
  });
  const warnings = input.manifestWarnings?.filter((d) => d.severity === 'warning') ?? [];
  return warnings.length > 0 ? { ...result, plan: { ...result.plan, manifestWarnings: warnings } } : result;
}

/**
 * Reads and plans. `previous` (the manifest at the previous commit, read through GitHub) may still be
 * on its way: the projects the head manifest names are read meanwhile, so the two round trips
 * overlap, and only projects named by the previous manifest alone are read after it arrives.
 */
export async function computePlan(
  input: Omit<PlanCommandInput, 'previousActions'>,
  previous?: readonly DesiredAction[] | PromiseLike<readonly DesiredAction[] | undefined>,
): Promise<PlanCommandResult> {
  // Projects that may hold owned hooks: those the actions name, the default one (prune with no
  // actions left), and those of the previous manifest (all of whose actions may be gone).
  const headIds = [
    ...new Set([...projectIdsOf(input.manifest.actions), ...(input.manifest.defaultProjectId ? [input.manifest.defaultProjectId] : [])]),
  ];
  const headRead = readProjects(input.ory, headIds);
  // Both are awaited together so a failed read is never left unhandled while the other settles.
  const [headLive, previousActions] = await Promise.all([headRead, previous]);
  const previousOnly = projectIdsOf(previousActions ?? []).filter((id) => !headIds.includes(id));
  const live = [...headLive, ...(await readProjects(input.ory, previousOnly))];
  const full: PlanCommandInput = { ...input, ...(previousActions ? { previousActions } : {}) };
  const result = planAgainst(full, live);
  const replan = replanner({
    manifest: input.manifest,
    ...(previousActions ? { previousActions } : {}),
    digest: secretDigester(input.salt),
    ...(input.maskValues ? { maskValues: input.maskValues } : {}),
  });
  return { ...result, live, replan };
}
