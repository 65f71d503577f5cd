/**
 * Apply (SPEC section 3): per changed project one `patchProjectWithRevision` with the revision
 * that was read, made of `add`, `remove` and `replace` only (Ory refuses `test`). The revision in
 * the path is the guard against concurrent writers: on 409, re-read, re-plan, and write only if
 * the project's changes are still the approved ones; otherwise fail with `conflict`. Then verify
 * the write from the project Ory returned.
 *
 * Two things make a re-read after a failed write tricky (docs/ory-facts.md):
 * - a read can lag behind a write: a revision Ory answered 409 for is known not to be current,
 *   so a re-read that still shows it is stale and is read again (bounded);
 * - a write can land while its answer is lost: the retry then meets 409, and a re-read that
 *   already holds every planned change means the write was kept, not that it must be made again;
 *   when no attempt got an answer at all, one re-read tells the same.
 */
import { RunFailure } from '../model/failure.ts';
import type { LiveProject } from '../model/live.ts';
import { OryTimeUp, PatchRejected, RevisionConflict, type OryProjects, type OryWarning } from '../ory/projects.ts';
import { mapWithLimit } from '../ory/concurrency.ts';
import { PROJECT_CONCURRENCY } from '../ory/read-projects.ts';
import { readLiveProject } from '../ory-config/webhook-codec.ts';
import { buildPatch } from '../patch/build.ts';
import type { PlanResult, ProjectWork } from '../planner/plan.ts';
import { projectDigests, type Replan } from '../planner/replan.ts';
import { verifyWrite } from './verify.ts';

export interface ApplyContext {
  readonly ory: OryProjects;
  /** plans the same manifest against one freshly read project */
  readonly replan: Replan;
  readonly log: (message: string) => void;
  /** how many re-reads a conflict may cost before giving up */
  readonly maxConflictRetries?: number;
  /** how many times a re-read that still shows a revision known to be stale is read again */
  readonly maxStaleReads?: number;
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

const STALE_READ_DELAY_MS = 500;

function sameDigests(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function hasWork(work: ProjectWork): boolean {
  return work.creates.length + work.updates.length + work.deletes.length > 0;
}

/**
 * Reads the project again, and again while it shows a revision known not to be current (a read
 * lagging behind a write). Undefined when every allowed read lagged. The waits between the reads
 * are Ory time: they draw from the run's budget like the requests (`ory.pause`).
 */
async function readPast(ctx: ApplyContext, work: ProjectWork, stale: ReadonlySet<string>): Promise<LiveProject | undefined> {
  const maxStaleReads = ctx.maxStaleReads ?? 4;
  for (let read = 0; ; read++) {
    const fresh = readLiveProject(await ctx.ory.getProject(work.projectId));
    if (!stale.has(fresh.revisionId)) return fresh;
    if (read >= maxStaleReads) return undefined;
    ctx.log(`Project ${work.shownId}: Ory's read still shows revision ${fresh.revisionId}, which its write already replaced; reading again.`);
    await ctx.ory.pause(STALE_READ_DELAY_MS * 2 ** read, `read project ${work.shownId} again (its reads lag behind its write)`);
  }
}

function verified(ctx: ApplyContext, work: ProjectWork, project: unknown, warnings: readonly OryWarning[]): LiveProject {
  const after = readLiveProject(project);
  const problems = verifyWrite(work, ctx.replan(after).projectPlan, after);
  for (const warning of warnings) ctx.log(`Ory warned about project ${work.shownId}: ${warning.message ?? `code ${warning.code}`}`);
  if (problems.length > 0) {
    const actions = [...new Set(problems.map((p) => p.action).filter(Boolean))];
    throw new RunFailure(
      'apply-failed',
      `Ory accepted the change to project ${work.shownId} but did not store all of it` +
        (actions.length > 0 ? ` (${actions.map((a) => `"${a}"`).join(', ')})` : '') +
        ':\n' + problems.map((p) => `  - ${p.message}`).join('\n') +
        (warnings.length > 0 ? `\nOry's warnings: ${warnings.map((w) => w.message).join('; ')}` : ''),
    );
  }
  return after;
}

/**
 * Every attempt of a write went unanswered (the client gave up), so it may have landed. One re-read
 * tells: a new revision that holds every planned change means it was kept. Undefined otherwise
 * (not kept, a read that lags, or a read that fails too).
 */
async function keptWithoutAnswer(ctx: ApplyContext, work: ProjectWork): Promise<LiveProject | undefined> {
  try {
    const fresh = readLiveProject(await ctx.ory.getProject(work.projectId));
    return fresh.revisionId !== work.live.revisionId && !hasWork(ctx.replan(fresh).work) ? fresh : undefined;
  } catch {
    return undefined;
  }
}

async function applyProject(ctx: ApplyContext, initial: ProjectWork, approved: Readonly<Record<string, string>>): Promise<ProjectApplyResult> {
  const projectId = initial.projectId;
  // messages name the project as the plan shows it: a sensitive id stays its reference
  const shown = initial.shownId;
  const maxRetries = ctx.maxConflictRetries ?? 3;
  /** revisions Ory answered 409 for: none of them is current any more */
  const stale = new Set<string>();
  let work = initial;
  /** an earlier write of ours may have landed with its answer lost */
  let maybeWritten = false;
  let operations = 0;
  for (let attempt = 0; ; attempt++) {
    if (!hasWork(work)) {
      const outcome = attempt === 0 ? 'unchanged' : maybeWritten ? 'applied' : 'already-applied';
      if (outcome === 'applied') ctx.log(`Project ${shown}: Ory kept the write although its answer was lost; it holds every planned change.`);
      return { projectId: shown, outcome, revisionId: work.live.revisionId, operations, warnings: [] };
    }
    const patch = buildPatch(work);
    operations = patch.length;
    let why: string;
    try {
      const { project, warnings } = await ctx.ory.patchProject(projectId, work.live.revisionId, patch);
      const after = verified(ctx, work, project, warnings);
      return { projectId: shown, outcome: 'applied', revisionId: after.revisionId, operations, warnings };
    } catch (error) {
      if (error instanceof RevisionConflict) {
        why = error.afterLostAnswer ? 'its revision changed (409) after an attempt whose answer was lost' : 'its revision changed (409)';
        if (error.afterLostAnswer) maybeWritten = true;
      } else if (error instanceof PatchRejected) {
        // Made against the current revision, the patch was refused for what it holds: re-reading cannot help.
        throw new RunFailure('apply-failed', `Ory refused the change to project ${shown}: ${error.oryMessage}`);
      } else if (error instanceof OryTimeUp && !error.requestSent) {
        throw new OryTimeUp(`${error.message} ${maybeWritten ? 'An earlier write to project ' + shown + ' may have landed.' : 'Nothing was written to project ' + shown + '.'}`, false, { cause: error });
      } else if (error instanceof RunFailure && error.reason === 'ory-unavailable') {
        const kept = await keptWithoutAnswer(ctx, work);
        if (kept) {
          ctx.log(`Project ${shown}: no attempt of the write got an answer, but Ory kept it; it holds every planned change.`);
          return { projectId: shown, outcome: 'applied', revisionId: kept.revisionId, operations, warnings: [] };
        }
        throw new RunFailure(
          error.reason,
          `${error.message} The write to project ${shown} got no answer, so it may or may not have landed; a re-run plans against what Ory holds and writes only what is missing.`,
          { cause: error },
        );
      } else {
        throw error;
      }
    }

    stale.add(work.live.revisionId);
    let fresh: LiveProject | undefined;
    try {
      fresh = await readPast(ctx, work, stale);
    } catch (error) {
      if (!(error instanceof OryTimeUp)) throw error;
      throw new OryTimeUp(`${error.message} Project ${shown} ${why}; ${maybeWritten ? 'the earlier write may have landed' : 'nothing was written to it'}.`, error.requestSent, { cause: error });
    }
    if (!fresh) {
      throw new RunFailure(
        'ory-unavailable',
        `Project ${shown} ${why}, but Ory's reads kept showing a revision it had already replaced (reads lag behind writes). ` +
          (maybeWritten ? 'The earlier write may have landed. ' : 'Nothing was written to it. ') +
          'Run again in a minute: the next run plans against the current state and writes only what is missing.',
      );
    }
    const replanned = ctx.replan(fresh);
    if (!hasWork(replanned.work)) {
      ctx.log(`Project ${shown} ${why}; it already holds the planned hooks, nothing left to write.`);
      work = replanned.work;
      continue;
    }
    if (!sameDigests(replanned.digests, approved)) {
      throw new RunFailure(
        'conflict',
        `Project ${shown} changed while applying (${why}) and the plan against its new state differs from the approved one. ` +
          `${maybeWritten ? 'Part of the approved change may have been written by the attempt whose answer was lost; nothing more was written' : 'Nothing was written to it'}. ` +
          'Re-run the plan and review it again.',
      );
    }
    if (attempt >= maxRetries) {
      throw new RunFailure('conflict', `Project ${shown} kept changing while applying (${why}); gave up after ${maxRetries} re-reads. Nothing was written to it.`);
    }
    ctx.log(`Project ${shown} ${why}; re-read it and the plan is unchanged, so writing against revision ${fresh.revisionId}.`);
    work = replanned.work;
  }
}

/** Applies every project with changes, a bounded number at a time. */
export async function applyPlan(ctx: ApplyContext, planned: PlanResult): Promise<ProjectApplyResult[]> {
  return mapWithLimit(planned.work, PROJECT_CONCURRENCY, (work) => applyProject(ctx, work, projectDigests(planned.plan, work.shownId)));
}
