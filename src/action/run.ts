/**
 * The action, as a table of contents: its settings are read at the edge, each phase of the run is one
 * call and one log group, the outputs are set, and one catch turns any failure into `failure-reason`
 * and `setFailed`. The phases live in ./phases/, the pull request's comment thread in ../lifecycle/.
 */
import { hasChanges } from '../model/plan.ts';
import { ManifestError } from '../model/diagnostics.ts';
import { RunFailure, type FailureReason } from '../model/failure.ts';
import { sourceLinksOf, threadRunOf } from '../lifecycle/comment-thread.ts';
import { connectGitHub, connectOry, pullRequestThread } from './clients.ts';
import type { Intent } from './inputs.ts';
import { applyApproved, approve, recordNoChanges } from './phases/apply.ts';
import { loadHeadManifest } from './phases/manifest.ts';
import { makePlan, setPlanOutputs } from './phases/plan.ts';
import { checkDrift, publishPlan } from './phases/publish.ts';
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
    const thread = pullRequestThread(rt, settings, github);

    const head = await rt.group('Manifest', () => loadHeadManifest(rt, settings, thread));
    const ory = connectOry(rt, settings);
    const result = await rt.group('Plan', () => makePlan(rt, settings, { head, ory, github, thread }));
    setPlanOutputs(rt, result.plan);

    switch (intent.kind) {
      case 'plan':
        await rt.group('Publish', () => publishPlan(rt, settings, result.plan, thread));
        break;
      case 'check':
        await rt.group('Drift check', async () => checkDrift(rt, result.plan, sourceLinksOf(threadRunOf(settings.context))));
        break;
      case 'apply':
        if (!hasChanges(result.plan)) {
          await rt.group('Record', () => recordNoChanges(rt, settings, github, result.plan));
          break;
        }
        {
          const approvedOn = await rt.group('Approval', () => approve(rt, settings, github, result.plan));
          await rt.group('Apply', () => applyApproved(rt, settings, ory, result, approvedOn));
        }
        break;
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
  return intent.kind;
}
