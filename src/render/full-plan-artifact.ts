/**
 * The workflow artifact that keeps the whole plan when the comment or the job summary had to be cut:
 * its name, how long it is kept, its address and how the comment and the summary point to it.
 */
import { inlineCode } from './markdown-text.ts';

/** Days GitHub keeps the artifact (a repository's own, lower maximum wins): a review's time, not an archive. */
export const FULL_PLAN_ARTIFACT_RETENTION_DAYS = 14;

/** An uploaded artifact of the full plan. */
export interface FullPlanArtifact {
  readonly name: string;
  /** `<server>/<owner>/<repo>/actions/runs/<run id>/artifacts/<id>` */
  readonly url: string;
}

/** Lower case letters, digits, `_` and `-`; runs of anything else become one `-` (GitHub refuses `/`, `\`, `:`, ...). */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `ory-actions-plan-<manifest>[-<target>]`, e.g. `ory-actions-plan-ory-actions-yaml-production`: one per
 * manifest and target, as the comment is. A re-run attempt adds `-attempt-<n>`, since names are unique
 * within a workflow run and an earlier attempt's artifact keeps its name.
 */
export function fullPlanArtifactName(manifest: string, target: string, runAttempt?: string): string {
  const parts = ['ory-actions-plan', slug(manifest) || 'manifest', slug(target)];
  if (runAttempt && /^\d+$/.test(runAttempt) && Number(runAttempt) > 1) parts.push(`attempt-${runAttempt}`);
  // GitHub keeps artifact names short enough to show; a long path keeps its end (the file name)
  const name = parts.filter(Boolean).join('-');
  return name.length <= 200 ? name : `ory-actions-plan-${name.slice(-183)}`;
}

/** The artifact's page: where a reviewer downloads it. */
export function artifactUrl(runUrl: string, id: number): string {
  return `${runUrl}/artifacts/${id}`;
}

/** Markdown naming the artifact as the place of the full plan (the `fullPlanLocation` of the comment and summary). */
export function fullPlanArtifactPlace(artifact: FullPlanArtifact): string {
  return `the workflow artifact [${inlineCode(artifact.name, 220)}](${artifact.url}) (\`plan.md\` and \`plan.json\`, kept ${FULL_PLAN_ARTIFACT_RETENTION_DAYS} days)`;
}

/** One line for the job summary, which links the artifact whether it was itself cut or not. */
export function fullPlanArtifactNote(artifact: FullPlanArtifact): string {
  return `📦 The full plan, with every body and request preview, is in ${fullPlanArtifactPlace(artifact)}.`;
}
