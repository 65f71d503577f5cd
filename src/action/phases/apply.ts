/**
 * The phases of an apply: "Approval" (a push applies only the plan its merged pull request approved),
 * "Apply" (write to Ory and record the outcome on the pull request), or, when there is nothing to
 * write, "Record" (no approval needed; the merged pull request's comment still learns the outcome).
 */
import { applyPlan, type ProjectApplyResult } from '../../apply/apply.ts';
import type { PlanCommandResult } from '../../commands/plan.ts';
import type { GitHubApi } from '../../github/client.ts';
import { findApprovedPlan } from '../../lifecycle/approval.ts';
import { sourceLinksOf, statusLine, threadRunOf, type CommentThread } from '../../lifecycle/comment-thread.ts';
import { planDifference } from '../../model/comment.ts';
import { RunFailure } from '../../model/failure.ts';
import type { Plan } from '../../model/plan.ts';
import type { OryProjects } from '../../ory/client.ts';
import { renderPlanChangedSummary, renderPlanDifference, renderSummary } from '../../render/index.ts';
import { threadReport } from '../clients.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';

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
  if (approved?.comment) await approved.thread.setStatus(plan, done);
}

/**
 * On a push, the merged pull request's thread whose approved plan is this plan; otherwise (a dispatch,
 * `auto-approve`) none is needed. Refuses with `no-approved-plan` or `plan-changed`, writing nothing.
 */
export async function approve(rt: ActionRuntime, settings: RunSettings, github: GitHubApi | undefined, plan: Plan): Promise<CommentThread | undefined> {
  const { context, intent } = settings;
  if (intent.kind !== 'apply' || intent.approval !== 'merged-pull-request') return undefined;
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
  if (comment.marker.fingerprint !== plan.fingerprint) {
    const difference = renderPlanDifference(planDifference(comment.marker, plan));
    rt.info(difference);
    rt.appendSummary(renderPlanChangedSummary(difference, plan, sourceLinksOf(run)));
    await approved.thread.setStatus(plan, statusLine(run, 'failed', { failureReason: 'plan-changed', detail: 'the plan changed after approval; nothing was applied' }));
    throw new RunFailure('plan-changed', `The plan for ${plan.manifest} differs from the one approved in pull request #${pullNumber} (approved ${comment.marker.fingerprint.slice(0, 19)}…, now ${plan.fingerprint.slice(0, 19)}…). Nothing was written. See the summary for how they differ; re-run the pull request's plan or apply by hand.`);
  }
  rt.info(`The plan matches the one approved in pull request #${pullNumber}.`);
  return approved.thread;
}

/** Writes the plan to Ory; the approving pull request's comment moves to applying, then applied (or failed). */
export async function applyApproved(
  rt: ActionRuntime,
  { context }: RunSettings,
  ory: OryProjects,
  planned: PlanCommandResult,
  thread: CommentThread | undefined,
): Promise<void> {
  const plan = planned.plan;
  const run = threadRunOf(context);
  await thread?.setStatus(plan, statusLine(run, 'applying'));
  let results: ProjectApplyResult[];
  try {
    results = await applyPlan({ ory, replan: planned.replan, log: (m) => rt.info(m) }, planned);
  } catch (error) {
    const failed = statusLine(run, 'failed', { failureReason: error instanceof RunFailure ? error.reason : 'apply-failed' });
    rt.setOutput('applied', 'false');
    rt.appendSummary(renderSummary(plan, { status: failed, links: sourceLinksOf(run) }));
    await thread?.setStatus(plan, failed);
    throw error;
  }
  for (const result of results) {
    rt.info(`Project ${result.projectId}: ${result.outcome}${result.operations ? ` (${result.operations} operations, now revision ${result.revisionId})` : ''}.`);
    for (const warning of result.warnings) rt.warning(`Ory warned about project ${result.projectId}: ${warning.message ?? `code ${warning.code}`}`);
  }
  rt.setOutput('applied', String(results.some((r) => r.outcome === 'applied')));
  const done = statusLine(run, 'applied');
  rt.appendSummary(renderSummary(plan, { status: done, links: sourceLinksOf(run) }));
  await thread?.setStatus(plan, done);
}

function approvedAt({ context, targetNamedByEnvironment }: RunSettings, plan: Plan) {
  // each target approves and applies only its own plan
  return { owner: context.repo.owner, repo: context.repo.repo, sha: context.sha, manifest: plan.manifest, environment: plan.environment ?? '', namedByEnvironmentInput: targetNamedByEnvironment };
}
