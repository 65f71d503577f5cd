/**
 * The plan's fingerprint: SHA-256 of the canonical JSON of the changes alone (SPEC section 2).
 * Revisions, indexes, timestamps and unmanaged hooks stay out, so an unrelated console edit
 * between plan and merge keeps an approved plan valid; any change to what is written does not.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

/** One change as the fingerprint sees it: what it targets and what it writes. */
export interface FingerprintEntry {
  readonly key: string;
  readonly content: unknown;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function fingerprintOf(entries: readonly FingerprintEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return 'sha256:' + sha256(canonicalJson(sorted.map((e) => [e.key, e.content])));
}

export function changeDigests(entries: readonly FingerprintEntry[]): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    digests[entry.key] = sha256(canonicalJson(entry.content)).slice(0, 16);
  }
  return digests;
}

/**
 * Per project with changes, the fingerprint of that project's changes alone: what a merge may write
 * to it (SPEC section 4, "Approval": each project is approved, applied and failed on its own).
 * `projectIds` as the entries' keys start with them (the shown id and a space); a key belongs to the
 * longest id it starts with.
 */
export function projectFingerprintsOf(entries: readonly FingerprintEntry[], projectIds: readonly string[]): Record<string, string> {
  const byLength = [...projectIds].sort((a, b) => b.length - a.length);
  const byProject = new Map<string, FingerprintEntry[]>();
  for (const entry of entries) {
    const projectId = byLength.find((id) => entry.key.startsWith(`${id} `));
    if (projectId === undefined) continue;
    let list = byProject.get(projectId);
    if (!list) byProject.set(projectId, (list = []));
    list.push(entry);
  }
  const fingerprints: Record<string, string> = {};
  for (const projectId of [...byProject.keys()].sort()) fingerprints[projectId] = fingerprintOf(byProject.get(projectId)!);
  return fingerprints;
}
