/** Phases that end in what people read: "Publish" (a plan: job summary and the pull request's comment) and "Drift check". */
import { sourceLinksOf, statusLine, threadRunOf, type CommentThread } from '../../lifecycle/comment-thread.ts';
import { RunFailure } from '../../model/failure.ts';
import { hasChanges, type Plan } from '../../model/plan.ts';
import { fullPlanArtifactNote, fullPlanArtifactPlace, renderSummary, renderSummaryDocument, summaryLine, type SourceLinks } from '../../render/index.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';
import { fullPlanNeedsArtifact, uploadPlanArtifact } from './full-plan.ts';

/** The job summary, and on a pull request the one plan comment (created, or edited in place). */
export async function publishPlan(rt: ActionRuntime, settings: RunSettings, plan: Plan, thread: CommentThread | undefined): Promise<void> {
  const { inputs, context } = settings;
  const run = threadRunOf(context);
  const line = statusLine(run, 'planned');
  const links = sourceLinksOf(run);
  const summaryOptions = { status: line, headSha: run.headSha, ...(links ? { links } : {}) };
  let summary = renderSummaryDocument(plan, summaryOptions);
  // A plan cut to fit is kept whole as a workflow artifact, which the comment and the summary link.
  const artifact = fullPlanNeedsArtifact({ plan, status: line, run, links, summaryCut: summary.truncated, commenting: thread !== undefined })
    ? await uploadPlanArtifact(rt, settings, plan, line, links)
    : undefined;
  if (artifact) summary = renderSummaryDocument(plan, { ...summaryOptions, fullPlanLocation: fullPlanArtifactPlace(artifact), fullPlanNote: fullPlanArtifactNote(artifact) });
  rt.appendSummary(summary.body);
  if (thread) await thread.publishPlan(plan, line, artifact ? fullPlanArtifactPlace(artifact) : undefined);
  else if (context.pullRequest && inputs.comment) rt.warning('No github-token: the plan is in the job summary only.');
  rt.setOutput('applied', 'false');
}

/** A scheduled check: any change means Ory drifted from the manifest, and the run fails with `drift`. */
export function checkDrift(rt: ActionRuntime, plan: Plan, links?: SourceLinks): void {
  rt.appendSummary(renderSummary(plan, { title: `Ory Actions drift check${plan.environment ? ` in ${plan.environment}` : ''}`, ...(links ? { links } : {}) }));
  rt.setOutput('applied', 'false');
  if (hasChanges(plan)) {
    throw new RunFailure('drift', `Ory has drifted from ${plan.manifest}: ${summaryLine(plan.summary)} Review the job summary, then apply or update the manifest.`);
  }
}
