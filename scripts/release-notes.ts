/**
 * The release workflow's notes (.github/workflows/release.yml):
 *   node --import tsx scripts/release-notes.ts v1.2.3 > notes.md
 * prints the `## [1.2.3]` section of CHANGELOG.md (Keep a Changelog), and fails when the tag is not a
 * version, is not package.json's version, or has no section with content: a release is never cut
 * with empty or borrowed notes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VERSION_TAG = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** The version a tag names (`v1.2.3` -> `1.2.3`), or an error saying what a version tag looks like. */
export function versionOfTag(tag: string): string {
  const match = VERSION_TAG.exec(tag);
  if (!match) throw new Error(`${JSON.stringify(tag)} is not a version tag: release tags are v<major>.<minor>.<patch>, e.g. v1.2.3 or v1.3.0-rc.1`);
  return match[1]!;
}

/** The body of the changelog's section for `version` (`## [1.2.3] - 2026-12-01`), trimmed. */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  const heading = /^## \[([^\]]+)\]/;
  const start = lines.findIndex((line) => heading.exec(line)?.[1] === version);
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it before tagging.`);
  // the section ends at the next version heading, or at the link definitions that close the file
  let end = lines.findIndex((line, index) => index > start && (heading.test(line) || /^\[[^\]]+\]: /.test(line)));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  if (!/^[-*] /m.test(body)) throw new Error(`CHANGELOG.md's section for ${version} lists no change: write what it changes before tagging.`);
  return body;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const tag = process.argv[2] ?? '';
    const version = versionOfTag(tag);
    const root = new URL('..', import.meta.url);
    const packageVersion = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
    if (packageVersion !== version) throw new Error(`The tag ${tag} names ${version}, but package.json's version is ${packageVersion}: set it (npm version ${version} --no-git-tag-version) and tag again.`);
    process.stdout.write(`${releaseNotes(readFileSync(new URL('CHANGELOG.md', root), 'utf8'), version)}\n`);
  } catch (error) {
    process.stderr.write(`release-notes: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
