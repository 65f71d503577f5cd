/**
 * Phase "Re-plan": after a merge applied, the other open pull requests into the same branch with a plan
 * comment for this manifest and target are planned again from their head commits, read through the
 * GitHub API (lifecycle/replan.ts decides what their comments and statuses say). Ory is only read, each
 * project once for all of them.
 */
import type { FileReader } from '../../commands/files.ts';
import { loadManifestFile, loadPreviousManifest, type LoadedManifest } from '../../commands/load-manifest.ts';
import { computePlan } from '../../commands/plan.ts';
import type { GitHubApi, PullRequestInfo } from '../../github/client.ts';
import { filesAtRef } from '../../github/files-at-ref.ts';
import { threadRunOf } from '../../lifecycle/comment-thread.ts';
import type { CommitStatuses } from '../../lifecycle/commit-status.ts';
import { replanOpenPulls, type PullPlan } from '../../lifecycle/replan.ts';
import type { DesiredAction } from '../../model/action.ts';
import { ManifestError } from '../../model/diagnostics.ts';
import type { OryProjects } from '../../ory/client.ts';
import { renderReplanReport } from '../../render/index.ts';
import { checkBodySyntax, createBodyPreviewer } from '../../templates/index.ts';
import { runTarget, threadReport } from '../clients.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';

export async function replanOthers(
  rt: ActionRuntime,
  settings: RunSettings,
  github: GitHubApi,
  ory: OryProjects,
  statuses: CommitStatuses,
  mergedPull: number,
  mask: (text: string) => string,
): Promise<void> {
  const { context, inputs, env } = settings;
  const base = context.ref.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : context.ref;
  if (!base) return;
  const at = (ref: string) => ({ owner: context.repo.owner, repo: context.repo.repo, ref });
  const readOnly = readOnlyOry(ory);
  const previewBodies = createBodyPreviewer();
  // the manifest at a pull request's base, for the same target, read once per base and head
  const previousByBase = new Map<string, Promise<readonly DesiredAction[] | undefined>>();
  const previousAt = (sha: string, head: LoadedManifest) => {
    const key = `${sha}\u0000${head.text}`;
    let actions = previousByBase.get(key);
    if (!actions) {
      actions = github.fileAtRef(context.repo.owner, context.repo.repo, inputs.manifest, sha).then((text) => {
        if (text === undefined) return [];
        if (text === head.text) return head.manifest.actions;
        const target = { ...(inputs.environment ? { environment: inputs.environment } : {}), head: head.manifest };
        return loadPreviousManifest(inputs.manifest, text, env, inputs.projectId, target).manifest?.actions;
      });
      previousByBase.set(key, actions);
    }
    return actions;
  };
  const load = (files: FileReader) =>
    loadManifestFile({
      path: inputs.manifest,
      files,
      env,
      ...(inputs.projectId ? { projectIdOverride: inputs.projectId } : {}),
      ...(inputs.environment ? { environment: inputs.environment } : {}),
      checkBody: checkBodySyntax,
    });

  const planPull = async (pull: PullRequestInfo): Promise<PullPlan> => {
    try {
      const files = await filesAtRef(github, at(pull.head.sha), inputs.manifest, (reader) => load(reader));
      let loaded: LoadedManifest;
      try {
        loaded = load(files);
      } catch (error) {
        if (error instanceof ManifestError) return { kind: 'invalid-manifest', diagnostics: error.diagnostics };
        throw error;
      }
      for (const secret of loaded.manifest.secrets) rt.setSecret(secret);
      const result = await computePlan(
        { manifest: loaded.manifest, ory: readOnly, salt: inputs.oryApiKey, previewBodies, maskValues: settings.maskValues },
        previousAt(pull.base.sha, loaded).catch(() => undefined),
      );
      rt.info(`#${pull.number} at ${pull.head.sha.slice(0, 7)}: ${result.plan.fingerprint.slice(0, 19)}…`);
      return { kind: 'planned', plan: result.plan };
    } catch (error) {
      return { kind: 'failed', error };
    }
  };

  try {
    const report = await replanOpenPulls({
      github,
      owner: context.repo.owner,
      repo: context.repo.repo,
      base,
      mergedPull,
      mergeSha: context.sha,
      target: runTarget(settings),
      run: threadRunOf(context),
      statuses,
      report: { ...threadReport(rt), commentUrl: () => {} },
      planPull,
      mask,
    });
    rt.appendSummary(renderReplanReport(report));
    const stale = report.stale.length > 0 ? `; ${report.stale.length} marked stale` : '';
    rt.info(`Planned ${report.replanned.length} other open pull request(s) again${stale}.`);
  } catch (error) {
    rt.warning(`Could not plan the other open pull requests again (${mask(error instanceof Error ? error.message : String(error))}); their plans may be stale.`);
  }
}

/** Ory for re-plans: each project read once for all of them, and never written. */
function readOnlyOry(ory: OryProjects): OryProjects {
  const reads = new Map<string, Promise<unknown>>();
  return {
    getProject(projectId) {
      let read = reads.get(projectId);
      if (!read) {
        read = ory.getProject(projectId);
        reads.set(projectId, read);
        read.catch(() => reads.delete(projectId));
      }
      return read.then((project) => structuredClone(project));
    },
    patchProject() {
      return Promise.reject(new Error('A re-plan never writes to Ory.'));
    },
    pause: (ms, what) => ory.pause(ms, what),
  };
}
