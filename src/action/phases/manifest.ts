/** Phase "Manifest": load the manifest at this commit; its warnings and errors become annotations where they are. */
import { loadManifestFile, type LoadedManifest } from '../../commands/load-manifest.ts';
import { sourceLinksOf, threadRunOf } from '../../lifecycle/comment-thread.ts';
import type { PullRequestRun } from '../../lifecycle/pull-request.ts';
import { ManifestError, formatDiagnostic } from '../../model/diagnostics.ts';
import { renderManifestErrorsSummary } from '../../render/index.ts';
import { checkBodySyntax } from '../../templates/index.ts';
import type { ActionRuntime } from '../runtime.ts';
import type { RunSettings } from '../settings.ts';

const ANNOTATION_TITLE = 'Ory Actions manifest';

/** A manifest that does not load ends the run with `invalid-manifest`; a pull request's comment and status say why. */
export async function loadHeadManifest(rt: ActionRuntime, settings: RunSettings, pull: Pick<PullRequestRun, 'manifestInvalid'> | undefined): Promise<LoadedManifest> {
  const { inputs, env, target } = settings;
  try {
    const loaded = loadManifestFile({
      path: inputs.manifest,
      files: rt.workspace,
      env,
      ...(inputs.projectId ? { projectIdOverride: inputs.projectId } : {}),
      ...(inputs.environment ? { environment: inputs.environment } : {}),
      checkBody: checkBodySyntax,
    });
    const { manifest, warnings } = loaded;
    for (const secret of manifest.secrets) rt.setSecret(secret);
    for (const warning of warnings) rt.warning(formatDiagnostic(warning), warning.location ? { ...warning.location, title: ANNOTATION_TITLE } : undefined);
    rt.info(`${manifest.path}: ${manifest.actions.length} action${manifest.actions.length === 1 ? '' : 's'} in ${new Set(manifest.actions.map((a) => a.projectId)).size} project(s).`);
    return loaded;
  } catch (error) {
    if (error instanceof ManifestError) {
      for (const d of error.diagnostics) {
        const annotate = d.severity === 'error' ? rt.error : rt.warning;
        annotate(formatDiagnostic(d), d.location ? { ...d.location, title: ANNOTATION_TITLE } : undefined);
      }
      rt.appendSummary(renderManifestErrorsSummary(error.diagnostics, target, sourceLinksOf(threadRunOf(settings.context)), inputs.manifest));
      await pull?.manifestInvalid(error.diagnostics);
    }
    throw error;
  }
}
