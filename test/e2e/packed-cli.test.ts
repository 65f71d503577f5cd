/**
 * The CLI as npm users get it: `npm pack` the repository, install the tarball into an empty folder
 * (offline, with an empty cache: the package has no dependencies, the bundle holds them), and run
 * `npx ory-actions-gitops` from there against the Ory emulator. Needs a fresh `npm run build`.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { runChild } from '../support/child-process.ts';
import { ROOT } from '../support/paths.ts';

const KEY = 'ory_wak_packed_cli_7788';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'packed-cli-'));
const consumer = join(work, 'consumer');
let ory: OryEmulator;
let packedFiles: string[] = [];

/** npm with nothing from this machine's npm setup: an empty cache of its own, no registry calls. */
function npm(args: string[], cwd: string, env: Record<string, string> = {}) {
  return runChild('npm', ['--offline', '--no-audit', '--no-fund', '--cache', join(work, 'npm-cache'), ...args], {
    cwd,
    timeoutMs: 60_000,
    env: { PATH: process.env.PATH ?? '', HOME: work, npm_config_update_notifier: 'false', ...env },
  });
}

before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY] });
  const pack = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT);
  assert.equal(pack.code, 0, pack.stderr);
  const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packedFiles = packed!.files.map((file) => file.path).sort();
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{ "private": true }\n');
  const install = await npm(['install', '--ignore-scripts', join(work, packed!.filename)], consumer);
  assert.equal(install.code, 0, install.stdout + install.stderr);
});
after(async () => {
  await ory.close();
  rmSync(work, { recursive: true, force: true });
});

test('the package holds the CLI bundle, its licences, the schema and the project files, and nothing else', () => {
  assert.deepEqual(packedFiles, ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'dist/licenses.txt', 'package.json', 'schema/ory-actions.schema.json']);
  const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', 'ory-actions-gitops', 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(installed.dependencies, undefined, 'the bundle holds every dependency: installing it fetches nothing more');
  assert.ok(!existsSync(join(consumer, 'node_modules', 'yaml')), 'no dependency was installed beside it');
});

test('npx ory-actions-gitops --version (and the ory-actions bin) print package.json\'s version', async () => {
  for (const bin of ['ory-actions-gitops', 'ory-actions']) {
    const run = await npm(['exec', '--', bin, '--version'], consumer);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), VERSION, bin);
  }
});

test('npx ory-actions-gitops plan, from the installed package, plans the seed manifest with one Ory read', async () => {
  const projectId = ory.addProject();
  copyFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), join(consumer, 'ory-actions.yaml'));
  ory.resetRequests();
  const plan = await npm(['exec', '--', 'ory-actions-gitops', 'plan', '--json', '--detailed-exitcode', '--api-url', ory.url, '--project-id', projectId], consumer, { ORY_WORKSPACE_API_KEY: KEY });
  assert.equal(plan.code, 2, plan.stderr); // --detailed-exitcode: there are changes
  const json = JSON.parse(plan.stdout) as { summary: unknown; fingerprint: string };
  assert.deepEqual(json.summary, { create: 4, update: 0, delete: 0 });
  assert.match(json.fingerprint, /^sha256:[0-9a-f]{64}$/);
  assert.deepEqual(ory.countByRoute(), { 'GET /projects/{id}': 1 });
  assert.ok(!plan.stdout.includes(KEY) && !plan.stderr.includes(KEY), 'the key is never printed');
});
