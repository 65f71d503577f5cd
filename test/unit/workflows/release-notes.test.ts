/** The release workflow's notes (scripts/release-notes.ts): a version's CHANGELOG.md section, or a clear refusal. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { releaseNotes, versionOfTag } from '../../../scripts/release-notes.ts';
import { runChild } from '../../support/child-process.ts';
import { ROOT } from '../../support/paths.ts';

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0] - 2027-02-01

### Added

- environments

### Fixed

- a body diff

## [1.0.0] - 2027-01-10

- first release

## [0.9.0] - 2026-12-20

[Unreleased]: https://github.com/ory-actions-gitops/ory-actions-gitops/compare/v1.1.0...HEAD
[1.1.0]: https://github.com/ory-actions-gitops/ory-actions-gitops/compare/v1.0.0...v1.1.0
`;

test('a version tag names its version; anything else is refused with what a tag looks like', () => {
  assert.equal(versionOfTag('v1.2.3'), '1.2.3');
  assert.equal(versionOfTag('v1.3.0-rc.1'), '1.3.0-rc.1');
  for (const tag of ['1.2.3', 'v1', 'v1.2', 'v1.2.3.4', 'release-1.2.3', '']) assert.throws(() => versionOfTag(tag), /is not a version tag: release tags are v<major>/, tag);
});

test("a version's notes are its section, up to the next version or the link definitions", () => {
  assert.equal(releaseNotes(CHANGELOG, '1.1.0'), '### Added\n\n- environments\n\n### Fixed\n\n- a body diff');
  assert.equal(releaseNotes(CHANGELOG, '1.0.0'), '- first release');
});

test('a version without a section, or with an empty one, has no notes: the release stops', () => {
  assert.throws(() => releaseNotes(CHANGELOG, '1.2.0'), /no "## \[1\.2\.0\] - YYYY-MM-DD" section/);
  assert.throws(() => releaseNotes(CHANGELOG, '0.9.0'), /section for 0\.9\.0 lists no change/);
});

test("the repository's CHANGELOG.md is Keep a Changelog, its Unreleased section lists what exists", () => {
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, /^# Changelog\n/);
  assert.match(changelog, /Keep a Changelog/);
  assert.match(releaseNotes(changelog, 'Unreleased'), /^### Added$/m);
});

test("the script refuses a tag that is not package.json's version", async () => {
  const result = await runChild(process.execPath, ['--import', 'tsx', 'scripts/release-notes.ts', 'v99.0.0'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /The tag v99\.0\.0 names 99\.0\.0, but package\.json's version is /);
  assert.equal(result.stdout, '');
});
