/**
 * The action, as a table of contents: its settings are read at the edge, each phase of the run is one
 * call and one log group, the outputs are set, and one catch turns any failure into `failure-reason`
 * and `setFailed`. The phases live in ./phases/; the life of a plan on GitHub (comment thread, commit
 * status, failure notices, re-plans, the merge queue, the drift issue) in ../lifecycle/.
 */
import type { PlanCommandResult } from '../commands/plan.ts';
import type { OryProjects } from '../ory/client.ts';
import { hasChanges } from '../model/plan.ts';
import { ManifestError } from '../model/diagnostics.ts';
import { RunFailure, type FailureReason } from '../model/failure.ts';
import { connectGitHub, connectOry, pullRequestThread, secretMask, statusRun, targetStatuses } from './clients.ts';
import type { Intent } from './inputs.ts';
import { applyApproved, approve, recordNoChanges } from './phases/apply.ts';
import { loadHeadManifest } from './phases/manifest.ts';
import { makePlan, setPlanOutputs } from './phases/plan.ts';
import { checkDrift, checkMergeGroup, publishPlan, reportPlanFailure } from './phases/publish.ts';
import { replanOthers } from './phases/replan.ts';
import type { ActionRuntime } from './runtime.ts';
import { guardSecrets } from './secret-guard.ts';
import { readRunSettings } from './settings.ts';

export async function runAction(runtime: ActionRuntime): Promise<void> {
  const guarded = guardSecrets(runtime);
  // `applied` is an output of every run, failed ones included: the catch sets it when nothing did
  const outputsSet = new Set<string>();
  const rt: ActionRuntime = { ...guarded, setOutput: (name, value) => (outputsSet.add(name), guarded.setOutput(name, value)) };
  try {
    const settings = readRunSettings(rt);
    const { inputs, context, intent, target } = settings;
    rt.setOutput('environment', target);
    rt.info(`Ory Actions GitOps: ${describeIntent(intent)} for ${inputs.manifest}${target ? ` in ${target}` : ''} (event ${context.eventName || 'none'}, mode ${inputs.mode}).`);
    const github = connectGitHub(rt, settings);
    const statuses = targetStatuses(rt, settings, github);
    const mask = secretMask(settings);
    const thread = pullRequestThread(rt, settings, github);
    const pull = statusRun(settings, thread, statuses, mask);
    pull?.started();

    let ory: OryProjects;
    let result: PlanCommandResult;
    try {
      const head = await rt.group('Manifest', () => loadHeadManifest(rt, settings, pull));
      mask.add(head.manifest.secrets);
      const oryClient = (ory = connectOry(rt, settings));
      result = await rt.group('Plan', () => makePlan(rt, settings, { head, ory: oryClient, github, thread }));
    } catch (error) {
      await reportPlanFailure(rt, pull, mask, error);
      throw error;
    }
    setPlanOutputs(rt, settings, result.plan);

    switch (intent.kind) {
      case 'plan':
        await rt.group('Publish', () => publishPlan(rt, settings, result.plan, pull));
        break;
      case 'queue':
        await rt.group('Merge queue', () => checkMergeGroup(rt, settings, github, statuses, result.plan));
        break;
      case 'check':
        await rt.group('Drift check', () => checkDrift(rt, settings, github, result.plan));
        break;
      case 'apply': {
        if (!hasChanges(result.plan)) {
          await rt.group('Record', () => recordNoChanges(rt, settings, github, result.plan));
          break;
        }
        const approved = await rt.group('Approval', () => approve(rt, settings, github, result.plan));
        const outcome = await rt.group('Apply', () => applyApproved(rt, settings, ory, result, approved, mask.text));
        if (outcome.written && approved && github) {
          const mergedPull = approved.thread.place.issueNumber;
          await rt.group('Re-plan', () => replanOthers(rt, settings, github, ory, statuses, mergedPull, mask.text));
        }
        if (outcome.failure) throw outcome.failure;
        break;
      }
    }
    rt.setOutput('failure-reason', '');
  } catch (error) {
    const reason: FailureReason | '' = error instanceof RunFailure ? error.reason : error instanceof ManifestError ? 'invalid-manifest' : '';
    rt.setOutput('failure-reason', reason);
    if (!outputsSet.has('applied')) rt.setOutput('applied', 'false');
    const message = error instanceof Error ? error.message : String(error);
    rt.setFailed(reason ? `${message}\n(failure-reason: ${reason})` : message);
  }
}

function describeIntent(intent: Intent): string {
  if (intent.kind === 'apply') return intent.approval === 'merged-pull-request' ? 'apply the approved plan' : 'apply';
  if (intent.kind === 'queue') return 'check the queued plan';
  return intent.kind;
}
