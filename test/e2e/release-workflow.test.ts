/**
 * .github/workflows/release.yml's release job, run here as a runner runs it (test/support/workflow-runner.ts)
 * in a copy of the repository with a git remote of its own and a stand-in for the `gh` CLI that
 * records the release it is asked to create: a version tag gets a release whose notes are its
 * CHANGELOG.md section and moves the major tag; a tag that is not package.json's version, or a
 * dist/ that is not a fresh build, stops the job before anything is released or moved.
 * (The npm job publishes with npm's trusted publishing, which only a GitHub runner can do.)
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT } from '../support/paths.ts';
import { runWorkflowJob } from '../support/workflow-runner.ts';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const MAJOR = `v${VERSION.split('.')[0]}`;
const NOTES = '### Added\n\n- the first release, for this test';
// under the project (.tmp/ is ignored): the copy's node_modules are hard links on the same file system
const work = (() => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, '.tmp', 'release-workflow-'));
})();
const repo = join(work, 'repo');
const remote = join(work, 'origin.git');
const bin = join(work, 'bin');

function git(args: string[], cwd = repo): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: work, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
}

/** The changelog with a section for `version` after the Unreleased one (before the next version or the links). */
function withSection(changelog: string, version: string, notes: string): string {
  const unreleased = changelog.indexOf('## [Unreleased]');
  assert.ok(unreleased >= 0);
  const next = changelog.slice(unreleased + 1).search(/^(## \[|\[[^\]]+\]: )/m);
  const at = next < 0 ? changelog.length : unreleased + 1 + next;
  return `${changelog.slice(0, at)}## [${version}] - 2026-12-01\n\n${notes}\n\n${changelog.slice(at)}`;
}

before(() => {
  mkdirSync(repo);
  for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'action.yml', 'LICENSE', 'README.md', 'src', 'scripts', 'schema', 'dist']) {
    cpSync(join(ROOT, entry), join(repo, entry), { recursive: true });
  }
  writeFileSync(join(repo, 'CHANGELOG.md'), withSection(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), VERSION, NOTES));
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  try {
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(repo, 'node_modules')]);
  } catch {
    cpSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.name', 'maintainer']);
  git(['config', 'user.email', 'maintainer@example.invalid']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', `Release ${VERSION}`]);
  git(['init', '-q', '--bare', remote], work);
  git(['remote', 'add', 'origin', remote]);
  git(['push', '-q', 'origin', 'main']);
  // the gh CLI's stand-in: records its arguments and the notes file it is given
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'gh'),
    '#!/usr/bin/env bash\nset -e\nprintf "%s\\n" "$@" > "$GH_LOG"\nwhile [ $# -gt 0 ]; do if [ "$1" = --notes-file ]; then cp "$2" "$GH_LOG.notes"; fi; shift; done\n',
  );
  chmodSync(join(bin, 'gh'), 0o755);
});
after(() => rmSync(work, { recursive: true, force: true }));

async function release(tag: string) {
  git(['tag', tag]);
  git(['push', '-q', 'origin', `refs/tags/${tag}`]);
  const sha = git(['rev-parse', 'HEAD']);
  const ghLog = join(work, `gh-${tag}.log`);
  const records = await runWorkflowJob({
    workflow: '.github/workflows/release.yml',
    job: 'release',
    cwd: repo,
    eventName: 'push',
    payload: { ref: `refs/tags/${tag}` },
    github: { ref_name: tag, sha, token: 'ghs_release_token' },
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, GH_LOG: ghLog, HOME: work, GIT_CONFIG_NOSYSTEM: '1' },
  });
  const outcomes = Object.fromEntries(records.map((r) => [r.name, r.outcome]));
  const failed = records.filter((r) => r.outcome === 'failure').map((r) => r.log).join('\n');
  return { sha, outcomes, failed, ghArgs: existsSync(ghLog) ? readFileSync(ghLog, 'utf8').trim().split('\n') : undefined, notes: existsSync(`${ghLog}.notes`) ? readFileSync(`${ghLog}.notes`, 'utf8') : undefined };
}

const remoteTag = (name: string) => {
  try {
    return git(['rev-parse', `refs/tags/${name}^{commit}`], remote);
  } catch {
    return undefined;
  }
};

test('a version tag: a release with its CHANGELOG section as notes, and the major tag moved to it', async () => {
  const run = await release(`v${VERSION}`);
  assert.equal(run.failed, '');
  assert.deepEqual(run.ghArgs?.slice(0, 6), ['release', 'create', `v${VERSION}`, '--verify-tag', '--title', `v${VERSION}`]);
  assert.equal(run.ghArgs?.[6], '--notes-file');
  assert.equal(run.ghArgs?.length, 8, 'not a pre-release');
  assert.equal(run.notes, `${NOTES}\n`);
  assert.equal(remoteTag(MAJOR), run.sha, `${MAJOR} points at the release`);
});

test("a tag that is not package.json's version stops the job: no release, the major tag stays", async () => {
  const before = remoteTag(MAJOR);
  const run = await release('v99.0.0');
  assert.match(run.failed, /The tag v99\.0\.0 names 99\.0\.0, but package\.json's version is /);
  assert.equal(run.ghArgs, undefined, 'gh was not called');
  assert.equal(remoteTag(MAJOR), before);
});

test('a version bump committed without rebuilding dist/ stops the job: no release, the major tag stays', async () => {
  const before = remoteTag(MAJOR);
  const next = `${VERSION.split('.').slice(0, 2).join('.')}.${Number(VERSION.split('.')[2]) + 1}`;
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify({ ...manifest, version: next }, null, 2)}\n`);
  writeFileSync(join(repo, 'CHANGELOG.md'), withSection(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8'), next, '- a fix'));
  git(['commit', '-q', '-am', `Release ${next}, dist/ not rebuilt`]);
  const run = await release(`v${next}`);
  assert.match(run.failed, new RegExp(`dist/ at v${next.replace(/\./g, '\\.')} differs from a fresh build`));
  assert.match(run.failed, /dist\/cli\.js/, 'the CLI bundle holds the version');
  assert.equal(run.ghArgs, undefined, 'gh was not called');
  assert.equal(remoteTag(MAJOR), before);
});
