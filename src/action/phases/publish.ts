/** Phases that end in what people read: "Publish" (a plan: job summary and the pull request's comment) and "Drift check". */
import { sourceLinksOf, statusLine, threadRunOf, type CommentThread } from '../../lifecycle/comment-thread.ts';
import { RunFailure } from '../../model/failure.ts';
import { hasChanges, type Plan } from '../../model/plan.ts';
import { renderSummary, summaryLine, type SourceLinks } from '../../render/index.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';

/** The job summary, and on a pull request the one plan comment (created, or edited in place). */
export async function publishPlan(rt: ActionRuntime, { inputs, context }: RunSettings, plan: Plan, thread: CommentThread | undefined): Promise<void> {
  const run = threadRunOf(context);
  const line = statusLine(run, 'planned');
  rt.appendSummary(renderSummary(plan, { status: line, headSha: run.headSha, links: sourceLinksOf(run) }));
  if (thread) await thread.publishPlan(plan, line);
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
