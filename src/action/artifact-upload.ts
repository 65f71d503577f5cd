/**
 * The artifact edge: files written to a fresh folder of the runner's temp dir and uploaded with the
 * toolkit's `@actions/artifact` (GitHub's artifact service, through ACTIONS_RESULTS_URL and
 * ACTIONS_RUNTIME_TOKEN). The library is loaded here, on first use only: the bundle keeps it in a file
 * of its own (dist/artifact.js, scripts/bundle-edits/README.md), so a run that uploads nothing never
 * loads it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ArtifactUpload } from './runtime.ts';

export async function uploadArtifactFiles(env: Readonly<Record<string, string | undefined>>, artifact: ArtifactUpload): Promise<{ id: number }> {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`no artifact service for this run (${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set: not on a GitHub Actions runner)`);
  const parent = env.RUNNER_TEMP || tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'ory-actions-artifact-'));
  try {
    const paths = Object.entries(artifact.files).map(([name, text]) => {
      if (basename(name) !== name) throw new Error(`artifact file name ${JSON.stringify(name)} is not a plain file name`);
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    });
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const { id } = await new DefaultArtifactClient().uploadArtifact(artifact.name, paths, dir, { retentionDays: artifact.retentionDays });
    if (id === undefined) throw new Error('the artifact service did not return the artifact id');
    return { id };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
