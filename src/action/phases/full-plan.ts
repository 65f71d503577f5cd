/**
 * Part of phase "Publish": when the comment or the job summary has to be cut, the whole plan (markdown with
 * every body and preview, and the plan JSON) is uploaded as a workflow artifact, and both link it. An upload
 * that cannot happen (not on a runner, the service refused) is a warning: they link the job summary as before.
 */
import type { ThreadRun } from '../../lifecycle/comment-thread.ts';
import type { CommentStatusLine } from '../../model/comment.ts';
import { planMarker } from '../../model/marker.ts';
import type { Plan } from '../../model/plan.ts';
import {
  artifactUrl,
  commentHoldsWholePlan,
  fullPlanArtifactName,
  FULL_PLAN_ARTIFACT_RETENTION_DAYS,
  planToJson,
  renderFullPlan,
  type FullPlanArtifact,
  type SourceLinks,
} from '../../render/index.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';

/**
 * Room kept free when judging whether the comment holds the whole plan, for what the thread may add to
 * the rendering this side does not see: the judgement errs towards an upload, never towards a cut
 * comment with nothing to link.
 */
const COMMENT_MARGIN = 2_000;

export interface FullPlanQuestion {
  readonly plan: Plan;
  readonly status: CommentStatusLine;
  readonly run: ThreadRun;
  readonly links: SourceLinks | undefined;
  /** the job summary was cut (renderSummaryDocument) */
  readonly summaryCut: boolean;
  /** a comment will be written */
  readonly commenting: boolean;
}

/** Pure: whether the full plan needs a home of its own, i.e. the comment or the summary cannot hold it whole. */
export function fullPlanNeedsArtifact({ plan, status, run, links, summaryCut, commenting }: FullPlanQuestion): boolean {
  if (summaryCut) return true;
  if (!commenting) return false;
  const marker = planMarker(plan, { headSha: run.headSha, status: status.status, run: run.runId ? { runId: run.runId, ...(run.runUrl !== undefined ? { runUrl: run.runUrl } : {}) } : {} });
  return !commentHoldsWholePlan(plan, { marker, status, ...(links ? { links } : {}), margin: COMMENT_MARGIN });
}

/** Uploads the full plan as this run's artifact; undefined (after a warning) when it cannot be. */
export async function uploadPlanArtifact(rt: ActionRuntime, { context, target, inputs }: RunSettings, plan: Plan, status: CommentStatusLine, links: SourceLinks | undefined): Promise<FullPlanArtifact | undefined> {
  const name = fullPlanArtifactName(plan.manifest || inputs.manifest, target, context.runAttempt);
  if (!context.runId) {
    rt.warning('The plan was cut to fit, and this run has no workflow run id (GITHUB_RUN_ID) to keep it as an artifact: the job summary and the `plan-json` file hold it.');
    return undefined;
  }
  try {
    const markdown = renderFullPlan(plan, { status, headSha: context.pullRequest?.headSha ?? context.sha, ...(links ? { links } : {}) });
    const { id } = await rt.uploadArtifact({ name, files: { 'plan.md': markdown, 'plan.json': planToJson(plan) }, retentionDays: FULL_PLAN_ARTIFACT_RETENTION_DAYS });
    const artifact = { name, url: artifactUrl(context.runUrl, id) };
    rt.info(`The plan was cut to fit; the full plan is the artifact ${name}: ${artifact.url}`);
    return artifact;
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rt.warning(`The plan was cut to fit, and the full plan could not be uploaded as the artifact ${name} (${why}): the comment and the job summary point to the job summary and the \`plan-json\` file instead.`);
    return undefined;
  }
}
