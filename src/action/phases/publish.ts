/**
 * Phases that end in what people read: "Publish" (a plan: job summary, the pull request's comment and
 * commit status), "Drift check" (and its issue) and "Merge queue" (the queued plan against the approved one).
 */
import type { GitHubApi } from '../../github/client.ts';
import { sourceLinksOf, statusLine, threadRunOf } from '../../lifecycle/comment-thread.ts';
import type { CommitStatuses } from '../../lifecycle/commit-status.ts';
import { keepDriftIssue } from '../../lifecycle/drift-issue.ts';
import { checkQueuedPlan } from '../../lifecycle/merge-queue.ts';
import type { PullRequestRun } from '../../lifecycle/pull-request.ts';
import { ManifestError } from '../../model/diagnostics.ts';
import { RunFailure } from '../../model/failure.ts';
import { hasChanges, type Plan } from '../../model/plan.ts';
import { fullPlanArtifactNote, fullPlanArtifactPlace, renderPlanFailedSummary, renderSummary, renderSummaryDocument, summaryLine } from '../../render/index.ts';
import { runTarget, threadReport, type SecretMask } from '../clients.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';
import { fullPlanNeedsArtifact, uploadPlanArtifact } from './full-plan.ts';

/**
 * A plan that could not be made (Ory down, a bad key): the error in the job summary, and on a pull
 * request (or a merge group) its comment and status say the plan shown is not current. Manifest
 * errors were told where they are by the Manifest phase.
 */
export async function reportPlanFailure(rt: ActionRuntime, pull: PullRequestRun | undefined, mask: SecretMask, error: unknown): Promise<void> {
  if (error instanceof ManifestError) return;
  rt.appendSummary(renderPlanFailedSummary(error instanceof RunFailure ? error.reason : '', mask.text(error instanceof Error ? error.message : String(error))));
  await pull?.planFailed(error);
}

/**
 * The job summary, and on a pull request the one plan comment (created, or edited in place) and the
 * commit status. A plan cut to fit is kept whole as a workflow artifact, which the comment and the summary link.
 */
export async function publishPlan(rt: ActionRuntime, settings: RunSettings, plan: Plan, pull: PullRequestRun | undefined): Promise<void> {
  const { inputs, context } = settings;
  const run = threadRunOf(context);
  const line = statusLine(run, 'planned');
  const links = sourceLinksOf(run);
  const summaryOptions = { status: line, headSha: run.headSha, ...(links ? { links } : {}) };
  let summary = renderSummaryDocument(plan, summaryOptions);
  const artifact = fullPlanNeedsArtifact({ plan, status: line, run, links, summaryCut: summary.truncated, commenting: pull?.thread !== undefined })
    ? await uploadPlanArtifact(rt, settings, plan, line, links)
    : undefined;
  if (artifact) summary = renderSummaryDocument(plan, { ...summaryOptions, fullPlanLocation: fullPlanArtifactPlace(artifact), fullPlanNote: fullPlanArtifactNote(artifact) });
  rt.appendSummary(summary.body);
  if (context.pullRequest && inputs.comment && !pull?.thread) rt.warning('No github-token: the plan is in the job summary only.');
  await pull?.planned(plan, line, artifact ? fullPlanArtifactPlace(artifact) : undefined);
  rt.setOutput('applied', 'false');
}

/**
 * A scheduled check: any change means Ory drifted from the manifest, and the run fails with `drift`. The
 * drift issue is opened or updated while the drift lasts, and closed by a check in sync.
 */
export async function checkDrift(rt: ActionRuntime, settings: RunSettings, github: GitHubApi | undefined, plan: Plan): Promise<void> {
  const { inputs, context } = settings;
  const links = sourceLinksOf(threadRunOf(context));
  rt.appendSummary(renderSummary(plan, { title: `Ory Actions drift check${plan.environment ? ` in ${plan.environment}` : ''}`, ...(links ? { links } : {}) }));
  rt.setOutput('applied', 'false');
  const keepIssue = inputs.driftIssue && (context.eventName === 'schedule' || context.eventName === 'workflow_dispatch');
  if (keepIssue && github) {
    await keepDriftIssue({
      github,
      owner: context.repo.owner,
      repo: context.repo.repo,
      target: runTarget(settings),
      plan,
      run: { ...(context.runNumber ? { number: context.runNumber } : {}), ...(context.runId ? { url: context.runUrl } : {}), ...(context.workflow ? { workflow: context.workflow } : {}) },
      ...(context.ref.startsWith('refs/heads/') ? { branch: context.ref.slice('refs/heads/'.length) } : {}),
      warning: (m) => rt.warning(m),
      info: (m) => rt.info(m),
    });
  } else if (keepIssue && hasChanges(plan)) {
    rt.warning('No github-token: the drift issue is not kept; the drift is in the job summary.');
  }
  if (hasChanges(plan)) {
    throw new RunFailure('drift', `Ory has drifted from ${plan.manifest}: ${summaryLine(plan.summary)} Review the job summary, then apply or update the manifest.`);
  }
}

/** A merge group: passes only when the queued commit's plan is the queued pull request's approved plan; never writes to Ory. */
export async function checkMergeGroup(rt: ActionRuntime, settings: RunSettings, github: GitHubApi | undefined, statuses: CommitStatuses, plan: Plan): Promise<void> {
  const { context } = settings;
  rt.setOutput('applied', 'false');
  const group = context.mergeGroup!;
  rt.appendSummary(renderSummary(plan, { title: `Ory Actions merge queue check${group.pullNumber ? ` for #${group.pullNumber}` : ''}` }));
  await checkQueuedPlan({
    github,
    owner: context.repo.owner,
    repo: context.repo.repo,
    target: runTarget(settings),
    groupSha: group.headSha,
    pullNumber: group.pullNumber,
    plan,
    run: { ...threadRunOf(context), headSha: group.headSha },
    statuses,
    report: threadReport(rt),
    summary: (markdown) => rt.appendSummary(markdown),
  });
}
