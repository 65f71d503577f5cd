/**
 * Phase "Plan": read the projects from Ory and plan against them, with the manifest at the previous
 * commit deciding which hooks this manifest owned before. Sets the plan's outputs.
 */
import { createHash } from 'node:crypto';
import { loadPreviousManifest, type LoadedManifest } from '../../commands/load-manifest.ts';
import { computePlan, type PlanCommandResult } from '../../commands/plan.ts';
import type { GitHubApi } from '../../github/client.ts';
import { NULL_SHA, type GitHubContext } from '../../github/context.ts';
import type { CommentThread } from '../../lifecycle/comment-thread.ts';
import type { DesiredAction } from '../../model/action.ts';
import type { ProjectOutcome } from '../../model/lifecycle.ts';
import { hasChanges, type Plan } from '../../model/plan.ts';
import type { OryProjects } from '../../ory/client.ts';
import { planAnnotations, planToJson, renderText } from '../../render/index.ts';
import { createBodyPreviewer } from '../../templates/index.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';

export interface PlanPhaseInput {
  readonly head: LoadedManifest;
  readonly ory: OryProjects;
  readonly github: GitHubApi | undefined;
  /** the pull request's thread: its comment is looked up while the plan is made */
  readonly thread: CommentThread | undefined;
}

export async function makePlan(rt: ActionRuntime, settings: RunSettings, { head, ory, github, thread }: PlanPhaseInput): Promise<PlanCommandResult> {
  // GitHub work waits one turn of the event loop: by then the Ory reads are on the wire, so
  // building the GitHub client (about 35 ms of CPU on first use) overlaps their round trips
  // instead of delaying them.
  const afterOryReadsLeave = new Promise<void>((resolve) => setImmediate(resolve));
  // Both wait on the network: the comment lookup, and the previous manifest (read from GitHub while the projects are read from Ory).
  thread?.prefetch(afterOryReadsLeave);
  const previousActions = afterOryReadsLeave.then(() => readPreviousActions(rt, settings, github, head));
  const result = await computePlan(
    { manifest: head.manifest, ory, salt: settings.inputs.oryApiKey, previewBodies: createBodyPreviewer(), maskValues: settings.maskValues, manifestWarnings: head.warnings },
    previousActions,
  );
  rt.info(renderText(result.plan));
  for (const annotation of planAnnotations(result.plan)) rt.warning(annotation.message, annotation.location);
  return result;
}

export function setPlanOutputs(rt: ActionRuntime, settings: RunSettings, plan: Plan): void {
  rt.setOutput('has-changes', String(hasChanges(plan)));
  rt.setOutput('to-create', String(plan.summary.create));
  rt.setOutput('to-update', String(plan.summary.update));
  rt.setOutput('to-delete', String(plan.summary.delete));
  rt.setOutput('fingerprint', plan.fingerprint);
  writePlanJson(rt, settings, plan);
}

/** The plan JSON (the `plan-json` output); after an apply it also says per project what the apply did. */
export function writePlanJson(rt: ActionRuntime, _settings: RunSettings, plan: Plan, outcomes?: readonly ProjectOutcome[]): void {
  // two steps of one job (staging, then production) keep a plan file each
  const name = `ory-actions-plan-${createHash('sha256').update(`${plan.manifest}\u0000${plan.environment ?? ''}`).digest('hex').slice(0, 12)}.json`;
  rt.setOutput('plan-json', rt.writePlanFile(name, planToJson(plan, outcomes)));
}

/** The commit whose manifest owned hooks before this change: the PR's base, the merge group's base, or the push's `before`. */
function previousCommit(context: GitHubContext): string | undefined {
  if (context.pullRequest) return context.pullRequest.baseSha;
  if (context.mergeGroup?.baseSha) return context.mergeGroup.baseSha;
  if (context.push && context.push.before && context.push.before !== NULL_SHA) return context.push.before;
  return undefined;
}

async function readPreviousActions(
  rt: ActionRuntime,
  { inputs, context, env }: RunSettings,
  github: GitHubApi | undefined,
  head: LoadedManifest,
): Promise<readonly DesiredAction[] | undefined> {
  const ref = previousCommit(context);
  if (!ref) {
    rt.info('No previous commit for this event: only the manifest at this commit (and prune) decide ownership.');
    return undefined;
  }
  if (!github) {
    rt.warning('No github-token: the manifest at the previous commit cannot be read, so hooks of actions removed from it will not be deleted.');
    return undefined;
  }
  try {
    const text = await github.fileAtRef(context.repo.owner, context.repo.repo, inputs.manifest, ref);
    if (text === undefined) {
      rt.info(`${inputs.manifest} did not exist at ${ref.slice(0, 7)}: no previous actions.`);
      return [];
    }
    if (text === head.text) {
      // The same text with the same environment and inputs owns the same hooks: no second parse.
      rt.info(`${inputs.manifest} is unchanged since ${ref.slice(0, 7)}: its ${head.manifest.actions.length} action(s) owned hooks before this change.`);
      return head.manifest.actions;
    }
    // read for the same environment (SPEC section 2)
    const { manifest, problem, dropped } = loadPreviousManifest(inputs.manifest, text, env, inputs.projectId, { ...(inputs.environment ? { environment: inputs.environment } : {}), head: head.manifest });
    if (!manifest) {
      rt.warning(`The manifest at ${ref.slice(0, 7)} could not be read (${problem}); hooks it owned that are gone now will not be deleted.`);
      return undefined;
    }
    for (const lost of dropped) {
      rt.warning(`Action "${lost.name}" of ${inputs.manifest} at ${ref.slice(0, 7)} cannot be resolved (${lost.problem}): it no longer owns its hook, which is not deleted. The other actions of that manifest still count.`);
    }
    rt.info(`${inputs.manifest} at ${ref.slice(0, 7)}: ${manifest.actions.length} action(s) owned hooks before this change.`);
    return manifest.actions;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    rt.warning(`Could not read ${inputs.manifest} at ${ref.slice(0, 7)} through the GitHub API (${why}); hooks of removed actions will not be deleted.`);
    return undefined;
  }
}
