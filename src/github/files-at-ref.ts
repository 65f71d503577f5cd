/**
 * A commit's files through the GitHub contents API, for planning a pull request that is not checked out
 * (the re-plan after a merge): the manifest first, then every file it names (body files), read by asking
 * the loader what it wants. One contents read per file; paths that leave the repository are never asked for.
 */
import { posix } from 'node:path';
import type { FileReader } from '../commands/files.ts';
import type { GitHubApi } from './client.ts';

/** More files than this at one commit end the discovery: a manifest names few body files. */
const MAX_FILES = 200;
/** Each round asks for what the last one found missing; files cannot name files, so two rounds suffice. */
const MAX_ROUNDS = 3;

export async function filesAtRef(
  github: GitHubApi,
  at: { readonly owner: string; readonly repo: string; readonly ref: string },
  entry: string,
  /** loads from the reader (throwing is fine): every path it reads is fetched for the next round */
  discover: (reader: FileReader) => void,
): Promise<FileReader> {
  const files = new Map<string, string | undefined>();
  const fetch = async (path: string) => {
    files.set(path, insideRepository(path) ? await github.fileAtRef(at.owner, at.repo, path, at.ref) : undefined);
  };
  await fetch(entry);
  for (let round = 0; round < MAX_ROUNDS && files.get(entry) !== undefined; round++) {
    const wanted = new Set<string>();
    const reader: FileReader = {
      read(path) {
        if (files.has(path)) return files.get(path);
        wanted.add(path);
        return undefined;
      },
    };
    try {
      discover(reader);
    } catch {
      // a manifest that does not load with missing files may load once they are there
    }
    if (wanted.size === 0 || files.size + wanted.size > MAX_FILES) break;
    await Promise.all([...wanted].map(fetch));
  }
  return { read: (path) => files.get(path) };
}

/** A normalised relative path that stays in the repository. */
function insideRepository(path: string): boolean {
  const normalized = posix.normalize(path.replace(/\\/g, '/'));
  return normalized !== '..' && !normalized.startsWith('../') && !posix.isAbsolute(normalized) && normalized !== '.';
}
