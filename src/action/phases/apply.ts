/**
 * The phases of an apply: "Approval" (a push applies only what its merged pull request approved, per
 * project), "Apply" (write to Ory, each project on its own, and record the outcome on the pull request),
 * or, when there is nothing to write, "Record" (no approval needed; the merged pull request's comment
 * still learns the outcome).
 */
import { applyEachProject, wasWritten } from '../../apply/apply.ts';
import type { PlanCommandResult } from '../../commands/plan.ts';
import type { GitHubApi } from '../../github/client.ts';
import { findApprovedPlan } from '../../lifecycle/approval.ts';
import { sourceLinksOf, statusLine, threadRunOf, type CommentThread } from '../../lifecycle/comment-thread.ts';
import { planDifference } from '../../model/comment.ts';
import { RunFailure, type FailureReason } from '../../model/failure.ts';
import type { ProjectOutcome } from '../../model/lifecycle.ts';
import type { ProjectOutcomeKind } from '../../model/marker.ts';
import type { Plan } from '../../model/plan.ts';
import type { OryProjects } from '../../ory/client.ts';
import { approvalOf, decideApproval, type ProjectVerdict } from '../../planner/approval.ts';
import { renderPlanChangedSummary, renderPlanDifference, renderProjectOutcomes, renderSummary } from '../../render/index.ts';
import { threadReport } from '../clients.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';
import { writePlanJson } from './plan.ts';

/** A plan with no changes: nothing is written, and the merged pull request's comment (if any) is marked applied. */
export async function recordNoChanges(rt: ActionRuntime, settings: RunSettings, github: GitHubApi | undefined, plan: Plan): Promise<void> {
  const { context, intent } = settings;
  rt.info('No changes: nothing to write.');
  rt.setOutput('applied', 'false');
  const run = threadRunOf(context);
  const done = statusLine(run, 'applied', { detail: 'no changes were needed' });
  rt.appendSummary(renderSummary(plan, { status: done, links: sourceLinksOf(run) }));
  if (intent.kind !== 'apply' || intent.approval !== 'merged-pull-request' || !github) return;
  const approved = await findApprovedPlan(github, approvedAt(settings, plan), run, threadReport(rt)).catch(() => undefined);
  if (approved?.comment) await approved.thread.setStatus(done);
}

/** What the approval lets a push write: the merged pull request's thread and the projects to apply. */
export interface Approved {
  readonly thread: CommentThread;
  /** the projects whose changes are exactly the approved ones */
  readonly projects: ReadonlySet<string>;
}

/**
 * On a push, the merged pull request's approval, project by project (SPEC section 4, "Approval"); a
 * dispatch or `auto-approve` needs none. Refuses with `no-approved-plan` or `plan-changed`, writing
 * nothing, and never touching the approval itself: the comment's status says why, and a new comment
 * tells the pull request.
 */
export async function approve(rt: ActionRuntime, settings: RunSettings, github: GitHubApi | undefined, plan: Plan): Promise<Approved | undefined> {
  const { context, intent } = settings;
  if (intent.kind !== 'apply' || intent.approval !== 'merged-pull-request') return undefined;
  rt.setOutput('applied', 'false');
  if (!github) throw new RunFailure('no-approved-plan', 'Applying on push needs the merged pull request\'s plan comment, and there is no github-token to read it. Set `github-token`, or `auto-approve: true`.');
  const run = threadRunOf(context);
  const approved = await findApprovedPlan(github, approvedAt(settings, plan), run, threadReport(rt));
  if (!approved) {
    throw new RunFailure('no-approved-plan', `No merged pull request has commit ${context.sha.slice(0, 7)}, so there is no approved plan to apply. Merge changes through a pull request, run the workflow by hand (workflow_dispatch), or set \`auto-approve: true\`.`);
  }
  const pullNumber = approved.thread.place.issueNumber;
  const comment = approved.comment;
  if (!comment) {
    throw new RunFailure('no-approved-plan', `Pull request #${pullNumber} has no plan comment for ${plan.manifest}${plan.environment ? ` in ${plan.environment}` : ''}, so there is no approved plan to apply. Re-run its plan, or apply with workflow_dispatch.`);
  }
  const decision = decideApproval(approvalOf(comment.marker), plan);
  for (const verdict of decision.projects) rt.info(`Project ${verdict.projectId}: ${verdictWords(verdict)}.`);
  if (decision.approved) {
    rt.info(`What is left to write is what pull request #${pullNumber} approved.`);
    return { thread: approved.thread, projects: new Set(decision.projects.filter((p) => p.verdict === 'apply').map((p) => p.projectId)) };
  }

  const refused = decision.projects.filter((p) => p.verdict === 'differs' || p.verdict === 'spent');
  const outcomes: ProjectOutcome[] = refused.map((p) => ({
    projectId: p.projectId,
    outcome: 'failed',
    reason: decision.failure!,
    message: p.verdict === 'spent' ? 'its approval was spent when it was applied' : 'what is left to write differs from what was approved',
  }));
  if (decision.failure === 'no-approved-plan') {
    const message = `The approval of pull request #${pullNumber} for ${plan.manifest} was spent: ${refused.map((p) => p.projectId).join(', ')} ${refused.length === 1 ? 'was' : 'were'} applied under it already, and ${refused.length === 1 ? 'has' : 'have'} changes again. Nothing was written. Review the changes in a new pull request, or apply by hand (workflow_dispatch).`;
    rt.appendSummary(`## Ory Actions: no approved plan\n\n${message}\n\n${renderProjectOutcomes(outcomes)}\n\n${renderSummary(plan, { title: 'Current plan (not applied)' })}`);
    // An applied comment is a record: it stays as it is.
    if (comment.marker.status !== 'applied') {
      await approved.thread.setStatus(statusLine(run, 'failed', { failureReason: 'no-approved-plan', detail: 'the approval was spent; nothing was applied' }));
      await approved.thread.notifyApplyFailure({ reason: 'no-approved-plan', message, outcomes });
    }
    throw new RunFailure('no-approved-plan', message);
  }
  const difference = renderPlanDifference(planDifference(comment.marker, plan));
  rt.info(difference);
  rt.appendSummary(renderPlanChangedSummary(difference, plan, sourceLinksOf(run)));
  const message = `The plan for ${plan.manifest} differs from the one approved in pull request #${pullNumber} in ${refused.map((p) => `project ${p.projectId}`).join(', ')} (approved ${comment.marker.fingerprint.slice(0, 19)}…, now ${plan.fingerprint.slice(0, 19)}…). Nothing was written. See the summary for how they differ; re-run the pull request's plan or apply by hand.`;
  await approved.thread.setStatus(statusLine(run, 'failed', { failureReason: 'plan-changed', detail: 'the plan changed after approval; nothing was applied' }));
  await approved.thread.notifyApplyFailure({ reason: 'plan-changed', message, outcomes, difference });
  throw new RunFailure('plan-changed', message);
}

function verdictWords(verdict: ProjectVerdict): string {
  switch (verdict.verdict) {
    case 'apply':
      return 'what is left to write is what was approved';
    case 'nothing-left':
      return 'nothing left to write';
    case 'spent':
      return 'has changes, but its approval was spent when it was applied';
    case 'differs':
      return `what is left to write (${verdict.fingerprint.slice(0, 19)}…) is not what was approved (${verdict.approved ? `${verdict.approved.slice(0, 19)}…` : 'no changes'})`;
  }
}

/** Projects are named in the comment's status line up to this many per outcome, counted past it. */
const NAMED_OUTCOMES = 10;

/** What an apply came to: whether anything was written, and the failure to end the run with (after the re-plans). */
export interface ApplyOutcome {
  readonly written: boolean;
  readonly failure?: RunFailure;
}

/**
 * Writes the plan to Ory, each project on its own: a failed project does not stop the others. The
 * approving pull request's comment moves to applying, then applied, or failed with a new comment saying
 * which projects failed and why. `applied` is true when anything was written.
 */
export async function applyApproved(
  rt: ActionRuntime,
  settings: RunSettings,
  ory: OryProjects,
  planned: PlanCommandResult,
  approved: Approved | undefined,
  /** hides secrets in what goes to GitHub (Ory's messages may quote a config value) */
  mask: (text: string) => string,
): Promise<ApplyOutcome> {
  const plan = planned.plan;
  const run = threadRunOf(settings.context);
  const thread = approved?.thread;
  await thread?.setStatus(statusLine(run, 'applying'));
  const results = await applyEachProject({ ory, replan: planned.replan, log: (m) => rt.info(m) }, planned, approved?.projects);
  for (const result of results) {
    if (result.outcome === 'failed') {
      rt.error(`Project ${result.projectId}: failed (${result.reason}): ${result.message}`);
      continue;
    }
    rt.info(`Project ${result.projectId}: ${result.outcome}${result.operations ? ` (${result.operations} operations, now revision ${result.revisionId})` : ''}.`);
    for (const warning of result.warnings) rt.warning(`Ory warned about project ${result.projectId}: ${warning.message ?? `code ${warning.code}`}`);
  }
  const touched = new Set(results.map((r) => r.projectId));
  const outcomes: ProjectOutcome[] = [
    ...results.map((r): ProjectOutcome =>
      r.outcome === 'failed'
        ? { projectId: r.projectId, outcome: 'failed', reason: r.reason, message: mask(r.message) }
        : { projectId: r.projectId, outcome: wasWritten(r) ? 'applied' : 'unchanged', operations: r.operations },
    ),
    ...plan.projects.filter((p) => !touched.has(p.projectId)).map((p): ProjectOutcome => ({ projectId: p.projectId, outcome: 'unchanged' })),
  ];
  const written = outcomes.some((o) => o.outcome === 'applied');
  rt.setOutput('applied', String(written));
  writePlanJson(rt, settings, plan, outcomes);
  const byProject: Record<string, ProjectOutcomeKind> = Object.fromEntries(outcomes.map((o) => [o.projectId, o.outcome]));
  const failed = outcomes.filter((o) => o.outcome === 'failed');
  const outcomeTable = renderProjectOutcomes(outcomes);
  if (failed.length === 0) {
    const done = statusLine(run, 'applied', outcomes.length > 1 ? { detail: outcomeWords(outcomes) } : {});
    rt.appendSummary(`${renderSummary(plan, { status: done, links: sourceLinksOf(run) })}\n\n${outcomeTable}\n`);
    await thread?.notifyRecovered(outcomes);
    await thread?.setStatus(done, byProject);
    return { written };
  }
  const reason: FailureReason = failed[0]!.reason ?? 'apply-failed';
  const failedLine = statusLine(run, 'failed', { failureReason: reason, detail: outcomeWords(outcomes) });
  rt.appendSummary(`${renderSummary(plan, { status: failedLine, links: sourceLinksOf(run) })}\n\n${outcomeTable}\n`);
  const message =
    `${failed.length === outcomes.length ? 'The apply failed' : 'The apply failed in part'}: ` +
    failed.map((o) => `project ${o.projectId}: ${o.message ?? o.reason}`).join('; ') +
    (written ? ` Written: ${outcomes.filter((o) => o.outcome === 'applied').map((o) => o.projectId).join(', ')}.` : ' Nothing was written.');
  await thread?.setStatus(failedLine, byProject);
  await thread?.notifyApplyFailure({ reason, message, outcomes });
  return { written, failure: new RunFailure(reason, message) };
}

/** Per project what the apply did, for the comment's status line: named when few, counted when many. */
function outcomeWords(outcomes: readonly ProjectOutcome[]): string {
  const of = (kind: ProjectOutcome['outcome']) => outcomes.filter((o) => o.outcome === kind);
  const part = (kind: ProjectOutcome['outcome'], word: string) => {
    const list = of(kind);
    if (list.length === 0) return [];
    return [list.length <= NAMED_OUTCOMES ? `${word} ${list.map((o) => o.projectId).join(', ')}` : `${list.length} ${word}`];
  };
  return `Per project: ${[...part('applied', 'applied'), ...part('unchanged', 'unchanged'), ...part('failed', 'failed')].join('; ')}.`;
}

function approvedAt({ context, targetNamedByEnvironment }: RunSettings, plan: Plan) {
  // each target approves and applies only its own plan
  return { owner: context.repo.owner, repo: context.repo.repo, sha: context.sha, manifest: plan.manifest, environment: plan.environment ?? '', namedByEnvironmentInput: targetNamedByEnvironment };
}
