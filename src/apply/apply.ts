/**
 * Apply (SPEC section 3): per changed project one `patchProjectWithRevision` with the revision
 * that was read. On 409 or a failed `test`: re-read, re-plan, and write only if the project's
 * changes are still the approved ones; otherwise fail with `conflict`. Then verify the write.
 */
import fastJsonPatch from 'fast-json-patch';
import { RunFailure } from '../model/failure.ts';
import type { LiveProject } from '../model/live.ts';
import type { Plan, ProjectPlan } from '../model/plan.ts';
import { PatchRejected, RevisionConflict, type OryProjects, type OryWarning } from '../ory/client.ts';
import { mapWithLimit } from '../ory/concurrency.ts';
import { PROJECT_CONCURRENCY } from '../ory/read-projects.ts';
import { readLiveProject } from '../ory/webhook-codec.ts';
import { buildPatch, type PatchOperation } from '../patch/build.ts';
import type { PlanResult, ProjectWork } from '../planner/plan.ts';
import { verifyWrite } from './verify.ts';

export interface ProjectReplan {
  readonly projectPlan: ProjectPlan;
  readonly work: ProjectWork;
  /** this project's entries of Plan.changeDigests */
  readonly digests: Readonly<Record<string, string>>;
}

export interface ApplyContext {
  readonly ory: OryProjects;
  /** plans the same manifest against one freshly read project */
  readonly replan: (live: LiveProject) => ProjectReplan;
  readonly log: (message: string) => void;
  /** how many re-reads a conflict may cost before giving up */
  readonly maxConflictRetries?: number;
}

export interface ProjectApplyResult {
  /** as the plan shows it (ProjectWork.shownId) */
  readonly projectId: string;
  /** applied: written now; already-applied: someone else wrote the same changes first */
  readonly outcome: 'applied' | 'unchanged' | 'already-applied';
  readonly revisionId: string;
  readonly operations: number;
  readonly warnings: readonly OryWarning[];
}

export function projectDigests(plan: Plan, projectId: string): Record<string, string> {
  const prefix = `${projectId} `;
  return Object.fromEntries(Object.entries(plan.changeDigests).filter(([key]) => key.startsWith(prefix)));
}

function sameDigests(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function hasWork(work: ProjectWork): boolean {
  return work.creates.length + work.updates.length + work.deletes.length > 0;
}

/** Would these operations' `test`s still pass against the project as it is now? */
function testsHold(project: unknown, operations: readonly PatchOperation[]): boolean {
  const tests = operations.filter((op) => op.op === 'test') as fastJsonPatch.Operation[];
  try {
    fastJsonPatch.applyPatch(fastJsonPatch.deepClone(project), tests, true, false);
    return true;
  } catch {
    return false;
  }
}

async function applyProject(ctx: ApplyContext, initial: ProjectWork, approved: Readonly<Record<string, string>>): Promise<ProjectApplyResult> {
  const projectId = initial.projectId;
  // messages name the project as the plan shows it: a sensitive id stays its reference
  const shown = initial.shownId;
  let work = initial;
  const maxRetries = ctx.maxConflictRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    if (!hasWork(work)) {
      return { projectId: shown, outcome: attempt === 0 ? 'unchanged' : 'already-applied', revisionId: work.live.revisionId, operations: 0, warnings: [] };
    }
    const operations = buildPatch(work);
    let conflict: string;
    try {
      const { project, warnings } = await ctx.ory.patchProject(projectId, work.live.revisionId, operations);
      const after = readLiveProject(project);
      const check = ctx.replan(after);
      const problems = verifyWrite(work, check.projectPlan, after);
      for (const warning of warnings) ctx.log(`Ory warned about project ${shown}: ${warning.message ?? `code ${warning.code}`}`);
      if (problems.length > 0) {
        const actions = [...new Set(problems.map((p) => p.action).filter(Boolean))];
        throw new RunFailure(
          'apply-failed',
          `Ory accepted the change to project ${shown} but did not store all of it` +
            (actions.length > 0 ? ` (${actions.map((a) => `"${a}"`).join(', ')})` : '') +
            ':\n' + problems.map((p) => `  - ${p.message}`).join('\n') +
            (warnings.length > 0 ? `\nOry's warnings: ${warnings.map((w) => w.message).join('; ')}` : ''),
        );
      }
      return { projectId: shown, outcome: 'applied', revisionId: after.revisionId, operations: operations.length, warnings };
    } catch (error) {
      if (error instanceof RevisionConflict) conflict = 'its revision changed (409)';
      else if (error instanceof PatchRejected) conflict = `Ory refused the patch (${error.oryMessage})`;
      else throw error;
    }

    // Someone may have written in between: read again and decide from what is there now.
    const fresh = readLiveProject(await ctx.ory.getProject(projectId));
    if (conflict.startsWith('Ory refused') && fresh.revisionId === work.live.revisionId && testsHold(fresh.raw, operations)) {
      throw new RunFailure('apply-failed', `Ory refused the change to project ${shown}: ${conflict.slice('Ory refused the patch ('.length, -1)}`);
    }
    const replanned = ctx.replan(fresh);
    if (!hasWork(replanned.work)) {
      ctx.log(`Project ${shown} ${conflict}; it already holds the planned hooks, nothing left to write.`);
      work = replanned.work;
      continue;
    }
    if (!sameDigests(replanned.digests, approved)) {
      throw new RunFailure(
        'conflict',
        `Project ${shown} changed while applying (${conflict}) and the plan against its new state differs from the approved one. ` +
          'Nothing was written to it. Re-run the plan and review it again.',
      );
    }
    if (attempt >= maxRetries) {
      throw new RunFailure('conflict', `Project ${shown} kept changing while applying (${conflict}); gave up after ${maxRetries} re-reads. Nothing was written to it.`);
    }
    ctx.log(`Project ${shown} ${conflict}; re-read it and the plan is unchanged, so writing against revision ${fresh.revisionId}.`);
    work = replanned.work;
  }
}

/** Applies every project with changes, a bounded number at a time. */
export async function applyPlan(ctx: ApplyContext, planned: PlanResult): Promise<ProjectApplyResult[]> {
  return mapWithLimit(planned.work, PROJECT_CONCURRENCY, (work) => applyProject(ctx, work, projectDigests(planned.plan, work.shownId)));
}
